/*
 * netadapter.h - hvcilint's compact stand-in for the NetAdapterCx adapter
 * object.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, netadapter.h reference), not taken from the WDK.
 *
 * Declares: the NetAdapterCx object handles (NETPACKETQUEUE, NETOFFLOAD,
 * NETRECEIVEFILTER, NETWAKESOURCE, NETEXECUTIONCONTEXT and the
 * NETADAPTER_INIT / NETRXQUEUE_INIT / NETTXQUEUE_INIT init objects), the
 * datapath callbacks, link-layer capabilities, address and state, the
 * transmit and receive datapath capabilities with their INIT helpers, the
 * receive-filter and wake capabilities, and the NetAdapterXxx methods.  As
 * in the WDF stand-ins the methods are plain functions with the
 * user-visible parameters only.  NETADAPTER and NETCONFIGURATION come
 * from netconfiguration.h.  Left out: the DMA capability details
 * (NET_ADAPTER_DMA_CAPABILITIES is opaque here), the power-offload
 * capabilities and the UMDF-only methods.
 */
#pragma once
#ifndef _HVCI_NETADAPTER_H_
#define _HVCI_NETADAPTER_H_

#include <wdf.h>
#include <ntddndis.h>
#include <netconfiguration.h>
#include <net/returncontext.h>

WDF_EXTERN_C_START

#ifndef _HVCI_NET_IF_MEDIA_STATE_
#define _HVCI_NET_IF_MEDIA_STATE_
/* The interface names of the NDIS media connect and duplex states. */
typedef NDIS_MEDIA_CONNECT_STATE NET_IF_MEDIA_CONNECT_STATE;
typedef NDIS_MEDIA_DUPLEX_STATE NET_IF_MEDIA_DUPLEX_STATE;
#endif

/* Bitwise operators for flag enumerations (C++ only), as ntdef.h
 * documents them. */
#ifndef DEFINE_ENUM_FLAG_OPERATORS
#ifdef __cplusplus
#define DEFINE_ENUM_FLAG_OPERATORS(ENUMTYPE)                                          \
    extern "C++" {                                                                   \
    inline ENUMTYPE operator|(ENUMTYPE a, ENUMTYPE b)                                 \
    { return ENUMTYPE((unsigned long long)a | (unsigned long long)b); }              \
    inline ENUMTYPE &operator|=(ENUMTYPE &a, ENUMTYPE b) { return a = a | b; }       \
    inline ENUMTYPE operator&(ENUMTYPE a, ENUMTYPE b)                                 \
    { return ENUMTYPE((unsigned long long)a & (unsigned long long)b); }              \
    inline ENUMTYPE &operator&=(ENUMTYPE &a, ENUMTYPE b) { return a = a & b; }       \
    inline ENUMTYPE operator^(ENUMTYPE a, ENUMTYPE b)                                 \
    { return ENUMTYPE((unsigned long long)a ^ (unsigned long long)b); }              \
    inline ENUMTYPE &operator^=(ENUMTYPE &a, ENUMTYPE b) { return a = a ^ b; }       \
    inline ENUMTYPE operator~(ENUMTYPE a) { return ENUMTYPE(~(unsigned long long)a); } \
    }
#else
#define DEFINE_ENUM_FLAG_OPERATORS(ENUMTYPE)
#endif
#endif

WDF_DECLARE_HANDLE(NETPACKETQUEUE);
WDF_DECLARE_HANDLE(NETOFFLOAD);
WDF_DECLARE_HANDLE(NETRECEIVEFILTER);
WDF_DECLARE_HANDLE(NETWAKESOURCE);
WDF_DECLARE_HANDLE(NETEXECUTIONCONTEXT);

typedef struct NETADAPTER_INIT NETADAPTER_INIT;
typedef struct NETRXQUEUE_INIT NETRXQUEUE_INIT;
typedef struct NETTXQUEUE_INIT NETTXQUEUE_INIT;
typedef struct _NET_ADAPTER_DMA_CAPABILITIES NET_ADAPTER_DMA_CAPABILITIES;

/* Datapath (queue creation) callbacks. */
typedef _Function_class_(EVT_NET_ADAPTER_CREATE_TXQUEUE)
NTSTATUS EVT_NET_ADAPTER_CREATE_TXQUEUE(_In_ NETADAPTER Adapter,
                                        _Inout_ NETTXQUEUE_INIT *TxQueueInit);
typedef EVT_NET_ADAPTER_CREATE_TXQUEUE *PFN_NET_ADAPTER_CREATE_TXQUEUE;

