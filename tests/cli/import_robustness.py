#!/usr/bin/env python3
"""ctest: `sillok-cli import --json DIR` on a folder that mixes good and bad inputs.

Built at test time in a temporary folder: the shared seeds (left out with a message when the
shared folder is absent, and a failed check under CI=true, which always has it: the rule of
tests/shared_dir.py; $SILLOK_SHARED_DIR overrides SHARED_DIR), the sample corpus, the bad
fixtures of tests/data/corpus-bad, an EUC-KR text, a UTF-16BE text with BOM, a generated 50 MB
text and an HTML page with scripts, an iframe, a style sheet and remote images whose URLs point at
a local HTTP server that counts requests.

Checks: exit status 1 (no crash, no hang), exactly one failed entry per bad file with a one-line
reason that stderr repeats, every good file imported and found by a search for a word of its
body, the big text mined to its end, PRAGMA integrity_check = ok, nothing fetched and no script
text stored, and a re-import that reports every good file unchanged.

usage: import_robustness.py SILLOK_CLI SOURCE_DIR SHARED_DIR [BIG_MB=50]
"""
import http.server
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import shared_dir  # noqa: E402  (tests/shared_dir.py)
from stored_text import unpack  # noqa: E402  (tests/stored_text.py)

FAILURES = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        FAILURES.append(what)


class CountingHandler(http.server.BaseHTTPRequestHandler):
    requests = []

    def do_GET(self):  # noqa: N802 (http.server naming)
        CountingHandler.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write("FETCHED_FROM_NETWORK 네트워크에서받은글".encode())

    def log_message(self, *args):
        pass


# Articles written for this test (not copied from anywhere); each has one word no other file has.
EUCKR_TEXT = """가상메모리, 저전력 추론 모듈 시제품 공개

입력 2024.05.14 10:20

가상메모리가 저전력 추론 모듈 '온새미로칩' 시제품을 공개하고 하반기부터 국내 서버 업체에 샘플을 공급한다고 14일 밝혔다.

회사는 전력 효율을 앞세워 데이터센터와 통신 장비 시장을 함께 공략할 계획이라고 설명했다.
"""

