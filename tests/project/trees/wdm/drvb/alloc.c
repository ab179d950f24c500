/* Without the run-time call, NonPagedPool stays executable in drvb. */
#include "tree.h"

PVOID DrvbAlloc(SIZE_T Size)
{
	return ExAllocatePoolWithTag(NonPagedPool, Size, 'bvrD');
}
