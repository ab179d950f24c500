. "$(dirname "$0")/lib.sh" "$@"
# check --fix and --fix-dry-run: edits keep the bytes around them (BOM, CRLF),
# a header fixed through two files is edited once, conflicting fix-its are
# skipped, a second run changes nothing, the fixed files analyse clean, the
# dry-run diff applies with git apply, and a read-only file is left alone.
cd "$T" || exit 1
git init -q . || fail "git init"
crlf() { printf '%s\r\n' "$@"; }
crlf '#include <ntddk.h>' '#include "pool.h"' \
	'PVOID a(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }' \
	'PVOID b(void) { return ExAllocatePoolWithTag(DRV_POOL, 8, 1); }' > crlf.c
printf '\357\273\277#include <ntddk.h>\n#include "pool.h"\nPVOID c(PMDL m) { return MmGetSystemAddressForMdlSafe(m, NormalPagePriority); }\nPVOID d(void) { return ExAllocatePoolWithTag(DRV_POOL, 8, 1); }' > bom.c
printf '/* \303\244 Latin: \344 */\n#define DRV_POOL NonPagedPool\n' > pool.h
chmod 640 crlf.c
cp crlf.c crlf.orig
cp bom.c bom.orig
cp pool.h pool.orig

# The dry run changes nothing and prints a patch git accepts.
run "$HVCILINT" check --fix-dry-run crlf.c bom.c --
expect_rc 1
cmp -s crlf.c crlf.orig && cmp -s bom.c bom.orig && cmp -s pool.h pool.orig ||
	fail "--fix-dry-run changed a file"
printf '%s\n' "$out" > fix.patch
expect_out '^--- a/crlf.c$'
expect_out '^+++ b/pool.h$'
[ "$(grep -c '^+++ b/pool.h' fix.patch)" -eq 1 ] || fail "header patched twice: $out"
printf '%s\n' "$out" | grep -q 'hvci-exec' && fail "report mixed into the diff: $out"
git apply --check fix.patch || fail "git apply rejects the dry-run diff: $(cat fix.patch)"
git apply fix.patch || fail "git apply failed"
cp crlf.c crlf.patched
cp bom.c bom.patched
cp pool.h pool.patched
cp crlf.orig crlf.c
cp bom.orig bom.c
cp pool.orig pool.h
chmod 640 crlf.c

# --fix makes the same edits as the patch, and leaves nothing to report.
run "$HVCILINT" check --fix crlf.c bom.c --
expect_rc 0
expect_err 'applied 1 fix-it to .*crlf.c'
expect_err 'applied 1 fix-it to .*pool.h'
expect_err 'applied 1 fix-it to .*bom.c'
# crlf.c's own NonPagedPool is its one edit; DRV_POOL, used by crlf.c and
# bom.c, is edited once, in pool.h.
[ "$(printf '%s\n' "$err" | grep -c 'applied')" -eq 3 ] || fail "expected three files edited: $err"
printf '%s\n' "$out" | grep -q 'hvci-exec' && fail "fixed findings still reported: $out"
cmp -s crlf.c crlf.patched || fail "--fix differs from the dry-run diff (crlf.c)"
cmp -s bom.c bom.patched || fail "--fix differs from the dry-run diff (bom.c)"
cmp -s pool.h pool.patched || fail "--fix differs from the dry-run diff (pool.h)"
grep -q 'ExAllocatePoolWithTag(NonPagedPoolNx, 8, 1); }.$' crlf.c || fail "crlf.c not fixed"
grep -q 'NormalPagePriority | MdlMappingNoExecute' bom.c || fail "bom.c not fixed"
grep -q '^#define DRV_POOL NonPagedPoolNx$' pool.h || fail "pool.h not fixed"
# Encoding: the BOM, the Latin-1 byte and every CR stay; no lone LF appears.
[ "$(head -c 3 bom.c | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "BOM lost"
grep -q "$(printf '\344 \\*/')" pool.h || fail "Latin-1 byte changed"
[ "$(tr -cd '\n' < crlf.c | wc -c)" -eq "$(tr -cd '\r' < crlf.c | wc -c)" ] ||
	fail "crlf.c has a lone LF now: $(od -c crlf.c)"
[ "$(wc -l < crlf.c)" -eq 4 ] || fail "crlf.c gained or lost lines"
[ "$(tail -c 1 bom.c)" = '}' ] || fail "bom.c gained a final newline"
[ "$(stat -c %a crlf.c)" = 640 ] || fail "file mode not kept: $(stat -c %a crlf.c)"
ls -a | grep -q 'hvcilint-' && fail "temporary file left behind: $(ls -a)"

# Idempotent: a second run finds nothing to change.
cp crlf.c crlf.once
cp bom.c bom.once
run "$HVCILINT" check --fix crlf.c bom.c --
expect_rc 0
cmp -s crlf.c crlf.once && cmp -s bom.c bom.once || fail "second --fix changed a file"
[ -z "$err" ] || fail "second --fix reported something: $err"
run "$HVCILINT" check crlf.c bom.c --
expect_rc 0

# Two findings wanting different text in one place: one fix-it is taken,
# the other is skipped with a message and its finding stays (exit 1).
cat > conflict.c <<'C'
#include <ntddk.h>
PVOID m(PMDL mdl, PNPAGED_LOOKASIDE_LIST L)
{
	ULONG z = 0;
	ExInitializeNPagedLookasideList(L, NULL, NULL, z, 8, 1, 0);
	return MmGetSystemAddressForMdlSafe(mdl, z);
}
C
run "$HVCILINT" check --fix conflict.c --
expect_rc 1
expect_err 'warning: .*conflict.c:4:12: skipped the fix-it for \[hvci-exec-mdl\]: it conflicts'
expect_out 'hvci-exec-mdl'
printf '%s\n' "$out" | grep -q 'hvci-exec-pool' && fail "the applied fix is still reported: $out"
grep -q 'ULONG z = POOL_NX_ALLOCATION;' conflict.c || fail "first fix-it not applied"

# A read-only file: one error line, exit 2, not a byte changed.
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > ro.c
chmod 444 ro.c
cp ro.c ro.orig
run "$HVCILINT" check --fix ro.c --
expect_rc 2
one_line_err
expect_err 'ro.c:2: cannot apply the fix-its: the file is read-only'
cmp -s ro.c ro.orig || fail "read-only file changed"
[ "$(stat -c %a ro.c)" = 444 ] || fail "read-only file's mode changed"
expect_out 'hvci-exec-pool'

# A symlinked source: the target is fixed, the link stays a link.
mkdir real
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > real/t.c
ln -s real/t.c link.c
run "$HVCILINT" check --fix link.c --
expect_rc 0
[ -L link.c ] || fail "the symlink was replaced by a file"
grep -q NonPagedPoolNx real/t.c || fail "symlink target not fixed"

run "$HVCILINT" check --fix --fix-dry-run ro.c --
expect_rc 2
one_line_err
exit 0
