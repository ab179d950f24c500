// FsRtlAllocateAePushLock with an executable pool type.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

PVOID MakeLock(void)
{
	return FsRtlAllocateAePushLock(NonPagedPool, 'kLhP'); // expected-warning {{'FsRtlAllocateAePushLock' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
