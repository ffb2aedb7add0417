#!/usr/bin/env bash
# Headless Neovim test of editors/nvim (Debian 12: Neovim 0.7.2; newest.sh
# runs it on Debian sid's). COPYDESK_NVIM: the Neovim command (default nvim);
# COPYDESK_NVIM_TEST: the Lua test in this folder (default test.lua).
#   tests/clients/nvim/run.sh PATH/TO/copydesk
set -euo pipefail
nvim=(${COPYDESK_NVIM:-nvim})
source "$(dirname "${BASH_SOURCE[0]}")/../client-setup.sh"
client_setup nvim "${nvim[0]}" "Neovim is not installed (Debian package 'neovim'; scripts/test installs it)" "${1:-}"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
export NVIM_LOG_FILE="$work/nvim.log"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
cd "$work"
# -u NONE: no user configuration; -i NONE: no shada; -n: no swap file.
exec timeout 120 "${nvim[@]}" --headless -u NONE -i NONE -n -c "luafile $repo/tests/clients/nvim/${COPYDESK_NVIM_TEST:-test.lua}" </dev/null
