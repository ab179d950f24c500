#!/usr/bin/env python3
"""Helpers for bench/run.sh (standard library only).

    benchlib.py baseline DB_DIR --clang PATH -j N [--extra ARG]...
        Runs `clang -fsyntax-only` for every entry of DB_DIR/compile_commands.json
        with N processes at a time and prints "<seconds> <failed> <errors>
        <stopped>" (wall time of the whole pool, commands that exited
        non-zero, error lines, commands stopped by a fatal error).  The
        first clang diagnostics go to stderr.

    benchlib.py tidy DB_DIR --tidy PATH --checks CHECKS -j N [--extra ARG]...
        Runs `clang-tidy -p DB_DIR` with only CHECKS enabled on every file of
        DB_DIR/compile_commands.json, one process per file and N at a time
        (as run-clang-tidy does), each ARG passed as --extra-arg, and prints
        "<seconds> <failed> <errors> <stopped>" like baseline.  The errors
        are the compiler's (clang-diagnostic-error), not the check's
        warnings.

    benchlib.py timed --stderr FILE -- CMD [ARG]...
        Runs CMD, prints "<seconds> <exit code> <peak RSS KB>" (the largest
        RSS of CMD or any process it waited for) and stores CMD's stderr in FILE.

    benchlib.py ratios LABEL "T1 T2..." "B1 B2..."
        Prints the per-run ratios Ti/Bi as "median [min-max]" after LABEL.

    benchlib.py count-parse-errors REPORT.json
        Prints the sum of the units' parse_errors in an hvcilint JSON report.

    benchlib.py median X [X]...
        Prints the median.

    benchlib.py count-findings REPORT.json
        Prints the number of findings in an hvcilint JSON (or SARIF) report,
        or "?" when the shape is not recognised.

    benchlib.py sample DB OUTDIR --every K
        Writes OUTDIR/compile_commands.json with every K-th entry of DB
        (sorted by file), for a quicker measurement of a large tree.

    benchlib.py realdb ARGV_LOG DB OUTDIR
        For a real tree: from hvcilint's argument log (HVCILINT_ARGV_LOG) and
        the compile database DB it was made from, writes OUTDIR/hvcilint
        (DB's entries), OUTDIR/baseline (the same units with the arguments
        hvcilint gave libclang, for clang and clang-tidy) and OUTDIR/argv.log
        (for the floor), all for the same units.  A unit's map of includes
        written in another case (a temporary file while hvcilint runs) is
        written to OUTDIR/overlays.  With --standins REPORT (hvcilint's JSON
        report of that run), every header it reported missing gets an empty
        stand-in in OUTDIR/standins, searched last by the baseline and the
        floor: clang stops at a missing header and libclang parses on, so
        without them the sides would not parse the same code.  Prints
        "<kept> <left out> <stand-ins>".

    benchlib.py manifest OUTDIR
        Prints "<files> <lines> <files with seeded mistakes> <seeded mistakes>
        <expected findings>" (seeded mistakes that POOL_NX_OPTIN_AUTO does not
        make harmless).
"""

import concurrent.futures
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time


def entry_argv(entry):
    if "arguments" in entry:
        return list(entry["arguments"])
    return shlex.split(entry["command"])


def syntax_only_argv(argv, clang, extra):
    """The entry's command with -c and -o OUT removed, for -fsyntax-only."""
    out = [clang]
    skip = False
    for a in argv[1:]:
        if skip:
            skip = False
            continue
        if a == "-c":
            continue
        if a == "-o":
            skip = True
            continue
        if a.startswith("-o") and len(a) > 2:
            continue
        if a.startswith("/Fo") or a.startswith("-Fo"):
            continue
        out.append(a)
    # Options go before a `--` (clang-cl commands end `-- FILE`, so that
    # a path like /work is not read as the option /w).
    at = out.index("--") if "--" in out else len(out)
    return out[:at] + ["-fsyntax-only"] + list(extra) + out[at:]


def entry_file(e):
    """A database entry's file as an absolute, normalised path."""
    return os.path.normpath(os.path.join(e.get("directory") or "", e["file"]))


def read_db(path):
    with open(path if path.endswith(".json") else
              os.path.join(path, "compile_commands.json")) as f:
        return json.load(f)


