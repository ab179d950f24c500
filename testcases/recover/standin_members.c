// A type the unit never declares but reads members from is a structure:
// its stand-in gets those members (of no known type or value; a called one
// is a function pointer), so the functions using it keep their bodies and
// their calls are checked.  A decisive argument read from such a member is
// unknown: not analysed, never a verdict.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db %s -- 2>/dev/null | grep -q "standin_members.c:24:9: warning: call of 'ExAllocatePoolWithTag' was not analysed: its argument 'Config.PoolType' is built from a name the unit never declares"
#include <ntddk.h>

NTSTATUS StartRing(PVENDOR_RING Ring, VENDOR_CONFIG Config) // expected-note {{6 names this unit uses are declared nowhere (first: 'PVENDOR_RING'); analysed with stand-in declarations}}
{
	Ring->Count = Config.Slots;
	Ring->Notify(Ring);
	Ring->Buffer = ExAllocatePoolWithTag(NonPagedPool, Config.Slots, 'gnRV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (!Ring->Buffer)
		return STATUS_INSUFFICIENT_RESOURCES;
	return STATUS_SUCCESS;
}

/* Read as a value, the member would be anything the stand-in said. */
PVOID AllocFromConfig(VENDOR_CONFIG Config)
{
	return ExAllocatePoolWithTag(Config.PoolType, Config.Slots, 'gnRV');
}

/* `.` on a P-prefixed name: a structure, not a pointer.  Indexed: an array. */
ULONG Level(POWER_VENDOR_INFO Info, VENDOR_MAC Mac)
{
	PVOID p = ExAllocatePoolWithTag(NonPagedPoolExecute, Info.Level, 'gnRV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
	ExFreePoolWithTag(p, 'gnRV');
	return Info.Level + Mac[0];
}

/* Members of members: each gets a structure of its own, named after its place. */
NTSTATUS StartQueue(PVENDOR_QUEUE Queue)
{
	Queue->Config.Depth = 4;
	Queue->Ring->Head = 0;
	Queue->Ring->Data = ExAllocatePoolWithTag(NonPagedPool, Queue->Config.Depth, 'uQxV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return STATUS_SUCCESS;
}

/* A structure tag no header defined: ours defines it, members as they are read. */
struct VENDOR_WRAP {
	struct _VENDOR_BRB Brb;
};

NTSTATUS SendBrb(struct _VENDOR_BRB *Brb, struct VENDOR_WRAP *Wrap)
{
	Brb->Length = sizeof(Wrap->Brb);
	Wrap->Brb.Buffer = ExAllocatePoolWithTag(NonPagedPool, Brb->Length, 'brBV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return STATUS_SUCCESS;
}
