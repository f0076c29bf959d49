#!/usr/bin/env bash
# Installs xmllint (Debian's libxml2-utils), which tests/cli/schedule_export.rs uses to validate
# runsheet's frab XML against tests/data/schemas/frab/schedule.xml.xsd. Idempotent.
set -euo pipefail
if command -v xmllint >/dev/null 2>&1; then
    exit 0
fi
bash "$(dirname "$0")/apt-install.sh" libxml2-utils
command -v xmllint >/dev/null
