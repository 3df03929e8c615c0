#!/bin/sh
# ctest wrapper: scores sillok-cli's search on the shared seeds.
# usage: run_score_search.sh CLI SHARED_DIR [CORPUS QUERIES]   ($SILLOK_SHARED_DIR, when set,
# overrides SHARED_DIR; CORPUS and QUERIES default to the shared seeds and their queries)
# The rule of tests/shared_dir.py: without the shared folder, SKIP (exit 77) with a message, or
# FAIL under CI=true, since CI always has ../shared.
cli="$1"
shared="${SILLOK_SHARED_DIR:-$2}"
if [ ! -f "$shared/tools/score_search.py" ] || [ ! -d "$shared/corpus/seeds" ]; then
    case "$(printf '%s' "${CI:-}" | tr '[:upper:]' '[:lower:]')" in
    true | 1)
        echo "FAILED: shared folder not found: $shared — CI=true, and CI always has ../shared"
        exit 1
        ;;
    esac
    echo "SKIPPED: shared folder not found: $shared (clone or link it next to the repository as ../shared, or set SILLOK_SHARED_DIR)"
    exit 77
fi
# MIN_PRECISION (5th argument, optional): precision@10 must reach it too.
out=$(python3 "$shared/tools/score_search.py" --cli "$cli" --corpus "${3:-$shared/corpus/seeds}" \
    --queries "${4:-$shared/corpus/queries.json}" --min-recall 0.95 -v)
rc=$?
printf '%s\n' "$out"
if [ -n "${5:-}" ]; then
    p=$(printf '%s\n' "$out" | sed -n 's/.*precision@10 \([0-9.]*\).*/\1/p' | tail -n 1)
    if ! awk "BEGIN { exit !(\"$p\" + 0 >= $5) }"; then
        echo "FAILED: precision@10 $p is below $5"
        exit 1
    fi
fi
exit $rc
