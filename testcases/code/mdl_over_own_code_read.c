// An MDL over one of the driver's own functions that is only locked for
// reading (IoReadAccess) reads code, which HVCI allows: it is silent unless
// something writes through its mapping.  Locking it for writing, giving its
// mapping a writable protection, or writing through the mapping reports the
// MDL where it is built.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VOID Target(VOID) {}

// Silent: the code is read through a read-only lock.
ULONG ChecksumOwnCode(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 64, FALSE, FALSE, NULL);
	ULONG sum = 0;
	if (!mdl)
		return 0;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PUCHAR va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	for (ULONG i = 0; va && i < 64; i++)
		sum += va[i];
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
	return sum;
}

VOID CopyOwnCode(PUCHAR out)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL);
	if (!mdl)
		return;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PVOID va = MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, NULL, FALSE, NormalPagePriority | MdlMappingNoExecute);
	if (va)
		RtlCopyMemory(out, va, 16);
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
}

// Reported: read access first, but the mapping is written.
VOID ReadThenWrite(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL); // expected-warning {{'IoAllocateMdl' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
	if (!mdl)
		return;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PUCHAR va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	if (va)
		va[0] = 0xC3; // expected-warning {{store through a mapping of an MDL over code writes to that code [hvci-code-write]}}
}

// Reported: locked for writing.
PMDL LockForWrite(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL); // expected-warning {{'IoAllocateMdl' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
	if (mdl)
		MmProbeAndLockPages(mdl, KernelMode, IoModifyAccess);
	return mdl;
}

// Reported: read lock, then a writable protection on the mapping.
PVOID ProtectWritable(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL); // expected-warning {{'IoAllocateMdl' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
	if (!mdl)
		return NULL;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PVOID va = MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, NULL, FALSE, NormalPagePriority | MdlMappingNoExecute);
	MmProtectMdlSystemAddress(mdl, PAGE_READWRITE);
	return va;
}
