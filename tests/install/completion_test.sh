#!/usr/bin/env bash
# The bash completion, sourced in a real bash, completes the commands, the
# options of `copydesk check --help` and the values of --format and
# --fail-on; the zsh and fish completions parse (zsh -n, fish --no-execute)
# when those shells are installed (COPYDESK_TEST_PACKAGES has them).
# Usage: completion_test.sh COPYDESK SOURCE_DIR
set -uo pipefail
copydesk=$1
source_dir=$2
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# complete WORD...: the completions bash offers for the last word.
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _copydesk
  printf '%s\n' "${COMPREPLY[@]}" | sort
}

# expect_offers "WORDS" WANTED...: each WANTED is among the completions.
expect_offers() {
  local -a words
  read -r -a words <<<"$1"
  shift
  [[ "${words[-1]}" == "''" ]] && words[-1]=""
  local offered
  offered=$(complete_words "${words[@]}")
  local want
  for want in "$@"; do
    grep -qxF -- "$want" <<<"$offered" || fail "'${words[*]}' does not offer $want (offered: $(tr '\n' ' ' <<<"$offered"))"
  done
}

# shellcheck source=/dev/null
source "$source_dir/completions/copydesk.bash"
complete -p copydesk >/dev/null || fail "the script does not register a completion for copydesk"

expect_offers "copydesk ''" check rules explain claims lsp --version
mapfile -t check_options < <("$copydesk" check --help | grep -oE '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' | tr -d ' ,' | sort -u)
[ "${#check_options[@]}" -gt 15 ] || fail "could not read the options of copydesk check --help"
expect_offers "copydesk check -" "${check_options[@]}"
expect_offers "copydesk check --format ''" text json sarif github junit checkstyle
expect_offers "copydesk check --fail-on w" warning
expect_offers "copydesk lsp --log-level ''" error warn info debug
offered=$(complete_words copydesk check --fa)
[ "$offered" = "--fail-on" ] || fail "'copydesk check --fa' gives '$offered', not --fail-on"

cd "$(mktemp -d)" || exit 1
touch notes.md other.txt
offered=$(complete_words copydesk check no)
[ "$offered" = "notes.md" ] || fail "'copydesk check no' gives '$offered', not notes.md"
cd - >/dev/null || exit 1

if command -v zsh >/dev/null; then
  zsh -n "$source_dir/completions/_copydesk" || fail "completions/_copydesk does not parse in zsh"
else
  echo "zsh not installed: its completion not parsed"
fi
if command -v fish >/dev/null; then
  fish --no-execute "$source_dir/completions/copydesk.fish" || fail "completions/copydesk.fish does not parse in fish"
else
  echo "fish not installed: its completion not parsed"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "completions: ok"
