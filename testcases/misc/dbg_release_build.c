// A release build leaves DBG undefined: the kit's headers do not define it,
// and only a debug build's command adds DBG=1.  So `#if DBG` reads it as 0,
// an `#ifdef DBG` block is not compiled, and its code is not analysed.
// RUN: %hvcilint check --verify %s --
#ifdef DBG
#define TRACE_POOL NonPagedPool
#else
#define TRACE_POOL NonPagedPoolNx
#endif
#include <ntddk.h>

#ifdef DBG
PVOID DebugOnly(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'gbDx');
}
#endif

#if !DBG
PVOID TraceBuffer(SIZE_T n)
{
	return ExAllocatePoolWithTag(TRACE_POOL, n, 'crTx');
}
#endif

#ifndef DBG
PVOID ReleaseOnly(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'leRx'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
#endif