typedef _Function_class_(EVT_NET_ADAPTER_CREATE_RXQUEUE)
NTSTATUS EVT_NET_ADAPTER_CREATE_RXQUEUE(_In_ NETADAPTER Adapter,
                                        _Inout_ NETRXQUEUE_INIT *RxQueueInit);
typedef EVT_NET_ADAPTER_CREATE_RXQUEUE *PFN_NET_ADAPTER_CREATE_RXQUEUE;

typedef struct _NET_ADAPTER_DATAPATH_CALLBACKS {
    ULONG Size;
    PFN_NET_ADAPTER_CREATE_TXQUEUE EvtAdapterCreateTxQueue;
    PFN_NET_ADAPTER_CREATE_RXQUEUE EvtAdapterCreateRxQueue;
} NET_ADAPTER_DATAPATH_CALLBACKS;

FORCEINLINE VOID NET_ADAPTER_DATAPATH_CALLBACKS_INIT(
    _Out_ NET_ADAPTER_DATAPATH_CALLBACKS *Callbacks,
    _In_ PFN_NET_ADAPTER_CREATE_TXQUEUE EvtAdapterCreateTxQueue,
    _In_ PFN_NET_ADAPTER_CREATE_RXQUEUE EvtAdapterCreateRxQueue)
{
    RtlZeroMemory(Callbacks, sizeof(*Callbacks));
    Callbacks->Size = sizeof(*Callbacks);
    Callbacks->EvtAdapterCreateTxQueue = EvtAdapterCreateTxQueue;
    Callbacks->EvtAdapterCreateRxQueue = EvtAdapterCreateRxQueue;
}

/* Link layer. */
typedef struct _NET_ADAPTER_LINK_LAYER_CAPABILITIES {
    ULONG Size;
    ULONG64 MaxTxLinkSpeed;
    ULONG64 MaxRxLinkSpeed;
} NET_ADAPTER_LINK_LAYER_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_LINK_LAYER_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_LINK_LAYER_CAPABILITIES *LinkLayerCapabilities,
    _In_ ULONG64 MaxTxLinkSpeed, _In_ ULONG64 MaxRxLinkSpeed)
{
    RtlZeroMemory(LinkLayerCapabilities, sizeof(*LinkLayerCapabilities));
    LinkLayerCapabilities->Size = sizeof(*LinkLayerCapabilities);
    LinkLayerCapabilities->MaxTxLinkSpeed = MaxTxLinkSpeed;
    LinkLayerCapabilities->MaxRxLinkSpeed = MaxRxLinkSpeed;
}

#define NET_ADAPTER_LINK_LAYER_ADDRESS_MAX_LENGTH 32

typedef struct _NET_ADAPTER_LINK_LAYER_ADDRESS {
    USHORT Length;
    UCHAR Address[NET_ADAPTER_LINK_LAYER_ADDRESS_MAX_LENGTH];
} NET_ADAPTER_LINK_LAYER_ADDRESS;

FORCEINLINE VOID NET_ADAPTER_LINK_LAYER_ADDRESS_INIT(
    _Out_ NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress, _In_ USHORT Length,
    _In_reads_(Length) CONST UCHAR *Value)
{
    RtlZeroMemory(LinkLayerAddress, sizeof(*LinkLayerAddress));
    LinkLayerAddress->Length = Length;
    RtlCopyMemory(LinkLayerAddress->Address, Value, Length);
}

typedef enum _NET_ADAPTER_PAUSE_FUNCTION_TYPE {
    NetAdapterPauseFunctionTypeUnsupported = 0,
    NetAdapterPauseFunctionTypeSendOnly = 1,
    NetAdapterPauseFunctionTypeReceiveOnly = 2,
    NetAdapterPauseFunctionTypeSendAndReceive = 3,
    NetAdapterPauseFunctionTypeUnknown = 4
} NET_ADAPTER_PAUSE_FUNCTION_TYPE;

typedef enum _NET_ADAPTER_AUTO_NEGOTIATION_FLAGS {
    NetAdapterAutoNegotiationFlagNone = 0x00000000,
    NetAdapterAutoNegotiationFlagXmitLinkSpeedAutoNegotiated = 0x00000001,
    NetAdapterAutoNegotiationFlagRcvLinkSpeedautoNegotiated = 0x00000002,
    NetAdapterAutoNegotiationFlagDuplexAutoNegotiated = 0x00000004,
    NetAdapterAutoNegotiationFlagPauseFunctionsAutoNegotiated = 0x00000008
} NET_ADAPTER_AUTO_NEGOTIATION_FLAGS;
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_AUTO_NEGOTIATION_FLAGS)

