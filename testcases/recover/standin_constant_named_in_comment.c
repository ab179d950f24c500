// A control code no header declares is read only as a case label, and a
// comment names it in prose ("handles IOCTL_X. It ...").  The comment is
// no use of the name: it stands in as a constant from the first pass,
// not as a variable that the next pass finds is no constant expression.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

/*
 * Handles IOCTL_SAMPLE_GET_SETTING. It answers from the cached copy; the
 * string below names IOCTL_SAMPLE_SET_SETTING.field too.
 */
static const char *Name = "IOCTL_SAMPLE_SET_SETTING.field";

PVOID Dispatch(ULONG Code)
{
	switch (Code) {
	case IOCTL_SAMPLE_GET_SETTING: // expected-note {{2 names this unit uses are declared nowhere (first: 'IOCTL_SAMPLE_GET_SETTING'); analysed with stand-in declarations}}
		return ExAllocatePoolWithTag(NonPagedPool, 16, 'ltcI'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	case IOCTL_SAMPLE_SET_SETTING:
		return (PVOID)Name;
	default:
		return NULL;
	}
}
