#!/usr/bin/env bash
# End-to-end test of the VS Code extension in code-server (VS Code 1.99.3).
#   tests/clients/vscode/run.sh PATH/TO/copydesk PATH/TO/copydesk.vsix [--screenshot PNG]
# code-server is installed once into ${COPYDESK_CACHE:-${XDG_CACHE_HOME:-~/.cache}/copydesk}/code-server
# with the installer named by $COPYDESK_CODE_SERVER_INSTALLER
# (default shared/tools/install-code-server.sh beside the project, in the first
# ancestor folder of the project that has one); with neither, the test is
# skipped (exit 77).
set -euo pipefail
bin=$(readlink -f "${1:?usage: run.sh PATH/TO/copydesk PATH/TO/copydesk.vsix [--screenshot PNG]}")
vsix=$(readlink -f "${2:?usage: run.sh PATH/TO/copydesk PATH/TO/copydesk.vsix [--screenshot PNG]}")
shift 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fail() { echo "vscode-test: FAIL: $*" >&2; exit 1; }

command -v node >/dev/null || fail "node is not installed (Debian: nodejs npm)"
[ -x /usr/bin/chromium ] || fail "Debian's chromium is not installed (apt install chromium; scripts/test installs it)"
[ -f "$vsix" ] || fail "no .vsix at $vsix (tests/clients/vscode/build-extension.sh builds it)"

cache=${COPYDESK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk}
code_server=$cache/code-server
version=4.99.4
if ! "$code_server/node_modules/.bin/code-server" --version 2>/dev/null | grep -q "^$version"; then
  installer=${COPYDESK_CODE_SERVER_INSTALLER:-}
  if [ -z "$installer" ]; then
    folder=$(cd "$here/../../../.." && pwd)
    installer=$folder/shared/tools/install-code-server.sh
    while [ ! -x "$folder/shared/tools/install-code-server.sh" ] && [ "$folder" != / ]; do folder=$(dirname "$folder"); done
    [ -x "$folder/shared/tools/install-code-server.sh" ] && installer=$folder/shared/tools/install-code-server.sh
  fi
  if [ ! -x "$installer" ]; then
    # A clone with no shared/ beside it and no VS Code installed before: skipped (77), not failed.
    echo "vscode-test: SKIPPED: code-server $version is not in $code_server and its installer $installer is" \
      "missing; set COPYDESK_CODE_SERVER_INSTALLER to install-code-server.sh to run this test" >&2
    exit 77
  fi
  echo "vscode-test: installing code-server $version into $code_server (once; several minutes)" >&2
  "$installer" "$code_server" >&2 || fail "could not install code-server $version into $code_server"
fi

# Paths given on the command line are relative to the caller's folder.
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --screenshot) args+=("$1" "$(realpath -m "${2:?--screenshot needs a file}")"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
cd "$here"
npm ci --prefer-offline --no-audit --no-fund --loglevel=error >&2 || fail "npm ci (playwright-core) failed in $here"
exec node test.mjs --copydesk "$bin" --vsix "$vsix" --code-server "$code_server" ${args[@]+"${args[@]}"}
