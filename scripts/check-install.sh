#!/usr/bin/env bash
# Checks an installed Sillok (cmake --install --prefix PREFIX, or a .deb unpacked with dpkg -x):
#   bin/sillok and bin/sillok-cli; share/sillok (gazetteer, corpus, translations);
#   the .desktop file (desktop-file-validate), the AppStream metainfo (appstreamcli --pedantic),
#   the hicolor icons (SVG and every PNG at its size), the man pages;
#   the installed sillok-cli, run from /, imports the installed sample corpus into a temporary
#   library and `search 반도체` finds articles; `extract` works; and, when the GUI is there, the
#   installed sillok imports the sample corpus on its first run from share/sillok/corpus (its
#   articles' source paths point there, not at a temporary copy).
# Usage: scripts/check-install.sh PREFIX        (exit 0 when every check passes)
set -euo pipefail
prefix=$(cd "$1" && pwd)
app_id=${SILLOK_APP_ID:-org.sillok.sillok}
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }
check_file() { if [ -f "$prefix/$1" ]; then pass "$1"; else fail "$1 is missing"; fi; }

for f in bin/sillok-cli bin/sillok; do
  if [ -x "$prefix/$f" ]; then pass "$f"; else fail "$f is missing or not executable"; fi
done
for f in gazetteer/organizations.tsv gazetteer/lexicon.tsv gazetteer/events.tsv gazetteer/common_words.txt \
         translations/sillok_ko.qm translations/sillok_en.qm; do
  check_file "share/sillok/$f"
done
articles=$(find "$prefix/share/sillok/corpus" -type f \( -name '*.txt' -o -name '*.html' \) | wc -l)
if [ "$articles" -ge 20 ]; then pass "share/sillok/corpus: $articles articles"; else fail "share/sillok/corpus: $articles articles"; fi
if find "$prefix/share/sillok/corpus" -name '*.json' | grep -q .; then fail "share/sillok/corpus holds test data (gold/*.json)"; fi

desktop="$prefix/share/applications/$app_id.desktop"
metainfo="$prefix/share/metainfo/$app_id.metainfo.xml"
check_file "share/applications/$app_id.desktop"
check_file "share/metainfo/$app_id.metainfo.xml"
if desktop-file-validate "$desktop"; then pass "desktop-file-validate"; else fail "desktop-file-validate"; fi
grep -q '^MimeType=.*text/plain' "$desktop" && grep -q '^MimeType=.*text/html' "$desktop" \
  && pass "MimeType text/plain, text/html" || fail "MimeType lacks text/plain or text/html"
if appstreamcli validate --no-net --pedantic "$metainfo"; then pass "appstreamcli validate --pedantic"; else fail "appstreamcli validate"; fi
# The metainfo, the desktop file and the icon together, as software centres read them.
if appstreamcli validate-tree --no-net --pedantic "$prefix"; then pass "appstreamcli validate-tree"; else fail "appstreamcli validate-tree"; fi

check_file "share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256; do
  png="$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  if [ -f "$png" ] && python3 - "$png" "$size" <<'PY'
import struct, sys
head = open(sys.argv[1], 'rb').read(24)
ok = head[:8] == b'\x89PNG\r\n\x1a\n' and struct.unpack('>II', head[16:24]) == (int(sys.argv[2]),) * 2
sys.exit(0 if ok else 1)
PY
  then pass "icon ${size}x${size}"; else fail "icon ${size}x${size} missing or not ${size}x${size}"; fi
done

for page in sillok-cli sillok; do
  man="$prefix/share/man/man1/$page.1.gz"
  if [ -f "$man" ] && zcat "$man" | grep -q '^\.TH'; then pass "man page $page(1)"; else fail "man page $page(1)"; fi
done
# The man page and --help come from one table: every command of --help is in the man page
# (a command starts its line after two spaces; a description wrapped onto its own line is indented further).
man_text=$(zcat "$prefix/share/man/man1/sillok-cli.1.gz" | sed 's/\\-/-/g')
for cmd in $(cd / && "$prefix/bin/sillok-cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR>1 && /^  [a-z]/ {print $1}'); do
  grep -q "fB$cmd\\\\fR" <<<"$man_text" || fail "man page lacks the command $cmd"
done

# The installed CLI, from /, on the installed corpus: no build or source tree is reachable.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/library.sqlite"
if (cd / && env -u SILLOK_DATA_DIR "$prefix/bin/sillok-cli" --db "$db" import --json "$prefix/share/sillok/corpus" >"$work/import.json"); then
  pass "sillok-cli import of the installed corpus"
else
  fail "sillok-cli import of the installed corpus"
fi
hits=$(cd / && "$prefix/bin/sillok-cli" --db "$db" search --json 반도체 | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["results"]))' || echo 0)
if [ "$hits" -gt 0 ]; then pass "sillok-cli search 반도체: $hits results"; else fail "sillok-cli search 반도체 found nothing"; fi
if (cd / && "$prefix/bin/sillok-cli" extract --json "$prefix/share/sillok/corpus/2024-04-09_ai-semiconductor-initiative.txt" | grep -q '"organizations"'); then
  pass "sillok-cli extract"
else
  fail "sillok-cli extract"
fi

# The installed GUI's first run (offscreen, screenshot mode quits when the import is done).
if [ -x "$prefix/bin/sillok" ]; then
  gui_db="$work/gui/library.sqlite"
  if (cd / && HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen \
        timeout 300 "$prefix/bin/sillok" --db "$gui_db" --screenshot "$work/shots" >"$work/gui.log" 2>&1); then
    outside=$(cd / && "$prefix/bin/sillok-cli" --db "$gui_db" search --json --limit 500 반도체 | python3 -c '
import json, sys
rows = [r["source"] for r in json.load(sys.stdin)["results"]]
print(len(rows), sum(1 for p in rows if not p.startswith(sys.argv[1] + "/")))' "$prefix/share/sillok/corpus" || echo "0 0")
    read -r count bad <<<"$outside"
    if [ "$count" -ge 5 ] && [ "$bad" -eq 0 ]; then
      pass "sillok first run: the $count articles found by 반도체 are read from share/sillok/corpus"
    else
      fail "sillok first run: $count articles, $bad not from share/sillok/corpus"
    fi
  else
    fail "sillok (offscreen first run) failed: $(tail -5 "$work/gui.log")"
  fi
fi

if [ "$failures" -ne 0 ]; then
  echo "check-install: $failures check(s) failed" >&2
  exit 1
fi
echo "check-install: every check passed ($prefix)"
