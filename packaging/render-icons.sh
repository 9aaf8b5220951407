#!/usr/bin/env bash
# Renders resources/icons/techwinter.svg into the PNG sizes the package installs under hicolor.
# The PNGs are committed, so a build needs no SVG rasteriser; run this (needs librsvg2-bin) after
# changing the SVG and commit the result.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" techwinter.svg -o "techwinter-$size.png"
done
