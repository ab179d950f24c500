/* KMDF sample of the test solution: maps an MDL without NX. */
#include <ntddk.h>
#include <wdf.h>

PVOID MapIt(PMDL Mdl)
{
	return MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority);
}
