/*
 * ndis_vmq.h - hvcilint's stand-in for the NDIS 6.20+ virtual machine
 * queue (VMQ) surface: receive queues, receive filters, shared memory,
 * the NIC switch capabilities and the hardware-assist adapter attributes,
 * plus the NDIS I/O work items that VMQ miniports use.  Included at the
 * end of ndis_adapter.h (so through ndis.h); including it directly brings
 * in ndis.h first.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ndis.h, ntddndis.h, ndis/nbl.h sections), not taken
 * from the WDK.  Flag values are the ones the pages and the Win32/WDK
 * metadata constant listings publish.  Declares:
 *   - NET_BUFFER_SHARED_MEMORY (completing the forward declaration in
 *     ndis.h) with its NET_BUFFER_SHARED_MEM_* accessors, and
 *     NDIS_NET_BUFFER_LIST_FILTERING_INFO with the receive queue and
 *     filter identifier accessors of a net buffer list;
 *   - the receive queue identifiers, types, operational states, the
 *     queue parameters (GROUP_AFFINITY ProcessorAffinity), free,
 *     allocation-complete and state structures;
 *   - the receive filter parameters, field parameters and clear
 *     parameters with their enumerations, and the capability bits of
 *     NDIS_RECEIVE_FILTER_CAPABILITIES;
 *   - NDIS_SHARED_MEMORY_PARAMETERS, NDIS_SHARED_MEMORY_USAGE and the
 *     shared memory routines;
 *   - NDIS_NIC_SWITCH_CAPABILITIES, NDIS_HD_SPLIT_ATTRIBUTES and
 *     NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES (its QoS members
 *     point to NDIS_QOS_CAPABILITIES of ndis_qos.h by structure tag, so
 *     either header may come first; the SR-IOV and GFT capability
 *     structures are pointed to by structure tag only);
 *   - the REVISION_2 sizes of the registration attributes and the
 *     REVISION_1 size of NDIS_PM_CAPABILITIES;
 *   - NDIS_IO_WORKITEM_FUNCTION and the I/O work item routines.
 *
 * Left out: the NIC switch, vPort and VF management structures and OIDs
 * other than the ones named here, SR-IOV, packet coalescing filter
 * details and the receive queue info arrays.
 */
#pragma once
#ifndef HVCILINT_NDIS_VMQ_H
#define HVCILINT_NDIS_VMQ_H

#include <ndis.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Shared memory of a net buffer (ndis/nbl.h) ------------------------ */

/* Forward-declared in ndis.h. */
struct _NET_BUFFER_SHARED_MEMORY {
    PNET_BUFFER_SHARED_MEMORY NextSharedMemorySegment;
    ULONG SharedMemoryFlags;
    NDIS_HANDLE SharedMemoryHandle;
    ULONG SharedMemoryOffset;
    ULONG SharedMemoryLength;
};

#define NET_BUFFER_FIRST_SHARED_MEM_INFO(_NB)   ((_NB)->SharedMemoryInfo)
#define NET_BUFFER_SHARED_MEM_NEXT_SEGMENT(_SHI) ((_SHI)->NextSharedMemorySegment)
#define NET_BUFFER_SHARED_MEM_FLAGS(_SHI)       ((_SHI)->SharedMemoryFlags)
#define NET_BUFFER_SHARED_MEM_HANDLE(_SHI)      ((_SHI)->SharedMemoryHandle)
#define NET_BUFFER_SHARED_MEM_OFFSET(_SHI)      ((_SHI)->SharedMemoryOffset)
#define NET_BUFFER_SHARED_MEM_LENGTH(_SHI)      ((_SHI)->SharedMemoryLength)

/* Receive indication flags of NDIS 6.20 and later. */
#define NDIS_RECEIVE_FLAGS_SINGLE_ETHER_TYPE         0x00000100
#define NDIS_RECEIVE_FLAGS_SINGLE_VLAN               0x00000200
#define NDIS_RECEIVE_FLAGS_PERFECT_FILTERED          0x00000400
#define NDIS_RECEIVE_FLAGS_SINGLE_QUEUE              0x00000800
#define NDIS_RECEIVE_FLAGS_SHARED_MEMORY_INFO_VALID  0x00001000
#define NDIS_RECEIVE_FLAGS_MORE_NBLS                 0x00002000

