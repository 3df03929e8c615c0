#!/usr/bin/env bash
# Formatting and static analysis (CI runs this after the tests; .ci/run).
#  1. clang-format-14 (.clang-format) on the lines this branch changed since it left main (the
#     merge base), never on the rest: the tree is not reformatted wholesale. On main itself, or
#     with SILLOK_LINT_BASE=<commit>, against that commit.
#  2. clang-tidy-14 (.clang-tidy) on every core/ source file, with the ci build's compile commands.
#     clang 14 cannot compile libstdc++ 12's std::expected (it needs conditionally trivial special
#     members, P0848, from clang 16), so compiler errors ([clang-diagnostic-error]) are not
#     findings here (g++ builds the code with -Werror); every check finding is.
# Usage: bash scripts/lint.sh [BUILD_DIR]   (default build/ci, configured)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
status=0

# 1. Format of the changed lines.
base=${SILLOK_LINT_BASE:-}
if [ -z "$base" ]; then
  if git rev-parse --verify -q main >/dev/null && [ "$(git rev-parse HEAD)" != "$(git rev-parse main)" ]; then
    base=$(git merge-base HEAD main)
  else
    base=HEAD~1
  fi
fi
if ! git rev-parse --verify -q "$base^{commit}" >/dev/null; then
  # A clone with one commit (git clone --depth 1) has nothing to compare with; the whole tree is
  # not held to the format (it was written before .clang-format), so say so and go on.
  echo "lint: clang-format: no commit $base to compare with (shallow clone?): the format of changed lines is not checked" >&2
  format_diff=""
else
  format_diff=$(git clang-format-14 --diff --extensions cpp,h "$base" -- core app tests bench 2>&1 || true)
fi
if grep -q '^[-+]' <<<"$format_diff"; then
  echo "lint: lines changed since $(git rev-parse --short "$base" 2>/dev/null || echo "$base") are not formatted (.clang-format); apply with: git clang-format-14 $base" >&2
  echo "$format_diff" >&2
  status=1
else
  echo "lint: clang-format: the changed lines are formatted"
fi

# 2. clang-tidy on core/.
if [ ! -f "$build/compile_commands.json" ]; then
  echo "lint: $build/compile_commands.json is missing (cmake --preset ci first)" >&2
  exit 1
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s)
find core -name '*.cpp' | sort | xargs -P "$(nproc)" -n 4 clang-tidy-14 -p "$build" --quiet \
  --extra-arg=-std=c++2b --extra-arg=-Wno-unknown-warning-option \
  --extra-arg=-U__cpp_concepts --extra-arg=-D__cpp_concepts=202002L --extra-arg=-Wno-builtin-macro-redefined \
  >"$log" 2>/dev/null || true
findings=$(grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9.,-]+\]$' "$log" | grep -v '\[clang-diagnostic-' | sort -u || true)
files=$(find core -name '*.cpp' | wc -l)
if [ -n "$findings" ]; then
  echo "lint: clang-tidy found $(wc -l <<<"$findings") problem(s) in core/:" >&2
  echo "$findings" >&2
  status=1
else
  echo "lint: clang-tidy: no findings in $files core/ files ($(( $(date +%s) - start )) s)"
fi
exit $status
