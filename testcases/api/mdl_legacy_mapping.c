// MmMapLockedPages in KernelMode and the MmGetSystemAddressForMdl macro have no NX form.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

void Map(PMDL mdl, PVOID *out)
{
	out[0] = MmMapLockedPages(mdl, KernelMode); // expected-warning {{'MmMapLockedPages' always returns executable memory [hvci-exec-api]}}
	out[1] = MmGetSystemAddressForMdl(mdl); // expected-warning {{'MmGetSystemAddressForMdl' always returns executable memory [hvci-exec-api]}}
}
