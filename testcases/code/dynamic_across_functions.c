// A trampoline: an allocation that receives instruction bytes at init,
// kept in a global or a context field, and called from another routine.
// The call runs data.  A table of real functions, a routine looked up by
// name and an NX allocation that is never called stay silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

typedef NTSTATUS (*PFN_HOOK)(PVOID);

static PVOID g_Trampoline;
static PFN_HOOK g_Original;
static PVOID g_Scratch;

typedef struct _HOOK_CONTEXT {
	PFN_HOOK Stub;
	PFN_HOOK Handler;
} HOOK_CONTEXT;

static HOOK_CONTEXT g_Hook;

static const UCHAR Jump[] = {0xFF, 0x25, 0, 0, 0, 0};

static NTSTATUS RealHandler(PVOID arg)
{
	UNREFERENCED_PARAMETER(arg);
	return STATUS_SUCCESS;
}

NTSTATUS InstallHook(VOID)
{
	g_Trampoline = ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, 64, 'pmrT'); // expected-warning {{'ExAllocatePool2' allocates executable memory: pool flags 'POOL_FLAG_NON_PAGED_EXECUTE' (0x80) [hvci-exec-pool]}}
	if (!g_Trampoline)
		return STATUS_INSUFFICIENT_RESOURCES;
	RtlCopyMemory(g_Trampoline, Jump, sizeof Jump);
	g_Hook.Stub = (PFN_HOOK)ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, 32, 'butS'); // expected-warning {{'ExAllocatePool2' allocates executable memory: pool flags 'POOL_FLAG_NON_PAGED_EXECUTE' (0x80) [hvci-exec-pool]}}
	g_Hook.Handler = RealHandler;
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"PsGetCurrentProcessId");
	g_Original = (PFN_HOOK)MmGetSystemRoutineAddress(&name);
	g_Scratch = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'rcS');
	return STATUS_SUCCESS;
}

NTSTATUS Hooked(PVOID arg)
{
	NTSTATUS st = ((PFN_HOOK)g_Trampoline)(arg); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocatePool2' [hvci-dynamic-code]}}
	st = g_Hook.Stub(arg); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocatePool2' [hvci-dynamic-code]}}
	st = g_Hook.Handler(arg);
	st = g_Original(arg);
	return st;
}
