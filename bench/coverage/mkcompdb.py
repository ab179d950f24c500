#!/usr/bin/env python3
"""mkcompdb.py - a compile_commands.json for a driver tree from its MSBuild
projects, good enough to measure coverage on trees that have no database.

It is deliberately small: for each .vcxproj it takes the ClCompile items
(semicolon lists, ExcludedFromBuild), the ItemDefinitionGroup ClCompile
defines and include folders of the Release|x64 configuration (or of
conditions that do not mention the configuration), the project's
ConfigurationType and DriverType, and expands $(ProjectDir),
$(MSBuildThisFileDirectory) and $(SolutionDir). Anything else in $(...) is
dropped. It does not follow Import, .props or Directory.Build.props, and
does not evaluate conditions beyond matching 'Release|x64'. A source that
uses a precompiled header (PrecompiledHeader Use, on the item or the
definition group) finds that header where its own #include names it: the
header's folder (the project folder, or an include folder) is searched
after the others, as hvcilint's own MSBuild reader does; the project's
VC++ include directories (the IncludePath property) are searched after
the /I folders. C++ sources get the LanguageStandard as /std:.

Each entry is clang-cl style. Kernel projects (ConfigurationType Driver,
or a DriverType of KMDF/WDM/Miniport/ExportDriver) get /kernel and the
kernel-mode defines the WDK's property sheets add; the rest are user-mode
and are listed with "kernel": false in a side file, so the coverage script
can count them apart.

Usage: mkcompdb.py TREE OUTDIR   (writes OUTDIR/compile_commands.json and
OUTDIR/projects.json)
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://schemas.microsoft.com/developer/msbuild/2003}"
KERNEL_DRIVER_TYPES = {"KMDF", "WDM", "Miniport", "ExportDriver"}


def tag(el):
    return el.tag[len(NS):] if el.tag.startswith(NS) else el.tag


def cond_ok(el):
    c = el.get("Condition")
    if not c:
        return True
    c = c.replace(" ", "")
    if "Release|x64" in c:
        return "!=" not in c
    if "$(Configuration)" in c or "$(Platform)" in c:
        return False
    return True


def find_sln_dir(path, tree):
    d = os.path.dirname(path)
    while True:
        if any(n.lower().endswith(".sln") for n in os.listdir(d)):
            return d
        if os.path.abspath(d) == os.path.abspath(tree) or d in ("/", ""):
            return os.path.dirname(path)
        d = os.path.dirname(d)


def expand(s, vars_):
    def rep(m):
        return vars_.get(m.group(1), "\0")

    s = re.sub(r"\$\(([A-Za-z_0-9]+)\)", rep, s)
    return None if "\0" in s else s


def split_list(s):
    return [x.strip() for x in s.split(";") if x.strip() and not x.strip().startswith("%(")]


# LanguageStandard values as hvcilint's MSBuild reader maps them.
CXX_STD = {"stdcpp14": "c++14", "stdcpp17": "c++17", "stdcpp20": "c++20",
           "stdcpplatest": "c++latest", "stdcpp23": "c++latest"}


def read_project(path, tree):
    root = ET.parse(path).getroot()
    pdir = os.path.dirname(os.path.abspath(path))
    vars_ = {
        "ProjectDir": pdir + "/",
        "MSBuildThisFileDirectory": pdir + "/",
        "MSBuildProjectDirectory": pdir,
        "SolutionDir": find_sln_dir(os.path.abspath(path), tree) + "/",
        "Platform": "x64",
        "Configuration": "Release",
    }
    props = {}
    defines, incdirs, forced = [], [], []
    std = None  # /std: of C++ sources, from LanguageStandard
    pch = {}  # PrecompiledHeader / PrecompiledHeaderFile of the definition group
    items = []
    for el in root.iter():
        t = tag(el)
        if t == "PropertyGroup" and cond_ok(el):
            for p in el:
                if p.text:
                    props[tag(p)] = p.text.strip()
        elif t == "ItemDefinitionGroup" and cond_ok(el):
            for cc in el:
                if tag(cc) != "ClCompile" or not cond_ok(cc):
                    continue
                for m in cc:
                    if not cond_ok(m) or not m.text:
                        continue
                    if tag(m) == "PreprocessorDefinitions":
                        defines += split_list(m.text)
                    elif tag(m) == "AdditionalIncludeDirectories":
                        incdirs += split_list(m.text)
                    elif tag(m) == "ForcedIncludeFiles":
                        forced += split_list(m.text)
                    elif tag(m) == "LanguageStandard":
                        std = CXX_STD.get(m.text.strip().lower())
                    elif tag(m) in ("PrecompiledHeader", "PrecompiledHeaderFile"):
                        pch[tag(m).lower()] = m.text.strip()
        elif t == "ItemGroup" and cond_ok(el):
            for it in el:
                if tag(it) != "ClCompile" or not it.get("Include") or not cond_ok(it):
                    continue
                excluded = any(
                    tag(m) == "ExcludedFromBuild" and cond_ok(m) and (m.text or "").strip() == "true"
                    for m in it
                )
                if excluded:
                    continue
                own = dict(pch)
                for m in it:
                    if tag(m).lower() in ("precompiledheader", "precompiledheaderfile") \
                            and cond_ok(m) and m.text:
                        own[tag(m).lower()] = m.text.strip()
                for f in split_list(it.get("Include")):
                    items.append((f, own))
    ctype = props.get("ConfigurationType", "")
    dtype = props.get("DriverType", "")
    kernel = ctype == "Driver" or dtype in KERNEL_DRIVER_TYPES
    if dtype == "UMDF":
        kernel = False
    args = ["clang-cl"]
    if kernel:
        args += ["/kernel", "/D_KERNEL_MODE", "/D_AMD64_", "/DAMD64", "/D_WIN64"]
        if dtype == "KMDF":
            args += ["/DKMDF_VERSION_MAJOR=1", "/DKMDF_VERSION_MINOR=15"]
    else:
        args += ["/D_AMD64_", "/D_WIN64", "/DWIN32", "/D_WINDOWS"]
    for d in defines:
        d = expand(d, vars_)
        # Projects carry switches in this list too (`/wd4996`); as hvcilint's
        # own reader does, only NAME and NAME=VALUE become defines.
        if d and re.match(r"[A-Za-z_][A-Za-z0-9_]*(=|$)", d):
            args.append("/D" + d)
    dirs = []
    for i in incdirs:
        i = expand(i.replace("\\", "/"), vars_)
        if i:
            dirs.append(os.path.normpath(os.path.join(pdir, i)))
            args += ["/I", dirs[-1]]
    for i in split_list(props.get("IncludePath", "")):
        i = expand(i.replace("\\", "/"), dict(vars_, IncludePath=""))
        d = os.path.normpath(os.path.join(pdir, i)) if i else None
        if d and os.path.isdir(d) and d not in dirs:
            dirs.append(d)
            args += ["/I", d]
    for f in forced:
        f = expand(f.replace("\\", "/"), vars_)
        if f and not f.lower().endswith("stdafx.h"):
            args += ["/FI", f]
    def pch_header(own):
        if (own.get("precompiledheader") or "").lower() != "use":
            return None
        name = (own.get("precompiledheaderfile") or "stdafx.h").replace("\\", "/")
        for d in [pdir] + dirs:
            h = os.path.join(d, name)
            if os.path.isfile(h):
                return os.path.normpath(h)
        return None

    entries = []
    for f, own in items:
        f = expand(f.replace("\\", "/"), vars_)
        if not f or not re.search(r"\.(c|cpp|cc|cxx)$", f, re.I):
            continue
        src = os.path.normpath(os.path.join(pdir, f))
        if not os.path.isfile(src):
            # Checked out on a case-sensitive file system.
            d, b = os.path.split(src)
            if os.path.isdir(d):
                m = [n for n in os.listdir(d) if n.lower() == b.lower()]
                if not m:
                    continue
                src = os.path.join(d, m[0])
            else:
                continue
        h = pch_header(own)
        hd = os.path.dirname(h) if h else None
        extra = ["/I", hd] if hd and hd not in dirs else []
        if std and not src.lower().endswith(".c"):
            extra += ["/std:" + std]
        entries.append({"directory": pdir, "file": src, "arguments": args + extra + [src]})
    return {
        "project": os.path.relpath(path, tree),
        "kernel": kernel,
        "driver_type": dtype,
        "configuration_type": ctype,
    }, entries


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: mkcompdb.py TREE OUTDIR")
    tree, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    db, projects, seen = [], [], set()
    for dp, dns, fns in os.walk(tree):
        dns[:] = [d for d in dns if d != ".git"]
        for fn in sorted(fns):
            if not fn.endswith(".vcxproj"):
                continue
            try:
                info, entries = read_project(os.path.join(dp, fn), tree)
            except ET.ParseError as e:
                print(f"mkcompdb: {os.path.join(dp, fn)}: {e}", file=sys.stderr)
                continue
            info["files"] = []
            for e in entries:
                if e["file"] in seen:
                    continue
                seen.add(e["file"])
                info["files"].append(e["file"])
                db.append(e)
            projects.append(info)
    with open(os.path.join(out, "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)
    with open(os.path.join(out, "projects.json"), "w") as f:
        json.dump(projects, f, indent=1)
    k = sum(len(p["files"]) for p in projects if p["kernel"])
    print(f"mkcompdb: {len(projects)} projects, {len(db)} units ({k} kernel)")


if __name__ == "__main__":
    main()
