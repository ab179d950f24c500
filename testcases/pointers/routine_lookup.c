// An affected API reached through a pointer the driver looked up by name
// is checked like a direct call: through a local, a global filled in
// another routine, and a field of a context struct.  Safe calls through
// such a pointer, and a routine the table does not know, stay silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

typedef PVOID(NTAPI *PFN_ALLOC_WITH_TAG)(POOL_TYPE, SIZE_T, ULONG);
typedef PVOID(NTAPI *PFN_MAP_IO)(PHYSICAL_ADDRESS, SIZE_T, MEMORY_CACHING_TYPE);
typedef PVOID(NTAPI *PFN_ANY)(PVOID);

static PFN_ALLOC_WITH_TAG g_Alloc;

typedef struct _DRV_CONTEXT {
	PFN_MAP_IO MapIo;
	PFN_ANY Other;
} DRV_CONTEXT;

static DRV_CONTEXT g_Ctx;

PVOID LocalPointer(SIZE_T n)
{
	UNICODE_STRING name = RTL_CONSTANT_STRING(L"ExAllocatePoolWithTag");
	PFN_ALLOC_WITH_TAG alloc = (PFN_ALLOC_WITH_TAG)MmGetSystemRoutineAddress(&name);
	PVOID safe = alloc(NonPagedPoolNx, n, 'lcoL');
	PVOID bad = alloc(NonPagedPool, n, 'lcoL'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return bad ? bad : safe;
}

PVOID UseGlobal(SIZE_T n)
{
	return g_Alloc(NonPagedPoolExecute, n, 'bolG'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}

PVOID UseField(PHYSICAL_ADDRESS pa)
{
	PVOID other = g_Ctx.Other(NULL);
	PVOID mapped = g_Ctx.MapIo(pa, PAGE_SIZE, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
	(void)other;
	return mapped;
}

void Resolve(void)
{
	UNICODE_STRING name;
	RtlInitUnicodeString(&name, L"ExAllocatePoolWithTag");
	g_Alloc = (PFN_ALLOC_WITH_TAG)MmGetSystemRoutineAddress(&name);
	UNICODE_STRING map;
	RtlInitUnicodeString(&map, L"MmMapIoSpace");
	g_Ctx.MapIo = (PFN_MAP_IO)MmGetSystemRoutineAddress(&map);
	UNICODE_STRING other = RTL_CONSTANT_STRING(L"PsGetCurrentProcessId");
	g_Ctx.Other = (PFN_ANY)MmGetSystemRoutineAddress(&other);
}
