// KMDF WdfMemoryCreate and WdfLookasideListCreate with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <wdf.h>

NTSTATUS MakeBuffers(size_t n, WDFMEMORY *mem, PVOID *buf, WDFLOOKASIDE *la)
{
	NTSTATUS s = WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPool, 'mFdW', n, mem, buf); // expected-warning {{'WdfMemoryCreate' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (!NT_SUCCESS(s))
		return s;
	s = WdfLookasideListCreate(WDF_NO_OBJECT_ATTRIBUTES, n, NonPagedPool, WDF_NO_OBJECT_ATTRIBUTES, 'lFdW', la); // expected-warning {{'WdfLookasideListCreate' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (!NT_SUCCESS(s))
		return s;
	return WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 'mFdW', n, mem, buf);
}
