#!/usr/bin/env python3
"""How one unit's analysis grows with its size (standard library only).

    unit.py [--hvcilint PATH] [--before PATH] [--clang PATH] [--out DIR]
            [--reps N] [--only NAME,...]

Writes four generated driver files, each its own compile database entry:

    lines5k    5,000 lines: 250 functions of 20 lines
    lines80k   80,000 lines: 4,000 functions of 20 lines
    funcs5k    5,000 functions of 4 lines
    funcs20k   20,000 functions of 4 lines

Every function calls the one before it and a file-local allocator wrapper,
and every tenth allocates from NonPagedPool, so the file has a finding per
ten functions, a summary looked up at every call and a wrapper forward at
every allocation: the work that grows with the file.

Each file is analysed with `hvcilint check -p DIR FILE --no-db -j 1`
(and with --before, a second hvcilint, to compare two versions), and
parsed with `clang -fsyntax-only` given exactly the arguments hvcilint
hands libclang (read from HVCILINT_DEBUG's argv line), --reps times each,
alternating.  When the bench's floor program is built (bench/floor.c, or
--floor-bin PATH), the unit is also parsed by it in its fork mode: libclang
alone, with hvcilint's own arguments, in one forked child, which is the
"parse floor of the same unit" the speed targets name.  Times are CPU
seconds (user and system, the workers included), so that other load on
the machine does not count.  Prints min, median and max, the ratio of
each tool to clang and to the floor, and the parse-error count each tool
gave (they must agree for the comparison to mean anything).  Timing never fails the
script: exit 0 when everything ran, 2 when something could not.
"""

import argparse
import json
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

SHAPES = {
    "lines5k": (250, 20),
    "lines80k": (4000, 20),
    "funcs5k": (5000, 4),
    "funcs20k": (20000, 4),
}


def write_unit(path, funcs, lines_per):
    """funcs functions of about lines_per lines each, after a small prologue."""
    out = ["#include <ntddk.h>", "",
           "static PVOID DrvAlloc(POOL_TYPE pool, SIZE_T n)",
           "{", "\treturn ExAllocatePoolWithTag(pool, n, 'vrD');", "}", "",
           "ULONG F0(ULONG x) { return x; }", ""]
    for i in range(1, funcs + 1):
        pool = "NonPagedPool" if i % 10 == 0 else "NonPagedPoolNx"
        alloc = "\tPVOID p = DrvAlloc(%s, x + %d);" % (pool, i)
        free = "\tif (p) ExFreePoolWithTag(p, 'vrD');"
        if lines_per < 7:  # the smallest shape: four lines
            out += ["ULONG F%d(ULONG x)" % i, "{", alloc + free,
                    "\treturn F%d(x); }" % (i - 1)]
            continue
        out += ["ULONG F%d(ULONG x)" % i, "{", alloc]
        # Filler statements to reach the wanted size: arithmetic the
        # walker follows like any code.
        out += ["\tx = x * %d + %d;" % (k + 3, i % 97) for k in range(lines_per - 6)]
        out += [free, "\treturn F%d(x);" % (i - 1), "}"]
    with open(path, "w") as fh:
        fh.write("\n".join(out) + "\n")
    return len(out)


def libclang_argv(hv, directory, name):
    """The argument list hvcilint gives libclang for the file, from its debug
    line.  Its argv log, which the floor program reads, goes to argv.log in
    the same folder."""
    log = os.path.join(directory, "argv.log")
    if os.path.exists(log):
        os.unlink(log)
    env = dict(os.environ, HVCILINT_DEBUG="1", HVCILINT_ARGV_LOG=log)
    p = subprocess.run([hv, "check", "-p", directory, name, "--no-db", "-j", "1"],
                       cwd=directory, env=env, capture_output=True, text=True)
    for line in p.stderr.splitlines():
        if line.startswith("hvcilint: debug: argv: "):
            # The compiler name and -c are the driver's, not the parse's.
            return [x for x in shlex.split(line[len("hvcilint: debug: argv: "):])[1:]
                    if x != "-c"]
    return None


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, cwd):
    """CPU seconds of the command and its workers: the machine is shared, and
    wall time would measure the neighbours' load as much as the tool."""
    t = cpu_of_children()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return cpu_of_children() - t, p


