#!/usr/bin/env bash
# Builds the VS Code extension (editors/vscode): npm ci, eslint, unit tests, and
# a .vsix with @vscode/vsce.
#   tests/clients/vscode/build-extension.sh OUT.vsix
set -euo pipefail
out=${1:?usage: build-extension.sh OUT.vsix}
mkdir -p "$(dirname "$out")"; out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
command -v npm >/dev/null || { echo "vscode-build: FAIL: npm is not installed (Debian: nodejs npm)" >&2; exit 1; }
cd "$repo/editors/vscode"
step() { echo "vscode-build: $*" >&2; "$@"; }
# npm's own cache (~/.npm) makes repeated installs offline and quick.
step npm ci --prefer-offline --no-audit --no-fund --loglevel=error
step npm run --silent lint
step npm test --silent
rm -f "$out"
step npm run --silent package -- --out "$out"
[ -s "$out" ] || { echo "vscode-build: FAIL: no $out" >&2; exit 1; }
echo "vscode-build: OK $out" >&2
