#!/usr/bin/env bash
# Installs the nine iCalendar consumers that tests/cli/ics_interop.rs drives through
# tools/ics-check/ics-check. Idempotent: a no-op (about a second) once installed.
# Needs python3 (+ venv), node + npm and apt (Debian) for calcurse, khal and libical.
set -euo pipefail
cd "$(dirname "$0")/.."

need=""
command -v node >/dev/null 2>&1 || need="$need nodejs"
command -v npm >/dev/null 2>&1 || need="$need npm"
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need="$need python3-venv"
if [ -n "$need" ]; then
    # shellcheck disable=SC2086
    bash .ci/apt-install.sh $need
fi
exec tools/ics-check/ics-check-setup
