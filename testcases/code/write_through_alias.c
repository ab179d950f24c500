// Patchers rarely write through a function designator: they look the
// target up by name, build an MDL over it, map the MDL and write through
// the mapping.  Each write to code is reported; reading code through the
// same steps, and an MDL over data, are silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static const UCHAR Patch[] = {0x48, 0x31, 0xC0, 0xC3};

VOID Target(VOID) {}

NTSTATUS PatchThroughMapping(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, PAGE_SIZE, FALSE, FALSE, NULL); // expected-warning {{'IoAllocateMdl' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
	if (!mdl)
		return STATUS_INSUFFICIENT_RESOURCES;
	MmProbeAndLockPages(mdl, KernelMode, IoWriteAccess);
	PUCHAR va = (PUCHAR)MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmNonCached, NULL, FALSE, NormalPagePriority | MdlMappingNoExecute);
	if (!va)
		return STATUS_UNSUCCESSFUL;
	RtlCopyMemory(va, Patch, sizeof Patch); // expected-warning {{'RtlCopyMemory' writes through a mapping of an MDL over code, which writes to that code [hvci-code-write]}}
	va[4] = 0x90; // expected-warning {{store through a mapping of an MDL over code writes to that code [hvci-code-write]}}
	return STATUS_SUCCESS;
}

NTSTATUS PatchLookedUp(VOID)
{
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"NtQuerySystemInformation");
	PUCHAR target = (PUCHAR)MmGetSystemRoutineAddress(&name);
	if (!target)
		return STATUS_NOT_FOUND;
	PMDL mdl = IoAllocateMdl(target, 16, FALSE, FALSE, NULL);
	if (!mdl)
		return STATUS_INSUFFICIENT_RESOURCES;
	MmBuildMdlForNonPagedPool(mdl);
	PUCHAR w = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	if (w)
		*(PULONG)(w + 1) = 0xDEADBEEF; // expected-warning {{store through a mapping of an MDL over code writes to that code [hvci-code-write]}}
	target[0] = 0xE9; // expected-warning {{store through the address of function 'NtQuerySystemInformation' writes to its code [hvci-code-write]}}
	return STATUS_SUCCESS;
}

// Silent: reading code (an MDL over a looked-up routine only probed for
// reading is what pattern scanners do), and writing through an MDL over data.
ULONG ScanThroughMdl(VOID)
{
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"KeInsertQueueApc");
	PUCHAR target = (PUCHAR)MmGetSystemRoutineAddress(&name);
	PMDL mdl = target ? IoAllocateMdl(target, 64, FALSE, FALSE, NULL) : NULL;
	if (!mdl)
		return 0;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	PUCHAR va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	ULONG found = va && va[0] == 0x48;
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
	return found;
}

ULONG ReadCode(VOID)
{
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"NtQuerySystemInformation");
	PUCHAR target = (PUCHAR)MmGetSystemRoutineAddress(&name);
	UCHAR copy[16];
	if (!target)
		return 0;
	RtlCopyMemory(copy, target, sizeof copy);
	return copy[0];
}

VOID WriteData(PVOID buffer, ULONG length)
{
	PMDL mdl = IoAllocateMdl(buffer, length, FALSE, FALSE, NULL);
	if (!mdl)
		return;
	MmBuildMdlForNonPagedPool(mdl);
	PUCHAR va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	if (va)
		va[0] = 1;
	IoFreeMdl(mdl);
}
