// NonPagedPool in comments, string literals and `#if 0` blocks is not code.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

/* Old code: ExAllocatePoolWithTag(NonPagedPool, n, 'dlO ') */
static const char g_Help[] = "use ExAllocatePoolWithTag(NonPagedPool, n, tag) only on Windows 7";

PVOID Alloc(SIZE_T n)
{
	// return ExAllocatePoolWithTag(NonPagedPool, n, 'dlO ');
#if 0
	return ExAllocatePoolWithTag(NonPagedPool, n, 'dlO ');
#endif
#ifdef NEVER_DEFINED_LEGACY_BUILD
	return MmMapIoSpace(*(PHYSICAL_ADDRESS *)g_Help, n, MmNonCached);
#endif
	DbgPrint("%s: NonPagedPool PAGE_EXECUTE_READWRITE\n", g_Help);
	return ExAllocatePoolWithTag(NonPagedPoolNx, n, 'weN ');
}
