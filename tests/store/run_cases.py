#!/usr/bin/python3
"""run_cases.py - table-driven tests of the hvcilint SQLite store.

Each case in cases.yaml builds a small driver project in a fresh temporary
directory, runs a sequence of steps in it (hvcilint commands, edits, moves,
shell commands), then runs one SQL query against the resulting store and
compares the rows, in order, with the expected ones.  It does not look at
hvcilint's console output beyond the exit code and optional patterns a step
names; reports are checked by saving them to a file and reading that file
from the query.

Usage: run_cases.py HVCILINT [--case NAME]... [--list] [--registered NAME...]

--registered takes the names the build registered as tests (taken from
the "- name:" lines) and fails unless they are exactly the cases in the
table, so a case written another way cannot go unrun.

Case keys (see cases.yaml for examples):
  name      unique name, also the ctest test name (store/NAME)
  about     what the case pins
  files     {relative path: contents} written before the first step
  compdb    compile database entries, written as compile_commands.json with
            "directory" the project root: a list of "file.c" or
            {file: file.c, flags: [-DX]}; default every .c/.cpp in files
  steps     list of one-key mappings:
              hvcilint: ARGS   run the binary with these arguments (shlex);
                               exit: N (default 0), stdout:/stderr: a
                               regex that must match, save: FILE writes
                               stdout to FILE in the project
              write: {path: text}         create or overwrite files
              insert: {path: text}        put text before the first line
              move: {from: to}            rename (directories created)
              remove: [path, ...]
              compdb: [...]               rewrite the compile database
              sh: COMMAND                 run with /bin/sh (e.g. git init);
                                          $HVCILINT names the binary,
                                          $HVCILINT_STORE_TESTS this folder
  db        store the query reads, default hvcilint.db
  attach    {schema: file.db}: more stores the query can name
  query     one SQL statement
  rows      expected rows, each a list; a cell may be {re: PATTERN}, which
            must match the whole value written as text
  xfail     a reason: the case shows a known defect; it passes while the
            rows differ and fails once they match, so the case gets
            updated when the defect is fixed

$ROOT in arguments, shell commands, the query and expected cells stands for
the project root (the temporary directory, symbolic links resolved).  The
query can call readfile(PATH), which returns a project file's text (as the
sqlite3 shell's readfile does), and the JSON functions built into SQLite.
Nothing in a case's rows is skipped: values that vary between runs
(timestamps, durations, hashes) are matched by pattern or normalised in the
query.
"""
import difflib
import json
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


class CaseError(Exception):
    pass


def subst(text, root):
    return text.replace("$ROOT", root) if isinstance(text, str) else text


def write_compdb(root, entries):
    out = []
    for e in entries:
        if isinstance(e, str):
            e = {"file": e}
        unknown = set(e) - {"file", "flags"}
        if unknown:
            raise CaseError("compdb entry has unknown keys %s" % sorted(unknown))
        f = e["file"]
        out.append({"directory": root, "file": f,
                    "arguments": ["clang"] + list(e.get("flags", [])) + ["-c", f]})
    with open(os.path.join(root, "compile_commands.json"), "w") as fh:
        json.dump(out, fh, indent=1)


def write_file(root, rel, text):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as fh:
        fh.write(text)


def run_hvcilint(binary, root, step, env, log):
    args = [subst(a, root) for a in shlex.split(step["hvcilint"])]
    p = subprocess.run([binary] + args, cwd=root, env=env, capture_output=True, text=True)
    log.append("$ hvcilint %s  -> exit %d" % (" ".join(args), p.returncode))
    want = step.get("exit", 0)
    detail = "\n--- stdout\n%s--- stderr\n%s" % (p.stdout, p.stderr)
    if p.returncode != want:
        raise CaseError("'hvcilint %s' exited %d, expected %d%s"
                        % (step["hvcilint"], p.returncode, want, detail))
    for stream in ("stdout", "stderr"):
        pat = step.get(stream)
        if pat is not None and not re.search(subst(pat, root), getattr(p, stream)):
            raise CaseError("'hvcilint %s': %s does not match /%s/%s"
                            % (step["hvcilint"], stream, pat, detail))
    if "save" in step:
        write_file(root, step["save"], p.stdout)


