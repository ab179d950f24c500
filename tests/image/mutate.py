#!/usr/bin/env python3
"""Writes malformed PE files for the bad-input tests by damaging good images.

usage: mutate.py CLEAN.sys RELOC.sys OUTDIR

CLEAN is an image with imports (clean.sys), RELOC one with base relocations
(straddle.sys).  Each output breaks one thing the parser must refuse with a
located error.  The headers are located with the standard library only, so
the tests do not depend on the reader they test.
"""
import os
import struct
import sys


class Pe:
    def __init__(self, data):
        self.d = bytearray(data)
        self.lfanew = struct.unpack_from("<I", self.d, 0x3C)[0]
        self.coff = self.lfanew + 4
        self.nsec, = struct.unpack_from("<H", self.d, self.coff + 2)
        self.optsize, = struct.unpack_from("<H", self.d, self.coff + 16)
        self.opt = self.coff + 20
        magic, = struct.unpack_from("<H", self.d, self.opt)
        self.dirs = self.opt + (112 if magic == 0x20B else 96)
        self.sectab = self.opt + self.optsize

    def sec(self, i):
        return self.sectab + 40 * i

    def dir(self, i):
        return struct.unpack_from("<II", self.d, self.dirs + 8 * i)

    def rva_to_off(self, rva):
        for i in range(self.nsec):
            h = self.sec(i)
            vsize, va, rsize, rptr = struct.unpack_from("<IIII", self.d, h + 8)
            if va <= rva < va + rsize:
                return rptr + rva - va
        raise ValueError("rva 0x%x not in file" % rva)

    def put(self, fmt, off, *v):
        struct.pack_into(fmt, self.d, off, *v)
        return self


def main():
    clean_path, reloc_path, out = sys.argv[1:4]
    clean = open(clean_path, "rb").read()
    reloc = open(reloc_path, "rb").read()
    os.makedirs(out, exist_ok=True)
    files = {}

    files["empty"] = b""
    files["nonpe"] = b"this is a text file, not a driver image\n" * 8
    files["mz_only"] = b"MZ" + b"\0" * 62
    p = Pe(clean)
    files["truncated_headers"] = clean[: p.sectab + 20]
    last = p.sec(p.nsec - 1)
    rsize, rptr = struct.unpack_from("<II", clean, last + 16)
    files["truncated_data"] = clean[: rptr + rsize // 2]
    files["bad_lfanew"] = bytes(Pe(clean).put("<I", 0x3C, 0xFFFFFFF0).d)
    files["bad_magic"] = bytes(Pe(clean).put("<H", p.opt, 0x999).d)
    # The section table itself runs past the end: 96 entries in a 3 KiB file.
    files["sectable_past_end"] = bytes(Pe(clean).put("<H", p.coff + 2, 96).d)
    files["absurd_nsections"] = bytes(Pe(clean).put("<H", p.coff + 2, 0xFFFF).d)
    files["zero_sections"] = bytes(Pe(clean).put("<H", p.coff + 2, 0).d)
    files["zero_sized_section"] = bytes(Pe(clean).put("<I", p.sec(1) + 8, 0).put("<I", p.sec(1) + 16, 0).d)
    va0, = struct.unpack_from("<I", clean, p.sec(0) + 12)
    files["overlapping_sections"] = bytes(Pe(clean).put("<I", p.sec(1) + 12, va0 + 0x10).d)
    files["raw_ptr_past_end"] = bytes(Pe(clean).put("<I", p.sec(1) + 20, 0xFFFFFF00).d)
    files["optional_header_too_big"] = bytes(Pe(clean).put("<H", p.coff + 16, 0xFFFF).d)
    imp_rva, _ = p.dir(1)
    desc = p.rva_to_off(imp_rva)
    files["bad_import_name"] = bytes(Pe(clean).put("<I", desc + 12, 0x7FFFFFF0).d)
    files["bad_import_table"] = bytes(Pe(clean).put("<I", p.dirs + 8, 0x7FFFFFF0).d)

    r = Pe(reloc)
    rel_rva, rel_size = r.dir(5)
    blk = r.rva_to_off(rel_rva)
    files["reloc_block_too_small"] = bytes(Pe(reloc).put("<I", blk + 4, 6).d)
    files["reloc_block_odd"] = bytes(Pe(reloc).put("<I", blk + 4, 9).d)
    files["reloc_block_too_big"] = bytes(Pe(reloc).put("<I", blk + 4, 0x7FFFFFF0).d)
    files["reloc_dir_past_end"] = bytes(Pe(reloc).put("<I", r.dirs + 8 * 5 + 4, 0x7FFFFFF0).d)

    for name, data in files.items():
        with open(os.path.join(out, name + ".sys"), "wb") as f:
            f.write(data)
    with open(os.path.join(out, "list.txt"), "w") as f:
        f.write("\n".join(sorted(files)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
