#!/usr/bin/env bash
# Regenerates docs/sheet-igf2021-ws119.png: the 2021 seed's HTML run-sheet as headless
# Chromium shows it on a Letter-sized window (8.5 x 11 in at 96 dpi).
# Needs chromium (.ci/install-chromium.sh). Run from the repository root.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --quiet -- sheet seeds/igf2021-ws119.txt --tz Europe/Warsaw --format html -o "$tmp/sheet.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" --hide-scrollbars --window-size=816,1056 \
    --screenshot="$PWD/docs/sheet-igf2021-ws119.png" "file://$tmp/sheet.html" 2>/dev/null
