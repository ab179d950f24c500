/*
 * mmmap.c - a driver importing MmMapIoSpace, which can only map I/O space
 * as executable memory (Code Analysis C30029): the image check reports
 * the import as an hvci-exec-api note.
 */
typedef long NTSTATUS;
typedef union {
	struct {
		unsigned long LowPart;
		long HighPart;
	} u;
	long long QuadPart;
} PHYSICAL_ADDRESS;

__declspec(dllimport) void *__stdcall MmMapIoSpace(PHYSICAL_ADDRESS pa, unsigned long long n,
                                                   int cache_type);

NTSTATUS DriverEntry(void *driver, void *registry)
{
	PHYSICAL_ADDRESS pa;
	(void)driver;
	(void)registry;
	pa.QuadPart = 0xfed00000;
	return MmMapIoSpace(pa, 4096, 0 /* MmNonCached */) != 0;
}
