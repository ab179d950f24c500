/* Export driver of the test solution: a clean NX allocation. */
#include <wdm.h>

__declspec(dllexport) PVOID ExportLibAllocate(SIZE_T n)
{
	return ExAllocatePool2(POOL_FLAG_NON_PAGED, n, 'pxeT');
}
