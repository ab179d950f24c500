// The FsRtl pool macros are reported under the alias the driver wrote.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

void AllocFs(SIZE_T n, PVOID *out)
{
	out[0] = FsRtlAllocatePoolWithTag(NonPagedPool, n, 'lRsF'); // expected-warning {{'FsRtlAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool'}}
	out[1] = FsRtlAllocatePoolWithQuotaTag(NonPagedPool, n, 'lRsF'); // expected-warning {{'FsRtlAllocatePoolWithQuotaTag' allocates executable memory: pool type 'NonPagedPool'}}
	out[2] = FsRtlAllocatePoolWithTag(PagedPool, n, 'lRsF');
	out[3] = FsRtlAllocatePoolWithTag(NonPagedPoolNx, n, 'lRsF');
}
