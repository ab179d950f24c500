// A quota pool type carrying POOL_QUOTA_FAIL_INSTEAD_OF_RAISE stays executable.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocQuotaNoRaise(SIZE_T n)
{
	return ExAllocatePoolWithQuotaTag((POOL_TYPE)(NonPagedPool | POOL_QUOTA_FAIL_INSTEAD_OF_RAISE), n, 'atoQ'); // expected-warning {{'ExAllocatePoolWithQuotaTag' allocates executable memory: pool type '(POOL_TYPE)(NonPagedPool | POOL_QUOTA_FAIL_INSTEAD_OF_RAISE)' (8) [hvci-exec-pool]}}
}
