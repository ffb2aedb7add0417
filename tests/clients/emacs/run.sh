#!/usr/bin/env bash
# Batch Emacs test of editors/emacs/copydesk.el (Debian 12: Emacs 28, elpa-eglot 1.9).
#   tests/clients/emacs/run.sh PATH/TO/copydesk
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../client-setup.sh"
client_setup emacs emacs "Emacs is not installed (Debian packages emacs-nox elpa-eglot elpa-markdown-mode; scripts/test installs them)" "${1:-}"
export HOME="$work"
cd "$work"
exec timeout 120 emacs --batch -l "$repo/tests/clients/emacs/test.el" </dev/null
