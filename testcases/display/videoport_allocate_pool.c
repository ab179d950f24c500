// VideoPortAllocatePool with VpNonPagedPool: unconfirmed, a note; VpPagedPool is silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <video.h>

PVOID AllocVp(PVOID ext, SIZE_T n)
{
	PVOID p = VideoPortAllocatePool(ext, VpNonPagedPool, n, 'oediV'); // expected-note {{'VideoPortAllocatePool' allocates executable memory: pool type 'VpNonPagedPool' (0) (executability unconfirmed) [hvci-exec-pool]}}
	PVOID q = VideoPortAllocatePool(ext, VpPagedPool, n, 'oediV');
	return p ? p : q;
}
