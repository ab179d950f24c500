// A class template whose value parameter carries the pool type: each
// specialization's methods allocate with the type it was instantiated
// with, so the finding is at the call of the method of the executable
// specialization, with the template's inner call as a note.  The
// NonPagedPoolNx and PagedPool specializations are silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

template <POOL_TYPE P> struct Alloc {
	void *get(SIZE_T n) { return ExAllocatePoolWithTag(P, n, 'cllA'); }
	static void *make(SIZE_T n) { return ExAllocatePoolWithTag(P, n, 'ekaM'); }
};

/* A member template of a class template: the pool type is the class's. */
template <POOL_TYPE P> struct Factory {
	template <typename T> T *make() { return (T *)ExAllocatePoolWithTag(P, sizeof(T), 'tcaF'); }
	template <typename T, ULONG Tag> static T *tagged() { return (T *)ExAllocatePoolWithTag(P, sizeof(T), Tag); }
};

template <typename T, POOL_TYPE Pool> class Vector {
public:
	T *grow(SIZE_T count) { return (T *)ExAllocatePoolWithTag(Pool, count * sizeof(T), 'rceV'); }
};

void UseAllocators(void)
{
	Alloc<NonPagedPool> exec;
	void *a = exec.get(16); // expected-warning {{'Alloc::get' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	void *b = Alloc<NonPagedPoolExecute>::make(16); // expected-warning {{'Alloc::make' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	Vector<ULONG, NonPagedPool> v;
	ULONG *c = v.grow(4); // expected-warning {{'Vector::grow' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	Factory<NonPagedPool> f;
	ULONG *d = f.make<ULONG>(); // expected-warning {{'Factory::make' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	USHORT *e = Factory<NonPagedPoolExecute>::tagged<USHORT, 'gaT1'>(); // expected-warning {{'Factory::tagged' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	(void)a;
	(void)b;
	(void)c;
	(void)d;
	(void)e;
}

// Silent: non-executable specializations of the same templates.
void UseSafeAllocators(void)
{
	Alloc<NonPagedPoolNx> nx;
	void *a = nx.get(16);
	void *b = Alloc<PagedPool>::make(16);
	Vector<ULONG, NonPagedPoolNx> v;
	ULONG *c = v.grow(4);
	Factory<NonPagedPoolNx> f;
	ULONG *d = f.make<ULONG>();
	USHORT *e = Factory<PagedPool>::tagged<USHORT, 'gaT2'>();
	(void)a;
	(void)b;
	(void)c;
	(void)d;
	(void)e;
}
