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
 * Also declares NET_BUFFER and NET_BUFFER_LIST with their documented
 * accessor macros, NDIS_STRING_CONST and ETH_LENGTH_OF_ADDRESS, and (from
 * the ndis/nblapi.h and NDIS generic-object reference pages on
 * learn.microsoft.com) the net-buffer pool parameters, the pool, clone,
 * advance/retreat and NdisGetDataBuffer routines that WFP callout drivers
 * use, and NDIS_GENERIC_OBJECT with its allocator.
 *
 * The NDIS 6 driver framework (status codes, object types, spin locks,
 * events, timers, OID requests, the miniport/filter/protocol callback
 * roles, characteristics and registration, send/receive/status routines)
 * is in ndis_driver.h, included at the end; OIDs, media and power-state
 * types are in ntddndis.h.
 *
 * Left out: the connection-oriented (Co) interface, DMA and shared memory,
 * interrupts, configuration routines, NDIS ports, everything else that
 * ndis_driver.h's opening comment lists.
 */
#pragma once
#ifndef _NDIS_
#define _NDIS_

#include <ntddk.h>

/*
 * The NDIS version a driver is built for: a miniport names it with
 * NDISxyz_MINIPORT, a protocol or filter driver with NDISxyz (6.30 is
 * NDIS630).  Driver code then tests NDIS_SUPPORT_NDISxyz with #if: it is 1
 * for that version and every earlier one, and 0 for later ones.  A driver
 * may also define one NDIS_SUPPORT_NDISxyz itself; the earlier ones follow.
 */
#if defined(NDIS689_MINIPORT) || defined(NDIS689) || NDIS_SUPPORT_NDIS689 + 0
#  define _HVCILINT_NDIS_VERSION 689
#elif defined(NDIS688_MINIPORT) || defined(NDIS688) || NDIS_SUPPORT_NDIS688 + 0
#  define _HVCILINT_NDIS_VERSION 688
#elif defined(NDIS687_MINIPORT) || defined(NDIS687) || NDIS_SUPPORT_NDIS687 + 0
#  define _HVCILINT_NDIS_VERSION 687
#elif defined(NDIS686_MINIPORT) || defined(NDIS686) || NDIS_SUPPORT_NDIS686 + 0
#  define _HVCILINT_NDIS_VERSION 686
#elif defined(NDIS685_MINIPORT) || defined(NDIS685) || NDIS_SUPPORT_NDIS685 + 0
#  define _HVCILINT_NDIS_VERSION 685
#elif defined(NDIS684_MINIPORT) || defined(NDIS684) || NDIS_SUPPORT_NDIS684 + 0
#  define _HVCILINT_NDIS_VERSION 684
#elif defined(NDIS683_MINIPORT) || defined(NDIS683) || NDIS_SUPPORT_NDIS683 + 0
#  define _HVCILINT_NDIS_VERSION 683
#elif defined(NDIS682_MINIPORT) || defined(NDIS682) || NDIS_SUPPORT_NDIS682 + 0
#  define _HVCILINT_NDIS_VERSION 682
#elif defined(NDIS681_MINIPORT) || defined(NDIS681) || NDIS_SUPPORT_NDIS681 + 0
#  define _HVCILINT_NDIS_VERSION 681
#elif defined(NDIS680_MINIPORT) || defined(NDIS680) || NDIS_SUPPORT_NDIS680 + 0
#  define _HVCILINT_NDIS_VERSION 680
#elif defined(NDIS670_MINIPORT) || defined(NDIS670) || NDIS_SUPPORT_NDIS670 + 0
#  define _HVCILINT_NDIS_VERSION 670
#elif defined(NDIS660_MINIPORT) || defined(NDIS660) || NDIS_SUPPORT_NDIS660 + 0
#  define _HVCILINT_NDIS_VERSION 660
#elif defined(NDIS651_MINIPORT) || defined(NDIS651) || NDIS_SUPPORT_NDIS651 + 0
#  define _HVCILINT_NDIS_VERSION 651
#elif defined(NDIS650_MINIPORT) || defined(NDIS650) || NDIS_SUPPORT_NDIS650 + 0
#  define _HVCILINT_NDIS_VERSION 650
#elif defined(NDIS640_MINIPORT) || defined(NDIS640) || NDIS_SUPPORT_NDIS640 + 0
#  define _HVCILINT_NDIS_VERSION 640
#elif defined(NDIS630_MINIPORT) || defined(NDIS630) || NDIS_SUPPORT_NDIS630 + 0
#  define _HVCILINT_NDIS_VERSION 630
#elif defined(NDIS620_MINIPORT) || defined(NDIS620) || NDIS_SUPPORT_NDIS620 + 0
#  define _HVCILINT_NDIS_VERSION 620
#elif defined(NDIS61_MINIPORT) || defined(NDIS61) || NDIS_SUPPORT_NDIS61 + 0
#  define _HVCILINT_NDIS_VERSION 610
#elif defined(NDIS60_MINIPORT) || defined(NDIS60) || NDIS_SUPPORT_NDIS6 + 0
#  define _HVCILINT_NDIS_VERSION 600
#else
#  define _HVCILINT_NDIS_VERSION 0
#endif

