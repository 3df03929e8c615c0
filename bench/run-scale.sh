#!/usr/bin/env bash
# The scale benchmarks (issue 8) in one command. For each size, bench/store/scale_bench grows one
# library from ../shared/tools/gen_corpus.py (invented companies and people that keep arriving and
# coming back) in successive imports of 10,000 articles and prints the time per batch (flatness),
# articles/s and MB/s, peak RSS, search p50/p90/p99 per query shape, the size on disk, and FTS5
# unicode61 indexing and searching the same bytes in the same run as the yardstick. Then the 20k
# check: two batches of 10,000 and whole-process search against the sqlite3 shell
# (cli_search_bench.py, 40 queries), and the window's cold start and first paints on the largest
# library (bench/gui/gui_bench, offscreen). docs/performance.md records the output.
# Usage: bash bench/run-scale.sh [BUILD_DIR=build/release] [SIZE...=10000 50000 100000]
# Needs about 3 GB in the temporary folder for the default sizes (libraries, corpora, yardsticks),
# all removed at the end; about 15 minutes on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 50000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# scale_bench's own folders (the generated corpus, unicode61's database) go here too, and with it.
export TMPDIR="$work"

echo "commit:  $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- core app bench || echo ' (with local changes)')"
echo "cpu:     $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB"
echo "build:   $build ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt"))"
run() {
  echo "== $* | load $(cut -d' ' -f1-3 /proc/loadavg) | $(date -u +%H:%M:%S)"
  "$@"
}
largest=""
for n in "${sizes[@]}"; do
  run "$build/bench/store/scale_bench" "$n" --batch 10000 --queries 3 --db "$work/lib-$n.sqlite" --keep \
    | tee "$work/scale-$n.txt"
  largest=$n
done

# The 20k check: 20,000 generated articles as two batches of 10,000, then whole-process search.
run "$build/bench/store/scale_bench" 20000 --batch 10000 --queries 3 --db "$work/check20k.sqlite" --keep \
  | tee "$work/check20k.txt"
u61=$(sed -n 's/^kept: .*unicode61 \(.*\))$/\1/p' "$work/check20k.txt")
run python3 bench/store/cli_search_bench.py "$build/app/cli/sillok-cli" "$work/check20k.sqlite" "$u61" 3

if [ -x "$build/bench/gui/gui_bench" ] && [ -n "$largest" ]; then
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} run "$build/bench/gui/gui_bench" "$work/lib-$largest.sqlite" --runs 1
fi
