#!/usr/bin/env bash
# Builds the VS Code extension (editors/vscode): npm ci, eslint, unit tests, and
# a .vsix with @vscode/vsce; given a copydesk binary, the linux-x64 .vsix with
# the binary inside (scripts/package-vscode), as users install it.
#   tests/clients/vscode/build-extension.sh OUT.vsix [COPYDESK_BINARY]
set -euo pipefail
out=${1:?usage: build-extension.sh OUT.vsix [COPYDESK_BINARY]}
bin=${2:+$(readlink -f "$2")}
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
if [ -n "$bin" ]; then
  step "$repo/scripts/package-vscode" "$bin" "$out"
else
  step npm run --silent package -- --out "$out"
fi
[ -s "$out" ] || { echo "vscode-build: FAIL: no $out" >&2; exit 1; }
echo "vscode-build: OK $out" >&2
