#!/usr/bin/env bash
# scripts/package builds the Debian package from BUILD_DIR; it installs with
# dpkg -i, /usr/bin/copydesk runs and checks a file, and dpkg -r removes it.
# Skipped (exit 77) unless run as root with dpkg, or when a copydesk package
# is installed already (the test would replace it).
# Usage: package_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build=$2
if [ "$(id -u)" -ne 0 ] || ! command -v dpkg >/dev/null; then
  echo "SKIP: installing a package needs root and dpkg"
  exit 77
fi
if dpkg-query -W -f='${Status}' copydesk 2>/dev/null | grep -q 'install ok installed'; then
  echo "SKIP: a copydesk package is installed already; not replacing it"
  exit 77
fi

deb=$(COPYDESK_BUILD="$build" "$source_dir/scripts/package")
echo "package: $deb"
dpkg-deb -f "$deb" Depends | grep -q 'libhunspell' || { echo "FAIL: Depends lacks the linked libraries"; exit 1; }
work=$(mktemp -d /tmp/copydesk-package-XXXXXX)
trap 'dpkg -r copydesk >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; exit 1; }

/usr/bin/copydesk --version
printf '# Notes\n\nThe concensus.\n' >"$work/a.md"
status=0
out=$(cd "$work" && /usr/bin/copydesk check --no-color a.md) || status=$?
echo "$out"
[ "$status" -eq 1 ] || { echo "FAIL: exit status $status, not 1"; exit 1; }
grep -qF "a.md:3:5: warning: Unknown word 'concensus': did you mean 'consensus'? [spelling]" <<<"$out" ||
  { echo "FAIL: the finding is missing"; exit 1; }
[ -f /usr/share/man/man1/copydesk.1 ] || [ -f /usr/share/man/man1/copydesk.1.gz ] ||
  { echo "FAIL: no manual page"; exit 1; }
[ -f /usr/share/bash-completion/completions/copydesk ] || { echo "FAIL: no bash completion"; exit 1; }

dpkg -r copydesk >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; exit 1; }
[ ! -e /usr/bin/copydesk ] || { echo "FAIL: /usr/bin/copydesk left after dpkg -r"; exit 1; }
echo "package installed, checked a file and was removed: ok"
