// A function-like macro defined in this file that wraps the allocation.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#define ALLOC_CTX(type) ((type *)ExAllocatePoolWithTag(NonPagedPool, sizeof(type), 'xtcM'))

typedef struct _MY_CTX {
	ULONG A;
	ULONG B;
} MY_CTX;

MY_CTX *MakeCtx(void)
{
	return ALLOC_CTX(MY_CTX); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
