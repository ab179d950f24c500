// A parameter, structure member or local declared as a pointer to a type
// no header declares (`const DISPLAY_ARGS *Args`, `VENDOR_STATE *State;`,
// `MODE_INFO *Mode = ...;`, `CONST COMMIT_ARGS* CONST Commit`) is dropped by
// clang with its type, and so is every read through it (`Args->Flags`,
// `Ctx->State->Pitch`, `Mode->Bpp`, `Commit->Target`).  Recovery reads them
// with the type's declaration, as it does for `PFOO Param`: one pass, no
// parse error left, and the allocations below are checked.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

typedef struct _DEVICE_CONTEXT {
	VENDOR_STATE *State; // expected-note {{4 names this unit uses are declared nowhere (first: 'VENDOR_STATE'); analysed with stand-in declarations}}
	PVOID Buffer;
} DEVICE_CONTEXT;

NTSTATUS
Present(DEVICE_CONTEXT *Ctx, const DISPLAY_ARGS *Args)
{
	MODE_INFO *Mode = Args->Mode;
	if (Args->Flags.Visible == 0)
		return STATUS_SUCCESS;
	Ctx->Buffer = ExAllocatePoolWithTag(NonPagedPool, Mode->Bpp * Ctx->State->Pitch, 'psiD'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return Ctx->Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS
Commit(DEVICE_CONTEXT *Ctx, CONST COMMIT_ARGS* CONST Commit)
{
	Ctx->Buffer = ExAllocatePoolWithTag(NonPagedPool, Commit->Target.Size, 'mmoC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return STATUS_SUCCESS;
}
