// An executable pool type reassigned to NonPagedPoolNx before the call is silent.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

PVOID AllocFixed(SIZE_T n)
{
	POOL_TYPE type = NonPagedPool;
	ULONG prio = NormalPagePriority;
	type = NonPagedPoolNx;
	prio = NormalPagePriority | MdlMappingNoExecute;
	(void)prio;
	return ExAllocatePoolWithTag(type, n, 'xiFx');
}