/* ---- Receive queue identifiers and types (ntddndis.h) ------------------ */

typedef ULONG NDIS_RECEIVE_QUEUE_ID, *PNDIS_RECEIVE_QUEUE_ID;
typedef ULONG NDIS_RECEIVE_QUEUE_GROUP_ID, *PNDIS_RECEIVE_QUEUE_GROUP_ID;
typedef ULONG NDIS_RECEIVE_FILTER_ID, *PNDIS_RECEIVE_FILTER_ID;

#define NDIS_DEFAULT_RECEIVE_QUEUE_ID        0
#define NDIS_DEFAULT_RECEIVE_QUEUE_GROUP_ID  0
#define NDIS_DEFAULT_RECEIVE_FILTER_ID       0

/* The receive queue and filter a received net buffer list was matched by. */
typedef struct _NDIS_NET_BUFFER_LIST_FILTERING_INFO {
    union {
        struct {
            USHORT FilterId;
            union {
                USHORT QueueId;
                USHORT VPortId;
            } QueueVPortInfo;
        } FilteringInfo;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_FILTERING_INFO, *PNDIS_NET_BUFFER_LIST_FILTERING_INFO;

#define NET_BUFFER_LIST_RECEIVE_FILTER_ID(_NBL) \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(_NBL, NetBufferListFilteringInfo))->FilteringInfo.FilterId)
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(_NBL) \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(_NBL, NetBufferListFilteringInfo))->FilteringInfo.QueueVPortInfo.QueueId)

typedef enum _NDIS_RECEIVE_QUEUE_TYPE {
    NdisReceiveQueueTypeUnspecified,
    NdisReceiveQueueTypeVMQueue,
    NdisReceiveQueueTypeMaximum
} NDIS_RECEIVE_QUEUE_TYPE, *PNDIS_RECEIVE_QUEUE_TYPE;

typedef enum _NDIS_RECEIVE_QUEUE_OPERATIONAL_STATE {
    NdisReceiveQueueOperationalStateUndefined,
    NdisReceiveQueueOperationalStateRunning,
    NdisReceiveQueueOperationalStatePaused,
    NdisReceiveQueueOperationalStateDmaStopped,
    NdisReceiveQueueOperationalStateMaximum
} NDIS_RECEIVE_QUEUE_OPERATIONAL_STATE, *PNDIS_RECEIVE_QUEUE_OPERATIONAL_STATE;

/* Counted names (ifdef.h IF_COUNTED_STRING). */
#ifndef IF_MAX_STRING_SIZE
#define IF_MAX_STRING_SIZE 256
#endif
#ifndef HVCILINT_IF_COUNTED_STRING
#define HVCILINT_IF_COUNTED_STRING
typedef struct _IF_COUNTED_STRING_LH {
    USHORT Length;
    WCHAR String[IF_MAX_STRING_SIZE + 1];
} IF_COUNTED_STRING_LH, *PIF_COUNTED_STRING_LH;
typedef IF_COUNTED_STRING_LH IF_COUNTED_STRING, *PIF_COUNTED_STRING;
#endif

typedef IF_COUNTED_STRING NDIS_QUEUE_NAME, *PNDIS_QUEUE_NAME;
typedef IF_COUNTED_STRING NDIS_VM_NAME, *PNDIS_VM_NAME;
typedef IF_COUNTED_STRING NDIS_VM_FRIENDLYNAME, *PNDIS_VM_FRIENDLYNAME;

/* Identifier of a QoS send queue. */
typedef ULONG NDIS_QOS_SQ_ID, *PNDIS_QOS_SQ_ID;

/* ---- Receive queue parameters (OID_RECEIVE_FILTER_ALLOCATE_QUEUE) ------ */

