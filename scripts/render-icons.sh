#!/usr/bin/env bash
# Renders resources/icons/sillok.svg into the PNG sizes of the hicolor theme
# (resources/icons/png/sillok-<size>.png, committed). Run after changing the drawing; needs
# rsvg-convert (Debian: librsvg2-bin). Look at the PNGs afterwards, the small ones especially;
# scripts/check-install.sh checks that each installed PNG has its size.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
mkdir -p png
for size in 16 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" sillok.svg --output "png/sillok-$size.png"
done
echo "render-icons: wrote $(ls png | wc -l) PNGs to resources/icons/png"
