/*
 * wdfmemory.h - hvcilint's compact stand-in for KMDF memory objects and
 * lookaside lists.  Written for hvcilint from public facts (hvci-facts.md
 * 2.7: the PoolType argument decides executability), not taken from the
 * WDK.  Left out: WDF_MEMORY_DESCRIPTOR, copy helpers, offsets.
 */
#pragma once
#ifndef _WDFMEMORY_H_
#define _WDFMEMORY_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

/* PoolType (1) decides. */
NTSTATUS WdfMemoryCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ POOL_TYPE PoolType,
    _In_opt_ ULONG PoolTag,
    _In_ size_t BufferSize,
    _Out_ WDFMEMORY *Memory,
    _Outptr_opt_result_bytebuffer_(BufferSize) PVOID *Buffer);

NTSTATUS WdfMemoryCreatePreallocated(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ PVOID Buffer,
    _In_ size_t BufferSize,
    _Out_ WDFMEMORY *Memory);

PVOID WdfMemoryGetBuffer(_In_ WDFMEMORY Memory, _Out_opt_ size_t *BufferSize);

/* PoolType (2) decides. */
NTSTATUS WdfLookasideListCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES LookasideAttributes,
    _In_ size_t BufferSize,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
    _In_opt_ ULONG PoolTag,
    _Out_ WDFLOOKASIDE *Lookaside);

NTSTATUS WdfMemoryCreateFromLookaside(_In_ WDFLOOKASIDE Lookaside, _Out_ WDFMEMORY *Memory);

WDF_EXTERN_C_END

#endif /* _WDFMEMORY_H_ */
