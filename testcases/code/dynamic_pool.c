// Calling into a pool allocation: data executed as code.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

typedef VOID (*PFN_STUB)(VOID);
typedef NTSTATUS (*PFN_ENTRY)(PVOID);

VOID CallFreshPool(const UCHAR *code, SIZE_T n)
{
	PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, n, 'edoC');
	if (!p)
		return;
	RtlCopyMemory(p, code, n);
	((PFN_STUB)p)(); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocatePool2' [hvci-dynamic-code]}}
}

VOID CallExecutablePool(const UCHAR *code, SIZE_T n)
{
	PUCHAR p = (PUCHAR)ExAllocatePoolWithTag(NonPagedPoolExecute, n, 'edoC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
	RtlCopyMemory(p, code, n);
	((PFN_STUB)p)(); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocatePoolWithTag' [hvci-dynamic-code]}}
}

NTSTATUS StoredThenCalled(PVOID arg)
{
	PVOID mem = ExAllocatePoolWithTag(NonPagedPoolNx, 256, 'edoC');
	PFN_ENTRY entry = (PFN_ENTRY)mem;
	NTSTATUS st = STATUS_SUCCESS;
	if (entry)
		st = entry(arg); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocatePoolWithTag' [hvci-dynamic-code]}}
	return st;
}

VOID CallAtOffset(VOID)
{
	PUCHAR base = (PUCHAR)ExAllocatePoolZero(NonPagedPoolNx, 128, 'edoC');
	PFN_STUB stub = (PFN_STUB)(base + 16);
	stub(); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocatePoolZero' [hvci-dynamic-code]}}
}

VOID CallLookasideEntry(PNPAGED_LOOKASIDE_LIST list)
{
	PVOID e = ExAllocateFromNPagedLookasideList(list);
	((PFN_STUB)e)(); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocateFromNPagedLookasideList' [hvci-dynamic-code]}}
}

typedef struct _JIT {
	PFN_STUB Entry;
	SIZE_T Size;
} JIT;

VOID CallThroughLocalStruct(VOID)
{
	JIT jit;
	jit.Entry = (PFN_STUB)ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'tiJ ');
	jit.Size = 64;
	jit.Entry(); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocatePool2' [hvci-dynamic-code]}}
}

VOID CallOnOnePath(BOOLEAN jit, PFN_STUB fallback)
{
	PFN_STUB fn = fallback;
	if (jit)
		fn = (PFN_STUB)ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'tiJ ');
	fn(); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocatePool2' [hvci-dynamic-code]}}
}
