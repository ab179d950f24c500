// A lookup wrapper takes the routine's name as a parameter: each call of
// the wrapper resolves the routine its literal names, so a pointer kept
// from it in a global is checked where it is called.  An NX protection
// through that pointer is silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static void *GetSystemProcAddress(const wchar_t *name)
{
	UNICODE_STRING u = {};
	RtlInitUnicodeString(&u, name);
	return MmGetSystemRoutineAddress(&u);
}

using NodeAllocType = decltype(MmAllocateContiguousNodeMemory);
static NodeAllocType *g_NodeAlloc;
static NodeAllocType *g_NodeAllocToo;

void Initialize()
{
	g_NodeAlloc = static_cast<NodeAllocType *>(GetSystemProcAddress(L"MmAllocateContiguousNodeMemory"));
	g_NodeAllocToo = reinterpret_cast<NodeAllocType *>(GetSystemProcAddress(L"MmAllocateContiguousNodeMemory"));
}

void *AllocateNx(SIZE_T n)
{
	PHYSICAL_ADDRESS low = {}, high = {}, boundary = {};
	high.QuadPart = -1;
	return g_NodeAlloc(n, low, high, boundary, PAGE_READWRITE, MM_ANY_NODE_OK);
}

void *AllocateExec(SIZE_T n)
{
	PHYSICAL_ADDRESS low = {}, high = {}, boundary = {};
	high.QuadPart = -1;
	return g_NodeAllocToo(n, low, high, boundary, PAGE_EXECUTE_READWRITE, MM_ANY_NODE_OK); // expected-warning {{'MmAllocateContiguousNodeMemory' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
}
