#!/usr/bin/env bash
# Rebuilds the PDF documents of the demo corpus from their HTML sources in demo/src/.
# Needs Debian's chromium (apt-get install chromium); pdftotext (poppler-utils) is used to check the text layer.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
src="$here/src"
out="$here/corpus"
chrome="${CHROMIUM:-chromium}"

for name in kk_astanalar en_great-terror-kazakhstan; do
  profile="$(mktemp -d)"
  "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" \
    --print-to-pdf="$out/$name.pdf" --no-pdf-header-footer "file://$src/$name.html" 2>/dev/null
  rm -rf "$profile"
  if command -v pdftotext >/dev/null; then
    words=$(pdftotext -enc UTF-8 "$out/$name.pdf" - | wc -w)
    echo "$name.pdf: $words words extractable"
  else
    echo "$name.pdf written (pdftotext missing: text layer not checked)"
  fi
done
