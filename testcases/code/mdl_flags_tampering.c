// Setting or clearing MDL_PAGES_LOCKED, MDL_SOURCE_IS_NONPAGED_POOL or
// MDL_MAPPED_TO_SYSTEM_VA by hand on an MDL over code forges the state of a
// locked or mapped MDL to obtain a mapping of that code.  The same writes on
// an MDL over data, and other flags, are silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VOID Target(VOID) {}

PMDL ForgeLocked(VOID)
{
	PMDL mdl = IoAllocateMdl((PVOID)Target, 16, FALSE, FALSE, NULL); // expected-warning {{'IoAllocateMdl' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
	if (!mdl)
		return NULL;
	mdl->MdlFlags |= MDL_PAGES_LOCKED; // expected-warning {{changing 'MDL_PAGES_LOCKED' in the flags of an MDL over code forges a mapping of that code [hvci-code-write]}}
	return mdl;
}

PVOID ForgeLookedUp(VOID)
{
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"NtQuerySystemInformation");
	PVOID target = MmGetSystemRoutineAddress(&name);
	PMDL mdl = target ? IoAllocateMdl(target, 16, FALSE, FALSE, NULL) : NULL;
	if (!mdl)
		return NULL;
	MmBuildMdlForNonPagedPool(mdl);
	mdl->MdlFlags &= ~MDL_SOURCE_IS_NONPAGED_POOL; // expected-warning {{changing 'MDL_SOURCE_IS_NONPAGED_POOL' in the flags of an MDL over code forges a mapping of that code [hvci-code-write]}}
	mdl->MdlFlags = mdl->MdlFlags | MDL_MAPPED_TO_SYSTEM_VA; // expected-warning {{changing 'MDL_MAPPED_TO_SYSTEM_VA' in the flags of an MDL over code forges a mapping of that code [hvci-code-write]}}
	return mdl;
}

// Silent: flags of an MDL over data, flags outside the list, and reading them.
VOID DataMdl(PVOID buffer, ULONG length)
{
	PMDL mdl = IoAllocateMdl(buffer, length, FALSE, FALSE, NULL);
	if (!mdl)
		return;
	mdl->MdlFlags |= MDL_PAGES_LOCKED;
	mdl->MdlFlags &= ~MDL_SOURCE_IS_NONPAGED_POOL;
	IoFreeMdl(mdl);
}

BOOLEAN Inspect(VOID)
{
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"KeBugCheckEx");
	PVOID target = MmGetSystemRoutineAddress(&name);
	PMDL mdl = target ? IoAllocateMdl(target, 16, FALSE, FALSE, NULL) : NULL;
	if (!mdl)
		return FALSE;
	mdl->MdlFlags |= 0x0100; /* not a mapping flag */
	BOOLEAN locked = (mdl->MdlFlags & MDL_PAGES_LOCKED) != 0;
	IoFreeMdl(mdl);
	return locked;
}

// A helper that builds an MDL over what it is given and forges its flags:
// the call that passes code is reported, with the helper's change as the
// note; the same helper given data is silent.
static PMDL ForgeOver(PVOID where, ULONG length)
{
	PMDL mdl = IoAllocateMdl(where, length, FALSE, FALSE, NULL);
	if (mdl)
		mdl->MdlFlags |= MDL_PAGES_LOCKED;
	return mdl;
}

static PMDL ForgeOverTarget(PVOID fn)
{
	return ForgeOver(fn, 16);
}

PMDL Forgers(PVOID buffer)
{
	PMDL data = ForgeOver(buffer, 16);
	if (data)
		IoFreeMdl(data);
	ForgeOverTarget((PVOID)Target); // expected-warning {{'ForgeOverTarget' forges the flags of an MDL over its first argument, which is the code of function 'Target' [hvci-code-write]}}
	return ForgeOver((PVOID)Target, 16); // expected-warning {{'ForgeOver' forges the flags of an MDL over its first argument, which is the code of function 'Target' [hvci-code-write]}}
}
