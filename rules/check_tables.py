#!/usr/bin/env python3
"""Check the affected-API tables (rules/*.api.yaml) against their schema.

The tool's own loader (libyaml, in C) is the authority at run time; this
script is a quick gate for people editing the tables.  It checks:

  * each file opens with a '#' comment and parses as YAML;
  * the top level is a mapping with exactly one key, 'apis', holding a list;
  * no mapping repeats a key (PyYAML would silently keep the last one);
  * every row has the required keys, only allowed keys, and values of the
    right type and range;
  * arg < params, arg == -1 exactly for kinds always-exec, listed and
    returns-data;
  * allocator-arg / user-mode-arg lie inside the parameter list and differ
    from arg;
  * a row's optional 'rule' is an id of catalog.yaml (next to this script);
  * no (api, arg) pair appears twice, across all files (rows with arg -1
    may share an API when their kinds differ);
  * any string holding ':', '#', '|' or ',' (or starting with a character
    that is special to YAML) is written double-quoted.

Usage: check_tables.py [FILE_OR_DIR ...]   (default: the directory of this
script).  Prints "file:line: message" per problem and exits 1 if there are
any, 0 otherwise.
"""

import os
import re
import sys

import yaml

KINDS = {
    "routine-lookup",
    "name-init",
    "mdl-map",
    "mdl-lock",
    "mdl-protect",
    "pool-type",
    "pool-flags",
    "page-protect",
    "mdl-priority",
    "lookaside-flags",
    "cache-type",
    "section-attr",
    "heap-flags",
    "always-exec",
    "listed",
    "code-dest",
    "mdl-base",
    "cr0-write",
    "returns-data",
}
NO_ARG_KINDS = {"always-exec", "listed", "returns-data"}
CONFIDENCE = {"confirmed", "unconfirmed"}
INT_RE = re.compile(r"^-?(0|[1-9][0-9]*)$")
CA_RE = re.compile(r"^(C\d{5}|none)$")
API_RE = re.compile(r"^(operator new|[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)?)$")

REQUIRED = {
    "api": str,
    "arg": int,
    "params": int,
    "kind": str,
    "ca": str,
    "replacement": str,
    "header": str,
    "confidence": str,
}
OPTIONAL = {
    "deprecated": bool,
    "allocator-arg": int,
    "user-mode-arg": int,
    "source": str,
    "note": str,
    "rule": str,
}
ALLOWED = dict(REQUIRED, **OPTIONAL)

# Characters that make a plain scalar ambiguous or wrong in YAML when they
# start it; ':', '#', '|' and ',' anywhere are the project's quoting rule.
SPECIAL_START = set("!&*-?[]{}|>'\"%@`#,: ")
QUOTE_INSIDE = set(":#|,")


class Problems:
    def __init__(self):
        self.items = []

    def add(self, path, line, msg):
        self.items.append((path, line, msg))


def check_spelling(path, key, node, problems):
    """Booleans and integers must be spelled the way libyaml's loader reads
    them: 'true'/'false' (not yes/no/on/off) and plain decimal numbers."""
    if not isinstance(node, yaml.ScalarNode) or node.style is not None:
        return
    t = ALLOWED.get(key)
    if t is bool and node.value not in ("true", "false"):
        problems.add(path, node.start_mark.line + 1,
                     "key '%s' must be true or false, got '%s'" % (key, node.value))
    if t is int and not INT_RE.match(node.value):
        problems.add(path, node.start_mark.line + 1,
                     "key '%s' must be a decimal integer, got '%s'" % (key, node.value))


