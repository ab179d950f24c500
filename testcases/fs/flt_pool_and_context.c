// Minifilter FltAllocatePoolAlignedWithTag and FltAllocateContext with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <fltKernel.h>

NTSTATUS Alloc(PFLT_FILTER filter, PFLT_INSTANCE inst, PVOID *buf, PFLT_CONTEXT *ctx)
{
	*buf = FltAllocatePoolAlignedWithTag(inst, NonPagedPool, 4096, 'nilA'); // expected-warning {{'FltAllocatePoolAlignedWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return FltAllocateContext(filter, FLT_VOLUME_CONTEXT, 64, NonPagedPool, ctx); // expected-warning {{'FltAllocateContext' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

NTSTATUS AllocNx(PFLT_FILTER filter, PFLT_INSTANCE inst, PVOID *buf, PFLT_CONTEXT *ctx)
{
	*buf = FltAllocatePoolAlignedWithTag(inst, NonPagedPoolNx, 4096, 'nilA');
	return FltAllocateContext(filter, FLT_STREAM_CONTEXT, 64, PagedPool, ctx);
}
