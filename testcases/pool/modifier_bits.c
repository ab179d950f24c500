// Modifier bits OR'ed into a pool type keep the base type's verdict.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void AllocModifiers(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag((POOL_TYPE)(NonPagedPool | POOL_COLD_ALLOCATION), n, 'doM1'); // expected-warning {{pool type '(POOL_TYPE)(NonPagedPool | POOL_COLD_ALLOCATION)' (256) [hvci-exec-pool]}}
	out[1] = ExAllocatePoolWithTag((POOL_TYPE)(NonPagedPool | POOL_RAISE_IF_ALLOCATION_FAILURE), n, 'doM2'); // expected-warning {{pool type '(POOL_TYPE)(NonPagedPool | POOL_RAISE_IF_ALLOCATION_FAILURE)' (16) [hvci-exec-pool]}}
	out[2] = ExAllocatePoolWithTag((POOL_TYPE)(NonPagedPoolNx | POOL_COLD_ALLOCATION), n, 'doM3');
	out[3] = ExAllocatePoolWithTag((POOL_TYPE)(NonPagedPool | POOL_NX_ALLOCATION), n, 'doM4');
}
