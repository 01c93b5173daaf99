#!/bin/sh
# Renders resources/icon.svg to the PNG and .ico files the installers use (ImageMagick `convert`).
# macOS: png2icns (icnsutils) packs the 1024/512/256 PNGs into icon.icns.
set -e
cd "$(dirname "$0")/../resources"
for size in 1024 512 256; do
  convert -background none -density 384 icon.svg -resize "${size}x${size}" "icon-${size}.png"
done
cp icon-1024.png icon.png
convert icon-256.png -define icon:auto-resize=256,128,64,48,32,16 icon.ico
png2icns icon.icns icon-1024.png icon-512.png icon-256.png