def cmd_baseline(args):
    db_dir, clang, jobs, extra = args.db, args.clang, args.jobs, args.extra
    db = read_db(db_dir)
    cmds = [(syntax_only_argv(entry_argv(e), clang, extra), e.get("directory") or db_dir)
            for e in db]
    return run_pool(cmds, jobs)


def cmd_tidy(args):
    db_dir = os.path.abspath(args.db)
    db = read_db(db_dir)
    # --config, not -checks: a .clang-tidy file above the tree would
    # otherwise add its options (header filter, warnings as errors).
    head = [args.tidy, "-p", db_dir, "--config={Checks: '-*,%s'}" % args.checks]
    head += ["--extra-arg=" + a for a in args.extra]
    cmds = []
    for e in db:
        d = e.get("directory") or db_dir
        # libTooling builds its own file system and leaves the command's
        # -ivfsoverlay (hvcilint's map of includes written in another case)
        # unread; clang-tidy's own --vfsoverlay gives it the same map.
        ov = vfs_overlay(entry_argv(e))
        cmds.append((head + (["--vfsoverlay=" + ov] if ov else []) +
                     [os.path.join(d, e["file"])], d))
    return run_pool(cmds, args.jobs)


def vfs_overlay(argv):
    """The file of the command's -ivfsoverlay (given to the driver, or to the
    front end through -Xclang), or None."""
    for i, a in enumerate(argv):
        if a.startswith("-ivfsoverlay="):
            return a[len("-ivfsoverlay="):]
        if a != "-ivfsoverlay":
            continue
        rest = argv[i + 1:]
        if rest[:1] == ["-Xclang"] and len(rest) > 1:
            return rest[1]
        if rest:
            return rest[0]
    return None


def run_pool(cmds, jobs):
    """Runs (argv, cwd) items `jobs` at a time; prints time, failures, errors."""

    def run(item):
        argv, cwd = item
        # clang-tidy prints the compiler's errors on stdout, clang on stderr.
        p = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        return p.returncode, p.stdout

    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        results = list(ex.map(run, cmds))
    elapsed = time.perf_counter() - t0

    failed = 0
    errors = 0
    fatal = 0
    shown = 0
    for rc, err in results:
        text = err.decode("utf-8", "replace")
        # A missing header stops clang; libclang (hvcilint, the floor) goes
        # on past it, so such units are where the error counts part.
        fatal += any("fatal error:" in line for line in text.splitlines())
        n = sum(1 for line in text.splitlines() if " error: " in line or
                line.startswith("error:") or "fatal error:" in line)
        errors += n
        if rc != 0:
            failed += 1
            if shown < 10:
                for line in text.splitlines():
                    if "error" in line and shown < 10:
                        sys.stderr.write("  " + line + "\n")
                        shown += 1
    print("%.6f %d %d %d" % (elapsed, failed, errors, fatal))
    return 0


def cmd_timed(args):
    cmd = args.cmd
    if cmd and cmd[0] == "--":
        cmd = cmd[1:]
    if not cmd:
        sys.stderr.write("benchlib timed: no command\n")
        return 2
    with open(args.stderr, "wb") as errf:
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=errf)
            rc = p.returncode
        except OSError as e:
            errf.write(("cannot run %s: %s\n" % (cmd[0], e)).encode())
            rc = 127
        elapsed = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print("%.6f %d %d" % (elapsed, rc, rss))
    return 0


def cmd_ratios(args):
    t = [float(x) for x in args.times.split()]
    b = [float(x) for x in args.base.split()]
    r = [x / y for x, y in zip(t, b) if y > 0]
    if not r:
        print("  %-30s n/a" % args.label)
        return 0
    print("  %-30s %.3f [%.3f-%.3f]" % (args.label, statistics.median(r), min(r), max(r)))
    return 0


def cmd_count_parse_errors(args):
    try:
        with open(args.report, encoding="utf-8") as f:
            doc = json.load(f)
        print(sum(int(u.get("parse_errors") or 0) for u in doc.get("files") or []))
    except (OSError, ValueError, AttributeError, TypeError):
        print("?")
    return 0


def cmd_median(args):
    print("%.6f" % statistics.median(float(x) for x in args.values))
    return 0


