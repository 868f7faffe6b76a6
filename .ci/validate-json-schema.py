#!/usr/bin/env python3
"""Validates YAML files against the JSON Schema that `platelab schema rules` prints.

Checks that the schema editors use accepts every bundled rule set. Usage:
  validate-json-schema.py SCHEMA.json FILE.yaml...
Exit 0 all valid, 1 one is not, 3 jsonschema or PyYAML is not installed (the check cannot run here).
"""
import json
import sys

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"error: {missing} (pip install jsonschema pyyaml)", file=sys.stderr)
    sys.exit(3)


class PlainLoader(yaml.SafeLoader):
    """YAML as editors see it: dates stay strings, as PlateLab reads them."""


PlainLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for path in sys.argv[2:]:
    errors = list(validator.iter_errors(yaml.load(open(path), Loader=PlainLoader)))
    for error in errors:
        print(f"{path}: {'.'.join(map(str, error.path))}: {error.message}")
    failed |= bool(errors)
    print(f"{path}: {'INVALID' if errors else 'valid'} against the JSON Schema")
sys.exit(1 if failed else 0)