def check_quoting(path, node, problems):
    """Walk the composed node graph and flag strings that should be quoted."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag != "tag:yaml.org,2002:str":
            return
        v = node.value
        needs = bool(v) and (v[0] in SPECIAL_START or any(c in v for c in QUOTE_INSIDE))
        if needs and node.style != '"':
            problems.add(path, node.start_mark.line + 1,
                         "string %r must be double-quoted" % v)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            check_quoting(path, item, problems)
    elif isinstance(node, yaml.MappingNode):
        seen = set()
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                if k.value in seen:
                    problems.add(path, k.start_mark.line + 1,
                                 "duplicate key '%s'" % k.value)
                seen.add(k.value)
                check_spelling(path, k.value, v, problems)
            check_quoting(path, v, problems)


def catalog_ids():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalog.yaml")
    try:
        with open(path, encoding="utf-8") as f:
            return {r["id"] for r in yaml.safe_load(f)["rules"]}
    except (OSError, yaml.YAMLError, KeyError, TypeError):
        return None


CATALOG_IDS = catalog_ids()


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_row(path, line, row, problems, pairs):
    def bad(msg):
        problems.add(path, line, msg)

    if not isinstance(row, dict):
        bad("row is not a mapping")
        return
    for k in row:
        if k not in ALLOWED:
            bad("unknown key '%s'" % k)
    for k in REQUIRED:
        if k not in row:
            bad("missing key '%s'" % k)
    for k, v in row.items():
        t = ALLOWED.get(k)
        if t is None:
            continue
        ok = is_int(v) if t is int else isinstance(v, t)
        if not ok:
            bad("key '%s' must be %s, got %r" % (k, t.__name__, v))
    if any(k not in row for k in REQUIRED):
        return

    api, arg, params, kind = row["api"], row["arg"], row["params"], row["kind"]
    if not isinstance(api, str) or not API_RE.match(api):
        bad("bad api name %r" % (api,))
    if kind not in KINDS:
        bad("unknown kind '%s'" % kind)
    if "rule" in row and CATALOG_IDS is not None and row["rule"] not in CATALOG_IDS:
        bad("rule '%s' is not an id of catalog.yaml" % row["rule"])
    if row["confidence"] not in CONFIDENCE:
        bad("confidence must be confirmed or unconfirmed, got '%s'" % row["confidence"])
    if not CA_RE.match(str(row["ca"])):
        bad("ca must be like C30030 or 'none', got '%s'" % row["ca"])
    for k in ("replacement", "header", "source", "note"):
        if k in row and isinstance(row[k], str) and not row[k].strip():
            bad("key '%s' is empty" % k)
    if not (is_int(arg) and is_int(params)):
        return
    if params < 0:
        bad("params must be >= 0")
    if kind in NO_ARG_KINDS:
        if arg != -1:
            bad("kind %s takes arg -1, got %d" % (kind, arg))
    else:
        if arg == -1:
            bad("arg -1 is only for kinds always-exec, listed and returns-data")
        elif arg < 0:
            bad("arg must be >= 0 (or -1), got %d" % arg)
        elif arg >= params:
            bad("arg %d is not below params %d" % (arg, params))
    for k in ("allocator-arg", "user-mode-arg"):
        if k in row and is_int(row[k]):
            v = row[k]
            if v < 0 or v >= params:
                bad("%s %d is outside the %d parameters" % (k, v, params))
            if v == arg:
                bad("%s equals arg" % k)
    # Rows without an argument may share an API when their kinds differ
    # (an allocator is always-exec and returns data).
    key = (api, arg) if arg != -1 else (api, arg, kind)
    if key in pairs:
        ppath, pline = pairs[key]
        bad("duplicate (api, arg) pair (%s, %d); first at %s:%d" % (api, arg, ppath, pline))
    else:
        pairs[key] = (path, line)


def check_file(path, problems, pairs):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("#"):
        problems.add(path, 1, "file must start with a '#' comment")
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problems.add(path, mark.line + 1 if mark else 1, "YAML error: %s" % e)
        return 0
    if root is None or not isinstance(data, dict):
        problems.add(path, 1, "top level must be a mapping with key 'apis'")
        return 0
    check_quoting(path, root, problems)
    for k in data:
        if k != "apis":
            problems.add(path, 1, "unknown top-level key '%s'" % k)
    rows = data.get("apis")
    if not isinstance(rows, list):
        problems.add(path, 1, "'apis' must be a list")
        return 0
    # Line numbers of each row, from the node graph.
    lines = []
    for k, v in root.value:
        if k.value == "apis" and isinstance(v, yaml.SequenceNode):
            lines = [n.start_mark.line + 1 for n in v.value]
    for i, row in enumerate(rows):
        check_row(path, lines[i] if i < len(lines) else 1, row, problems, pairs)
    return len(rows)


def main(argv):
    targets = argv[1:] or [os.path.dirname(os.path.abspath(__file__))]
    files = []
    for t in targets:
        if os.path.isdir(t):
            files += sorted(os.path.join(t, n) for n in os.listdir(t) if n.endswith(".api.yaml"))
        else:
            files.append(t)
    if not files:
        print("check_tables: no *.api.yaml files found", file=sys.stderr)
        return 1
    problems = Problems()
    pairs = {}
    total = 0
    for path in files:
        n = check_file(path, problems, pairs)
        total += n
        print("%s: %d rows" % (os.path.relpath(path), n))
    for path, line, msg in problems.items:
        print("%s:%d: %s" % (os.path.relpath(path), line, msg))
    print("%d files, %d rows, %d problems" % (len(files), total, len(problems.items)))
    return 1 if problems.items else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
