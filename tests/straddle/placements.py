#!/usr/bin/env python3
"""Checks hvci-straddle-reloc's classification against a brute force.

usage: placements.py HVCILINT [--seed N] [--objects N] [--keep DIR]

Generates random packed structure types (#pragma pack 1/2/4/8, optional
__declspec(align(N)) on the type, __declspec(align(N)), a macro for it
or _Alignas(N) on the variable, nested structures,
character arrays, pointer and function-pointer members) and static objects
of them (single objects, arrays filled by GNU ranges, sparse designated
arrays, positional lists) whose pointer members get addresses, NULL or
integers.  This script lays the types out itself (the MSVC rules: a member
is aligned to min(its natural alignment, pack), a structure to its largest
member alignment, raised by __declspec(align)), lists the offsets that
receive an address, and then tries every address the object may get: each
multiple of its alignment within a page cycle, asking for every address slot
whether the bytes [address, address + P) cross a multiple of 0x1000.  From
that it predicts, per object, the finding hvcilint must give:

  no straddling placement          -> no finding
  some placements straddle         -> note
  every placement straddles        -> warning

plus the number of slots that can straddle ("stores N addresses") and the
"K of T placements straddle" figures.  Both 64-bit (P = 8) and 32-bit
(P = 4) targets are generated.  Exit 0 when every object agrees.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

PAGE = 0x1000
TARGETS = [("x86_64-pc-windows-msvc", 8), ("i686-pc-windows-msvc", 4)]


def align_up(v, a):
    return (v + a - 1) // a * a


class Struct:
    def __init__(self, name, pack, declalign, members, psize):
        self.name = name
        self.pack = pack
        self.declalign = declalign
        self.members = members  # (kind, name, extra)
        self.layout(psize)

    def layout(self, psize):
        off = 0
        maxal = 1
        self.offsets = []
        for kind, _, extra in self.members:
            if kind == "int":
                size = nat = extra
            elif kind in ("ptr", "fptr"):
                size = nat = psize
            elif kind == "chars":
                size, nat = extra, 1
            else:  # nested structure
                size, nat = extra.size, extra.align
            al = min(nat, self.pack)
            off = align_up(off, al)
            self.offsets.append(off)
            off += size
            maxal = max(maxal, al)
        self.align = max(maxal, self.declalign)
        self.size = align_up(off, self.align)

    def decl(self):
        lines = ["#pragma pack(push, %d)" % self.pack]
        attr = "__declspec(align(%d)) " % self.declalign if self.declalign > 1 else ""
        lines.append("struct %s%s {" % (attr, self.name))
        for kind, name, extra in self.members:
            if kind == "int":
                lines.append("\t%s %s;" % ({1: "unsigned char", 2: "unsigned short",
                                            4: "unsigned int"}[extra], name))
            elif kind == "ptr":
                lines.append("\tconst void *%s;" % name)
            elif kind == "fptr":
                lines.append("\tvoid (*%s)(void);" % name)
            elif kind == "chars":
                lines.append("\tchar %s[%d];" % (name, extra))
            else:
                lines.append("\tstruct %s %s;" % (extra.name, name))
        lines.append("};")
        lines.append("#pragma pack(pop)")
        return "\n".join(lines)


DATA_ADDR = ['"s"', "&X", "Arr", "&Arr[2]", "(const char *)F + 0"]
DATA_NONE = ["0", "(const void *)0", "(const void *)0x10"]
FN_ADDR = ["F", "&F"]
FN_NONE = ["0", "(void (*)(void))0"]


def init_value(rng, st, base, slots, p_addr):
    """A braced initializer for st at offset base; appends address slots."""
    parts = []
    for (kind, _, extra), off in zip(st.members, st.offsets):
        if kind == "int":
            parts.append(str(rng.randrange(1, 200)))
        elif kind == "chars":
            parts.append('"%s"' % ("ab"[: min(2, extra - 1)]))
        elif kind in ("ptr", "fptr"):
            if rng.random() < p_addr:
                parts.append(rng.choice(DATA_ADDR if kind == "ptr" else FN_ADDR))
                slots.append(base + off)
            else:
                parts.append(rng.choice(DATA_NONE if kind == "ptr" else FN_NONE))
        else:
            parts.append(init_value(rng, extra, base + off, slots, p_addr))
    return "{" + ", ".join(parts) + "}"


def make_struct(rng, idx, psize, nestable):
    pack = rng.choice([1, 1, 1, 2, 2, 4, 8])
    declalign = rng.choice([1, 1, 1, 1, 2, 4, 8, 16])
    members = []
    for m in range(rng.randrange(1, 5)):
        name = "m%d" % m
        r = rng.random()
        if r < 0.35:
            members.append(("int", name, rng.choice([1, 2, 4])))
        elif r < 0.45:
            members.append(("chars", name, rng.randrange(1, 8)))
        elif r < 0.55 and nestable:
            members.append(("struct", name, rng.choice(nestable)))
        elif r < 0.65:
            members.append(("fptr", name, None))
        else:
            members.append(("ptr", name, None))
    if not any(k in ("ptr", "fptr", "struct") for k, _, _ in members):
        members.append(("ptr", "m9", None))
    return Struct("S%d" % idx, pack, declalign, members, psize)


def brute(slots, align, psize):
    """(bad placements, placements, slots able to straddle)."""
    step = min(align, PAGE)
    residues = sorted({o % PAGE for o in slots})
    total = bad = 0
    for addr in range(0, PAGE, step):
        total += 1
        for r in residues:
            start = addr + r
            if start // PAGE != (start + psize - 1) // PAGE:
                bad += 1
                break
    # A slot can straddle when some placement makes it cross; that depends
    # only on its residue, so try each distinct residue once.
    able = {}
    for r in residues:
        able[r] = any((addr + r) // PAGE != (addr + r + psize - 1) // PAGE
                      for addr in range(0, PAGE, step))
    capable = sum(1 for o in slots if able[o % PAGE])
    return bad, total, capable


def generate(rng, psize, nobj):
    structs = []
    for i in range(nobj // 2 + 2):
        nestable = [s for s in structs if s.declalign == 1]
        structs.append(make_struct(rng, i, psize, nestable))
    out = ["/* generated by placements.py */",
           "#define VALIGN(n) __declspec(align(n))",
           "static int X;", "static char Arr[8];", "void F(void) {}", ""]
    out += [s.decl() for s in structs]
    # The documentation's example first: 4096 pack(1) {USHORT; PCSTR}, each
    # with a string, is definite on both targets.
    doc = Struct("Doc", 1, 1, [("int", "id", 2), ("ptr", "name", None)], psize)
    out.append(doc.decl())
    out.append("struct Doc doc_table[4096] = {[0 ... 4095] = {1, \"a\"}};")
    objects = [("doc_table", [e * doc.size + doc.offsets[1] for e in range(4096)], doc.align)]
    for k in range(nobj):
        st = rng.choice(structs)
        name = "v%d" % k
        valign = rng.choice([0, 0, 0, 0, 8, 16, 32])
        spelling = rng.choice(["__declspec(align(%d)) ", "VALIGN(%d) ", "_Alignas(%d) "])
        if spelling.startswith("_Alignas") and valign < st.align:
            spelling = "__declspec(align(%d)) "  # C11: _Alignas may not lower it
        attr = spelling % valign if valign else ""
        align = max(st.align, valign)
        slots = []
        mode = rng.choice(["single", "range", "range", "sparse", "list"])
        p_addr = rng.choice([0.0, 0.5, 1.0, 1.0])
        if mode == "single":
            init = init_value(rng, st, 0, slots, p_addr)
            decl = "%sstruct %s %s = %s;" % (attr, st.name, name, init)
        else:
            count = rng.choice([2, 3, 7, 64, 409, 410, 820, 1000, 4096, 4096])
            if mode == "range":
                if rng.random() < 0.5:
                    lo, hi = 0, count - 1  # the whole array, as tables are
                else:
                    lo = rng.randrange(0, count)
                    hi = rng.randrange(lo, count)
                one = []
                init = init_value(rng, st, 0, one, p_addr)
                for e in range(lo, hi + 1):
                    slots += [e * st.size + o for o in one]
                items = "[%d ... %d] = %s" % (lo, hi, init)
            elif mode == "sparse":
                picks = sorted(rng.sample(range(count), min(count, rng.randrange(1, 6))))
                items = ", ".join("[%d] = %s" % (e, init_value(rng, st, e * st.size, slots,
                                                                p_addr)) for e in picks)
            else:
                n = min(count, rng.randrange(1, 6))
                items = ", ".join(init_value(rng, st, e * st.size, slots, p_addr)
                                  for e in range(n))
            decl = "%sstruct %s %s[%d] = {%s};" % (attr, st.name, name, count, items)
        if rng.random() < 0.15:
            decl = "static " + decl
        out.append(decl)
        objects.append((name, slots, align))
    return "\n".join(out) + "\n", objects


def predict(slots, align, psize):
    if not slots:
        return None
    bad, total, capable = brute(slots, align, psize)
    if bad == 0:
        return None
    return ("warning" if bad == total else "note", capable, bad, total)


def observed(finding):
    msg = finding["message"]
    m = re.match(r"'(\w+)' stores (an|\d+) address", msg)
    if not m:
        return None, None
    n = 1 if m.group(2) == "an" else int(m.group(2))
    figures = None
    for note in finding.get("notes", []):
        f = re.search(r"(\d+) of (\d+) placements straddle", note["message"])
        if f:
            figures = (int(f.group(1)), int(f.group(2)))
    return m.group(1), (finding["severity"], n) + (figures or (None, None))


def run_target(hvcilint, target, psize, seed, nobj, workdir):
    rng = random.Random(seed)
    src, objects = generate(rng, psize, nobj)
    path = os.path.join(workdir, "gen_%s_%d.c" % (target.split("-")[0], seed))
    with open(path, "w") as f:
        f.write(src)
    proc = subprocess.run([hvcilint, "check", "--no-db", "--format", "json", path, "--",
                           "-target", target], capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        print("FAIL: hvcilint exit %d on %s: %s" % (proc.returncode, path, proc.stderr))
        return 1, 0
    got = {}
    for fr in json.loads(proc.stdout)["files"]:
        if fr.get("parse_errors"):
            print("FAIL: %s has parse errors" % path)
            return 1, 0
        for finding in fr["findings"]:
            if finding["rule"] != "hvci-straddle-reloc":
                continue
            name, val = observed(finding)
            got[name] = val
    bad = 0
    kinds = {None: 0, "note": 0, "warning": 0}
    for name, slots, align in objects:
        want = predict(slots, align, psize)
        kinds[want[0] if want else None] += 1
        have = got.pop(name, None)
        if want != have:
            bad += 1
            print("FAIL: %s %s (alignment %d, %d address slots): expected %s, hvcilint says %s"
                  % (target, name, align, len(slots), want, have))
    for name, val in got.items():
        bad += 1
        print("FAIL: %s: unexpected finding for %s: %s" % (target, name, val))
    print("%s seed %d: %d objects (%d silent, %d possible, %d definite), %d disagreements"
          % (target, seed, len(objects), kinds[None], kinds["note"], kinds["warning"], bad))
    if not all(kinds.values()):
        # A sample without all three outcomes proves too little.
        print("FAIL: %s seed %d does not produce every classification" % (target, seed))
        bad += 1
    return bad, len(objects)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("hvcilint")
    ap.add_argument("--seed", type=int, default=1703)
    ap.add_argument("--objects", type=int, default=100)
    ap.add_argument("--keep", help="write the generated sources here")
    a = ap.parse_args()
    workdir = a.keep or tempfile.mkdtemp(prefix="hvci-placements-")
    if a.keep:
        os.makedirs(workdir, exist_ok=True)
    failures = 0
    for i, (target, psize) in enumerate(TARGETS):
        bad, _ = run_target(a.hvcilint, target, psize, a.seed + i, a.objects, workdir)
        failures += bad
    if not a.keep:
        for f in os.listdir(workdir):
            os.unlink(os.path.join(workdir, f))
        os.rmdir(workdir)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