typedef struct _NET_ADAPTER_LINK_STATE {
    ULONG Size;
    ULONG64 TxLinkSpeed;
    ULONG64 RxLinkSpeed;
    NET_IF_MEDIA_CONNECT_STATE MediaConnectState;
    NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
    NET_ADAPTER_PAUSE_FUNCTION_TYPE SupportedPauseFunctions;
    NET_ADAPTER_AUTO_NEGOTIATION_FLAGS AutoNegotiationFlags;
} NET_ADAPTER_LINK_STATE;

FORCEINLINE VOID NET_ADAPTER_LINK_STATE_INIT(
    _Out_ NET_ADAPTER_LINK_STATE *LinkState, _In_ ULONG64 LinkSpeed,
    _In_ NET_IF_MEDIA_CONNECT_STATE MediaConnectState,
    _In_ NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState,
    _In_ NET_ADAPTER_PAUSE_FUNCTION_TYPE SupportedPauseFunctions,
    _In_ NET_ADAPTER_AUTO_NEGOTIATION_FLAGS AutoNegotiationFlags)
{
    RtlZeroMemory(LinkState, sizeof(*LinkState));
    LinkState->Size = sizeof(*LinkState);
    LinkState->TxLinkSpeed = LinkSpeed;
    LinkState->RxLinkSpeed = LinkSpeed;
    LinkState->MediaConnectState = MediaConnectState;
    LinkState->MediaDuplexState = MediaDuplexState;
    LinkState->SupportedPauseFunctions = SupportedPauseFunctions;
    LinkState->AutoNegotiationFlags = AutoNegotiationFlags;
}

FORCEINLINE VOID NET_ADAPTER_LINK_STATE_INIT_DISCONNECTED(_Out_ NET_ADAPTER_LINK_STATE *LinkState)
{
    NET_ADAPTER_LINK_STATE_INIT(LinkState, 0, MediaConnectStateDisconnected,
                                MediaDuplexStateUnknown, NetAdapterPauseFunctionTypeUnknown,
                                NetAdapterAutoNegotiationFlagNone);
}

/* Datapath capabilities. */
typedef enum _NET_MEMORY_MAPPING_REQUIREMENT {
    NetMemoryMappingRequirementNone = 0,
    NetMemoryMappingRequirementDmaMapped
} NET_MEMORY_MAPPING_REQUIREMENT;

typedef enum _NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE {
    NetRxFragmentBufferAllocationModeSystem = 0,
    NetRxFragmentBufferAllocationModeDriver
} NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE;

typedef enum _NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE {
    NetRxFragmentBufferAttachmentModeSystem = 0,
    NetRxFragmentBufferAttachmentModeDriver
} NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE;

typedef _Function_class_(EVT_NET_ADAPTER_RETURN_RX_BUFFER)
VOID EVT_NET_ADAPTER_RETURN_RX_BUFFER(_In_ NETADAPTER Adapter,
                                      _In_ NET_FRAGMENT_RETURN_CONTEXT_HANDLE RxReturnContext);
typedef EVT_NET_ADAPTER_RETURN_RX_BUFFER *PFN_NET_ADAPTER_RETURN_RX_BUFFER;

typedef struct _NET_ADAPTER_TX_CAPABILITIES {
    ULONG Size;
    NET_MEMORY_MAPPING_REQUIREMENT MappingRequirement;
    SIZE_T PayloadBackfill;
    SIZE_T MaximumNumberOfFragments;
    SIZE_T FragmentBufferAlignment;
    UINT32 FragmentRingNumberOfElementsHint;
    SIZE_T MaximumNumberOfQueues;
    NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities;
} NET_ADAPTER_TX_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_TX_CAPABILITIES_INIT(_Out_ NET_ADAPTER_TX_CAPABILITIES *TxCapabilities,
                                                  _In_ SIZE_T MaximumNumberOfQueues)
{
    RtlZeroMemory(TxCapabilities, sizeof(*TxCapabilities));
    TxCapabilities->Size = sizeof(*TxCapabilities);
    TxCapabilities->MappingRequirement = NetMemoryMappingRequirementNone;
    TxCapabilities->MaximumNumberOfFragments = (SIZE_T)-1;
    TxCapabilities->FragmentBufferAlignment = 1;
    TxCapabilities->MaximumNumberOfQueues = MaximumNumberOfQueues;
}

