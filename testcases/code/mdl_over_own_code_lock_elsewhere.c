// An MDL over the driver's own code whose lock happens in another function:
// a helper that locks the MDL it is given, or the caller of a function that
// builds and returns the MDL.  A read-only lock there is still a read, and
// stays silent; a helper that locks for writing, or an operation the helper
// takes from its own caller, keeps the MDL reported where it is built.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VOID Target(VOID) {}

static VOID LockForReading(PMDL mdl)
{
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
}

static VOID LockForModifying(PMDL mdl)
{
	MmProbeAndLockPages(mdl, KernelMode, IoModifyAccess);
}

static VOID LockAs(PMDL mdl, LOCK_OPERATION op)
{
	MmProbeAndLockPages(mdl, KernelMode, op);
}

/* A helper of the helper passes the MDL on. */
static VOID LockThroughHelper(PMDL mdl)
{
	LockForReading(mdl);
}

ULONG ReadThroughHelper(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL);
	if (!mdl)
		return 0;
	LockForReading(mdl);
	PUCHAR va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	ULONG b = va ? va[0] : 0;
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
	return b;
}

ULONG ReadThroughTwoHelpers(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL);
	if (!mdl)
		return 0;
	LockThroughHelper(mdl);
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
	return 1;
}

PMDL ModifyThroughHelper(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL); // expected-warning {{'IoAllocateMdl' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
	if (mdl)
		LockForModifying(mdl);
	return mdl;
}

PMDL LockedAsTheCallerSays(LOCK_OPERATION op)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL); // expected-warning {{'IoAllocateMdl' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
	if (mdl)
		LockAs(mdl, op);
	return mdl;
}

/* Built in one function, locked by its caller. */
static PMDL BuildOverTarget(VOID)
{
	return IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL);
}

ULONG ReadWhatWasBuilt(VOID)
{
	PMDL mdl = BuildOverTarget();
	if (!mdl)
		return 0;
	MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
	return 1;
}
