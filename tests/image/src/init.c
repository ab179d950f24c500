/*
 * init.c - DriverEntry placed in the discardable INIT section, which the
 * test links with /SECTION:INIT,ERW as Visual Studio 2013 used to: the
 * image check must report it as a note, not a warning.  No imports.
 */
typedef long NTSTATUS;

NTSTATUS DriverEntry(void *driver, void *registry);
#pragma alloc_text(INIT, DriverEntry)

NTSTATUS DriverEntry(void *driver, void *registry)
{
	(void)driver;
	(void)registry;
	return 0;
}
