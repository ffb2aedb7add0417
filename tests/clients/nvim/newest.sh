#!/usr/bin/env bash
# The Neovim test (run.sh) on the newest Neovim Debian has (sid's; Debian 12
# ships 0.7): its packages are fetched once with a private apt configuration
# (nothing is installed on the machine) into ~/.cache/copydesk/nvim-sid, and
# run with their own C library through its dynamic loader.
#   tests/clients/nvim/newest.sh PATH/TO/copydesk
# Exit 77 (skipped) when Debian's archive cannot be reached.
set -euo pipefail
bin=$(readlink -f "${1:?usage: newest.sh PATH/TO/copydesk}")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache="${COPYDESK_NVIM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk/nvim-sid}"
root="$cache/root"

fetch() {
  local apt="$cache/apt"
  rm -rf "$apt" "$root.new"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$root.new"
  echo "deb http://deb.debian.org/debian sid main" > "$apt/sources.list"
  local opts=(-o "Dir::Etc::sourcelist=$apt/sources.list" -o Dir::Etc::sourceparts=- -o "Dir::State::Lists=$apt/lists"
              -o "Dir::Cache=$apt/cache" -o Dir::State::status=/dev/null -o Debug::NoLocking=1)
  # As root, apt drops to the _apt user to download: keep it root for a private folder.
  [ "$(id -u)" -eq 0 ] && opts+=(-o APT::Sandbox::User=root)
  if ! timeout 600 apt-get "${opts[@]}" -qq update >"$cache/fetch.log" 2>&1 ||
     ! timeout 600 apt-get "${opts[@]}" -qq install --download-only -y --no-install-recommends neovim >>"$cache/fetch.log" 2>&1; then
    echo "nvim-newest: SKIP: could not fetch Neovim from Debian sid (see $cache/fetch.log)" >&2
    exit 77
  fi
  local deb
  for deb in "$apt"/cache/archives/*.deb; do dpkg -x "$deb" "$root.new"; done
  rm -rf "$root" && mv "$root.new" "$root"
}

mkdir -p "$cache"
[ -x "$root/usr/bin/nvim" ] || fetch
libs="$root/usr/lib/x86_64-linux-gnu:$root/lib/x86_64-linux-gnu"
export VIMRUNTIME="$root/usr/share/nvim/runtime"
# nvim's children (the server) get the machine's own libraries: --library-path
# applies to nvim alone.
export COPYDESK_NVIM="$root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 --library-path $libs $root/usr/bin/nvim"
$COPYDESK_NVIM --version | head -1 >&2
# The plugin (require("copydesk"), on 0.11+ through vim.lsp.config), then
# lsp/copydesk.lua alone with vim.lsp.enable.
"$here/run.sh" "$bin"
COPYDESK_NVIM_TEST=test-native.lua exec "$here/run.sh" "$bin"
