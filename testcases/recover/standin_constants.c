// Names the unit never declares, used where C wants a constant (a case
// label, an array size, a bit-field width, a static initializer), do not
// cost the code around them: each becomes a constant the rules never read.
// A name whose address is taken or that is assigned stays a variable.  A
// decisive argument built from one is still unknown, never a verdict.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db %s -- 2>/dev/null | grep -q "standin_constants.c:44:9: warning: call of 'ExAllocatePool2' was not analysed: its argument 'POOL_FLAG_NON_PAGED | DRV_EXTRA_FLAGS' is built from a name the unit never declares"
#include <ntddk.h>

typedef struct _RING {
	UCHAR Slots[DRV_RING_SLOTS]; // expected-note {{names this unit uses are declared nowhere (first: 'DRV_RING_SLOTS'); analysed with stand-in declarations}}
	ULONG Mode : DRV_MODE_BITS;
	ULONG Shifted;
} RING;

static const ULONG Limits[] = {DRV_LIMIT_A, DRV_LIMIT_B};

NTSTATUS Dispatch(ULONG Code, SIZE_T n, PVOID *Out, RING *Ring)
{
	KIRQL Irql;
	DrvCounter++;
	KeAcquireSpinLock(&DrvGlobalLock, &Irql);
	KeReleaseSpinLock(&DrvGlobalLock, Irql);
	Ring->Shifted = 1u << DRV_SHIFT;
	if (n > Limits[0])
		return STATUS_INVALID_PARAMETER;
	switch (Code) {
	case IOCTL_DRV_ALLOC:
		*Out = ExAllocatePoolWithTag(NonPagedPool, n, 'gnRD'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
		return STATUS_SUCCESS;
	case IOCTL_DRV_ALLOC_NX:
		*Out = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'gnRD');
		return STATUS_SUCCESS;
	case IOCTL_DRV_FREE:
		return STATUS_SUCCESS;
	}
	return STATUS_INVALID_PARAMETER;
}

/* Read as a value, DRV_EXTRA_FLAGS would carry the executable flag. */
PVOID AllocFlags(SIZE_T n)
{
	return ExAllocatePool2(POOL_FLAG_NON_PAGED | DRV_EXTRA_FLAGS, n, 'gnRD');
}
