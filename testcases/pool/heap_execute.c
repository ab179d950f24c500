// RtlCreateHeap with HEAP_CREATE_ENABLE_EXECUTE, alone and combined with HEAP_GROWABLE.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

void MakeHeaps(PVOID *out)
{
	out[0] = RtlCreateHeap(HEAP_CREATE_ENABLE_EXECUTE, NULL, 0, 0, NULL, NULL); // expected-warning {{'RtlCreateHeap' creates an executable heap: flags 'HEAP_CREATE_ENABLE_EXECUTE' (0x40000) [hvci-exec-pool]}}
	out[1] = RtlCreateHeap(HEAP_GROWABLE | HEAP_CREATE_ENABLE_EXECUTE, NULL, 0, 0, NULL, NULL); // expected-warning {{'RtlCreateHeap' creates an executable heap: flags 'HEAP_GROWABLE | HEAP_CREATE_ENABLE_EXECUTE' (0x40002) [hvci-exec-pool]}}
	out[2] = RtlCreateHeap(HEAP_GROWABLE, NULL, 0, 0, NULL, NULL);
}
