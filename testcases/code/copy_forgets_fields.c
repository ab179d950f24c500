// memset, memcpy and the Interlocked family write through their destination,
// so what the dataflow knew about fields reached through it is forgotten.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

typedef struct _CFG {
	POOL_TYPE Pool;
} CFG, *PCFG;

static VOID ClearConfig(PVOID p, SIZE_T n)
{
	RtlZeroMemory(p, n);
}

PVOID AfterMemset(PCFG c)
{
	c->Pool = NonPagedPool;
	memset(c, 0xFF, sizeof *c);
	return ExAllocatePoolWithTag(c->Pool, 8, 'gfC1');
}

PVOID AfterCopy(PCFG c, const CFG *src)
{
	c->Pool = NonPagedPool;
	RtlCopyMemory(c, src, sizeof *c);
	return ExAllocatePoolWithTag(c->Pool, 8, 'gfC2');
}

PVOID AfterHelper(PCFG c)
{
	c->Pool = NonPagedPool;
	ClearConfig(c, sizeof *c);
	return ExAllocatePoolWithTag(c->Pool, 8, 'gfC3');
}

PVOID AfterInterlocked(PCFG c)
{
	c->Pool = NonPagedPool;
	InterlockedExchange((volatile LONG *)&c->Pool, NonPagedPoolNx);
	return ExAllocatePoolWithTag(c->Pool, 8, 'gfC4');
}
