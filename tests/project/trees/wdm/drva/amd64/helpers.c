/* x64-only helpers of drva. */
#include "tree.h"

ULONG DrvaArchBits(void)
{
	return 64;
}
