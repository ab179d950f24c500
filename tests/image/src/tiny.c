/*
 * tiny.c - an import-free driver with a pointer table, so the ARM64 image
 * has DIR64 base relocations that stay inside their page.  Expected clean.
 */
typedef long NTSTATUS;

static const char *g_names[] = {"a", "b"};

NTSTATUS DriverEntry(void *driver, void *registry)
{
	(void)driver;
	return g_names[(__UINTPTR_TYPE__)registry & 1][0];
}