def count_findings(doc):
    """Findings in a report of unknown exact shape, or None."""
    if isinstance(doc, list):
        if all(isinstance(x, dict) and "findings" in x for x in doc):
            return sum(len(x.get("findings") or []) for x in doc)
        return len(doc)
    if not isinstance(doc, dict):
        return None
    if isinstance(doc.get("files"), list):
        return sum(len(f.get("findings") or []) for f in doc["files"] if isinstance(f, dict))
    if isinstance(doc.get("findings"), list):
        return len(doc["findings"])
    if isinstance(doc.get("results"), list):
        n = count_findings(doc["results"])
        return n
    if isinstance(doc.get("runs"), list):  # SARIF
        return sum(len(r.get("results") or []) for r in doc["runs"] if isinstance(r, dict))
    return None


def cmd_count_findings(args):
    try:
        with open(args.report, encoding="utf-8") as f:
            text = f.read()
        try:
            doc = json.loads(text)
        except ValueError:
            # JSON lines: one object per file.
            docs = [json.loads(line) for line in text.splitlines() if line.strip()]
            doc = docs
    except (OSError, ValueError):
        print("?")
        return 0
    n = count_findings(doc)
    print("?" if n is None else n)
    return 0


def cmd_sample(args):
    db = sorted(read_db(args.db), key=lambda e: os.path.join(e.get("directory") or "", e["file"]))
    os.makedirs(args.outdir, exist_ok=True)
    with open(os.path.join(args.outdir, "compile_commands.json"), "w") as f:
        json.dump(db[::max(args.every, 1)], f, indent=1)
    return 0


def cmd_realdb(args):
    db = read_db(args.db)
    logged, seen = [], set()
    with open(args.log) as f:
        for line in f:
            e = json.loads(line)
            if e["file"] not in seen:  # a unit's first parse only
                seen.add(e["file"])
                logged.append(e)
    logged.sort(key=lambda e: e["file"])
    keep, dropped = [], 0
    os.makedirs(os.path.join(args.outdir, "overlays"), exist_ok=True)
    for i, e in enumerate(logged):
        ov = e.pop("overlay", None)
        if ov:
            # The include map hvcilint wrote for this unit, kept for replays.
            path = os.path.join(os.path.abspath(args.outdir), "overlays", "%d.json" % i)
            with open(path, "w") as f:
                json.dump(ov["content"], f)
            e["argv"] = [path if a == ov["path"] else a for a in e["argv"]]
        elif any(a == "-ivfsoverlay" for a in e["argv"]):
            dropped += 1  # logged by a version that did not keep the map
            continue
        keep.append(e)
    files = {e["file"] for e in keep}
    made = 0
    if args.standins:
        sdir = os.path.join(os.path.abspath(args.outdir), "standins")
        made = write_standins(args.standins, sdir, files)
        for e in keep:
            # Before a clang-cl command's `--`; -Xclang so that either
            # driver takes it.
            a = e["argv"]
            at = a.index("--") if "--" in a else len(a)
            e["argv"] = a[:at] + ["-Xclang", "-idirafter", "-Xclang", sdir] + a[at:]
    for sub, entries in (
            ("hvcilint", [e for e in db if entry_file(e) in files]),
            ("baseline", [{"directory": e["directory"] or "/", "file": e["file"],
                           "arguments": e["argv"]} for e in keep])):
        os.makedirs(os.path.join(args.outdir, sub), exist_ok=True)
        with open(os.path.join(args.outdir, sub, "compile_commands.json"), "w") as f:
            json.dump(entries, f, indent=1)
    with open(os.path.join(args.outdir, "argv.log"), "w") as f:
        for e in keep:
            f.write(json.dumps(e) + "\n")
    print("%d %d %d" % (len(keep), dropped, made))
    return 0


def write_standins(report, sdir, files):
    """Empty headers for the names the report's units (those in `files`)
    include and hvcilint did not find; returns how many names.  A name
    spelled with backslashes gets its slash form too; one that climbs out
    (`..`) or is absolute is left out, as it cannot sit in the folder."""
    with open(report) as f:
        doc = json.load(f)
    names = set()
    for u in doc.get("files", []):
        if os.path.normpath(u.get("file", "")) not in files:
            continue
        for h in u.get("coverage", {}).get("stand_in_headers", []):
            for n in (h, h.replace("\\", "/")):
                parts = n.split("/")
                if n and not n.startswith("/") and ".." not in parts and "" not in parts:
                    names.add(n)
    for n in sorted(names):
        path = os.path.join(sdir, n)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "a").close()
    return len(names)


