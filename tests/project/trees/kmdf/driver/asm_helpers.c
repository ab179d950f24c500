/* Always excluded from the build. */
#include "precomp.h"

PVOID LegacyBuffer(SIZE_T size)
{
	return ExAllocatePool(NonPagedPoolExecute, size);
}
