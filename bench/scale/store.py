#!/usr/bin/env python3
"""How the run store behaves with a year of history (standard library only).

    store.py [--hvcilint PATH] [--out DIR] [--files N] [--per-file K]
             [--nights N] [--reps N] [-j N]

Writes a driver tree of N files (default 219) with K HVCI findings each
(default 12.5 on average, so a run holds about 2,740 findings), analyses it
once with `hvcilint check` into a seed store, then makes a store holding
--nights nightly runs (default 365, so about 1,000,000 findings) by copying
the seed run's rows once per night.  The copies are made with hvcilint's
own schema, read from the seed store the binary wrote, so the same script
measures any version of the store: each night is a run in which every file
was analysed (as after a change to a shared header, or with --full), the
heaviest history a store can have.

It then times a re-run where nothing changed (`hvcilint check -p TREE`)
against the big store and against a fresh copy of the seed store (one run
of history), --reps times each (default 5), alternating, and prints the
minimum, median and maximum, and how much each re-run grew each store.
Timing never fails the script: the figures are for release notes, not
tests.  Exit 0 when everything ran, 2 when something could not.
"""

import argparse
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

CALLS = [
    "ExAllocatePoolWithTag(NonPagedPool, {n}, 'lcoA')",
    "ExAllocatePoolWithTag(NonPagedPoolCacheAligned, {n}, 'lcoB')",
    "ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, {n}, 'lcoC')",
    "MmMapIoSpace(pa, {n}, MmNonCached)",
]


def write_tree(root, files, per_file):
    """N files, each with about per_file findings; every file includes one shared header."""
    os.makedirs(os.path.join(root, "src", "include"), exist_ok=True)
    with open(os.path.join(root, "src", "include", "common.h"), "w") as fh:
        fh.write("#pragma once\n#define DRV_TAG 'vrD'\ntypedef struct { ULONG Size; } DRV_ITEM;\n")
    entries = []
    total = 0
    for i in range(files):
        k = per_file if i % 2 == 0 else per_file + 1  # 12 and 13: 12.5 on average
        name = "src/m%02d/file%03d.c" % (i % 16, i)
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        lines = ["#include <ntddk.h>", '#include "../include/common.h"', ""]
        lines.append("PVOID Work%03d(PHYSICAL_ADDRESS pa, PVOID *out)" % i)
        lines.append("{")
        for c in range(k):
            call = CALLS[c % len(CALLS)].format(n=16 + c)
            lines.append("\tout[%d] = %s;" % (c, call))
        lines.append("\treturn out[0];")
        lines.append("}")
        with open(path, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        entries.append({"directory": root, "file": name,
                        "arguments": ["clang", "-c", name, "-Isrc/include"]})
        total += k
    import json
    with open(os.path.join(root, "compile_commands.json"), "w") as fh:
        json.dump(entries, fh, indent=1)
    return total


def columns(con, table):
    return [r[1] for r in con.execute("PRAGMA table_info(%s)" % table)]


def grow(db, nights):
    """Copies run 1 once per further night, ids shifted, in the store's own schema."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    tu_span = con.execute("SELECT max(id) FROM translation_units").fetchone()[0]
    fi_span = con.execute("SELECT max(id) FROM findings").fetchone()[0] or 1
    tables = {t: columns(con, t) for t in ("runs", "translation_units", "findings",
                                           "tu_inputs", "tu_deps")}

    def select_list(table, shifts):
        return ", ".join(shifts.get(c, c) for c in tables[table])

    con.execute("BEGIN")
    for night in range(2, nights + 1):
        tu = "(%%s + %d)" % ((night - 1) * tu_span)
        day = "strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', started_at, '+%d days')" % (night - 1)
        con.execute("INSERT INTO runs (%s) SELECT %s FROM runs WHERE id = 1" % (
            ",".join(tables["runs"]),
            select_list("runs", {"id": str(night), "started_at": day, "ended_at": day})))
        con.execute("INSERT INTO translation_units (%s) SELECT %s FROM translation_units "
                    "WHERE run_id = 1" % (
                        ",".join(tables["translation_units"]),
                        select_list("translation_units", {
                            "id": tu % "id", "run_id": str(night),
                            "result_tu": "CASE WHEN result_tu = id THEN %s ELSE result_tu END"
                                         % (tu % "id")})))
        con.execute("INSERT INTO findings (%s) SELECT %s FROM findings WHERE run_id = 1" % (
            ",".join(tables["findings"]),
            select_list("findings", {"id": "(id + %d)" % ((night - 1) * fi_span),
                                     "run_id": str(night), "tu_id": tu % "tu_id"})))
        for t in ("tu_inputs", "tu_deps"):
            con.execute("INSERT INTO %s (%s) SELECT %s FROM %s WHERE tu_id <= %d" % (
                t, ",".join(tables[t]), select_list(t, {"tu_id": tu % "tu_id"}), t, tu_span))
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    n = con.execute("SELECT count(*) FROM findings").fetchone()[0]
    runs = con.execute("SELECT count(*) FROM runs").fetchone()[0]
    con.close()
    return runs, n


def size_of(db):
    """The store's bytes on disk, its write-ahead log included."""
    return sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))


