// clang-cl command line with /I for a user header and /D for a user macro.
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /I%S/../include /DDRV_USE_LEGACY_POOL=1 /W4 /Zi
#include <ntddk.h>
#include <drvpool.h>

PVOID Alloc(SIZE_T n)
{
#if DRV_USE_LEGACY_POOL
	return ExAllocatePoolWithTag(DRV_POOL, n, 'lcgC'); // expected-warning {{pool type 'DRV_POOL' (0) [hvci-exec-pool]}}
#else
	return ExAllocatePoolWithTag(DRV_POOL_NX, n, 'lcgC');
#endif
}
