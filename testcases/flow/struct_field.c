// Pool types stored in a struct field, through a local struct and through a pointer.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

typedef struct _ALLOC_CTX {
	POOL_TYPE Pool;
	ULONG Tag;
} ALLOC_CTX, *PALLOC_CTX;

PVOID AllocCtx(SIZE_T n)
{
	ALLOC_CTX ctx;
	ctx.Tag = 'xtC1';
	ctx.Pool = NonPagedPool;
	return ExAllocatePoolWithTag(ctx.Pool, n, ctx.Tag); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID AllocPtr(PALLOC_CTX p, SIZE_T n)
{
	p->Pool = NonPagedPoolExecute;
	return ExAllocatePoolWithTag(p->Pool, n, 'xtC2'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}

PVOID AllocPtrNx(PALLOC_CTX p, SIZE_T n)
{
	p->Pool = NonPagedPoolNx;
	return ExAllocatePoolWithTag(p->Pool, n, 'xtC3');
}
