/*
 * mapping.c - MDL and register mappings of the hvcilint example driver,
 * compiled with clang-cl style flags in the example compile database.
 */
#include <Ntddk.h>
#include "sample.h"

NTSTATUS SampleMapBuffer(PSAMPLE_CONTEXT Context)
{
	Context->Mdl = IoAllocateMdl(Context->Buffer, (ULONG)Context->Length, FALSE, FALSE, NULL);
	if (!Context->Mdl)
		return STATUS_INSUFFICIENT_RESOURCES;
	MmBuildMdlForNonPagedPool(Context->Mdl);
	PVOID va = MmGetSystemAddressForMdlSafe(Context->Mdl, NormalPagePriority);
	return va ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS SampleMapRegisters(PHYSICAL_ADDRESS Base, SIZE_T Length, PVOID *Out)
{
	*Out = MmMapIoSpace(Base, Length, MmNonCached);
	return *Out ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS SampleMapSection(HANDLE Section, PVOID *Base, PSIZE_T Size)
{
	return ZwMapViewOfSection(Section, ZwCurrentProcess(), Base, 0, 0, NULL, Size, ViewUnmap, 0,
	                          PAGE_EXECUTE_READWRITE);
}
