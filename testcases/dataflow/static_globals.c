// A file-static variable (or a field of a file-static structure) assigned
// constants in one routine and read in another holds the union of what it
// is assigned (the initializer counts only when nothing assigns it).  A
// variable whose address escapes, one assigned a value we cannot know, a
// structure copied whole, and an extern variable stay silent.
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

typedef struct _DRV_CONFIG {
	POOL_TYPE BufferPool;
	POOL_TYPE ListPool;
	POOL_TYPE StubPool;
	ULONG Tag;
} DRV_CONFIG;

static DRV_CONFIG g_Config;
static DRV_CONFIG g_Copied;

VOID LoadConfig(BOOLEAN legacy)
{
	g_Config.BufferPool = legacy ? NonPagedPool : NonPagedPoolNx;
	g_Config.ListPool = NonPagedPoolNx;
	g_Config.Tag = 'gfnC';
	g_Copied = g_Config;
}

PVOID AllocateFromConfig(SIZE_T n)
{
	PVOID a = ExAllocatePoolWithTag(g_Config.ListPool, n, g_Config.Tag);
	PVOID b = ExAllocatePoolWithTag(g_Copied.BufferPool, n, 'ypoC');
	return a && b ? a : NULL;
}

PVOID AllocateConstOnly(SIZE_T n)
{
	g_Config.StubPool = NonPagedPoolExecute;
	return ExAllocatePoolWithTag(g_Config.StubPool, n, 'tsnC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}

PVOID AllocateLater(SIZE_T n)
{
	return ExAllocatePoolWithTag(g_Config.StubPool, n, 'etaL'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}
