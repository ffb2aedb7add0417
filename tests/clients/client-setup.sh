# Sourced by emacs/run.sh and nvim/run.sh. client_setup NAME PROGRAM INSTALL BINARY
# checks that PROGRAM is installed (else fails saying INSTALL) and BINARY is an
# executable, makes a work folder (removed on exit) holding the fixture article
# and an empty configuration, and exports bin, repo and work as COPYDESK_BIN,
# COPYDESK_REPO and COPYDESK_WORK for the client's test script.
client_setup() {
  local name=$1 program=$2 install=$3
  [ -n "${4:-}" ] || { echo "usage: $name/run.sh PATH/TO/copydesk" >&2; exit 1; }
  bin=$(readlink -f "$4")
  repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  if ! command -v "$program" >/dev/null; then
    echo "$name-test: FAIL: $install" >&2
    exit 1
  fi
  [ -x "$bin" ] || { echo "$name-test: FAIL: $bin is not an executable" >&2; exit 1; }
  work=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-$name.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  cp "$repo/tests/clients/fixtures/article.md" "$work/"
  echo '{}' > "$work/.copydesk.json"
  export COPYDESK_BIN="$bin" COPYDESK_REPO="$repo" COPYDESK_WORK="$work"
}
