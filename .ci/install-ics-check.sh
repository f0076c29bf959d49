#!/usr/bin/env bash
# Installs the nine iCalendar consumers that tests/cli/ics_interop.rs drives through
# tools/ics-check/ics-check. Idempotent: a no-op (about a second) once installed.
# Needs python3 (+ venv), node + npm and apt (Debian) for calcurse, khal and libical.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; fi
need=""
command -v node >/dev/null 2>&1 || need="$need nodejs"
command -v npm >/dev/null 2>&1 || need="$need npm"
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need="$need python3-venv"
if [ -n "$need" ]; then
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $need
fi
exec tools/ics-check/ics-check-setup
