#!/usr/bin/env bash
# Installs the Debian 12 packages Sillok needs to build, test and run (idempotent).
# Runs apt-get only when something is missing. Needs root (or sudo).
set -euo pipefail

# Real package names only: dpkg-query does not know a name another package merely provides
# (libqt6svg6-dev is qt6-svg-dev's), so such a name looked missing at every run and sent the
# script to apt-get (network and root) when nothing was.
packages=(
  build-essential cmake ninja-build pkg-config ccache python3
  libicu-dev libsqlite3-dev libxml2-dev zlib1g-dev libzstd-dev libmimalloc-dev
  libgtest-dev googletest
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-svg-dev qt6-translations-l10n libgl1-mesa-dev
  xvfb xauth fonts-nanum
  python3-networkx python3-icalendar
  hunspell-ko
  desktop-file-utils appstream dpkg-dev file
  clang-format-14 clang-tidy-14
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
