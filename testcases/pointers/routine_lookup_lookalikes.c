// Look-alikes of a routine lookup: a name the table does not know, a name
// built at run time, a pointer variable assigned two different routines
// (it names neither for sure), and an affected API looked up but only
// called safely.  None is reported.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

typedef PVOID(NTAPI *PFN_ALLOC_WITH_TAG)(POOL_TYPE, SIZE_T, ULONG);

static PFN_ALLOC_WITH_TAG g_Either;

PVOID Unknown(SIZE_T n)
{
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"MyPrivateAllocator");
	PFN_ALLOC_WITH_TAG f = (PFN_ALLOC_WITH_TAG)MmGetSystemRoutineAddress(&name);
	return f(NonPagedPool, n, 'knU');
}

PVOID Computed(PUNICODE_STRING fromRegistry, SIZE_T n)
{
	PFN_ALLOC_WITH_TAG f = (PFN_ALLOC_WITH_TAG)MmGetSystemRoutineAddress(fromRegistry);
	return f(NonPagedPool, n, 'pmC');
}

void ResolveEither(BOOLEAN quota)
{
	UNICODE_STRING a = RTL_CONSTANT_STRING(L"ExAllocatePoolWithTag");
	UNICODE_STRING b = RTL_CONSTANT_STRING(L"MyOtherAllocator");
	g_Either = (PFN_ALLOC_WITH_TAG)MmGetSystemRoutineAddress(quota ? &b : &a);
	if (!g_Either)
		g_Either = (PFN_ALLOC_WITH_TAG)MmGetSystemRoutineAddress(&b);
}

PVOID UseEither(SIZE_T n)
{
	return g_Either(NonPagedPool, n, 'rhtE');
}

PVOID SafeOnly(SIZE_T n)
{
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"ExAllocatePoolWithTag");
	PFN_ALLOC_WITH_TAG f = (PFN_ALLOC_WITH_TAG)MmGetSystemRoutineAddress(&name);
	return f(NonPagedPoolNx, n, 'efaS');
}
