. "$(dirname "$0")/lib.sh" "$@"
# --export-fixes FILE: the fix-its as clang-apply-replacements YAML (byte
# offsets into the files as they are; a header fixed through two units
# once).  Applied with clang-apply-replacements when it is installed, else
# by the offsets directly; the fixed tree then analyses clean.  The files
# themselves are untouched by the export.
cd "$T" || exit 1
git init -q . || fail "git init"
printf '\357\273\277#include <ntddk.h>\r\n#include "pool.h"\r\nPVOID a(PMDL m) { MmGetSystemAddressForMdlSafe(m, NormalPagePriority); return ExAllocatePoolWithTag(DRV_POOL, 8, 1); }\r\n' > a.c
printf '#include <ntddk.h>\n#include "pool.h"\nPVOID b(void) { return ExAllocatePoolWithTag(DRV_POOL, 8, 1); }\n' > b.c
printf '/* \303\244 */\n#define DRV_POOL NonPagedPool\n' > pool.h
cp a.c a.orig
cp b.c b.orig
cp pool.h pool.orig
mkdir fixes
run "$HVCILINT" check --export-fixes fixes/hvci.yaml a.c b.c --
expect_rc 1
cmp -s a.c a.orig && cmp -s b.c b.orig && cmp -s pool.h pool.orig || fail "--export-fixes changed a file"
ls fixes | grep -q tmp && fail "temporary file left behind"
python3 - "$T" fixes/hvci.yaml <<'P' || fail "bad YAML: $(cat fixes/hvci.yaml)"
import sys, yaml
root = sys.argv[1]
d = yaml.safe_load(open(sys.argv[2]))
assert d["MainSourceFile"] == "", d
diags = d["Diagnostics"]
names = sorted(x["DiagnosticName"] for x in diags)
assert names == ["hvci-exec-mdl", "hvci-exec-pool", "hvci-exec-pool"], names
reps = [r for x in diags for r in x["DiagnosticMessage"]["Replacements"]]
assert len(reps) == 2, reps   # the header's fix once, a.c's MDL fix once
for x in diags:
    m = x["DiagnosticMessage"]
    assert m["FilePath"].startswith(root) and m["Message"], m
    assert x["Level"] == "Warning", x
    src = open(m["FilePath"], "rb").read()
    # FileOffset points at the finding: the argument or the call.
    assert 0 < m["FileOffset"] < len(src), m
for r in reps:
    src = open(r["FilePath"], "rb").read()
    old = src[r["Offset"]:r["Offset"] + r["Length"]]
    assert old in (b"NonPagedPool", b""), (r, old)
P
CAR=
for c in clang-apply-replacements clang-apply-replacements-19 clang-apply-replacements-14; do
	command -v "$c" >/dev/null 2>&1 && { CAR=$c; break; }
done
if [ -n "$CAR" ]; then
	"$CAR" fixes || fail "$CAR rejected the YAML: $(cat fixes/hvci.yaml)"
else
	python3 - fixes/hvci.yaml <<'P' || fail "could not apply the offsets"
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
by_file = {}
for x in d["Diagnostics"]:
    for r in x["DiagnosticMessage"]["Replacements"]:
        by_file.setdefault(r["FilePath"], []).append(r)
for path, reps in by_file.items():
    src = open(path, "rb").read()
    for r in sorted(reps, key=lambda r: r["Offset"], reverse=True):
        o = r["Offset"]
        src = src[:o] + r["ReplacementText"].encode() + src[o + r["Length"]:]
    open(path, "wb").write(src)
P
fi
grep -q 'NonPagedPoolNx' pool.h || fail "pool.h not fixed: $(cat pool.h)"
grep -q 'NormalPagePriority | MdlMappingNoExecute' a.c || fail "a.c not fixed: $(cat a.c)"
head -c 3 a.c | od -An -tx1 | grep -q 'ef bb bf' || fail "BOM lost"
grep -q "$(printf '\r')" a.c || fail "CRLF lost"
run "$HVCILINT" check a.c b.c --
expect_rc 0

# Nothing to fix: an empty list; an unwritable place: one error line, exit 2.
run "$HVCILINT" check --export-fixes fixes/none.yaml a.c --
expect_rc 0
python3 -c 'import sys, yaml; assert yaml.safe_load(open(sys.argv[1]))["Diagnostics"] == []' fixes/none.yaml ||
	fail "empty export: $(cat fixes/none.yaml)"
run "$HVCILINT" check --export-fixes /nonexistent/dir/f.yaml a.c --
expect_rc 2
one_line_err
expect_err '/nonexistent/dir/f.yaml:1: cannot write the fix-its'
exit 0
