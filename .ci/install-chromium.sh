#!/usr/bin/env bash
# Installs what the run-sheet PDF tests need: Debian's headless-capable Chromium and
# poppler-utils (pdfinfo, to count the pages of the printed sheet). Idempotent: does
# nothing when both are already on PATH; runs `apt-get update` at most once.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
    exit 0
fi
bash "$(dirname "$0")/apt-install.sh" chromium poppler-utils fonts-dejavu-core
command -v chromium >/dev/null
command -v pdfinfo >/dev/null