def parse_errors_hvcilint(p):
    """Parse errors hvcilint reported for the unit (its JSON report)."""
    try:
        doc = json.loads(p.stdout)
    except ValueError:
        return None
    return sum(u.get("parse_errors", 0) for u in doc.get("files", []))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hvcilint", default=os.path.join(REPO, "build", "cli", "hvcilint"))
    ap.add_argument("--before", help="a second hvcilint to compare with")
    ap.add_argument("--clang", default=shutil.which("clang-19") or shutil.which("clang"))
    ap.add_argument("--floor-bin", default=os.path.join(REPO, "build", "bench", "hvcilint_floor"),
                    help="the bench's floor program; skipped when it is not built")
    ap.add_argument("--out", default=os.path.join(HERE, "out-unit"))
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--only", default=",".join(SHAPES))
    a = ap.parse_args(argv)
    tools = [("after", os.path.abspath(a.hvcilint))]
    if a.before:
        tools.insert(0, ("before", os.path.abspath(a.before)))
    for _, hv in tools:
        if not os.access(hv, os.X_OK):
            print("unit.py: no hvcilint at %s" % hv, file=sys.stderr)
            return 2
    if not a.clang:
        print("unit.py: no clang; pass --clang", file=sys.stderr)
        return 2
    out = os.path.abspath(a.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    floor_bin = os.path.abspath(a.floor_bin) if os.access(a.floor_bin, os.X_OK) else None
    print("%-9s %7s %6s  %-7s %7s %7s %7s %8s %8s %6s" % (
        "unit", "lines", "funcs", "tool", "min(s)", "med(s)", "max(s)", "/clang", "/floor",
        "errors"))
    for name in a.only.split(","):
        funcs, per = SHAPES[name]
        d = os.path.join(out, name)
        os.makedirs(d)
        src = name + ".c"
        nlines = write_unit(os.path.join(d, src), funcs, per)
        with open(os.path.join(d, "compile_commands.json"), "w") as fh:
            json.dump([{"directory": d, "file": src,
                        "arguments": ["clang", "-c", src]}], fh)
        argv_cl = libclang_argv(tools[-1][1], d, src)
        if argv_cl is None:
            print("unit.py: hvcilint printed no argv for %s" % name, file=sys.stderr)
            return 2
        cmds = [(label, [hv, "check", "-p", d, src, "--no-db", "-j", "1",
                         "--timeout", "0", "--format", "json"]) for label, hv in tools]
        cmds.append(("clang", [a.clang, "-fsyntax-only"] + argv_cl))
        if floor_bin:
            cmds.append(("floor", [floor_bin, "fork", "-j", "1", os.path.join(d, "argv.log")]))
        times = {label: [] for label, _ in cmds}
        errors = {}
        for _ in range(a.reps):
            for label, cmd in cmds:
                t, p = timed(cmd, d)
                if label == "clang":
                    errors[label] = p.stderr.count(" error: ")
                elif label == "floor":
                    # "units 1 errors N failed 0 seconds ..."
                    words = p.stdout.split()
                    ok = p.returncode == 0 and "errors" in words
                    errors[label] = words[words.index("errors") + 1] if ok else None
                else:
                    if p.returncode not in (0, 1):
                        print("unit.py: %s exited %d on %s:\n%s"
                              % (label, p.returncode, name, p.stderr), file=sys.stderr)
                        return 2
                    errors[label] = parse_errors_hvcilint(p)
                times[label].append(t)
        base = statistics.median(times["clang"])
        floor = statistics.median(times["floor"]) if floor_bin else None
        for label, _ in cmds:
            v = times[label]
            med = statistics.median(v)
            print("%-9s %7d %6d  %-7s %7.2f %7.2f %7.2f %7.2fx %8s %6s" % (
                name, nlines, funcs, label, min(v), med, max(v), med / base,
                "%.2fx" % (med / floor) if floor else "-", errors[label]))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