FORCEINLINE VOID NET_ADAPTER_TX_CAPABILITIES_INIT_FOR_DMA(
    _Out_ NET_ADAPTER_TX_CAPABILITIES *TxCapabilities,
    _In_ NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities, _In_ SIZE_T MaximumNumberOfQueues)
{
    NET_ADAPTER_TX_CAPABILITIES_INIT(TxCapabilities, MaximumNumberOfQueues);
    TxCapabilities->MappingRequirement = NetMemoryMappingRequirementDmaMapped;
    TxCapabilities->DmaCapabilities = DmaCapabilities;
}

typedef struct _NET_ADAPTER_RX_CAPABILITIES {
    ULONG Size;
    NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE AllocationMode;
    NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE AttachmentMode;
    UINT32 FragmentRingNumberOfElementsHint;
    SIZE_T MaximumFrameSize;
    SIZE_T MaximumNumberOfQueues;
    union {
        struct {
            PFN_NET_ADAPTER_RETURN_RX_BUFFER EvtAdapterReturnRxBuffer;
        };
        struct {
            NET_MEMORY_MAPPING_REQUIREMENT MappingRequirement;
            SIZE_T FragmentBufferAlignment;
            NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities;
        };
    };
} NET_ADAPTER_RX_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED(
    _Out_ NET_ADAPTER_RX_CAPABILITIES *RxCapabilities, _In_ SIZE_T MaximumFrameSize,
    _In_ SIZE_T MaximumNumberOfQueues)
{
    RtlZeroMemory(RxCapabilities, sizeof(*RxCapabilities));
    RxCapabilities->Size = sizeof(*RxCapabilities);
    RxCapabilities->AllocationMode = NetRxFragmentBufferAllocationModeSystem;
    RxCapabilities->AttachmentMode = NetRxFragmentBufferAttachmentModeSystem;
    RxCapabilities->MaximumFrameSize = MaximumFrameSize;
    RxCapabilities->MaximumNumberOfQueues = MaximumNumberOfQueues;
    RxCapabilities->MappingRequirement = NetMemoryMappingRequirementNone;
    RxCapabilities->FragmentBufferAlignment = 1;
}

FORCEINLINE VOID NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED_DMA(
    _Out_ NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
    _In_ NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities, _In_ SIZE_T MaximumFrameSize,
    _In_ SIZE_T MaximumNumberOfQueues)
{
    NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED(RxCapabilities, MaximumFrameSize,
                                                    MaximumNumberOfQueues);
    RxCapabilities->MappingRequirement = NetMemoryMappingRequirementDmaMapped;
    RxCapabilities->DmaCapabilities = DmaCapabilities;
}

FORCEINLINE VOID NET_ADAPTER_RX_CAPABILITIES_INIT_DRIVER_MANAGED(
    _Out_ NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
    _In_ PFN_NET_ADAPTER_RETURN_RX_BUFFER EvtAdapterReturnRxBuffer,
    _In_ SIZE_T MaximumFrameSize, _In_ SIZE_T MaximumNumberOfQueues)
{
    RtlZeroMemory(RxCapabilities, sizeof(*RxCapabilities));
    RxCapabilities->Size = sizeof(*RxCapabilities);
    RxCapabilities->AllocationMode = NetRxFragmentBufferAllocationModeDriver;
    RxCapabilities->AttachmentMode = NetRxFragmentBufferAttachmentModeDriver;
    RxCapabilities->MaximumFrameSize = MaximumFrameSize;
    RxCapabilities->MaximumNumberOfQueues = MaximumNumberOfQueues;
    RxCapabilities->EvtAdapterReturnRxBuffer = EvtAdapterReturnRxBuffer;
}

/* Receive filtering. */
typedef enum _NET_PACKET_FILTER_FLAGS {
    NetPacketFilterFlagDirected = 0x00000001,
    NetPacketFilterFlagMulticast = 0x00000002,
    NetPacketFilterFlagAllMulticast = 0x00000004,
    NetPacketFilterFlagBroadcast = 0x00000008,
    NetPacketFilterFlagPromiscuous = 0x00000020
} NET_PACKET_FILTER_FLAGS;
DEFINE_ENUM_FLAG_OPERATORS(NET_PACKET_FILTER_FLAGS)

typedef _Function_class_(EVT_NET_ADAPTER_SET_RECEIVE_FILTER)
VOID EVT_NET_ADAPTER_SET_RECEIVE_FILTER(_In_ NETADAPTER Adapter,
                                        _In_ NETRECEIVEFILTER ReceiveFilter);
typedef EVT_NET_ADAPTER_SET_RECEIVE_FILTER *PFN_NET_ADAPTER_SET_RECEIVE_FILTER;

