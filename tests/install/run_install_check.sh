#!/usr/bin/env bash
# ctest install_check: installs this build into a scratch prefix (cmake --install) and runs
# scripts/check-install.sh on it. Usage: run_install_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
prefix=$(mktemp -d "${TMPDIR:-/tmp}/sillok-install-XXXXXX")
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1 || { cat "$prefix.log" >&2; rm -f "$prefix.log"; exit 1; }
rm -f "$prefix.log"
bash "$source/scripts/check-install.sh" "$prefix"
