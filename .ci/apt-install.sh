#!/usr/bin/env bash
# Installs Debian packages for the other .ci/install-*.sh scripts: `apt-get update` at most
# once per machine (a stamp in /tmp), then `apt-get install` without recommended packages,
# through sudo when not root.
# Usage: bash .ci/apt-install.sh PACKAGE...
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; fi
export DEBIAN_FRONTEND=noninteractive
stamp=/tmp/.runsheet-apt-updated
if [ ! -e "$stamp" ]; then
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
    touch "$stamp"
fi
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@"
