#!/usr/bin/env bash
# Builds the Debian package from the ci build (cpack -G DEB; Depends from dpkg-shlibdeps), shows
# its control data, unpacks it into a scratch folder (dpkg -x) and runs scripts/check-install.sh
# on the unpacked /usr, then asks apt whether it would install on this Debian 12 (apt-get -s).
# Usage: bash scripts/build-deb.sh [BUILD_DIR]   (default build/ci, already built)
# Leaves sillok_<version>_<arch>.deb in BUILD_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
cmake --build "$build" -j "$(nproc)"
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; exit 1; }
deb=$(ls -t "$build"/sillok_*.deb | head -n 1)
echo "build-deb: $deb"
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6widgets6 libqt6svg6 libicu72 libsqlite3-0 libxml2 libzstd1 libmimalloc2.0 libstdc++6 fonts-nanum; do
  grep -q "$lib" <<<"$depends" || { echo "build-deb: Depends lacks $lib: $depends" >&2; exit 1; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg -x "$deb" "$scratch"
bash scripts/check-install.sh "$scratch/usr"
# apt resolves the Depends against Debian 12's archive (simulated: nothing is installed).
if [ "$(id -u)" -eq 0 ]; then
  apt-get install --simulate --no-install-recommends "$(realpath "$deb")" >"$scratch/apt.log" 2>&1 \
    || { cat "$scratch/apt.log" >&2; echo "build-deb: apt would not install the package" >&2; exit 1; }
  echo "build-deb: apt-get would install $(basename "$deb") ($(grep -c '^Inst' "$scratch/apt.log") packages)"
fi
