/*
 * ndis.h - hvcilint's compact stand-in for the NDIS header.
 *
 * Written for hvcilint from public facts (hvci-facts.md 2.2, 2.6, 2.8, 3.9),
 * not taken from the WDK.  Declares the NDIS memory and lookaside helpers
 * that matter for executability.  NdisAllocateMemory (deprecated, legacy
 * drivers only in the real header) is declared unconditionally here.
 * NdisQueryMdl takes its Priority as ULONG so that MdlMapping* flags OR'ed
 * into it also parse in C++ (the facts give MM_PAGE_PRIORITY).
 *
 * Left out: miniport/protocol/filter driver registration, NET_BUFFER and
 * NET_BUFFER_LIST, OIDs, spin-lock wrappers, everything else.
 */
#pragma once
#ifndef _NDIS_
#define _NDIS_

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NDISAPI DECLSPEC_IMPORT

typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef int NDIS_STATUS, *PNDIS_STATUS;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;

#define NDIS_STATUS_SUCCESS       ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_PENDING       ((NDIS_STATUS)STATUS_PENDING)
#define NDIS_STATUS_FAILURE       ((NDIS_STATUS)STATUS_UNSUCCESSFUL)
#define NDIS_STATUS_RESOURCES     ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)STATUS_NOT_SUPPORTED)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)STATUS_INVALID_PARAMETER)

#define NDIS_MEMORY_CONTIGUOUS 0x00000001
#define NDIS_MEMORY_NONCACHED  0x00000002

#define NDIS_RUNTIME_VERSION_60  ((6 << 16) | 0)
#define NDIS_RUNTIME_VERSION_620 ((6 << 16) | 20)
#define NDIS_RUNTIME_VERSION_630 ((6 << 16) | 30)

NDISAPI UINT NTAPI NdisGetVersion(VOID);

#define NdisMoveMemory(Destination, Source, Length) RtlCopyMemory(Destination, Source, Length)
#define NdisZeroMemory(Destination, Length)         RtlZeroMemory(Destination, Length)
#define NdisEqualMemory(Source1, Source2, Length)   RtlEqualMemory(Source1, Source2, Length)

/* Memory (no pool-type argument; executability unconfirmed). */
NDISAPI PVOID NTAPI NdisAllocateMemoryWithTagPriority(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ UINT Length,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);
NDISAPI VOID NTAPI NdisFreeMemoryWithTagPriority(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ __drv_freesMem(Mem) PVOID VirtualAddress,
    _In_ ULONG Tag);
NDISAPI NDIS_STATUS NTAPI NdisAllocateMemoryWithTag(
    _Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress,
    _In_ UINT Length,
    _In_ ULONG Tag);
/* Deprecated (legacy drivers): use NdisAllocateMemoryWithTag(Priority). */
NDISAPI NDIS_STATUS NTAPI NdisAllocateMemory(
    _Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress,
    _In_ UINT Length,
    _In_ UINT MemoryFlags,
    _In_ NDIS_PHYSICAL_ADDRESS HighestAcceptableAddress);
NDISAPI VOID NTAPI NdisFreeMemory(
    _In_reads_bytes_(Length) __drv_freesMem(Mem) PVOID VirtualAddress,
    _In_ UINT Length,
    _In_ UINT MemoryFlags);

/* Lookaside lists: ORs POOL_NX_ALLOCATION itself on NDIS 6.30+ when built
   for Windows 8 or later. */
FORCEINLINE VOID NdisInitializeNPagedLookasideList(
    _Out_ PNPAGED_LOOKASIDE_LIST Lookaside,
    _In_opt_ PALLOCATE_FUNCTION Allocate,
    _In_opt_ PFREE_FUNCTION Free,
    _In_ ULONG Flags,
    _In_ ULONG Size,
    _In_ ULONG Tag,
    _In_ USHORT Depth)
{
#if NTDDI_VERSION >= NTDDI_WIN8
    if (NdisGetVersion() >= NDIS_RUNTIME_VERSION_630) {
        Flags |= POOL_NX_ALLOCATION;
    }
#endif
    ExInitializeNPagedLookasideList(Lookaside, Allocate, Free, Flags, Size, Tag, Depth);
}

#define NdisDeleteNPagedLookasideList(_L)         ExDeleteNPagedLookasideList(_L)
#define NdisAllocateFromNPagedLookasideList(_L)   ExAllocateFromNPagedLookasideList(_L)
#define NdisFreeToNPagedLookasideList(_L, _E)     ExFreeToNPagedLookasideList(_L, _E)

/* MDL helpers. */
FORCEINLINE VOID NdisQueryMdl(
    _In_ PMDL Mdl,
    _Out_opt_ PVOID *VirtualAddress,
    _Out_ UINT *Length,
    _In_ ULONG Priority)
{
    if (ARGUMENT_PRESENT(VirtualAddress)) {
        *VirtualAddress = MmGetSystemAddressForMdlSafe(Mdl, Priority);
    }
    *Length = MmGetMdlByteCount(Mdl);
}

#define NdisQueryMdlOffset(_Mdl, _Offset, _Length)   \
    do {                                              \
        *(_Offset) = MmGetMdlByteOffset(_Mdl);        \
        *(_Length) = MmGetMdlByteCount(_Mdl);         \
    } while (0)
#define NDIS_MDL_LINKAGE(_Mdl) ((_Mdl)->Next)
#define NdisGetNextMdl(_CurrentMdl, _NextMdl) \
    do { *(_NextMdl) = (_CurrentMdl)->Next; } while (0)

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _NDIS_ */
