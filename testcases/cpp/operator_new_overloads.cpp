// A driver's own operator new means what its body makes of its extra
// argument: an allocator enum whose values are POOL_FLAGS is passed on as
// flags, so it is judged as flags at each new; an overload that ignores
// its argument and always asks for executable pool is reported inside it.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

enum class PoolType : ULONG64 { NonPaged = 0x40, Paged = 0x100, NonPagedExecute = 0x80 };

void *__cdecl operator new(size_t size, PoolType type)
{
	return ExAllocatePool2(static_cast<POOL_FLAGS>(type), size, 'weNP');
}

void *__cdecl operator new[](size_t size, PoolType type)
{
	return ExAllocatePool2(static_cast<POOL_FLAGS>(type), size, 'weNP');
}

struct Legacy {
	ULONG v;
	void *__cdecl operator new(size_t size, POOL_TYPE ignored)
	{
		(void)ignored;
		return ExAllocatePoolWithTag(NonPagedPool, size, 'geL'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	}
};

UCHAR *Scratch(SIZE_T n)
{
	UCHAR *a = new (PoolType::NonPaged) UCHAR[n];
	UCHAR *b = new (PoolType::Paged) UCHAR[n];
	ULONG *c = new (PoolType::NonPaged) ULONG;
	UCHAR *e = new (PoolType::NonPagedExecute) UCHAR[n]; // expected-warning {{'operator new[]' allocates executable memory: pool flags 'PoolType::NonPagedExecute' (0x80) [hvci-exec-pool]}}
	Legacy *d = new (NonPagedPoolNx) Legacy;
	(void)b;
	(void)c;
	(void)d;
	(void)e;
	return a;
}
