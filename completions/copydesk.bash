# bash completion for copydesk(1). Installed to
# share/bash-completion/completions/copydesk; tests/install/completion_test.sh
# checks it against `copydesk --help` and `copydesk check --help`.

_copydesk() {
  local cur prev
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  local commands="check rules explain claims lsp"
  local check_options="--format --output --fail-on --fix --dry-run --config --as-of --release-data --lang --dictionary-dir
    --dictionary -j --jobs --max-file-size --changed-since --cache --shard --stdin --format-of --docs-url --color --no-color -h --help"

  if [ "$COMP_CWORD" -eq 1 ]; then
    mapfile -t COMPREPLY < <(compgen -W "$commands --version --help -h" -- "$cur")
    return
  fi
  case "${COMP_WORDS[1]}" in
    check)
      case "$prev" in
        --format) mapfile -t COMPREPLY < <(compgen -W "text json sarif github junit checkstyle" -- "$cur"); return ;;
        --fail-on) mapfile -t COMPREPLY < <(compgen -W "error warning information hint" -- "$cur"); return ;;
        --output | --config | --dictionary | --cache | --format-of) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        --dictionary-dir | --release-data) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
        --changed-since)
          mapfile -t COMPREPLY < <(compgen -W "$(git for-each-ref --format='%(refname:short)' 2>/dev/null) HEAD" -- "$cur")
          return
          ;;
        --as-of | --lang | -j | --jobs | --max-file-size | --shard | --docs-url) return ;;
      esac
      if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$check_options" -- "$cur")
      else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      fi
      ;;
    rules | explain)
      if [ "$prev" = --config ]; then
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      elif [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "--config --help -h" -- "$cur")
      elif [ "${COMP_WORDS[1]}" = explain ]; then
        mapfile -t COMPREPLY < <(compgen -W "$(copydesk rules 2>/dev/null | awk 'NR > 1 {print $1}')" -- "$cur")
      fi
      ;;
    claims)
      if [ "$COMP_CWORD" -eq 2 ]; then
        mapfile -t COMPREPLY < <(compgen -W "check" -- "$cur")
      else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      fi
      ;;
    lsp)
      case "$prev" in
        --log-level) mapfile -t COMPREPLY < <(compgen -W "error warn info debug" -- "$cur"); return ;;
        --log-file) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
      esac
      mapfile -t COMPREPLY < <(compgen -W "--log-level --log-file --stdio --help -h" -- "$cur")
      ;;
  esac
}
complete -o filenames -F _copydesk copydesk
