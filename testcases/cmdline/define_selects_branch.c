// -D on the command line selects which preprocessor branch is analysed.
// RUN: %hvcilint check --verify %s -- -DDRV_LEGACY_TARGET=1
// RUN: %hvcilint check %s -- >/dev/null; test $? -eq 0
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
#if defined(DRV_LEGACY_TARGET) && DRV_LEGACY_TARGET
	return ExAllocatePoolWithTag(NonPagedPool, n, 'ycgL'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
#else
	return ExAllocatePoolWithTag(NonPagedPoolNx, n, 'ycgL');
#endif
}
