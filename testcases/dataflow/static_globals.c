// A file-static variable assigned constants in one routine and read in
// another holds the union of what it is assigned (the initializer counts
// only when nothing assigns it).  A variable whose address escapes, one
// assigned a value we cannot know, and an extern one stay silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static POOL_TYPE g_Pool;
static POOL_TYPE g_Fixed = NonPagedPoolExecute;
static POOL_TYPE g_Nx = NonPagedPool;
static POOL_TYPE g_Escapes;
static POOL_TYPE g_FromCaller;
POOL_TYPE g_Extern;

VOID ReadConfig(POOL_TYPE *out);

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	g_Pool = NonPagedPool;
	g_Nx = NonPagedPoolNx;
	ReadConfig(&g_Escapes);
	g_Extern = NonPagedPool;
	return STATUS_SUCCESS;
}

VOID SetFromCaller(POOL_TYPE t)
{
	g_FromCaller = t;
}

PVOID Allocate(SIZE_T n)
{
	PVOID a = ExAllocatePoolWithTag(g_Pool, n, 'bolG'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	PVOID b = ExAllocatePoolWithTag(g_Fixed, n, 'bolG'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
	PVOID c = ExAllocatePoolWithTag(g_Nx, n, 'bolG');
	PVOID d = ExAllocatePoolWithTag(g_Escapes, n, 'bolG');
	PVOID e = ExAllocatePoolWithTag(g_FromCaller, n, 'bolG');
	PVOID f = ExAllocatePoolWithTag(g_Extern, n, 'bolG');
	return a && b && c && d && e && f ? a : NULL;
}