#if defined(NDIS_MINIPORT_DRIVER) && _HVCILINT_NDIS_VERSION && !defined(NDIS_MINIPORT_MAJOR_VERSION)
#  define NDIS_MINIPORT_MAJOR_VERSION 6
#  if _HVCILINT_NDIS_VERSION == 610
#    define NDIS_MINIPORT_MINOR_VERSION 1
#  else
#    define NDIS_MINIPORT_MINOR_VERSION (_HVCILINT_NDIS_VERSION - 600)
#  endif
#endif

#define _HVCILINT_NDIS_AT_LEAST(v) (_HVCILINT_NDIS_VERSION >= (v))
#ifndef NDIS_SUPPORT_NDIS6
#  define NDIS_SUPPORT_NDIS6 _HVCILINT_NDIS_AT_LEAST(600)
#endif
#ifndef NDIS_SUPPORT_NDIS61
#  define NDIS_SUPPORT_NDIS61 _HVCILINT_NDIS_AT_LEAST(610)
#endif
#ifndef NDIS_SUPPORT_NDIS620
#  define NDIS_SUPPORT_NDIS620 _HVCILINT_NDIS_AT_LEAST(620)
#endif
#ifndef NDIS_SUPPORT_NDIS630
#  define NDIS_SUPPORT_NDIS630 _HVCILINT_NDIS_AT_LEAST(630)
#endif
#ifndef NDIS_SUPPORT_NDIS640
#  define NDIS_SUPPORT_NDIS640 _HVCILINT_NDIS_AT_LEAST(640)
#endif
#ifndef NDIS_SUPPORT_NDIS650
#  define NDIS_SUPPORT_NDIS650 _HVCILINT_NDIS_AT_LEAST(650)
#endif
#ifndef NDIS_SUPPORT_NDIS651
#  define NDIS_SUPPORT_NDIS651 _HVCILINT_NDIS_AT_LEAST(651)
#endif
#ifndef NDIS_SUPPORT_NDIS660
#  define NDIS_SUPPORT_NDIS660 _HVCILINT_NDIS_AT_LEAST(660)
#endif
#ifndef NDIS_SUPPORT_NDIS670
#  define NDIS_SUPPORT_NDIS670 _HVCILINT_NDIS_AT_LEAST(670)
#endif
#ifndef NDIS_SUPPORT_NDIS680
#  define NDIS_SUPPORT_NDIS680 _HVCILINT_NDIS_AT_LEAST(680)
#endif
#ifndef NDIS_SUPPORT_NDIS681
#  define NDIS_SUPPORT_NDIS681 _HVCILINT_NDIS_AT_LEAST(681)
#endif
#ifndef NDIS_SUPPORT_NDIS682
#  define NDIS_SUPPORT_NDIS682 _HVCILINT_NDIS_AT_LEAST(682)
#endif
#ifndef NDIS_SUPPORT_NDIS683
#  define NDIS_SUPPORT_NDIS683 _HVCILINT_NDIS_AT_LEAST(683)
#endif
#ifndef NDIS_SUPPORT_NDIS684
#  define NDIS_SUPPORT_NDIS684 _HVCILINT_NDIS_AT_LEAST(684)
#endif
#ifndef NDIS_SUPPORT_NDIS685
#  define NDIS_SUPPORT_NDIS685 _HVCILINT_NDIS_AT_LEAST(685)
#endif
#ifndef NDIS_SUPPORT_NDIS686
#  define NDIS_SUPPORT_NDIS686 _HVCILINT_NDIS_AT_LEAST(686)
#endif
#ifndef NDIS_SUPPORT_NDIS687
#  define NDIS_SUPPORT_NDIS687 _HVCILINT_NDIS_AT_LEAST(687)
#endif
#ifndef NDIS_SUPPORT_NDIS688
#  define NDIS_SUPPORT_NDIS688 _HVCILINT_NDIS_AT_LEAST(688)
#endif
#ifndef NDIS_SUPPORT_NDIS689
#  define NDIS_SUPPORT_NDIS689 _HVCILINT_NDIS_AT_LEAST(689)
#endif

