#!/usr/bin/env bash
# Refreshes the pictures in docs/elder-friendly.md: runs the browser suite's screenshot tests (800 px
# wide pages, 320 px phone views) and copies them here, compressed with pngquant (apt-get install pngquant).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet test tests/Portal.Browser.Tests --filter "FullyQualifiedName~ScreenshotTests"
for file in artifacts/browser/screenshots/*.png; do
  pngquant --quality=60-90 --speed 1 --strip --force --output "docs/screenshots/$(basename "$file")" "$file"
done
du -ch docs/screenshots/*.png | tail -1
