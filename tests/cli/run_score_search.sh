#!/bin/sh
# ctest wrapper: scores sillok-cli's search on the shared seeds; skips when ../shared is absent.
# usage: run_score_search.sh CLI SHARED_DIR
cli="$1"
shared="$2"
if [ ! -f "$shared/tools/score_search.py" ] || [ ! -d "$shared/corpus/seeds" ]; then
    echo "SKIPPED: ../shared not found ($shared)"
    exit 77
fi
exec python3 "$shared/tools/score_search.py" --cli "$cli" --corpus "$shared/corpus/seeds" \
    --queries "$shared/corpus/queries.json" --min-recall 0.95 -v
