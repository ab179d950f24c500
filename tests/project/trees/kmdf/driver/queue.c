/* A clean unit: NX pool only. */
#include "precomp.h"

PVOID QueueBuffer(SIZE_T size)
{
#if QUEUE_ONLY == 2
	return ExAllocatePoolWithTag(NonPagedPoolNx, size, SHARED_TAG);
#else
#error QUEUE_ONLY is set per item
#endif
}
