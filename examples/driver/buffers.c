/*
 * buffers.c - buffer management of the hvcilint example driver.  Built
 * without the NX opt-in, so NonPagedPool here is executable pool.
 */
#include <ntddk.h>
#include "sample.h"

NTSTATUS SampleCreateContext(PSAMPLE_CONTEXT *Out)
{
	PSAMPLE_CONTEXT ctx = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*ctx), SAMPLE_TAG);
	if (!ctx)
		return STATUS_INSUFFICIENT_RESOURCES;
	ctx->Pool = SAMPLE_POOL;
	ctx->Length = 4096;
	ctx->Buffer = SampleAllocate(ctx->Pool, ctx->Length);
	*Out = ctx;
	return ctx->Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

PVOID SampleAllocateCode(SIZE_T Length)
{
	return ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, Length, SAMPLE_TAG);
}

static NPAGED_LOOKASIDE_LIST SampleLookaside;

VOID SampleInitLookaside(VOID)
{
	ExInitializeNPagedLookasideList(&SampleLookaside, NULL, NULL, 0, 128, SAMPLE_TAG, 0);
}
