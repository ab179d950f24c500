// hvci-nx-optin: a POOL_NX_OPTIN file without DriverEntry that allocates only with explicit NX types depends on nothing: no note.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// expected-no-diagnostics
#include <ntddk.h>

PVOID LibAlloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPoolNx, n, 'xNbL');
}

PVOID LibAlloc2(SIZE_T n)
{
	return ExAllocatePool2(POOL_FLAG_NON_PAGED, n, '2bL ');
}

PVOID LibMap(PMDL mdl)
{
	return MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
}