typedef struct _NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES {
    ULONG Size;
    NET_PACKET_FILTER_FLAGS SupportedPacketFilters;
    SIZE_T MaximumMulticastAddresses;
    PFN_NET_ADAPTER_SET_RECEIVE_FILTER EvtSetReceiveFilter;
} NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES *Capabilities,
    _In_ PFN_NET_ADAPTER_SET_RECEIVE_FILTER EvtSetReceiveFilter)
{
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->EvtSetReceiveFilter = EvtSetReceiveFilter;
}

NET_PACKET_FILTER_FLAGS NetReceiveFilterGetPacketFilter(_In_ NETRECEIVEFILTER ReceiveFilter);
SIZE_T NetReceiveFilterGetMulticastAddressCount(_In_ NETRECEIVEFILTER ReceiveFilter);
NET_ADAPTER_LINK_LAYER_ADDRESS const *
NetReceiveFilterGetMulticastAddressList(_In_ NETRECEIVEFILTER ReceiveFilter);

/* Wake capabilities. */
typedef struct _NET_ADAPTER_WAKE_BITMAP_CAPABILITIES {
    ULONG Size;
    BOOLEAN BitmapPattern;
    SIZE_T MaximumPatternCount;
    SIZE_T MaximumPatternSize;
} NET_ADAPTER_WAKE_BITMAP_CAPABILITIES;

typedef struct _NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES {
    ULONG Size;
    BOOLEAN MagicPacket;
} NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES;

typedef struct _NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES {
    ULONG Size;
    BOOLEAN MediaConnect;
    BOOLEAN MediaDisconnect;
} NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES;

typedef struct _NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES {
    ULONG Size;
    BOOLEAN PacketFilterMatch;
} NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_WAKE_BITMAP_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_WAKE_BITMAP_CAPABILITIES *Capabilities)
{
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
}

FORCEINLINE VOID NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES *Capabilities)
{
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
}

FORCEINLINE VOID NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES *Capabilities)
{
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
}

FORCEINLINE VOID NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES *Capabilities)
{
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
}

/* Methods. */
NETADAPTER_INIT *NetAdapterInitAllocate(_In_ WDFDEVICE Device);
VOID NetAdapterInitFree(_In_ _Post_invalid_ NETADAPTER_INIT *AdapterInit);
VOID NetAdapterInitSetDatapathCallbacks(_Inout_ NETADAPTER_INIT *AdapterInit,
                                        _In_ NET_ADAPTER_DATAPATH_CALLBACKS *DatapathCallbacks);
NTSTATUS NetAdapterCreate(_Inout_ NETADAPTER_INIT *AdapterInit,
                          _In_opt_ WDF_OBJECT_ATTRIBUTES *AdapterAttributes,
                          _Out_ NETADAPTER *Adapter);
NTSTATUS NetAdapterStart(_In_ NETADAPTER Adapter);
VOID NetAdapterStop(_In_ NETADAPTER Adapter);
NTSTATUS NetAdapterOpenConfiguration(_In_ NETADAPTER Adapter,
                                     _In_opt_ WDF_OBJECT_ATTRIBUTES *ConfigurationAttributes,
                                     _Out_ NETCONFIGURATION *Configuration);
VOID NetAdapterSetLinkLayerCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_LINK_LAYER_CAPABILITIES *LinkLayerCapabilities);
VOID NetAdapterSetLinkLayerMtuSize(_In_ NETADAPTER Adapter, _In_ ULONG MtuSize);
VOID NetAdapterSetPermanentLinkLayerAddress(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
VOID NetAdapterSetCurrentLinkLayerAddress(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
VOID NetAdapterSetLinkState(_In_ NETADAPTER Adapter, _In_ NET_ADAPTER_LINK_STATE *State);
VOID NetAdapterSetDataPathCapabilities(_In_ NETADAPTER Adapter,
                                       _In_ NET_ADAPTER_TX_CAPABILITIES const *TxCapabilities,
                                       _In_ NET_ADAPTER_RX_CAPABILITIES const *RxCapabilities);
VOID NetAdapterSetReceiveFilterCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES const *Capabilities);
VOID NetAdapterWakeSetBitmapCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_WAKE_BITMAP_CAPABILITIES const *Capabilities);
VOID NetAdapterWakeSetMagicPacketCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES const *Capabilities);
VOID NetAdapterWakeSetMediaChangeCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES const *Capabilities);
VOID NetAdapterWakeSetPacketFilterCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES const *Capabilities);

WDF_EXTERN_C_END

#endif /* _HVCI_NETADAPTER_H_ */