typedef struct _NDIS_RECEIVE_QUEUE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_TYPE QueueType;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_RECEIVE_QUEUE_GROUP_ID QueueGroupId;
    GROUP_AFFINITY ProcessorAffinity;
    ULONG NumSuggestedReceiveBuffers;
    ULONG MSIXTableEntry;
    ULONG LookaheadSize;
    NDIS_VM_NAME VmName;
    NDIS_QUEUE_NAME QueueName;
    ULONG PortId;
    ULONG InterruptCoalescingDomainId;
    NDIS_QOS_SQ_ID QosSqId;
} NDIS_RECEIVE_QUEUE_PARAMETERS, *PNDIS_RECEIVE_QUEUE_PARAMETERS;

#define NDIS_RECEIVE_QUEUE_PARAMETERS_PER_QUEUE_RECEIVE_INDICATION          0x00000001
#define NDIS_RECEIVE_QUEUE_PARAMETERS_LOOKAHEAD_SPLIT_REQUIRED              0x00000002
#define NDIS_RECEIVE_QUEUE_PARAMETERS_FLAGS_CHANGED                         0x00010000
#define NDIS_RECEIVE_QUEUE_PARAMETERS_PROCESSOR_AFFINITY_CHANGED            0x00020000
#define NDIS_RECEIVE_QUEUE_PARAMETERS_SUGGESTED_RECV_BUFFER_NUMBERS_CHANGED 0x00040000
#define NDIS_RECEIVE_QUEUE_PARAMETERS_NAME_CHANGED                          0x00080000
#define NDIS_RECEIVE_QUEUE_PARAMETERS_INTERRUPT_COALESCING_DOMAIN_ID_CHANGED 0x00100000
#define NDIS_RECEIVE_QUEUE_PARAMETERS_QOS_SQ_ID_CHANGED                     0x00200000
#define NDIS_RECEIVE_QUEUE_PARAMETERS_CHANGE_MASK                           0xFFFF0000

#define NDIS_RECEIVE_QUEUE_PARAMETERS_REVISION_1 1
#define NDIS_RECEIVE_QUEUE_PARAMETERS_REVISION_2 2
#define NDIS_RECEIVE_QUEUE_PARAMETERS_REVISION_3 3
#define NDIS_SIZEOF_RECEIVE_QUEUE_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_PARAMETERS, QueueName)
#define NDIS_SIZEOF_RECEIVE_QUEUE_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_PARAMETERS, InterruptCoalescingDomainId)
#define NDIS_SIZEOF_RECEIVE_QUEUE_PARAMETERS_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_PARAMETERS, QosSqId)

typedef struct _NDIS_RECEIVE_QUEUE_FREE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_RECEIVE_QUEUE_ID QueueId;
} NDIS_RECEIVE_QUEUE_FREE_PARAMETERS, *PNDIS_RECEIVE_QUEUE_FREE_PARAMETERS;

#define NDIS_RECEIVE_QUEUE_FREE_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_RECEIVE_QUEUE_FREE_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_FREE_PARAMETERS, QueueId)

typedef struct _NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_STATUS CompletionStatus;
} NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS, *PNDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS;

#define NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS, CompletionStatus)

/* Header of an array of the completion parameters above. */
typedef struct _NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG FirstElementOffset;
    ULONG NumElements;
    ULONG ElementSize;
} NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY, *PNDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY;

#define NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY_REVISION_1 1
#define NDIS_SIZEOF_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY, ElementSize)

/* Status buffer of NDIS_STATUS_RECEIVE_QUEUE_STATE. */
typedef struct _NDIS_RECEIVE_QUEUE_STATE {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_RECEIVE_QUEUE_OPERATIONAL_STATE QueueState;
} NDIS_RECEIVE_QUEUE_STATE, *PNDIS_RECEIVE_QUEUE_STATE;

#define NDIS_RECEIVE_QUEUE_STATE_REVISION_1 1
#define NDIS_SIZEOF_NDIS_RECEIVE_QUEUE_STATE_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_STATE, QueueState)

/* ---- Receive filters (ntddndis.h) --------------------------------------- */

typedef enum _NDIS_RECEIVE_FILTER_TYPE {
    NdisReceiveFilterTypeUndefined,
    NdisReceiveFilterTypeVMQueue,
    NdisReceiveFilterTypePacketCoalescing,
    NdisReceiveFilterTypeMaximum
} NDIS_RECEIVE_FILTER_TYPE, *PNDIS_RECEIVE_FILTER_TYPE;

