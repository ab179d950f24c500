// PsCreateSiloContext (ntddk.h) with an executable pool type.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

NTSTATUS MakeSiloContext(PESILO silo, PVOID *out)
{
	return PsCreateSiloContext(silo, 64, NonPagedPool, NULL, out); // expected-warning {{'PsCreateSiloContext' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

NTSTATUS MakeSiloContextNx(PESILO silo, PVOID *out)
{
	return PsCreateSiloContext(silo, 64, NonPagedPoolNx, NULL, out);
}