def timed(cmd, cwd):
    t = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return time.monotonic() - t, p


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hvcilint", default=os.path.join(REPO, "build", "cli", "hvcilint"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--files", type=int, default=219)
    ap.add_argument("--per-file", type=int, default=12)
    ap.add_argument("--nights", type=int, default=365)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args(argv)
    hv = os.path.abspath(a.hvcilint)
    if not os.access(hv, os.X_OK):
        print("store.py: no hvcilint at %s; build it or pass --hvcilint" % hv, file=sys.stderr)
        return 2
    out = os.path.abspath(a.out)
    shutil.rmtree(out, ignore_errors=True)
    tree = os.path.join(out, "tree")
    expected = write_tree(tree, a.files, a.per_file)
    version = subprocess.run([hv, "--version"], capture_output=True, text=True).stdout.strip()
    print("== hvcilint store at scale")
    print("hvcilint: %s (%s)" % (version, hv))
    print("sqlite:   %s (python's)" % sqlite3.sqlite_version)
    print("host:     %s %s %s, %d CPUs, load %.1f" % (platform.system(), platform.release(),
                                                    platform.machine(), os.cpu_count() or 0,
                                                    os.getloadavg()[0]))
    seed = os.path.join(out, "seed.db")
    t, p = timed([hv, "check", "-p", tree, "--db", seed, "-j", str(a.j)], tree)
    if p.returncode != 1:
        print("store.py: the seed run exited %d, expected 1 (findings)\n%s"
              % (p.returncode, p.stderr), file=sys.stderr)
        return 2
    con = sqlite3.connect(seed)
    per_run = con.execute("SELECT count(*) FROM findings").fetchone()[0]
    con.close()
    print("tree:     %d files, %d findings expected, %d stored by the first run (%.1fs)"
          % (a.files, expected, per_run, t))
    big = os.path.join(out, "history.db")
    shutil.copy(seed, big)
    t0 = time.monotonic()
    runs, findings = grow(big, a.nights)
    print("history:  %d runs, %d findings, %.1f MB (made in %.1fs)"
          % (runs, findings, os.path.getsize(big) / 1e6, time.monotonic() - t0))
    fresh = os.path.join(out, "fresh.db")
    shutil.copy(seed, fresh)
    cmd = [hv, "check", "-p", tree, "-j", str(a.j), "--format", "json",
           "-o", os.path.join(out, "report.json")]
    times = {"history": [], "fresh": []}
    growth = {"history": [], "fresh": []}
    for rep in range(a.reps):
        for name, db in (("history", big), ("fresh", fresh)):
            before = size_of(db)
            t, p = timed(cmd + ["--db", db], tree)
            if p.returncode != 1 or "unchanged since an earlier run" not in p.stderr:
                print("store.py: the %s re-run exited %d or analysed files again:\n%s"
                      % (name, p.returncode, p.stderr), file=sys.stderr)
                return 2
            times[name].append(t)
            growth[name].append(size_of(db) - before)
            print("rep %d/%d: %-8s %.2fs, +%d bytes" % (rep + 1, a.reps, name, t,
                                                         growth[name][-1]))
    print()
    print("%-32s %8s %8s %8s %14s %10s" % ("no-change re-run of %d files" % a.files,
                                            "min (s)", "med (s)", "max (s)", "growth/run", "of store"))
    for name, label in (("fresh", "fresh store (1 run)"),
                        ("history", "store with %d runs" % runs)):
        v = times[name]
        g = statistics.median(growth[name])
        size = size_of(big if name == "history" else fresh)
        print("%-32s %8.2f %8.2f %8.2f %12.0f B %9.3f%%" % (
            label, min(v), statistics.median(v), max(v), g, 100.0 * g / size))
    ratio = statistics.median(times["history"]) / statistics.median(times["fresh"])
    print("\nhistory/fresh = %.1fx (median of %d; informational only)" % (ratio, a.reps))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
