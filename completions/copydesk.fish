# fish completion for copydesk(1). Installed to
# share/fish/vendor_completions.d/copydesk.fish; tests/install/check_help_matches.py
# checks that it offers every option of `copydesk check --help`.

set -l commands check rules explain claims lsp
complete -c copydesk -f
complete -c copydesk -n "not __fish_seen_subcommand_from $commands" -a check -d 'Check files and folders'
complete -c copydesk -n "not __fish_seen_subcommand_from $commands" -a rules -d 'List every rule'
complete -c copydesk -n "not __fish_seen_subcommand_from $commands" -a explain -d 'Explain a rule'
complete -c copydesk -n "not __fish_seen_subcommand_from $commands" -a claims -d 'Validate claims files'
complete -c copydesk -n "not __fish_seen_subcommand_from $commands" -a lsp -d 'Run the language server'
complete -c copydesk -n "not __fish_seen_subcommand_from $commands" -l version -d 'Print the version'
complete -c copydesk -s h -l help -d 'Show the help'

set -l check "__fish_seen_subcommand_from check; and not __fish_seen_subcommand_from claims"
complete -c copydesk -n $check -F
complete -c copydesk -n $check -l format -x -a 'text json sarif github junit checkstyle' -d 'Output format'
complete -c copydesk -n $check -l output -r -F -d 'Write the report to a file'
complete -c copydesk -n $check -l fail-on -x -a 'error warning information hint' -d 'Exit 1 at or above this level'
complete -c copydesk -n $check -l fix -d 'Apply the safe fixes in place'
complete -c copydesk -n $check -l dry-run -d 'With --fix: print a diff, change nothing'
complete -c copydesk -n $check -l config -r -F -d 'Configuration file'
complete -c copydesk -n $check -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD)'
complete -c copydesk -n $check -l release-data -x -a '(__fish_complete_directories)' -d 'Release-cycles snapshot folder'
complete -c copydesk -n $check -l lang -x -d 'Spelling language'
complete -c copydesk -n $check -l dictionary-dir -x -a '(__fish_complete_directories)' -d 'More hunspell dictionaries'
complete -c copydesk -n $check -l dictionary -r -F -d 'Extra dictionary or word list'
complete -c copydesk -n $check -s j -l jobs -x -d 'Files checked at once'
complete -c copydesk -n $check -l max-file-size -x -d 'Refuse larger files (bytes)'
complete -c copydesk -n $check -l changed-since -x -a '(git for-each-ref --format="%(refname:short)" 2>/dev/null) HEAD' -d 'Only findings on lines changed since a git commit'
complete -c copydesk -n $check -l cache -r -F -d 'Skip files unchanged since the cached run'
complete -c copydesk -n $check -l shard -x -d 'Check the I-th of N parts of the files (I/N)'
complete -c copydesk -n $check -l stdin -d 'Check standard input instead of files'
complete -c copydesk -n $check -l format-of -r -F -d 'With --stdin: read it as this file'
complete -c copydesk -n $check -l docs-url -x -d 'Rule documentation URL for SARIF'
complete -c copydesk -n $check -l color -d 'Force colour on'
complete -c copydesk -n $check -l no-color -d 'Force colour off'

complete -c copydesk -n "__fish_seen_subcommand_from rules explain" -l config -r -F -d 'Configuration file'
complete -c copydesk -n "__fish_seen_subcommand_from explain" -x -a '(copydesk rules 2>/dev/null | awk "NR > 1 {print \$1}")'
complete -c copydesk -n "__fish_seen_subcommand_from claims; and not __fish_seen_subcommand_from check" -x -a check
complete -c copydesk -n "__fish_seen_subcommand_from claims; and __fish_seen_subcommand_from check" -F

set -l lsp "__fish_seen_subcommand_from lsp"
complete -c copydesk -n $lsp -l log-level -x -a 'error warn info debug' -d 'Log level'
complete -c copydesk -n $lsp -l log-file -r -F -d 'Append the log to a file'
complete -c copydesk -n $lsp -l stdio -d 'Use stdio (the only transport)'
