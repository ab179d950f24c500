#!/usr/bin/env python3
"""Runs `hvcilint image --format json` on one image and checks its findings.

Good images: the exit code must be 0 or 1 and the findings must be exactly
the expected rule ids and counts (--expect RULE=COUNT[:SEVERITY]; a rule not
named must not appear).  Bad images (--bad): the exit code must be 2 and
stderr a single line naming the offset, with no sanitizer report.
It reads the report without assuming its exact layout: any JSON object with
a "rule" or "rule_id" (our JSON) or "ruleId" (SARIF) naming an hvci- rule
is a finding.
Only the standard library is used.
"""
import argparse
import json
import subprocess
import sys

SEVERITIES = {1: "note", 2: "warning", 3: "error"}


def findings(node, out):
    if isinstance(node, dict):
        rule = node.get("rule_id", node.get("ruleId", node.get("rule")))
        if isinstance(rule, str) and rule.startswith("hvci-"):
            sev = node.get("severity", node.get("level"))
            if isinstance(sev, int):
                sev = SEVERITIES.get(sev, str(sev))
            msg = node.get("message")
            if isinstance(msg, dict):  # SARIF {"text": ...}
                msg = msg.get("text")
            out.append({"rule": rule, "severity": sev, "message": msg or "", "raw": node})
        for v in node.values():
            findings(v, out)
    elif isinstance(node, list):
        for v in node:
            findings(v, out)
    return out


def run(args):
    cmd = [args.hvcilint, "image", "--format", "json"]
    if args.rules_dir:
        cmd += ["--rules-dir", args.rules_dir]
    if args.map:
        cmd += ["--map", args.map]
    cmd.append(args.image)
    p = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=120)
    return cmd, p


def check_bad(args, cmd, p):
    errs = []
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    if p.returncode != 2:
        errs.append("exit code %d, expected 2" % p.returncode)
    if len(lines) != 1:
        errs.append("stderr has %d lines, expected exactly one" % len(lines))
    if not any("offset" in l for l in lines):
        errs.append("the error does not name an offset")
    if "Sanitizer" in p.stderr or "runtime error" in p.stderr:
        errs.append("sanitizer report")
    return errs


def check_good(args, cmd, p):
    errs = []
    if "Sanitizer" in p.stderr or "runtime error" in p.stderr:
        return ["sanitizer report"]
    if p.returncode not in (0, 1):
        return ["exit code %d, expected 0 or 1" % p.returncode]
    try:
        report = json.loads(p.stdout)
    except ValueError as e:
        return ["output is not JSON: %s" % e]
    got = findings(report, [])
    want = {}
    for e in args.expect:
        rule, _, rest = e.partition("=")
        count, _, sev = rest.partition(":")
        want[rule] = (int(count), sev or None)
    counts = {}
    for f in got:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    for rule in sorted(set(counts) | set(want)):
        n = counts.get(rule, 0)
        w, sev = want.get(rule, (0, None))
        if n != w:
            errs.append("%s: %d findings, expected %d" % (rule, n, w))
        if sev:
            bad = [f["severity"] for f in got if f["rule"] == rule and f["severity"] != sev]
            if bad:
                errs.append("%s: severity %s, expected %s" % (rule, bad[0], sev))
    for text in args.contains:
        if not any(text in f["message"] or text in json.dumps(f["raw"]) for f in got):
            errs.append("no finding mentions %r" % text)
    if errs:
        errs.append("findings: %s" % json.dumps([(f["rule"], f["message"]) for f in got]))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hvcilint", required=True)
    ap.add_argument("--image", required=True)
    ap.add_argument("--map")
    ap.add_argument("--rules-dir")
    ap.add_argument("--expect", action="append", default=[], help="RULE=COUNT[:SEVERITY]")
    ap.add_argument("--contains", action="append", default=[])
    ap.add_argument("--bad", action="store_true")
    args = ap.parse_args()
    cmd, p = run(args)
    errs = check_bad(args, cmd, p) if args.bad else check_good(args, cmd, p)
    if errs:
        print("FAIL: %s" % " ".join(cmd))
        for e in errs:
            print("  " + e)
        print("--- stderr ---\n" + p.stderr[-4000:])
        return 1
    print("ok: %s" % " ".join(cmd))
    if p.stderr:
        print("stderr: " + p.stderr.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
