#!/usr/bin/python3
"""Validates .copydesk.json files against editors/schema/copydesk.schema.json.

Usage: validate_configs.py SCHEMA [--invalid] FILE...
Files after --invalid must be rejected (so the schema is known to bite).
Comments and trailing commas are removed first, as copydesk does.
"""
import json
import sys

import jsonschema


def strip_comments(text):
    out = []
    i = 0
    in_string = False
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < len(text):
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif text.startswith("//", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            end = text.index("*/", i + 2)
            i = end + 2
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def remove_trailing_commas(text):
    out = []
    pending = None
    in_string = False
    for i, c in enumerate(text):
        if in_string:
            if c == '"' and text[i - 1] != "\\":
                in_string = False
        elif c == '"':
            in_string = True
            pending = None
        elif c in "]}" and pending is not None:
            out[pending] = " "
            pending = None
        elif c == ",":
            pending = len(out)
        elif not c.isspace():
            pending = None
        out.append(c)
    return "".join(out)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.loads(remove_trailing_commas(strip_comments(f.read())))


def main(argv):
    schema = load(argv[1])
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    expect_valid = True
    failures = 0
    checked = 0
    for path in argv[2:]:
        if path == "--invalid":
            expect_valid = False
            continue
        errors = list(validator.iter_errors(load(path)))
        checked += 1
        if expect_valid and errors:
            failures += 1
            for e in errors:
                print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        elif not expect_valid and not errors:
            failures += 1
            print(f"{path}: accepted, but it should be rejected")
    print(f"{checked} config files checked against the schema, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
