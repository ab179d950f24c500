#!/usr/bin/env python3
"""coverage.py - how much of a real driver tree hvcilint can see.

For each TREE it makes compile commands from the tree's MSBuild projects
(mkcompdb.py, kernel projects only), runs `hvcilint check --format json`
once with recovery parsing turned off (HVCILINT_NO_RECOVERY=1: the
"before" figures) and once as shipped, and prints per tree:

  units      kernel units analysed
  0-err %    units with zero parse errors after recovery
  fn %       function definitions with a body in the AST
  ast %      affected calls analysed on the AST
  ast+tok %  affected calls analysed on the AST or from their tokens
  seconds    wall time of the run (-j as given)
  passes     extra parses recovery made, over all units

It is a script, not a test: the trees come from the network and the
figures from the machine. Standard library only.

Usage: coverage.py [--hvcilint PATH] [-j N] [--out DIR] TREE...
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(hvcilint, db_dir, out, jobs, recovery):
    env = dict(os.environ)
    env["HVCILINT_NO_RECOVERY"] = "0" if recovery else "1"
    t0 = time.monotonic()
    p = subprocess.run(
        [hvcilint, "check", "-p", db_dir, "--no-db", "--allow-partial", "--format", "json",
         "-o", out, "-j", str(jobs)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    secs = time.monotonic() - t0
    if p.returncode not in (0, 1) or not os.path.exists(out):
        # Older builds have no --allow-partial: try without it.
        p = subprocess.run(
            [hvcilint, "check", "-p", db_dir, "--no-db", "--format", "json", "-o", out,
             "-j", str(jobs)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        secs = time.monotonic() - t0
    with open(out) as f:
        return json.load(f), secs


def figures(report, secs):
    units = report["files"]
    n = len(units)
    zero = sum(1 for u in units if u.get("parse_errors", 0) == 0)
    cov = [u.get("coverage", {}) for u in units]
    fn = sum(c.get("functions", 0) for c in cov)
    fa = sum(c.get("functions_analysed", 0) for c in cov)
    calls = sum(c.get("calls", 0) for c in cov)
    ast = sum(c.get("calls_ast", 0) for c in cov)
    tok = sum(c.get("calls_tokens", 0) for c in cov)
    passes = sum(c.get("recovery_passes", 0) for c in cov)
    findings = sum(len(u.get("findings", [])) for u in units)

    def pct(a, b):
        return 100.0 * a / b if b else 100.0

    return {
        "units": n, "zero_err": pct(zero, n), "fn": pct(fa, fn), "functions": fn,
        "calls": calls, "ast": pct(ast, calls), "ast_tok": pct(ast + tok, calls),
        "seconds": secs, "passes": passes, "findings": findings,
        "unanalysed": calls - ast - tok,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hvcilint", default=os.path.join(HERE, "..", "..", "build", "cli",
                                                       "hvcilint"))
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("trees", nargs="+")
    a = ap.parse_args()
    rows = []
    for tree in a.trees:
        name = os.path.basename(os.path.normpath(tree))
        work = os.path.join(a.out, name)
        subprocess.run([sys.executable, os.path.join(HERE, "mkcompdb.py"), tree, work],
                       check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(work, "compile_commands.json")) as f:
            db = json.load(f)
        with open(os.path.join(work, "projects.json")) as f:
            projects = json.load(f)
        kernel = {s for p in projects if p["kernel"] for s in p["files"]}
        kdir = os.path.join(work, "kernel")
        os.makedirs(kdir, exist_ok=True)
        with open(os.path.join(kdir, "compile_commands.json"), "w") as f:
            json.dump([e for e in db if e["file"] in kernel], f, indent=1)
        for label, rec in (("before", False), ("after", True)):
            rep, secs = run(a.hvcilint, kdir, os.path.join(work, label + ".json"), a.j, rec)
            rows.append((name, label, figures(rep, secs)))
    hdr = "%-24s %-6s %6s %7s %6s %6s %7s %9s %5s %8s %7s %6s" % (
        "tree", "run", "units", "0-err%", "fn%", "calls", "ast%", "ast+tok%", "lost",
        "findings", "passes", "secs")
    print(hdr)
    for name, label, f in rows:
        print("%-24s %-6s %6d %7.1f %6.1f %6d %7.1f %9.1f %5d %8d %7d %6.1f" % (
            name, label, f["units"], f["zero_err"], f["fn"], f["calls"], f["ast"],
            f["ast_tok"], f["unanalysed"], f["findings"], f["passes"], f["seconds"]))


if __name__ == "__main__":
    main()