typedef enum _NDIS_FRAME_HEADER {
    NdisFrameHeaderUndefined,
    NdisFrameHeaderMac,
    NdisFrameHeaderArp,
    NdisFrameHeaderIPv4,
    NdisFrameHeaderIPv6,
    NdisFrameHeaderUdp,
    NdisFrameHeaderMaximum
} NDIS_FRAME_HEADER, *PNDIS_FRAME_HEADER;

typedef enum _NDIS_RECEIVE_FILTER_TEST {
    NdisReceiveFilterTestUndefined,
    NdisReceiveFilterTestEqual,
    NdisReceiveFilterTestMaskEqual,
    NdisReceiveFilterTestNotEqual,
    NdisReceiveFilterTestMaximum
} NDIS_RECEIVE_FILTER_TEST, *PNDIS_RECEIVE_FILTER_TEST;

typedef enum _NDIS_MAC_HEADER_FIELD {
    NdisMacHeaderFieldUndefined,
    NdisMacHeaderFieldDestinationAddress,
    NdisMacHeaderFieldSourceAddress,
    NdisMacHeaderFieldProtocol,
    NdisMacHeaderFieldVlanId,
    NdisMacHeaderFieldPriority,
    NdisMacHeaderFieldPacketType,
    NdisMacHeaderFieldMaximum
} NDIS_MAC_HEADER_FIELD, *PNDIS_MAC_HEADER_FIELD;

typedef enum _NDIS_ARP_HEADER_FIELD {
    NdisARPHeaderFieldUndefined,
    NdisARPHeaderFieldOperation,
    NdisARPHeaderFieldSPA,
    NdisARPHeaderFieldTPA,
    NdisARPHeaderFieldMaximum
} NDIS_ARP_HEADER_FIELD, *PNDIS_ARP_HEADER_FIELD;

typedef enum _NDIS_IPV4_HEADER_FIELD {
    NdisIPv4HeaderFieldUndefined,
    NdisIPv4HeaderFieldProtocol,
    NdisIPv4HeaderFieldMaximum
} NDIS_IPV4_HEADER_FIELD, *PNDIS_IPV4_HEADER_FIELD;

typedef enum _NDIS_IPV6_HEADER_FIELD {
    NdisIPv6HeaderFieldUndefined,
    NdisIPv6HeaderFieldProtocol,
    NdisIPv6HeaderFieldMaximum
} NDIS_IPV6_HEADER_FIELD, *PNDIS_IPV6_HEADER_FIELD;

typedef enum _NDIS_UDP_HEADER_FIELD {
    NdisUdpHeaderFieldUndefined,
    NdisUdpHeaderFieldDestinationPort,
    NdisUdpHeaderFieldMaximum
} NDIS_UDP_HEADER_FIELD, *PNDIS_UDP_HEADER_FIELD;

#define NDIS_MAX_FIELD_BYTE_ARRAY_SIZE 16

typedef struct _NDIS_RECEIVE_FILTER_FIELD_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_FRAME_HEADER FrameHeader;
    NDIS_RECEIVE_FILTER_TEST ReceiveFilterTest;
    union {
        NDIS_MAC_HEADER_FIELD MacHeaderField;
        NDIS_ARP_HEADER_FIELD ArpHeaderField;
        NDIS_IPV4_HEADER_FIELD IPv4HeaderField;
        NDIS_IPV6_HEADER_FIELD IPv6HeaderField;
        NDIS_UDP_HEADER_FIELD UdpHeaderField;
    } HeaderField;
    union {
        UCHAR FieldByteValue;
        USHORT FieldShortValue;
        ULONG FieldLongValue;
        ULONG64 FieldLong64Value;
        UCHAR FieldByteArrayValue[NDIS_MAX_FIELD_BYTE_ARRAY_SIZE];
    } FieldValue;
    union {
        UCHAR ResultByteValue;
        USHORT ResultShortValue;
        ULONG ResultLongValue;
        ULONG64 ResultLong64Value;
        UCHAR ResultByteArrayValue[NDIS_MAX_FIELD_BYTE_ARRAY_SIZE];
    } ResultValue;
} NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, *PNDIS_RECEIVE_FILTER_FIELD_PARAMETERS;