UTF16_TEXT = """가상클라우드, 국산 NPU 기반 추론 서비스 출시

입력 2024.07.02 09:00

가상클라우드가 국산 신경망처리장치(NPU)를 쓴 추론 서비스 '다솜구름'을 출시했다고 2일 밝혔다.

회사는 공공기관과 중소기업을 대상으로 먼저 서비스를 제공하고 내년에 해외 시장으로 넓힐 방침이다.
"""

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>가상반도체, 차세대 가속기 공개 - 가상일보</title>
<meta property="article:published_time" content="2024-09-03T09:30:00+09:00">
<link rel="stylesheet" href="{base}/style.css">
<script src="{base}/remote.js"></script>
<script>document.write("SCRIPT_MARKER_QX 스크립트글자"); fetch("{base}/beacon");</script>
</head><body>
<nav><a href="/">홈</a> <a href="/economy">경제</a></nav>
<h1>가상반도체, 차세대 가속기 공개</h1>
<iframe src="{base}/frame.html">IFRAME_MARKER_QX</iframe>
<div class="article-body">
<p>가상반도체가 차세대 AI 가속기 '미리내가속기'를 공개하고 내년 상반기 양산에 들어간다고 3일 밝혔다.</p>
<figure><img src="{base}/photo.jpg" srcset="{base}/photo2x.jpg 2x"><figcaption>가속기 시제품 [사진=가상반도체]</figcaption></figure>
<p>회사는 국내 클라우드 기업과 실증을 진행하고 있으며 전력 효율을 크게 높였다고 설명했다.</p>
<object data="{base}/movie.swf">OBJECT_MARKER_QX</object>
<noscript><img src="{base}/pixel.gif"></noscript>
<script type="application/ld+json">{{"headline": "SCRIPT_MARKER_QX"}}</script>
</div>
<img src="{base}/ad-banner.png" alt="광고">
</body></html>
"""

GOOD_WORD = re.compile(r"[가-힣]{3,8}")


def run(cli, db, args, timeout):
    start = time.monotonic()
    p = subprocess.run([cli, "--db", db] + args, capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), time.monotonic() - start


def build_folder(root, source_dir, shared, big_mb, base):
    bad = []
    seeds = os.path.join(shared, "corpus", "seeds")
    if os.path.isdir(seeds):
        shutil.copytree(seeds, os.path.join(root, "seeds"))
        print("seeds: copied from " + seeds)
    elif shared_dir.is_ci_run():
        check(False, "shared seeds found at %s (CI=true, and CI always has ../shared)" % seeds)
    else:
        print("SKIPPED PART: shared seeds not found at %s; the rest of the test still runs "
              "(clone or link ../shared, or set SILLOK_SHARED_DIR)" % seeds)
    shutil.copytree(os.path.join(source_dir, "resources", "corpus"), os.path.join(root, "corpus"))
    shutil.copytree(os.path.join(source_dir, "tests", "data", "corpus-bad"), os.path.join(root, "bad"))
    bad += [os.path.join(root, "bad", f) for f in sorted(os.listdir(os.path.join(root, "bad")))]
    os.makedirs(os.path.join(root, "enc"))
    with open(os.path.join(root, "enc", "euckr.txt"), "wb") as f:
        f.write(EUCKR_TEXT.encode("euc-kr"))
    with open(os.path.join(root, "enc", "utf16be-bom.txt"), "wb") as f:
        f.write(b"\xfe\xff" + UTF16_TEXT.encode("utf-16-be"))
    os.makedirs(os.path.join(root, "web"))
    with open(os.path.join(root, "web", "page.html"), "w", encoding="utf-8") as f:
        f.write(HTML_PAGE.format(base=base))
    # Files a folder scan skips without a word (not documents): they must not be reported.
    with open(os.path.join(root, "web", "style.css"), "w") as f:
        f.write("body { color: red }")
    with open(os.path.join(root, "web", "logo.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    os.makedirs(os.path.join(root, "big"))
    subprocess.run([sys.executable, os.path.join(source_dir, "tests", "data", "make_big_text.py"),
                    os.path.join(root, "big", "big.txt"), str(big_mb)], check=True)
    for dirpath, _, files in os.walk(root):
        for name in files:
            os.chmod(os.path.join(dirpath, name), 0o644)
    return bad


def expected_good(root, bad):
    good = []
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            if name.lower().endswith((".txt", ".html", ".htm")) and path not in bad:
                good.append(path)
    return sorted(good)


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    cli, source_dir, configured_shared = sys.argv[1:4]
    shared = shared_dir.shared_dir(configured_shared)
    big_mb = float(sys.argv[4]) if len(sys.argv) > 4 else 50
    t0 = time.monotonic()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % server.server_address[1]
    tmp = tempfile.mkdtemp(prefix="sillok-robust-")
    try:
        root = os.path.join(tmp, "in")
        os.makedirs(root)
        bad = build_folder(root, source_dir, shared, big_mb, base)
        good = expected_good(root, bad)
        db = os.path.join(tmp, "kb.sqlite")
        print("folder: %d good files, %d bad files (built in %.1fs)" % (len(good), len(bad), time.monotonic() - t0))

        status, out, err, secs = run(cli, db, ["import", "--json", root], timeout=1200)
        print("import: exit %d in %.1fs" % (status, secs))
        check(status == 1, "import exits 1 when some files fail (got %d)" % status)
        report = json.loads(out)
        failed = {f["path"]: f["error"] for f in report["failed"]}
        check(len(report["failed"]) == len(failed), "one failed entry per file")
        check(sorted(failed) == sorted(bad), "the failed files are exactly the bad ones: %s" % sorted(failed))
        for path, error in sorted(failed.items()):
            one_line = error.strip() != "" and "\n" not in error
            check(one_line and ("%s: %s" % (path, error)) in err, "%s: %s" % (os.path.basename(path), error))
        check(report["imported"] == len(good), "imported %d of %d good files" % (report["imported"], len(good)))
        check(report["updated"] == 0 and report["unchanged"] == 0, "nothing updated or unchanged on first import")

        con = sqlite3.connect(db)
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        check(integrity == [("ok",)], "PRAGMA integrity_check: %s" % integrity)
        check(con.execute("PRAGMA foreign_key_check").fetchall() == [], "PRAGMA foreign_key_check is empty")
        bodies = {source: unpack(body) for source, body in con.execute("SELECT source, body FROM article")}
        # The blocks' blobs hold the noise blocks' texts as UTF-8 among varints (packed_spans.h).
        texts = list(bodies.values()) + [bytes(b).decode("utf-8", "replace")
                                         for (b,) in con.execute("SELECT blocks FROM article_blocks")]
        check(sorted(bodies) == good, "every good file is stored under its path")
        for marker in ("SCRIPT_MARKER_QX", "스크립트글자", "IFRAME_MARKER_QX", "FETCHED_FROM_NETWORK"):
            check(not any(marker in t for t in texts), "no stored text holds %s" % marker)
        page = bodies.get(os.path.join(root, "web", "page.html"), "")
        check("미리내가속기" in page and "전력 효율을 크게 높였다" in page, "the HTML page's article text is its body")
        # The big text is mined to its end (in windows): mentions reach its last lines.
        row = con.execute("SELECT a.body, (SELECT max(m.start) FROM mention m WHERE m.article_id = a.id) "
                          "FROM article a WHERE a.source = ?", (os.path.join(root, "big", "big.txt"),)).fetchone()
        row = row and (len(unpack(row[0])), row[1])
        check(row is not None and row[1] is not None and row[1] > row[0] * 0.99,
              "the big text is mined to its end (last mention at %s of %s characters)" % (row and row[1], row and row[0]))
        con.close()

        # Every good file is found by a word of its own body (the rarest across the folder).
        searched = 0
        small = [b for b in bodies.values() if len(b) < 1000000]
        for path in good:
            words = GOOD_WORD.findall(bodies.get(path, "")[:100000])[:400]
            if not words:
                check(False, "%s has words to search" % path)
                continue
            word = min(words, key=lambda w: (sum(w in b for b in small), -len(w)))
            s_status, s_out, s_err, _ = run(cli, db, ["search", "--json", "--limit", "100", word], timeout=120)
            sources = [r["source"] for r in json.loads(s_out)["results"]] if s_status == 0 else []
            if path in sources:
                searched += 1
            else:
                check(False, "search %r finds %s (exit %d %s)" % (word, path, s_status, s_err.strip()))
        check(searched == len(good), "search finds %d of %d good files by a word of their body" % (searched, len(good)))
        s_status, s_out, _, _ = run(cli, db, ["search", "--json", "SCRIPT_MARKER_QX"], timeout=60)
        check(s_status == 0 and json.loads(s_out)["results"] == [], "the script's text is not searchable")

        check(CountingHandler.requests == [], "nothing fetched from the network: %s" % CountingHandler.requests)

        status, out, err, secs = run(cli, db, ["import", "--json", root], timeout=1200)
        again = json.loads(out)
        print("re-import: exit %d in %.1fs" % (status, secs))
        check(status == 1 and again["unchanged"] == len(good) and again["imported"] == 0 and again["updated"] == 0,
              "re-import: everything unchanged (%s)" % {k: again[k] for k in ("imported", "updated", "unchanged")})
        check(sorted(f["path"] for f in again["failed"]) == sorted(bad), "re-import: the same bad files fail")
    finally:
        server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)
    print("total %.1fs; %s" % (time.monotonic() - t0, "FAILED: %d checks" % len(FAILURES) if FAILURES else "all checks passed"))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
