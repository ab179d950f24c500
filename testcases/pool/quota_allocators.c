// Quota-charging allocators ExAllocatePoolWithQuota / ExAllocatePoolWithQuotaTag with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocQuota(SIZE_T n)
{
	return ExAllocatePoolWithQuota(NonPagedPool, n); // expected-warning {{'ExAllocatePoolWithQuota' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID AllocQuotaTag(SIZE_T n)
{
	return ExAllocatePoolWithQuotaTag(NonPagedPool, n, 'atoQ'); // expected-warning {{'ExAllocatePoolWithQuotaTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID AllocQuotaTagNx(SIZE_T n)
{
	return ExAllocatePoolWithQuotaTag(NonPagedPoolNx, n, 'atoQ');
}
