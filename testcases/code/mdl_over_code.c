// Building an MDL over a function's address to map its code writable.
// MmProtectMdlSystemAddress with an execute protection is hvci-exec-protect's
// finding and is reported once, by that rule: the MDL it protects, locked
// only for reading, is not reported again.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VOID Target(VOID) {}

PVOID MapCodeWritable(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, PAGE_SIZE, FALSE, FALSE, NULL);
	if (!mdl)
		return NULL;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PVOID va = MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmNonCached, NULL, FALSE, NormalPagePriority | MdlMappingNoExecute);
	MmProtectMdlSystemAddress(mdl, PAGE_EXECUTE_READWRITE); // expected-warning {{'MmProtectMdlSystemAddress' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
	return va;
}

PMDL DescribeCodeAtOffset(ULONG offset)
{
	PUCHAR code = (PUCHAR)&Target;
	return IoAllocateMdl(code + offset, 16, FALSE, FALSE, NULL); // expected-warning {{'IoAllocateMdl' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
}

PMDL ObsoleteCreateMdl(VOID)
{
	return MmCreateMdl(NULL, (PVOID)Target, 16); // expected-warning {{'MmCreateMdl' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
}

// Silent: MDLs over data.
PMDL DescribeBuffer(PVOID buffer, ULONG length)
{
	PMDL mdl = IoAllocateMdl(buffer, length, FALSE, FALSE, NULL);
	if (mdl)
		MmBuildMdlForNonPagedPool(mdl);
	return mdl;
}

PMDL DescribePool(VOID)
{
	PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'ldMC');
	return p ? IoAllocateMdl(p, 64, FALSE, FALSE, NULL) : NULL;
}

NTSTATUS ProtectReadOnly(PMDL mdl)
{
	return MmProtectMdlSystemAddress(mdl, PAGE_READONLY);
}