STEP_KEYS = {"hvcilint": {"exit", "stdout", "stderr", "save"}, "write": set(),
             "insert": set(), "move": set(), "remove": set(), "compdb": set(), "sh": set()}


def run_step(binary, root, step, env, log):
    kind = next((k for k in step if k in STEP_KEYS), None)
    if kind is None or set(step) - {kind} - STEP_KEYS[kind]:
        raise CaseError("bad step %r: one of %s, with its options"
                        % (step, ", ".join(sorted(STEP_KEYS))))
    v = step[kind]
    if kind == "hvcilint":
        run_hvcilint(binary, root, step, env, log)
    elif kind == "write":
        for rel, text in v.items():
            write_file(root, rel, text)
        log.append("write %s" % ", ".join(v))
    elif kind == "insert":
        for rel, text in v.items():
            with open(os.path.join(root, rel)) as fh:
                old = fh.read()
            write_file(root, rel, text + old)
        log.append("insert into %s" % ", ".join(v))
    elif kind == "move":
        for a, b in v.items():
            os.makedirs(os.path.dirname(os.path.join(root, b)), exist_ok=True)
            os.rename(os.path.join(root, a), os.path.join(root, b))
        log.append("move %s" % v)
    elif kind == "remove":
        for rel in v:
            os.remove(os.path.join(root, rel))
        log.append("remove %s" % v)
    elif kind == "compdb":
        write_compdb(root, v)
        log.append("compdb %s" % v)
    elif kind == "sh":
        p = subprocess.run(["/bin/sh", "-c", subst(v, root)], cwd=root, env=env,
                           capture_output=True, text=True)
        log.append("$ %s  -> exit %d" % (v, p.returncode))
        if p.returncode != 0:
            raise CaseError("'%s' exited %d\n%s%s" % (v, p.returncode, p.stdout, p.stderr))


def cell_matches(want, got, root):
    if isinstance(want, dict):
        if set(want) != {"re"}:
            raise CaseError("an expected cell may only be a value or {re: PATTERN}: %r" % want)
        text = "NULL" if got is None else str(got)
        return re.fullmatch(subst(want["re"], root), text, re.S) is not None
    want = subst(want, root)
    if isinstance(want, bool) or isinstance(got, bool):
        return want == got and type(want) is type(got)
    return want == got


def show(row):
    return "(" + ", ".join("/%s/" % c["re"] if isinstance(c, dict) else repr(c)
                           for c in row) + ")"


def compare(case, rows, root):
    want = [list(r) for r in case.get("rows") or []]
    got = [list(r) for r in rows]
    ok = len(want) == len(got) and all(
        len(w) == len(g) and all(cell_matches(a, b, root) for a, b in zip(w, g))
        for w, g in zip(want, got))
    if ok:
        return None
    # Rows that match by pattern print as the actual row, so the diff
    # shows only the real differences.
    wl = []
    for i, w in enumerate(want):
        g = got[i] if i < len(got) else None
        if g is not None and len(w) == len(g) and all(cell_matches(a, b, root)
                                                      for a, b in zip(w, g)):
            wl.append(show(g))
        else:
            wl.append(show([subst(c, root) if not isinstance(c, dict) else c for c in w]))
    gl = [show(g) for g in got]
    diff = "\n".join(difflib.unified_diff(wl, gl, "expected rows", "actual rows", lineterm=""))
    return diff


