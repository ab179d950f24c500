#!/usr/bin/env python3
"""Compares `hvcilint image` with pefile, an independent PE reader.

usage: oracle.py HVCILINT IMAGE [--rules-dir DIR]

pefile (Debian: python3-pefile) reads the same image, and from its view we
derive what our findings must say: which sections are writable and
executable, whether SectionAlignment is a page multiple, whether the IAT
lies in an executable section, and how many base relocations straddle a
page in each section.  Our side is read from the JSON report's messages,
which name the section in single quotes and start with the count.
Exit 77 (skipped) when pefile is missing.
"""
import json
import re
import subprocess
import sys

try:
    import pefile
except ImportError:
    print("SKIP: python3 module 'pefile' missing (Debian package python3-pefile)")
    sys.exit(77)

SCN_EXEC = 0x20000000
SCN_WRITE = 0x80000000
WIDTH = {1: 2, 2: 2, 3: 4, 10: 8}  # HIGH, LOW, HIGHLOW, DIR64


def sec_name(s):
    return s.Name.rstrip(b"\0").decode("ascii", "replace")


def section_for(pe, rva):
    for s in pe.sections:
        size = s.Misc_VirtualSize or s.SizeOfRawData
        if s.VirtualAddress <= rva < s.VirtualAddress + size:
            return s
    return None


def expected(path):
    pe = pefile.PE(path)
    wx = sorted(sec_name(s) for s in pe.sections
                if s.Characteristics & SCN_EXEC and s.Characteristics & SCN_WRITE)
    align_bad = pe.OPTIONAL_HEADER.SectionAlignment % 0x1000 != 0 or \
        pe.OPTIONAL_HEADER.SectionAlignment == 0
    iat = pe.OPTIONAL_HEADER.DATA_DIRECTORY[12]
    iat_rva = iat.VirtualAddress if iat.Size else 0
    if not iat_rva:
        thunks = [e.struct.FirstThunk for e in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])]
        iat_rva = min(thunks) if thunks else 0
    iat_sec = section_for(pe, iat_rva) if iat_rva else None
    iat_exec = bool(iat_sec and iat_sec.Characteristics & SCN_EXEC)
    straddle = {}
    for block in getattr(pe, "DIRECTORY_ENTRY_BASERELOC", []):
        for e in block.entries:
            w = WIDTH.get(e.type)
            if w and (e.rva & 0xFFF) + w > 0x1000:
                s = section_for(pe, e.rva)
                name = sec_name(s) if s else "(headers)"
                straddle[name] = straddle.get(name, 0) + 1
    return {"wx": wx, "align_bad": align_bad, "iat_exec": iat_exec, "straddle": straddle}


def findings(node, out):
    if isinstance(node, dict):
        rule = node.get("rule_id", node.get("ruleId", node.get("rule")))
        if isinstance(rule, str) and rule.startswith("hvci-"):
            msg = node.get("message")
            if isinstance(msg, dict):
                msg = msg.get("text")
            out.append((rule, msg or ""))
        for v in node.values():
            findings(v, out)
    elif isinstance(node, list):
        for v in node:
            findings(v, out)
    return out


def ours(hvcilint, path, rules_dir):
    cmd = [hvcilint, "image", "--format", "json"]
    if rules_dir:
        cmd += ["--rules-dir", rules_dir]
    p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=120)
    if p.returncode not in (0, 1):
        raise SystemExit("FAIL: %s exited %d: %s" % (" ".join(cmd), p.returncode, p.stderr))
    got = findings(json.loads(p.stdout), [])
    wx = sorted(re.search(r"section '([^']*)'", m).group(1)
                for r, m in got if r == "hvci-wx-section")
    straddle = {}
    for r, m in got:
        if r == "hvci-straddle-reloc":
            n = int(re.match(r"(\d+) base relocation", m).group(1))
            s = re.search(r"in section '([^']*)'", m)
            straddle[s.group(1) if s else "(headers)"] = n
    return {
        "wx": wx,
        "align_bad": any(r == "hvci-section-align" for r, _ in got),
        "iat_exec": any(r == "hvci-iat-exec" for r, _ in got),
        "straddle": straddle,
    }


def main():
    args = sys.argv[1:]
    rules_dir = None
    if "--rules-dir" in args:
        i = args.index("--rules-dir")
        rules_dir = args[i + 1]
        del args[i:i + 2]
    hvcilint, path = args
    want = expected(path)
    got = ours(hvcilint, path, rules_dir)
    if want != got:
        print("FAIL: %s\n  pefile:   %s\n  hvcilint: %s" % (path, want, got))
        return 1
    print("ok: %s agrees with pefile: %s" % (path, want))
    return 0


if __name__ == "__main__":
    sys.exit(main())