#include <ntddndis.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NDISAPI DECLSPEC_IMPORT

typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
/* NDIS_STATUS and PNDIS_STATUS come from ntddndis.h. */
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
/* Constant NDIS_STRING initializer (NDIS_STRING is a UNICODE_STRING). */
#define NDIS_STRING_CONST(x) RTL_CONSTANT_STRING(L##x)

/* Length of an Ethernet (802.3) MAC address, in bytes (also in xfilter.h). */
#ifndef ETH_LENGTH_OF_ADDRESS
#define ETH_LENGTH_OF_ADDRESS 6
#endif

/*
 * Net buffers (ndis/nbl.h in the WDK), members as documented for NDIS 6.x.
 * NDIS_NET_BUFFER_LIST_INFO lists the identifiers of NDIS 6.0 to 6.20 only,
 * so MaxNetBufferListInfo (the size of NetBufferListInfo) is smaller than
 * the WDK's; drivers use the identifiers, not the count.
 */
typedef enum _NDIS_NET_BUFFER_LIST_INFO {
    TcpIpChecksumNetBufferListInfo,
    TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
    IPsecOffloadV1NetBufferListInfo,
    IPsecOffloadV2NetBufferListInfo = IPsecOffloadV1NetBufferListInfo,
    TcpLargeSendNetBufferListInfo,
    TcpReceiveNoPush = TcpLargeSendNetBufferListInfo,
    ClassificationHandleNetBufferListInfo,
    Ieee8021QNetBufferListInfo,
    NetBufferListCancelId,
    MediaSpecificInformation,
    NetBufferListFrameType,
    NetBufferListProtocolId = NetBufferListFrameType,
    NetBufferListHashValue,
    NetBufferListHashInfo,
    WfpNetBufferListInfo,
    IPsecOffloadV2TunnelNetBufferListInfo,
    IPsecOffloadV2HeaderNetBufferListInfo,
    NetBufferListCorrelationId,
    NetBufferListFilteringInfo,
    MaxNetBufferListInfo
} NDIS_NET_BUFFER_LIST_INFO, *PNDIS_NET_BUFFER_LIST_INFO;

typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT, *PNET_BUFFER_LIST_CONTEXT;

struct _NET_BUFFER_LIST_CONTEXT {
    PNET_BUFFER_LIST_CONTEXT Next;
    USHORT Size;
    USHORT Offset;
    UCHAR ContextData[1];
};

typedef struct _NET_BUFFER_SHARED_MEMORY NET_BUFFER_SHARED_MEMORY, *PNET_BUFFER_SHARED_MEMORY;

