// Executable session pool types (32, 34, 36, 38) and the NX session type.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void AllocSession(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPoolSession, n, 'sseS'); // expected-warning {{pool type 'NonPagedPoolSession' (32) [hvci-exec-pool]}}
	out[1] = ExAllocatePoolWithTag(NonPagedPoolMustSucceedSession, n, 'sseS'); // expected-warning {{pool type 'NonPagedPoolMustSucceedSession' (34) [hvci-exec-pool]}}
	out[2] = ExAllocatePoolWithTag(NonPagedPoolCacheAlignedSession, n, 'sseS'); // expected-warning {{pool type 'NonPagedPoolCacheAlignedSession' (36) [hvci-exec-pool]}}
	out[3] = ExAllocatePoolWithTag(NonPagedPoolCacheAlignedMustSSession, n, 'sseS'); // expected-warning {{pool type 'NonPagedPoolCacheAlignedMustSSession' (38) [hvci-exec-pool]}}
	out[4] = ExAllocatePoolWithTag(NonPagedPoolSessionNx, n, 'sseS');
	out[5] = ExAllocatePoolWithTag(PagedPoolSession, n, 'sseS');
}
