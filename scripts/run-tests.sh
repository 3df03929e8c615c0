#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Sillok with every test, and runs them all.
# Usage: bash scripts/run-tests.sh        (from anywhere inside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
# GUI tests use Qt's offscreen platform; nothing needs a display.
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j "$(nproc)"
