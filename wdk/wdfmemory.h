/*
 * wdfmemory.h - hvcilint's compact stand-in for KMDF memory objects and
 * lookaside lists.  Written for hvcilint from public facts (hvci-facts.md
 * 2.7: the PoolType argument decides executability), not taken from the
 * WDK.  Left out: WdfMemoryGetBuffer's offset variants.
 */
#pragma once
#ifndef _WDFMEMORY_H_
#define _WDFMEMORY_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
    WdfMemoryDescriptorTypeInvalid = 0,
    WdfMemoryDescriptorTypeBuffer,
    WdfMemoryDescriptorTypeMdl,
    WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;

typedef struct _WDFMEMORY_OFFSET {
    size_t BufferOffset;
    size_t BufferLength;
} WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;

typedef struct _WDF_MEMORY_DESCRIPTOR {
    WDF_MEMORY_DESCRIPTOR_TYPE Type;
    union {
        struct {
            PVOID Buffer;
            ULONG Length;
        } BufferType;
        struct {
            PMDL Mdl;
            ULONG BufferLength;
        } MdlType;
        struct {
            WDFMEMORY Memory;
            PWDFMEMORY_OFFSET Offsets;
        } HandleType;
    } u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;

FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(_Out_ PWDF_MEMORY_DESCRIPTOR Descriptor,
                                                   _In_ PVOID Buffer, _In_ ULONG BufferLength)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeBuffer;
    Descriptor->u.BufferType.Buffer = Buffer;
    Descriptor->u.BufferType.Length = BufferLength;
}
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(_Out_ PWDF_MEMORY_DESCRIPTOR Descriptor,
                                                   _In_ WDFMEMORY Memory,
                                                   _In_opt_ PWDFMEMORY_OFFSET Offsets)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeHandle;
    Descriptor->u.HandleType.Memory = Memory;
    Descriptor->u.HandleType.Offsets = Offsets;
}
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_MDL(_Out_ PWDF_MEMORY_DESCRIPTOR Descriptor,
                                                _In_ PMDL Mdl, _In_ ULONG BufferLength)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeMdl;
    Descriptor->u.MdlType.Mdl = Mdl;
    Descriptor->u.MdlType.BufferLength = BufferLength;
}

NTSTATUS WdfMemoryCopyToBuffer(_In_ WDFMEMORY SourceMemory, _In_ size_t SourceOffset,
                               _Out_writes_bytes_(NumBytesToCopyTo) PVOID Buffer,
                               _In_ size_t NumBytesToCopyTo);
NTSTATUS WdfMemoryCopyFromBuffer(_In_ WDFMEMORY DestinationMemory,
                                 _In_ size_t DestinationOffset,
                                 _In_reads_bytes_(NumBytesToCopyFrom) PVOID Buffer,
                                 _In_ size_t NumBytesToCopyFrom);
NTSTATUS WdfMemoryAssignBuffer(_In_ WDFMEMORY Memory,
                               _Pre_notnull_ _Pre_writable_byte_size_(BufferSize) PVOID Buffer,
                               _In_ size_t BufferSize);

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