def run_case(binary, case):
    name = case["name"]
    known = {"name", "about", "files", "compdb", "steps", "db", "attach", "query", "rows",
             "xfail"}
    if set(case) - known:
        raise CaseError("unknown keys %s" % sorted(set(case) - known))
    tmp = tempfile.mkdtemp(prefix="hvci-store-%s-" % name)
    root = os.path.realpath(tmp)
    env = dict(os.environ)
    # The project root is the git top level when inside a repository: keep
    # git from finding one above the temporary directory.
    env["GIT_CEILING_DIRECTORIES"] = os.path.dirname(root)
    env["HVCILINT"] = binary
    env["HVCILINT_STORE_TESTS"] = HERE  # helpers such as grow.py
    for k in ("GIT_DIR", "GIT_WORK_TREE"):
        env.pop(k, None)
    log = []
    try:
        files = case.get("files") or {}
        for rel, text in files.items():
            write_file(root, rel, text)
        compdb = case.get("compdb")
        if compdb is None:
            compdb = sorted(f for f in files if f.endswith((".c", ".cpp")))
        write_compdb(root, compdb)
        for step in case.get("steps") or []:
            run_step(binary, root, step, env, log)
        db = os.path.join(root, case.get("db", "hvcilint.db"))
        if not os.path.exists(db):
            raise CaseError("no store at %s after the steps" % db)
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
        for schema, f in (case.get("attach") or {}).items():
            con.execute("ATTACH DATABASE ? AS %s" % schema,
                        ("file:%s?mode=ro" % os.path.join(root, f),))

        def readfile(rel):
            with open(os.path.join(root, rel)) as fh:
                return fh.read()
        con.create_function("readfile", 1, readfile)
        query = subst(case["query"], root)
        try:
            rows = con.execute(query).fetchall()
        except sqlite3.Error as e:
            raise CaseError("the query failed: %s\n%s" % (e, query))
        finally:
            con.close()
        diff = compare(case, rows, root)
        if case.get("xfail"):
            if diff is None:
                raise CaseError("expected to fail (%s) but the rows match; the defect looks "
                                "fixed: drop xfail from the case" % case["xfail"])
            print("XFAIL %s: %s\n%s" % (name, case["xfail"], diff))
            return
        if diff is not None:
            raise CaseError("rows differ\n--- query\n%s\n%s" % (query.strip(), diff))
    except CaseError as e:
        raise CaseError("%s\n--- steps run\n%s" % (e, "\n".join(log)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv):
    if len(argv) < 2:
        print("usage: run_cases.py HVCILINT [--case NAME]... [--list]", file=sys.stderr)
        return 2
    binary = os.path.abspath(argv[1])
    wanted, listing, registered, i = [], False, None, 2
    while i < len(argv):
        if argv[i] == "--case" and i + 1 < len(argv):
            wanted.append(argv[i + 1])
            i += 2
        elif argv[i] == "--list":
            listing = True
            i += 1
        elif argv[i] == "--registered":
            registered = argv[i + 1:]
            i = len(argv)
        else:
            print("run_cases.py: unknown argument '%s'" % argv[i], file=sys.stderr)
            return 2
    path = os.path.join(HERE, "cases.yaml")
    try:
        with open(path) as fh:
            cases = yaml.safe_load(fh)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        print("%s:%d: not valid YAML (%s); fix the table"
              % (path, mark.line + 1 if mark else 1, getattr(e, "problem", e)), file=sys.stderr)
        return 2
    if not isinstance(cases, list) or not all(isinstance(c, dict) and "name" in c
                                              for c in cases):
        print("%s:1: the table is a list of cases, each with a name" % path, file=sys.stderr)
        return 2
    names = [c["name"] for c in cases]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        print("%s:1: duplicate case names %s" % (path, dup), file=sys.stderr)
        return 2
    if listing:
        print("\n".join(names))
        return 0
    if registered is not None:
        missing = sorted(set(names) - set(registered))
        extra = sorted(set(registered) - set(names))
        if missing or extra:
            print("%s:1: cases not registered as tests: %s; registered but not cases: %s; "
                  "start each case with a '- name: NAME' line"
                  % (path, missing or "none", extra or "none"), file=sys.stderr)
            return 1
        print("%d cases, each registered" % len(names))
        return 0
    unknown = [w for w in wanted if w not in names]
    if unknown:
        print("%s:1: no case named %s" % (path, ", ".join(unknown)), file=sys.stderr)
        return 2
    failed = []
    for c in cases:
        if wanted and c["name"] not in wanted:
            continue
        try:
            run_case(binary, c)
            print("ok   %s" % c["name"])
        except CaseError as e:
            print("FAIL %s: %s\n" % (c["name"], e))
            failed.append(c["name"])
    if failed:
        print("%d case(s) failed: %s" % (len(failed), ", ".join(failed)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
