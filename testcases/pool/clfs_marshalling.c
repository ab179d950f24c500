// CLFS marshalling areas created with an executable pool type.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

NTSTATUS MakeAreas(PLOG_FILE_OBJECT log, PVOID *ctx1, PVOID *ctx2)
{
	NTSTATUS s = ClfsCreateMarshallingArea(log, NonPagedPool, NULL, NULL, 4096, 8, 8, ctx1); // expected-warning {{'ClfsCreateMarshallingArea' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (!NT_SUCCESS(s))
		return s;
	return ClfsCreateMarshallingAreaEx(log, NonPagedPool, NULL, NULL, 4096, 8, 8, 0, 0, ctx2); // expected-warning {{'ClfsCreateMarshallingAreaEx' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

NTSTATUS MakeAreaNx(PLOG_FILE_OBJECT log, PVOID *ctx)
{
	return ClfsCreateMarshallingArea(log, NonPagedPoolNx, NULL, NULL, 4096, 8, 8, ctx);
}
