/* The tree's library: non-executable pool only. */
#include "tree.h"

PVOID TreeAllocNx(SIZE_T Size)
{
	return ExAllocatePoolWithTag(NonPagedPoolNx, Size, 'bLrT');
}
