// Helpers that write through a writable alias of their parameter: they
// build an MDL over what the caller passes, map it and write through the
// mapping.  A call that passes code is reported at the call, with the
// helper's write as the note; the same helper given data, and a helper that
// only reads through the alias, are silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static const UCHAR Ret[] = {0xC3};

VOID Target(VOID) {}

static NTSTATUS PatchBytes(PVOID target, const VOID *bytes, SIZE_T n)
{
	PMDL mdl = IoAllocateMdl(target, (ULONG)n, FALSE, FALSE, NULL);
	if (!mdl)
		return STATUS_INSUFFICIENT_RESOURCES;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PVOID va = MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmNonCached, NULL, FALSE, NormalPagePriority | MdlMappingNoExecute);
	if (va)
		RtlCopyMemory(va, bytes, n);
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
	return va ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}

static VOID PokeByte(ULONG unused, PUCHAR where, UCHAR value)
{
	PMDL mdl = IoAllocateMdl(where, 1, FALSE, FALSE, NULL);
	UNREFERENCED_PARAMETER(unused);
	if (!mdl)
		return;
	MmBuildMdlForNonPagedPool(mdl);
	PUCHAR va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	if (va)
		*va = value;
	IoFreeMdl(mdl);
}

/* A helper of the helper passes its own parameter on. */
static VOID PatchRet(PVOID fn)
{
	PatchBytes(fn, Ret, sizeof Ret);
}

VOID Patchers(VOID)
{
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"NtQuerySystemInformation");
	PVOID routine = MmGetSystemRoutineAddress(&name);
	PatchBytes((PVOID)Target, Ret, sizeof Ret); // expected-warning {{'PatchBytes' writes through a writable alias of its first argument, which is the code of function 'Target' [hvci-code-write]}}
	if (routine)
		PokeByte(0, (PUCHAR)routine, 0xC3); // expected-warning {{'PokeByte' writes through a writable alias of its second argument, which is the code of function 'NtQuerySystemInformation' [hvci-code-write]}}
	PatchRet((PVOID)Target); // expected-warning {{'PatchRet' writes through a writable alias of its first argument, which is the code of function 'Target' [hvci-code-write]}}
}

// Silent: the helpers given data, and a helper that only reads code.
static UCHAR Buffer[16];

static UCHAR PeekByte(PVOID where)
{
	PMDL mdl = IoAllocateMdl(where, 1, FALSE, FALSE, NULL);
	UCHAR b = 0;
	if (!mdl)
		return 0;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PUCHAR va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	if (va)
		b = *va;
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
	return b;
}

UCHAR NotPatchers(PVOID pool)
{
	PatchBytes(Buffer, Ret, sizeof Ret);
	PokeByte(0, (PUCHAR)pool, 1);
	return PeekByte((PVOID)Target);
}
