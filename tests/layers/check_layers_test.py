#!/usr/bin/env python3
"""Tests scripts/check-layers on small trees made here: it passes a tree that
follows the floors and names each include that does not."""
import os
import subprocess
import sys
import tempfile

CHECKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts", "check-layers")


def tree(files):
    root = tempfile.mkdtemp(prefix="check-layers-")
    for path, text in files.items():
        os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(root, path), "w") as f:
            f.write(text)
    return root


def run(root):
    result = subprocess.run([sys.executable, CHECKER, "--root", root], capture_output=True, text=True)
    return result.returncode, result.stdout


GOOD = {
    "rules/text/LineIndex.h": "#pragma once\n",
    "rules/engine/Rule.h": '#include "text/LineIndex.h"\n',
    "rules/style/support/PhraseList.h": '#include "engine/Rule.h"\n',
    "rules/style/Cliche.cpp": '#include "style/support/PhraseList.h"\n',
    "server/Workspace.h": '#include "engine/Rule.h"\n#include "protocol/Json.h"\n',
    "protocol/Json.h": "#pragma once\n",
}
failures = []


def expect(name, files, code, *needles):
    status, out = run(tree(files))
    if status != code or any(n not in out for n in needles):
        failures.append(f"{name}: exit {status}, output:\n{out}")


expect("a tree that follows the floors", GOOD, 0)
expect("an upward include", {**GOOD, "rules/text/Utf.cpp": '#include <string>\n\n#include "engine/Rule.h"\n'}, 1,
       "rules/text/Utf.cpp:3:", "a floor above")
expect("one family including another", {**GOOD, "rules/facts/X.cpp": '#include "style/Cliche.h"\n'}, 1,
       "rules/facts/X.cpp:1:", "another family")
expect("a family's private helper used outside it",
       {**GOOD, "cli/Main.cpp": '#include "style/support/PhraseList.h"\n'}, 1, "cli/Main.cpp:1:", "internal")
expect("the protocol including the engine", {**GOOD, "protocol/Bad.h": '#include "engine/Rule.h"\n'}, 1,
       "protocol/Bad.h:1:")
expect("the server including the CLI", {**GOOD, "server/Bad.h": '#include "cli/Main.h"\n'}, 1, "server/Bad.h:1:")
expect("a relative include in the engine", {**GOOD, "rules/engine/Bad.cpp": '#include "../text/LineIndex.h"\n'}, 1,
       "rules/engine/Bad.cpp:1:")

for failure in failures:
    print("FAIL", failure)
print(f"check-layers: {7 - len(failures)} of 7 cases as expected")
sys.exit(1 if failures else 0)
