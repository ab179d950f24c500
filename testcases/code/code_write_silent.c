// Look-alikes of code writes that must stay silent: reading code bytes,
// copying code into data, storing function addresses into data, and
// function-pointer variables being assigned.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

typedef VOID (*PFN_WORK)(VOID);

VOID Target(VOID) {}
VOID Other(VOID) {}

static PFN_WORK g_Table[2] = {Target, Other};
static PVOID g_Callback;
static UCHAR g_Saved[16];

typedef struct _OPS {
	PFN_WORK Run;
	PFN_WORK Stop;
} OPS, *POPS;

UCHAR ReadFirstByte(VOID)
{
	return *(PUCHAR)Target;
}

BOOLEAN StartsWithJump(VOID)
{
	PUCHAR p = (PUCHAR)Target;
	return p[0] == 0xE9 || p[0] == 0xEB;
}

VOID SaveCodeBytes(VOID)
{
	UCHAR local[16];
	RtlCopyMemory(g_Saved, (PVOID)Target, sizeof g_Saved);
	RtlCopyMemory(local, (PVOID)Target, sizeof local);
	memcpy(&local[4], (PUCHAR)Target + 4, 4);
}

BOOLEAN CodeUnchanged(VOID)
{
	return RtlCompareMemory(g_Saved, (PVOID)Target, sizeof g_Saved) == sizeof g_Saved;
}

VOID AssignFunctionPointers(POPS ops, PDRIVER_OBJECT DriverObject)
{
	PFN_WORK fp = Target;
	fp = Other;
	fp();
	ops->Run = Target;
	ops->Stop = &Other;
	g_Table[0] = Other;
	DriverObject->MajorFunction[IRP_MJ_CREATE] = (PDRIVER_DISPATCH)Target;
	DriverObject->DriverUnload = (PDRIVER_UNLOAD)Other;
	PFN_WORK *slot = &g_Table[1];
	*slot = Target;
}

VOID PublishCallback(VOID)
{
	InterlockedExchangePointer(&g_Callback, (PVOID)Target);
	InterlockedCompareExchangePointer((PVOID volatile *)&g_Table[0], (PVOID)Other, (PVOID)Target);
}

VOID ZeroData(PVOID pool)
{
	UCHAR buf[32];
	RtlZeroMemory(buf, sizeof buf);
	RtlZeroMemory(pool, 32);
	RtlFillMemory(g_Saved, sizeof g_Saved, 0xCC);
	memset(&g_Table, 0, sizeof g_Table);
}

VOID PointerWasReassigned(VOID)
{
	PUCHAR p = (PUCHAR)Target;
	p = g_Saved;
	p[0] = 0xC3;
}
