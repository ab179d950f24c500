// Calls through pointers that are not data: MmGetSystemRoutineAddress
// results, function designators, function-pointer tables, parameters and
// callbacks held by other objects.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

typedef VOID (*PFN_STUB)(VOID);
typedef NTSTATUS (*PFN_QUERY)(PULONG);

VOID Worker(VOID) {}
VOID Other(VOID) {}

static const PFN_STUB g_Dispatch[] = {Worker, Other};

typedef struct _OPS {
	PFN_STUB Run;
} OPS, *POPS;

NTSTATUS CallResolvedRoutine(PULONG out)
{
	UNICODE_STRING name;
	RtlInitUnicodeString(&name, L"ZwQueryInformationProcess");
	PFN_QUERY q = (PFN_QUERY)MmGetSystemRoutineAddress(&name);
	return q ? q(out) : STATUS_NOT_SUPPORTED;
}

VOID CallResolvedDirectly(PUNICODE_STRING name)
{
	((PFN_STUB)MmGetSystemRoutineAddress(name))();
}

VOID CallDesignators(VOID)
{
	PFN_STUB f = Worker;
	f();
	(&Other)();
	((PFN_STUB)Worker)();
}

VOID CallTable(ULONG i)
{
	g_Dispatch[i & 1]();
	PFN_STUB f = g_Dispatch[0];
	f();
}

VOID CallParameter(PFN_STUB cb, POPS ops)
{
	cb();
	ops->Run();
}

VOID PoolPointerReplaced(VOID)
{
	PFN_STUB f = (PFN_STUB)ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, 'xxxx');
	f = Worker;
	f();
}

VOID LocalStructOfCallbacks(VOID)
{
	OPS ops;
	ops.Run = Other;
	ops.Run();
}

VOID DataUsedAsData(VOID)
{
	UCHAR buf[16];
	PUCHAR p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, 'xxxx');
	if (p) {
		RtlCopyMemory(p, buf, sizeof buf);
		ExFreePoolWithTag(p, 'xxxx');
	}
}
