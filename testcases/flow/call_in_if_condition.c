// Calls in an if's condition are checked on the AST, with or without an
// else, and the condition's assignments reach the branches.  A token check
// would add a note saying the code did not parse; none is expected.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

NTSTATUS MapNoElse(PMDL Mdl)
{
	if (MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority) == NULL) // expected-warning {{lacks MdlMappingNoExecute}}
		return STATUS_INSUFFICIENT_RESOURCES;
	return STATUS_SUCCESS;
}

NTSTATUS MapNx(PMDL Mdl)
{
	if (!MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority | MdlMappingNoExecute))
		return STATUS_INSUFFICIENT_RESOURCES;
	return STATUS_SUCCESS;
}

NTSTATUS MapWithElse(PMDL Mdl, PVOID *Va)
{
	if ((*Va = MmGetSystemAddressForMdlSafe(Mdl, HighPagePriority)) == NULL) // expected-warning {{lacks MdlMappingNoExecute}}
		return STATUS_INSUFFICIENT_RESOURCES;
	else
		return STATUS_SUCCESS;
}

PVOID AllocInCondition(SIZE_T n)
{
	PVOID p;
	POOL_TYPE type = NonPagedPoolNx;
	if ((p = ExAllocatePoolWithTag(NonPagedPool, n, 'fIcC')) != NULL) // expected-warning {{pool type 'NonPagedPool' (0)}}
		type = NonPagedPool;
	if (type == NonPagedPool)
		return ExAllocatePoolWithTag(type, n, 'fIcC'); // expected-warning {{pool type 'NonPagedPool' (0)}}
	return p;
}
