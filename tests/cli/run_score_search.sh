#!/bin/sh
# ctest wrapper: scores sillok-cli's search on the shared seeds.
# usage: run_score_search.sh CLI SHARED_DIR   ($SILLOK_SHARED_DIR, when set, overrides SHARED_DIR)
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
exec python3 "$shared/tools/score_search.py" --cli "$cli" --corpus "$shared/corpus/seeds" \
    --queries "$shared/corpus/queries.json" --min-recall 0.95 -v
