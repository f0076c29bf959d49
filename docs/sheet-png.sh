#!/usr/bin/env bash
# Regenerates the run-sheet pictures of the 2021 seed as headless Chromium shows them on a
# Letter-sized window (8.5 x 11 in at 96 dpi):
# - docs/sheet-igf2021-ws119.png: the page as printed (JavaScript off, so no live view);
# - docs/sheet-live-igf2021-ws119.png: the live view with --per-speaker, the clock fixed
#   with ?now= at 10:33:20 UTC, during the panel's first speaker's turn.
# Needs chromium (.ci/install-chromium.sh). Run from the repository root.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --quiet -- sheet seeds/igf2021-ws119.txt --tz Europe/Warsaw --format html -o "$tmp/sheet.html"
cargo run --quiet -- sheet seeds/igf2021-ws119.txt --tz Europe/Warsaw --per-speaker --format html -o "$tmp/live.html"
shot() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$tmp/profile" --hide-scrollbars --window-size=816,1056 "$@" 2>/dev/null
}
shot --blink-settings=scriptEnabled=false --screenshot="$PWD/docs/sheet-igf2021-ws119.png" "file://$tmp/sheet.html"
shot --virtual-time-budget=2000 --screenshot="$PWD/docs/sheet-live-igf2021-ws119.png" \
    "file://$tmp/live.html?now=2021-12-10T10:33:20Z"
