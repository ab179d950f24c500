// In C++ too, an ALL_CAPS name the unit never declares and only reads is a
// constant (a case label, an array size, a template argument, flags joined
// with |), so the code around it parses; any other name stays an object
// that converts to what a parameter wants.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

template <ULONG N> struct Slots {
	UCHAR Data[N];
};

class Stream {
public:
	NTSTATUS Control(ULONG Code, SIZE_T n);
	PVOID Buffer;
	Slots<DRV_SLOT_COUNT> Ring; // expected-note {{names this unit uses are declared nowhere (first: 'DRV_SLOT_COUNT'); analysed with stand-in declarations}}
	ULONG Names[DRV_NAME_COUNT];
};

NTSTATUS Stream::Control(ULONG Code, SIZE_T n)
{
	ULONG Flags = DRV_FLAG_A | DRV_FLAG_B;
	RegisterSink(streamSink);
	if (Flags == 0)
		return STATUS_INVALID_PARAMETER;
	switch (Code) {
	case IOCTL_DRV_START:
		Buffer = ExAllocatePoolWithTag(NonPagedPool, n, 'mrtS'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
		return STATUS_SUCCESS;
	case IOCTL_DRV_STOP:
		return STATUS_SUCCESS;
	}
	return STATUS_NOT_SUPPORTED;
}

/* A type initialized from a braced list of several values is an aggregate:
 * its C++ stand-in takes any list, so the tables and the code parse. */
static const VENDOR_FORMAT Formats[] = {{1, 2}, {3, 4}};
static const VENDOR_FORMAT Nested[] = {{{1, 2, 3}, {4, 5}}, {{6}, 7}};

PVOID AllocRange(SIZE_T n)
{
	VENDOR_RANGE Range{0, 10};
	UNREFERENCED_PARAMETER(Range);
	return ExAllocatePoolWithTag(NonPagedPoolExecute, n, 'mrtS'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}

/* Other names are objects whose arithmetic and comparisons are their own,
 * so clang finds no ambiguity between the built-in operators. */
PVOID AllocBlocks(ULONGLONG n, PVOID Unused)
{
	n += frameBytes;
	if (n > maxBytes || (flagsWord & 1) == 0)
		return Unused;
	return ExAllocatePoolWithTag(NonPagedPoolExecute, (SIZE_T)(n * blockSize), 'mrtS'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}

/* A constant passed to a function nobody declares: the stand-in function
 * is a template, and a constant of a type without linkage could not be
 * passed to it. */
PVOID LogAndAlloc(SIZE_T n, ULONG Level)
{
	switch (Level) {
	case VENDOR_LEVEL_INFO:
		break;
	}
	VendorLog(VENDOR_LEVEL_INFO, "alloc %zu", n);
	return ExAllocatePoolWithTag(NonPagedPoolExecute, n, 'gLnV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}
