#!/usr/bin/env bash
# scripts/editor-tests.sh [--update-screenshot] [CTEST ARGS...]: installs what is
# missing, builds copydesk (Release, build/) and runs only the real editor client
# tests (ctest -L editor): Neovim, Emacs, the VS Code extension build and its
# end-to-end test in code-server. --update-screenshot copies the screenshot the
# VS Code test takes to docs/images/vscode.png.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
update=0
if [ "${1:-}" = --update-screenshot ]; then update=1; shift; fi
copydesk_install_packages "${COPYDESK_BUILD_PACKAGES[@]}" "${COPYDESK_TEST_PACKAGES[@]}"
copydesk_build copydesk
cmake "$COPYDESK_BUILD" >/dev/null   # picks up new tests
cd "$COPYDESK_BUILD"
ctest --output-on-failure -L editor "$@"
if [ $update = 1 ]; then
  mkdir -p "$COPYDESK_ROOT/docs/images"
  cp "$COPYDESK_BUILD/tests/clients/vscode.png" "$COPYDESK_ROOT/docs/images/vscode.png"
  copydesk_log "updated docs/images/vscode.png"
fi
