/*
 * clean.c - a minimal driver that is HVCI compatible: its imports
 * (RtlInitUnicodeString, DbgPrint) only read memory, it has initialised
 * data and code in separate sections.  Linked with different options it
 * also gives the W+X, /MERGE and /ALIGN test images.  Not a real driver:
 * it declares what it uses instead of including the WDK.
 */
typedef long NTSTATUS;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef struct {
	unsigned short Length;
	unsigned short MaximumLength;
	unsigned short *Buffer;
} UNICODE_STRING, *PUNICODE_STRING;

__declspec(dllimport) void __stdcall RtlInitUnicodeString(PUNICODE_STRING d,
                                                          const unsigned short *s);
__declspec(dllimport) unsigned long DbgPrint(const char *fmt, ...);

int g_counter = 3;

NTSTATUS DriverEntry(PDRIVER_OBJECT driver, PUNICODE_STRING registry)
{
	UNICODE_STRING u;
	(void)driver;
	(void)registry;
	RtlInitUnicodeString(&u, (const unsigned short *)L"x");
	DbgPrint("hello %d\n", g_counter);
	return u.Length;
}
