#!/usr/bin/python3
"""The manual page and the shell completions offer the options the binary has.

Usage: check_help_matches.py COPYDESK SOURCE_DIR

Collects the options of `copydesk --help` and of each command's --help, then
checks that docs/copydesk.1 names exactly those (no missing, no stale one),
that its title carries `copydesk --version`'s version, and that the bash, zsh
and fish completions offer every option of `check` and `lsp` (fish: exactly
them). Prints each difference; exits 1 when there is one.
"""
import re
import subprocess
import sys

OPTION = re.compile(r"(?<![\w-])(--?[a-zA-Z][\w-]*)")


def help_options(binary, *args):
    run = subprocess.run([binary, *args, "--help"], check=True, capture_output=True, text=True)
    return set(OPTION.findall(run.stdout + run.stderr))  # `lsp --help` writes to stderr: stdout is LSP's


def man_options(text):
    body = "\n".join(line for line in text.splitlines() if not line.startswith('.\\"'))
    body = re.sub(r"\\f[BIRP]", "", body).replace("\\-", "-")
    return set(OPTION.findall(body))


def fish_options(text):
    options = set()
    for line in text.splitlines():
        if not line.startswith("complete "):
            continue
        options |= {"--" + name for name in re.findall(r" -l ([\w-]+)", line)}
        options |= {"-" + name for name in re.findall(r" -s (\w)\b", line)}
    return options


def main(binary, source):
    problems = []
    commands = {
        "": help_options(binary),
        "check": help_options(binary, "check"),
        "lsp": help_options(binary, "lsp"),
        "rules": help_options(binary, "rules"),
        "explain": help_options(binary, "explain"),
    }
    every = set().union(*commands.values())
    with open(f"{source}/docs/copydesk.1", encoding="utf-8") as f:
        man = f.read()
    documented = man_options(man)
    for option in sorted(every - documented):
        problems.append(f"docs/copydesk.1: {option} is in --help but not in the manual page")
    for option in sorted(documented - every):
        problems.append(f"docs/copydesk.1: {option} is in the manual page but in no --help")
    version = subprocess.run([binary, "--version"], check=True, capture_output=True, text=True).stdout.split()[-1]
    if f'"copydesk {version}"' not in man.split("\n.TH ", 1)[-1].split("\n", 1)[0]:
        problems.append(f"docs/copydesk.1: the .TH line does not say copydesk {version}")

    wanted = commands["check"] | commands["lsp"]
    for name in ("copydesk.bash", "_copydesk"):
        with open(f"{source}/completions/{name}", encoding="utf-8") as f:
            offered = set(OPTION.findall(f.read()))
        for option in sorted(wanted - offered):
            problems.append(f"completions/{name}: {option} is not offered")
    with open(f"{source}/completions/copydesk.fish", encoding="utf-8") as f:
        offered = fish_options(f.read())
    for option in sorted(wanted - offered):
        problems.append(f"completions/copydesk.fish: {option} is not offered")
    for option in sorted(offered - every):
        problems.append(f"completions/copydesk.fish: {option} is in no --help")

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