struct _NET_BUFFER {
    struct {
        PNET_BUFFER Next;
        PMDL CurrentMdl;
        ULONG CurrentMdlOffset;
        union {
            ULONG DataLength;
            SIZE_T stDataLength;
        };
        PMDL MdlChain;
        ULONG DataOffset;
    };
    USHORT ChecksumBias;
    USHORT Reserved;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[6];
    PVOID MiniportReserved[4];
    PHYSICAL_ADDRESS DataPhysicalAddress;
    union {
        PNET_BUFFER_SHARED_MEMORY SharedMemoryInfo;
        PSCATTER_GATHER_LIST ScatterGatherList;
    };
};

struct _NET_BUFFER_LIST {
    struct {
        PNET_BUFFER_LIST Next;
        PNET_BUFFER FirstNetBuffer;
    };
    PNET_BUFFER_LIST_CONTEXT Context;
    PNET_BUFFER_LIST ParentNetBufferList;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[4];
    PVOID MiniportReserved[2];
    PVOID Scratch;
    NDIS_HANDLE SourceHandle;
    ULONG NblFlags;
    LONG ChildRefCount;
    ULONG Flags;
    union {
        NDIS_STATUS Status;
        ULONG NdisReserved2;
    };
    PVOID NetBufferListInfo[MaxNetBufferListInfo];
};

/* The documented accessors (lvalues, as drivers assign through them). */
#define NET_BUFFER_LIST_NEXT_NBL(_NBL)          ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL)          ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_FLAGS(_NBL)             ((_NBL)->Flags)
#define NET_BUFFER_LIST_STATUS(_NBL)            ((_NBL)->Status)
#define NET_BUFFER_LIST_INFO(_NBL, _Id)         ((_NBL)->NetBufferListInfo[(_Id)])
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
/* NET_BUFFER_LIST.Flags bits reserved for protocol drivers (value as the
   Win32 metadata constant listings publish it). */
#define NBL_PROT_RSVD_FLAGS 0xFFF00003
#define NET_BUFFER_LIST_CONTEXT_DATA_START(_NBL) \
    ((PUCHAR)((_NBL)->Context) + (_NBL)->Context->Offset)
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(_NBL) \
    (((_NBL)->Context)->Size - ((_NBL)->Context)->Offset)
#define NET_BUFFER_NEXT_NB(_NB)                 ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB)               ((_NB)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(_NB)             ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB)             ((_NB)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(_NB)             ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB)      ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_MINIPORT_RESERVED(_NB)       ((_NB)->MiniportReserved)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB)       ((_NB)->ProtocolReserved)

/* Net buffer and net buffer list pools (ndis/nblapi.h). */
typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    UCHAR ProtocolId;
    BOOLEAN fAllocateNetBuffer;
    USHORT ContextSize;
    ULONG PoolTag;
    ULONG DataSize;
    ULONG Flags;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;

typedef struct _NET_BUFFER_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG PoolTag;
    ULONG DataSize;
} NET_BUFFER_POOL_PARAMETERS, *PNET_BUFFER_POOL_PARAMETERS;

typedef PMDL (NTAPI NET_BUFFER_ALLOCATE_MDL)(_Inout_ PULONG BufferSize);
typedef NET_BUFFER_ALLOCATE_MDL *NET_BUFFER_ALLOCATE_MDL_HANDLER;
typedef VOID (NTAPI NET_BUFFER_FREE_MDL)(_In_ PMDL Mdl);
typedef NET_BUFFER_FREE_MDL *NET_BUFFER_FREE_MDL_HANDLER;

NDISAPI NDIS_HANDLE NTAPI NdisAllocateNetBufferListPool(
    _In_opt_ NDIS_HANDLE NdisHandle,
    _In_ PNET_BUFFER_LIST_POOL_PARAMETERS Parameters);