def cmd_clean(args):
    """Keeps the units of a real tree (realdb's folder) that clang parses with
    no error at all under the logged arguments: on those, every side of the
    bench reports the same parse-error count (zero), so their ratios compare
    the same work.  Prints the units kept and the units left out."""
    base = read_db(os.path.join(args.outdir, "baseline"))

    def clean(e):
        argv = syntax_only_argv(e["arguments"], args.clang, [])
        p = subprocess.run(argv, cwd=e.get("directory") or "/", stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        text = p.stdout.decode("utf-8", "replace")
        return p.returncode == 0 and "error:" not in text

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        ok = list(ex.map(clean, base))
    files = {entry_file(e) for e, good in zip(base, ok) if good}

    for sub in ("hvcilint", "baseline"):
        path = os.path.join(args.outdir, sub, "compile_commands.json")
        entries = [e for e in read_db(path) if entry_file(e) in files]
        with open(path, "w") as f:
            json.dump(entries, f, indent=1)
    log = os.path.join(args.outdir, "argv.log")
    with open(log) as f:
        lines = [line for line in f if entry_file(json.loads(line)) in files]
    with open(log, "w") as f:
        f.writelines(lines)
    print("%d %d" % (len(files), len(base) - len(files)))
    return 0


def cmd_manifest(args):
    try:
        with open(os.path.join(args.outdir, "manifest.json")) as f:
            m = json.load(f)
        print("%d %d %d %d %d" % (m["total_files"], m["total_lines"], m["files_with_mistakes"],
                                  m["mistakes"], m["expected_findings"]))
    except (OSError, ValueError, KeyError):
        print("? ? ? ? ?")
    return 0


def main(argv=None):
    import argparse
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="cmd_name", required=True)

    b = sp.add_parser("baseline")
    b.add_argument("db")
    b.add_argument("--clang", required=True)
    b.add_argument("-j", "--jobs", type=int, required=True)
    b.add_argument("--extra", action="append", default=[])
    b.set_defaults(fn=cmd_baseline)

    ty = sp.add_parser("tidy")
    ty.add_argument("db")
    ty.add_argument("--tidy", required=True)
    ty.add_argument("--checks", required=True)
    ty.add_argument("-j", "--jobs", type=int, required=True)
    ty.add_argument("--extra", action="append", default=[])
    ty.set_defaults(fn=cmd_tidy)

    t = sp.add_parser("timed")
    t.add_argument("--stderr", required=True)
    t.add_argument("cmd", nargs=argparse.REMAINDER)
    t.set_defaults(fn=cmd_timed)

    r = sp.add_parser("ratios")
    r.add_argument("label")
    r.add_argument("times")
    r.add_argument("base")
    r.set_defaults(fn=cmd_ratios)

    pe = sp.add_parser("count-parse-errors")
    pe.add_argument("report")
    pe.set_defaults(fn=cmd_count_parse_errors)

    m = sp.add_parser("median")
    m.add_argument("values", nargs="+")
    m.set_defaults(fn=cmd_median)

    c = sp.add_parser("count-findings")
    c.add_argument("report")
    c.set_defaults(fn=cmd_count_findings)

    rd = sp.add_parser("realdb")
    rd.add_argument("log")
    rd.add_argument("db")
    rd.add_argument("outdir")
    rd.add_argument("--standins")
    rd.set_defaults(fn=cmd_realdb)

    sa = sp.add_parser("sample")
    sa.add_argument("db")
    sa.add_argument("outdir")
    sa.add_argument("--every", type=int, required=True)
    sa.set_defaults(fn=cmd_sample)

    cl = sp.add_parser("clean")
    cl.add_argument("outdir")
    cl.add_argument("--clang", required=True)
    cl.add_argument("-j", "--jobs", type=int, required=True)
    cl.set_defaults(fn=cmd_clean)

    mf = sp.add_parser("manifest")
    mf.add_argument("outdir")
    mf.set_defaults(fn=cmd_manifest)

    a = ap.parse_args(argv)
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
