#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Sillok and starts the desktop app.
# On its first run the app creates its database and imports the bundled sample corpus.
# Usage: bash scripts/run-app.sh [app arguments]
# With no display (a server, CI), the app runs under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)"

app=build/release/app/gui/sillok
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-app: no display found, starting under xvfb-run" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