#define NDIS_RECEIVE_FILTER_FIELD_PARAMETERS_REVISION_1 1
#define NDIS_RECEIVE_FILTER_FIELD_PARAMETERS_REVISION_2 2
#define NDIS_SIZEOF_RECEIVE_FILTER_FIELD_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, ResultValue)
#define NDIS_SIZEOF_RECEIVE_FILTER_FIELD_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, ResultValue)

#define NDIS_RECEIVE_FILTER_FIELD_MAC_HEADER_VLAN_UNTAGGED_OR_ZERO 0x00000001

typedef struct _NDIS_RECEIVE_FILTER_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_RECEIVE_FILTER_TYPE FilterType;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_RECEIVE_FILTER_ID FilterId;
    ULONG FieldParametersArrayOffset;
    ULONG FieldParametersArrayNumElements;
    ULONG FieldParametersArrayElementSize;
    ULONG RequestedFilterIdBitCount;
    ULONG MaxCoalescingDelay;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
} NDIS_RECEIVE_FILTER_PARAMETERS, *PNDIS_RECEIVE_FILTER_PARAMETERS;

#define NDIS_RECEIVE_FILTER_PARAMETERS_REVISION_1 1
#define NDIS_RECEIVE_FILTER_PARAMETERS_REVISION_2 2
#define NDIS_SIZEOF_RECEIVE_FILTER_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_FILTER_PARAMETERS, RequestedFilterIdBitCount)
#define NDIS_SIZEOF_RECEIVE_FILTER_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_FILTER_PARAMETERS, VPortId)

typedef struct _NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_RECEIVE_FILTER_ID FilterId;
} NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS, *PNDIS_RECEIVE_FILTER_CLEAR_PARAMETERS;

#define NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_RECEIVE_FILTER_CLEAR_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS, FilterId)

/* NDIS_RECEIVE_FILTER_CAPABILITIES bits (the structure is in ndis_adapter.h). */
#define NDIS_RECEIVE_FILTER_VMQ_FILTERS_ENABLED                       0x00000001
#define NDIS_RECEIVE_FILTER_PACKET_COALESCING_FILTERS_ENABLED         0x00000002
#define NDIS_RECEIVE_FILTER_VM_QUEUES_ENABLED                         0x00000001
#define NDIS_RECEIVE_FILTER_MSI_X_SUPPORTED                           0x00000001
#define NDIS_RECEIVE_FILTER_VM_QUEUE_SUPPORTED                        0x00000002
#define NDIS_RECEIVE_FILTER_LOOKAHEAD_SPLIT_SUPPORTED                 0x00000004
#define NDIS_RECEIVE_FILTER_DYNAMIC_PROCESSOR_AFFINITY_CHANGE_SUPPORTED 0x00000008
#define NDIS_RECEIVE_FILTER_DYNAMIC_PROCESSOR_AFFINITY_CHANGE_FOR_DEFAULT_QUEUE_SUPPORTED 0x00000040
#define NDIS_RECEIVE_FILTER_TEST_HEADER_FIELD_EQUAL_SUPPORTED         0x00000001
#define NDIS_RECEIVE_FILTER_TEST_HEADER_FIELD_MASK_EQUAL_SUPPORTED    0x00000002
#define NDIS_RECEIVE_FILTER_TEST_HEADER_FIELD_NOT_EQUAL_SUPPORTED     0x00000004
#define NDIS_RECEIVE_FILTER_MAC_HEADER_SUPPORTED                      0x00000001
#define NDIS_RECEIVE_FILTER_IPV4_HEADER_SUPPORTED                     0x00000002
#define NDIS_RECEIVE_FILTER_IPV6_HEADER_SUPPORTED                     0x00000004
#define NDIS_RECEIVE_FILTER_ARP_HEADER_SUPPORTED                      0x00000008
#define NDIS_RECEIVE_FILTER_UDP_HEADER_SUPPORTED                      0x00000010
#define NDIS_RECEIVE_FILTER_MAC_HEADER_DEST_ADDR_SUPPORTED            0x00000001
#define NDIS_RECEIVE_FILTER_MAC_HEADER_SOURCE_ADDR_SUPPORTED          0x00000002
#define NDIS_RECEIVE_FILTER_MAC_HEADER_PROTOCOL_SUPPORTED             0x00000004
#define NDIS_RECEIVE_FILTER_MAC_HEADER_VLAN_ID_SUPPORTED              0x00000008
#define NDIS_RECEIVE_FILTER_MAC_HEADER_PRIORITY_SUPPORTED             0x00000010
#define NDIS_RECEIVE_FILTER_MAC_HEADER_PACKET_TYPE_SUPPORTED          0x00000020

