// `typedef UNKNOWN Name, *PName;` declares its names once UNKNOWN has a
// stand-in: recovery never stands in for Name or PName itself (two
// typedefs of one name would clash and cost every function using them).
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

typedef VENDOR_EVENT PlatformEvent, *PPlatformEvent; // expected-note {{2 names this unit uses are declared nowhere (first: 'VENDOR_EVENT'); analysed with stand-in declarations}}
typedef VENDOR_STATUS (*PVENDOR_NOTIFY)(PVOID Context);

typedef struct _PLATFORM {
	PPlatformEvent Ready;
	PVENDOR_NOTIFY Notify;
	PVOID Buffer;
} PLATFORM;

NTSTATUS PlatformInit(PLATFORM *p, PPlatformEvent ev)
{
	p->Ready = ev;
	p->Buffer = ExAllocatePoolWithTag(NonPagedPool, 64, 'tlPV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return p->Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
