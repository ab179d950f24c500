. "$(dirname "$0")/lib.sh" "$@"
# A patch helper in one file builds an MDL over what its caller passes,
# maps it and writes through the mapping; another file calls it with a
# function's address.  The summary of the helper says it writes through a
# writable alias of its first argument, so the call is reported in the
# caller's file with a note at the helper's write; the same call with a
# data buffer, and a helper that only reads, stay silent.
P="$T/p"
mkdir -p "$P"
cat > "$P/patch.c" <<'C'
#include <ntddk.h>
NTSTATUS PatchCode(PVOID target, const VOID *bytes, SIZE_T n)
{
	PMDL mdl = IoAllocateMdl(target, (ULONG)n, FALSE, FALSE, NULL);
	if (!mdl)
		return STATUS_INSUFFICIENT_RESOURCES;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PUCHAR va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	if (va)
		RtlCopyMemory(va, bytes, n);
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
	return STATUS_SUCCESS;
}
UCHAR PeekCode(PVOID target)
{
	PMDL mdl = IoAllocateMdl(target, 1, FALSE, FALSE, NULL);
	UCHAR b = 0;
	if (!mdl)
		return 0;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PUCHAR va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	if (va)
		b = va[0];
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
	return b;
}
C
cat > "$P/hook.c" <<'C'
#include <ntddk.h>
NTSTATUS PatchCode(PVOID target, const VOID *bytes, SIZE_T n);
UCHAR PeekCode(PVOID target);
static const UCHAR Ret[] = {0xC3};
static UCHAR Buffer[4];
VOID Target(VOID) {}
VOID Hook(VOID) { PatchCode((PVOID)Target, Ret, sizeof Ret); }
VOID Fill(VOID) { PatchCode(Buffer, Ret, sizeof Ret); }
UCHAR Peek(VOID) { return PeekCode((PVOID)Target); }
C
cat > "$P/compile_commands.json" <<J
[{"directory": "$P", "file": "hook.c", "arguments": ["clang", "-c", "hook.c"]},
 {"directory": "$P", "file": "patch.c", "arguments": ["clang", "-c", "patch.c"]}]
J
expect_cross() {
	expect_out "hook.c:7:29: warning: 'PatchCode' writes through a writable alias of its first argument, which is the code of function 'Target' \[hvci-code-write\]"
	expect_out "patch.c:10:3: note: 'PatchCode' writes through the mapping here (RtlCopyMemory)"
	n=$(printf '%s\n' "$out" | grep -c 'warning:')
	[ "$n" -eq 1 ] || fail "one finding expected (none for the buffer or the read): $out"
}

# Within one run, without a store.
run "$HVCILINT" check -p "$P" -j 2 --no-db
expect_rc 1
expect_cross
# With the store, and again unchanged: the finding is carried.
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_cross
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_err "2 of 2 files unchanged"
expect_cross
# The helper stops writing (it only reads now): the caller is analysed
# again and the finding goes.
sed -i 's/RtlCopyMemory(va, bytes, n);/(void)bytes;/' "$P/patch.c"
run "$HVCILINT" check -p "$P" -j 2
expect_rc 0

# A helper in another file that only forges the flags of an MDL over its
# argument: its summary says so, and the call with code is reported.
Q="$T/q"
mkdir -p "$Q"
cat > "$Q/forge.c" <<'C'
#include <ntddk.h>
PMDL ForgeLocked(PVOID where)
{
	PMDL mdl = IoAllocateMdl(where, 16, FALSE, FALSE, NULL);
	if (mdl)
		mdl->MdlFlags |= MDL_PAGES_LOCKED;
	return mdl;
}
C
cat > "$Q/use.c" <<'C'
#include <ntddk.h>
PMDL ForgeLocked(PVOID where);
static UCHAR Buffer[16];
VOID Target(VOID) {}
PMDL Forge(VOID) { return ForgeLocked((PVOID)Target); }
PMDL Data(VOID) { return ForgeLocked(Buffer); }
C
cat > "$Q/compile_commands.json" <<J
[{"directory": "$Q", "file": "use.c", "arguments": ["clang", "-c", "use.c"]},
 {"directory": "$Q", "file": "forge.c", "arguments": ["clang", "-c", "forge.c"]}]
J
run "$HVCILINT" check -p "$Q" -j 2 --no-db
expect_rc 1
expect_out "use.c:5:39: warning: 'ForgeLocked' forges the flags of an MDL over its first argument, which is the code of function 'Target' \[hvci-code-write\]"
expect_out "forge.c:6:3: note: 'ForgeLocked' changes the MDL's flags here (MDL_PAGES_LOCKED)"
n=$(printf '%s\n' "$out" | grep -c 'warning:')
[ "$n" -eq 1 ] || fail "one finding expected (none for the buffer): $out"
echo ok