/* ---- Shared memory (ndis.h) ----------------------------------------------- */

typedef enum _NDIS_SHARED_MEMORY_USAGE {
    NdisSharedMemoryUsageUndefined,
    NdisSharedMemoryUsageXmit,
    NdisSharedMemoryUsageXmitHeader,
    NdisSharedMemoryUsageXmitData,
    NdisSharedMemoryUsageReceive,
    NdisSharedMemoryUsageReceiveLookahead,
    NdisSharedMemoryUsageReceivePostLookahead,
    NdisSharedMemoryUsageReceiveHeader,
    NdisSharedMemoryUsageReceiveData,
    NdisSharedMemoryUsageOther,
    NdisSharedMemoryUsageMax
} NDIS_SHARED_MEMORY_USAGE, *PNDIS_SHARED_MEMORY_USAGE;

typedef struct _NDIS_SHARED_MEMORY_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_HANDLE SharedMemoryHandle;
    NODE_REQUIREMENT PreferredNode;
    NDIS_SHARED_MEMORY_USAGE Usage;
    ULONG Length;
    PVOID VirtualAddress;
    ULONG SGListBufferLength;
    PSCATTER_GATHER_LIST SGListBuffer;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
} NDIS_SHARED_MEMORY_PARAMETERS, *PNDIS_SHARED_MEMORY_PARAMETERS;

#define NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS 0x00000001

#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_1 1
#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_2 2
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, SGListBuffer)
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, VPortId)

NDISAPI NDIS_STATUS NTAPI NdisAllocateSharedMemory(
    _In_ NDIS_HANDLE NdisHandle,
    _Inout_ PNDIS_SHARED_MEMORY_PARAMETERS SharedMemoryParameters,
    _Inout_ PNDIS_HANDLE pAllocationHandle);
NDISAPI VOID NTAPI NdisFreeSharedMemory(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ NDIS_HANDLE AllocationHandle);
NDISAPI ULONG NTAPI NdisGetSharedDataAlignment(VOID);

/* ---- NIC switch capabilities (ntddndis.h) --------------------------------- */

#ifndef NDIS_DEFAULT_SWITCH_ID
#define NDIS_DEFAULT_SWITCH_ID 0
#endif
#ifndef NDIS_DEFAULT_VPORT_ID
#define NDIS_DEFAULT_VPORT_ID 0
#endif

#define NDIS_OID_REQUEST_FLAGS_VPORT_ID_VALID 0x0001

typedef struct _NDIS_NIC_SWITCH_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG NdisReserved1;
    ULONG NumTotalMacAddresses;
    ULONG NumMacAddressesPerPort;
    ULONG NumVlansPerPort;
    ULONG NdisReserved2;
    ULONG NdisReserved3;
    ULONG NicSwitchCapabilities;
    ULONG MaxNumSwitches;
    ULONG MaxNumVPorts;
    ULONG NdisReserved4;
    ULONG MaxNumVFs;
    ULONG MaxNumQueuePairs;
    ULONG NdisReserved5;
    ULONG NdisReserved6;
    ULONG NdisReserved7;
    ULONG MaxNumQueuePairsPerNonDefaultVPort;
    ULONG NdisReserved8;
    ULONG NdisReserved9;
    ULONG NdisReserved10;
    ULONG NdisReserved11;
    ULONG NdisReserved12;
    ULONG MaxNumMacAddresses;
    ULONG NdisReserved13;
    ULONG NdisReserved14;
    ULONG NdisReserved15;
    ULONG NdisReserved16;
    ULONG NdisReserved17;
    ULONG MaxNumRssCapableNonDefaultPFVPorts;
    ULONG NumberOfIndirectionTableEntriesForDefaultVPort;
    ULONG NumberOfIndirectionTableEntriesPerNonDefaultPFVPort;
    ULONG MaxNumQueuePairsForDefaultVPort;
} NDIS_NIC_SWITCH_CAPABILITIES, *PNDIS_NIC_SWITCH_CAPABILITIES;

