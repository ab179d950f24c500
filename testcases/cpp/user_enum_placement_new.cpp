// A driver's own allocation enum passed to its operator new means what that
// operator makes of it, not a POOL_TYPE: `Paged` is 0 here, which is
// NonPagedPool's value, and must not be read as such.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

enum class DRV_POOL_TYPE { Paged, NonPaged };

void *__cdecl operator new(size_t Size, DRV_POOL_TYPE Pool);

UCHAR *MakeScratch(SIZE_T n)
{
	return new (DRV_POOL_TYPE::Paged) UCHAR[n];
}
