/* Excluded from Release builds: its executable pool must not be reported there. */
#include "precomp.h"

PVOID LegacyBuffer(SIZE_T size)
{
	return ExAllocatePool(NonPagedPoolExecute, size);
}
