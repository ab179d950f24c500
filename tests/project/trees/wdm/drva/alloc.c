/* NonPagedPool is non-executable here: drva opts in and calls
 * ExInitializeDriverRuntime. */
#include "precomp.h"

PVOID DrvaAlloc(SIZE_T Size)
{
	return ExAllocatePoolWithTag(NonPagedPool, Size, 'avrD');
}
