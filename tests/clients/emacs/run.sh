#!/usr/bin/env bash
# Batch Emacs test of editors/emacs/copydesk.el (Debian 12: Emacs 28, elpa-eglot 1.9).
#   tests/clients/emacs/run.sh PATH/TO/copydesk
set -euo pipefail
bin=$(readlink -f "${1:?usage: run.sh PATH/TO/copydesk}")
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
if ! command -v emacs >/dev/null; then
  echo "emacs-test: FAIL: Emacs is not installed (Debian packages emacs-nox elpa-eglot elpa-markdown-mode; scripts/test installs them)" >&2
  exit 1
fi
[ -x "$bin" ] || { echo "emacs-test: FAIL: $bin is not an executable" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-emacs.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$repo/tests/clients/fixtures/article.md" "$work/"
echo '{}' > "$work/.copydesk.json"
export COPYDESK_BIN="$bin" COPYDESK_REPO="$repo" COPYDESK_WORK="$work" HOME="$work"
cd "$work"
exec timeout 120 emacs --batch -l "$repo/tests/clients/emacs/test.el" </dev/null
