// A pool type that arrives as a template argument is known per
// instantiation: it is reported at the instantiating call, with the
// template's inner call as a note, and a safe instantiation is silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

template <POOL_TYPE Type> PVOID AllocateAs(SIZE_T n)
{
	return ExAllocatePoolWithTag(Type, n, 'lpmT');
}

template <typename T> T *AllocateObject(POOL_TYPE type)
{
	return (T *)ExAllocatePoolWithTag(type, sizeof(T), 'jbOT');
}

struct Entry {
	ULONG key;
};

void Instantiate(void)
{
	PVOID a = AllocateAs<NonPagedPool>(32); // expected-warning {{'AllocateAs' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	PVOID b = AllocateAs<NonPagedPoolNx>(32);
	PVOID c = AllocateAs<PagedPool>(32);
	Entry *d = AllocateObject<Entry>(NonPagedPool); // expected-warning {{'AllocateObject' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	Entry *e = AllocateObject<Entry>(NonPagedPoolNx);
	(void)a;
	(void)b;
	(void)c;
	(void)d;
	(void)e;
}
