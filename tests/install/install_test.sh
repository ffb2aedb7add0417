#!/usr/bin/env bash
# `cmake --install BUILD --prefix DIR` puts the binary, the manual page, the
# completions and the data where GNUInstallDirs says, and the installed binary
# runs and checks a file.
# Usage: install_test.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d /tmp/copydesk-install-XXXXXX)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1 || { cat "$prefix.log"; exit 1; }
rm -f "$prefix.log"
for file in bin/copydesk share/man/man1/copydesk.1 share/bash-completion/completions/copydesk \
  share/zsh/vendor-completions/_copydesk share/fish/vendor_completions.d/copydesk.fish \
  share/copydesk/copydesk.schema.json share/doc/copydesk/README.md share/doc/copydesk/LICENSE-releases; do
  [ -f "$prefix/$file" ] || { echo "FAIL: $file not installed"; find "$prefix" -type f; exit 1; }
done
"$prefix/bin/copydesk" --version | grep -qE '^copydesk [0-9]+\.[0-9]+\.[0-9]+$'
printf 'The concensus.\n' >"$prefix/a.md"
status=0
out=$("$prefix/bin/copydesk" check --no-color "$prefix/a.md") || status=$?
[ "$status" -eq 1 ] || { echo "FAIL: exit status $status, not 1: $out"; exit 1; }
grep -qF "a.md:1:5: warning: Unknown word 'concensus'" <<<"$out" || { echo "FAIL: $out"; exit 1; }
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$prefix/share/man/man1/copydesk.1" 2>/dev/null | grep -q -- '--changed-since REF' ||
    { echo "FAIL: the installed manual page does not render"; exit 1; }
fi
echo "installed into $prefix: ok"