NDISAPI VOID NTAPI NdisFreeNetBufferListPool(_In_ NDIS_HANDLE PoolHandle);
NDISAPI NDIS_HANDLE NTAPI NdisAllocateNetBufferPool(
    _In_opt_ NDIS_HANDLE NdisHandle,
    _In_ PNET_BUFFER_POOL_PARAMETERS Parameters);
NDISAPI VOID NTAPI NdisFreeNetBufferPool(_In_ NDIS_HANDLE PoolHandle);
NDISAPI PNET_BUFFER_LIST NTAPI NdisAllocateNetBufferList(
    _In_ NDIS_HANDLE PoolHandle,
    _In_ USHORT ContextSize,
    _In_ USHORT ContextBackFill);
NDISAPI VOID NTAPI NdisFreeNetBufferList(_In_ PNET_BUFFER_LIST NetBufferList);
NDISAPI PNET_BUFFER_LIST NTAPI NdisAllocateCloneNetBufferList(
    _In_ PNET_BUFFER_LIST OriginalNetBufferList,
    _In_opt_ NDIS_HANDLE NetBufferListPoolHandle,
    _In_opt_ NDIS_HANDLE NetBufferPoolHandle,
    _In_ ULONG AllocateCloneFlags);
NDISAPI VOID NTAPI NdisFreeCloneNetBufferList(
    _In_ PNET_BUFFER_LIST CloneNetBufferList,
    _In_ ULONG FreeCloneFlags);
NDISAPI VOID NTAPI NdisAdvanceNetBufferDataStart(
    _In_ PNET_BUFFER NetBuffer,
    _In_ ULONG DataOffsetDelta,
    _In_ BOOLEAN FreeMdl,
    _In_opt_ NET_BUFFER_FREE_MDL_HANDLER FreeMdlHandler);
NDISAPI NDIS_STATUS NTAPI NdisRetreatNetBufferDataStart(
    _In_ PNET_BUFFER NetBuffer,
    _In_ ULONG DataOffsetDelta,
    _In_ ULONG DataBackFill,
    _In_opt_ NET_BUFFER_ALLOCATE_MDL_HANDLER AllocateMdlHandler);
NDISAPI PVOID NTAPI NdisGetDataBuffer(
    _In_ PNET_BUFFER NetBuffer,
    _In_ ULONG BytesNeeded,
    _Out_opt_ PVOID Storage,
    _In_ UINT AlignMultiple,
    _In_ UINT AlignOffset);
NDISAPI NDIS_STATUS NTAPI NdisCopySendNetBufferListInfo(
    _In_ PNET_BUFFER_LIST DestNetBufferList,
    _In_ PNET_BUFFER_LIST SrcNetBufferList);
NDISAPI NDIS_STATUS NTAPI NdisCopyReceiveNetBufferListInfo(
    _In_ PNET_BUFFER_LIST DestNetBufferList,
    _In_ PNET_BUFFER_LIST SrcNetBufferList);

/* An NDIS handle for drivers that are not miniports, filters or protocols. */
typedef struct _NDIS_GENERIC_OBJECT {
    NDIS_OBJECT_HEADER Header;
    PVOID Caller;
    PVOID CallersCaller;
    PDRIVER_OBJECT DriverObject;
} NDIS_GENERIC_OBJECT, *PNDIS_GENERIC_OBJECT;

NDISAPI PNDIS_GENERIC_OBJECT NTAPI NdisAllocateGenericObject(
    _In_opt_ PDRIVER_OBJECT DriverObject,
    _In_ ULONG Tag,
    _In_ USHORT Size);
NDISAPI VOID NTAPI NdisFreeGenericObject(_In_ PNDIS_GENERIC_OBJECT NdisObject);

#define NDIS_MDL_LINKAGE(_Mdl) ((_Mdl)->Next)
#define NdisGetNextMdl(_CurrentMdl, _NextMdl) \
    do { *(_NextMdl) = (_CurrentMdl)->Next; } while (0)

#ifdef __cplusplus
} /* extern "C" */
#endif

#include <ndis_driver.h>

#endif /* _NDIS_ */
