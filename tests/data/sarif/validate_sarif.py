#!/usr/bin/python3
"""Validates SARIF logs against the OASIS SARIF 2.1.0 JSON schema (draft-04).

Usage: validate_sarif.py SCHEMA FILE...
Prints each error with its JSON path; exits 1 when any file is invalid.
Uses Debian's python3-jsonschema.
"""
import json
import sys

import jsonschema


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema)
    failures = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
        errors = list(validator.iter_errors(log))
        for e in errors:
            print(f"{path}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
        failures += bool(errors)
    print(f"{len(argv) - 2} SARIF files validated, {failures} invalid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
