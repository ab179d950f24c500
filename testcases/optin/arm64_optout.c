// An ARM64 build that defines POOL_NX_OPTOUT=1 keeps NonPagedPool executable.
// RUN: %hvcilint check --verify %s -- --target=aarch64-pc-windows-msvc -DPOOL_NX_OPTOUT=1
#include <ntddk.h>

PVOID Arm64OptOut(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'MRAo'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
