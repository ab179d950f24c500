// C++: enumerators no header declares, named in CamelCase the way newer
// WDK headers name them (`case StatusConnection:`), are read as case
// labels.  A name that is not ALL_CAPS otherwise stays an object in C++,
// which a case label rejects; read as a label it is a constant from the
// first pass, not after a second pass finds it is none.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

class Monitor {
public:
	PVOID OnStatus(ULONG Type, SIZE_T n);
};

PVOID Monitor::OnStatus(ULONG Type, SIZE_T n)
{
	switch (Type) {
	case StatusConnection: // expected-note {{2 names this unit uses are declared nowhere (first: 'StatusConnection'); analysed with stand-in declarations}}
		return ExAllocatePoolWithTag(NonPagedPool, n, 'tsoM'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	case StatusRotation:
		return NULL;
	default:
		return NULL;
	}
}
