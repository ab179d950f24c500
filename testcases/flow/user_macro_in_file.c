// A pool type through a macro defined in the same file: the message quotes the macro name.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#define DRV_LOCAL_POOL NonPagedPool
#define DRV_LOCAL_FLAGS (POOL_FLAG_NON_PAGED_EXECUTE | POOL_FLAG_UNINITIALIZED)

PVOID AllocMacro(SIZE_T n)
{
	return ExAllocatePoolWithTag(DRV_LOCAL_POOL, n, 'orcM'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'DRV_LOCAL_POOL' (0) [hvci-exec-pool]}}
}

PVOID AllocMacroFlags(SIZE_T n)
{
	return ExAllocatePool2(DRV_LOCAL_FLAGS, n, 'orcM'); // expected-warning {{'ExAllocatePool2' allocates executable memory: pool flags 'DRV_LOCAL_FLAGS' (0x82) [hvci-exec-pool]}}
}