#define NDIS_NIC_SWITCH_CAPABILITIES_REVISION_1 1
#define NDIS_NIC_SWITCH_CAPABILITIES_REVISION_2 2
#define NDIS_NIC_SWITCH_CAPABILITIES_REVISION_3 3
#define NDIS_SIZEOF_NIC_SWITCH_CAPABILITIES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_NIC_SWITCH_CAPABILITIES, NdisReserved3)
#define NDIS_SIZEOF_NIC_SWITCH_CAPABILITIES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_NIC_SWITCH_CAPABILITIES, NdisReserved17)
#define NDIS_SIZEOF_NIC_SWITCH_CAPABILITIES_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_NIC_SWITCH_CAPABILITIES, MaxNumQueuePairsForDefaultVPort)

/* ---- Header-data split and hardware-assist attributes (ndis.h) ----------- */

typedef struct _NDIS_HD_SPLIT_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG HardwareCapabilities;
    ULONG CurrentCapabilities;
    ULONG HDSplitFlags;
    ULONG BackfillSize;
    ULONG MaxHeaderSize;
} NDIS_HD_SPLIT_ATTRIBUTES, *PNDIS_HD_SPLIT_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    PNDIS_HD_SPLIT_ATTRIBUTES HDSplitAttributes;
    PNDIS_RECEIVE_FILTER_CAPABILITIES HardwareReceiveFilterCapabilities;
    PNDIS_RECEIVE_FILTER_CAPABILITIES CurrentReceiveFilterCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES HardwareNicSwitchCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES CurrentNicSwitchCapabilities;
    struct _NDIS_SRIOV_CAPABILITIES *HardwareSriovCapabilities;
    struct _NDIS_SRIOV_CAPABILITIES *CurrentSriovCapabilities;
    struct _NDIS_QOS_CAPABILITIES *HardwareQosCapabilities;
    struct _NDIS_QOS_CAPABILITIES *CurrentQosCapabilities;
    struct _NDIS_GFT_OFFLOAD_CAPABILITIES *HardwareGftOffloadCapabilities;
    struct _NDIS_GFT_OFFLOAD_CAPABILITIES *CurrentGftOffloadCapabilities;
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;

#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES 0xAF

#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 2
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 3
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4 4
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, HDSplitAttributes)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentNicSwitchCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentQosCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentGftOffloadCapabilities)

/* ---- Later revisions of structures declared elsewhere --------------------- */

/* Revision 2 (NDIS 6.30) adds attribute flags, not members. */
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)
#define NDIS_MINIPORT_ATTRIBUTES_NO_PAUSE_ON_SUSPEND   0x00000100

/* Revision 1 (NDIS 6.20) ends with the minimum wake-up states. */
#define NDIS_SIZEOF_NDIS_PM_CAPABILITIES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PM_CAPABILITIES, MinLinkChangeWakeUp)

/* ---- NDIS I/O work items (ndis.h) ----------------------------------------- */

typedef VOID (NDIS_IO_WORKITEM_FUNCTION)(
    _In_opt_ PVOID WorkItemContext,
    _In_ NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION (*NDIS_IO_WORKITEM_ROUTINE);

NDISAPI NDIS_HANDLE NTAPI NdisAllocateIoWorkItem(_In_ NDIS_HANDLE NdisObjectHandle);
NDISAPI VOID NTAPI NdisQueueIoWorkItem(
    _In_ NDIS_HANDLE NdisIoWorkItemHandle,
    _In_ NDIS_IO_WORKITEM_ROUTINE Routine,
    _In_ PVOID WorkItemContext);
NDISAPI VOID NTAPI NdisFreeIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NDIS_VMQ_H */
