/* sample.h - shared declarations of the hvcilint example driver. */
#ifndef SAMPLE_H
#define SAMPLE_H

#define SAMPLE_TAG 'lpmS'
/* The pool the driver means to use everywhere; one place to get it right. */
#define SAMPLE_POOL NonPagedPool

typedef struct _SAMPLE_CONTEXT {
	PVOID Buffer;
	SIZE_T Length;
	POOL_TYPE Pool;
	PMDL Mdl;
} SAMPLE_CONTEXT, *PSAMPLE_CONTEXT;

PVOID SampleAllocate(POOL_TYPE Pool, SIZE_T Length);
NTSTATUS SampleMapBuffer(PSAMPLE_CONTEXT Context);
NTSTATUS SampleMapRegisters(PHYSICAL_ADDRESS Base, SIZE_T Length, PVOID *Out);

#endif
