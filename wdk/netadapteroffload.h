/*
 * netadapteroffload.h - hvcilint's compact stand-in for the NetAdapterCx
 * hardware offload interface.  Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, netadapteroffload.h reference), not
 * taken from the WDK.
 *
 * Declares: the layer 3 and layer 4 offload flags, the transmit and
 * receive checksum, GSO and RSC capability structures with their INIT
 * helpers and set-callbacks, NetAdapterOffloadSetXxxCapabilities and the
 * NetOffloadIsXxxEnabled queries.  Left out: the IEEE 802.1Q tag offload.
 */
#pragma once
#ifndef _HVCI_NETADAPTEROFFLOAD_H_
#define _HVCI_NETADAPTEROFFLOAD_H_

#include <netadapter.h>

WDF_EXTERN_C_START

typedef enum _NET_ADAPTER_OFFLOAD_LAYER3_FLAGS {
    NetAdapterOffloadLayer3FlagIPv4NoOptions = 0x00000001,
    NetAdapterOffloadLayer3FlagIPv4WithOptions = 0x00000002,
    NetAdapterOffloadLayer3FlagIPv6NoExtensions = 0x00000004,
    NetAdapterOffloadLayer3FlagIPv6WithExtensions = 0x00000008
} NET_ADAPTER_OFFLOAD_LAYER3_FLAGS;
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_OFFLOAD_LAYER3_FLAGS)

typedef enum _NET_ADAPTER_OFFLOAD_LAYER4_FLAGS {
    NetAdapterOffloadLayer4FlagTcpNoOptions = 0x00000001,
    NetAdapterOffloadLayer4FlagTcpWithOptions = 0x00000002,
    NetAdapterOffloadLayer4FlagUdp = 0x00000004
} NET_ADAPTER_OFFLOAD_LAYER4_FLAGS;
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_OFFLOAD_LAYER4_FLAGS)

#define HVCI_NET_OFFLOAD_SET_CALLBACK(_evt, _pfn)                                   \
    typedef _Function_class_(_evt) VOID _evt(_In_ NETADAPTER Adapter,              \
                                             _In_ NETOFFLOAD Offload);             \
    typedef _evt *_pfn

HVCI_NET_OFFLOAD_SET_CALLBACK(EVT_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM,
                              PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM);
HVCI_NET_OFFLOAD_SET_CALLBACK(EVT_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM,
                              PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM);
HVCI_NET_OFFLOAD_SET_CALLBACK(EVT_NET_ADAPTER_OFFLOAD_SET_GSO, PFN_NET_ADAPTER_OFFLOAD_SET_GSO);
HVCI_NET_OFFLOAD_SET_CALLBACK(EVT_NET_ADAPTER_OFFLOAD_SET_RSC, PFN_NET_ADAPTER_OFFLOAD_SET_RSC);

typedef struct _NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES {
    ULONG Size;
    NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
    NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
    UINT16 Layer3HeaderOffsetLimit;
    UINT16 Layer4HeaderOffsetLimit;
    PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM EvtAdapterOffloadSetTxChecksum;
} NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES *Capabilities,
    _In_ NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
    _In_ PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM EvtAdapterOffloadSetTxChecksum)
{
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->Layer3Flags = Layer3Flags;
    Capabilities->EvtAdapterOffloadSetTxChecksum = EvtAdapterOffloadSetTxChecksum;
}

typedef struct _NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES {
    ULONG Size;
    PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM EvtAdapterOffloadSetRxChecksum;
} NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES *Capabilities,
    _In_ PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM EvtAdapterOffloadSetRxChecksum)
{
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->EvtAdapterOffloadSetRxChecksum = EvtAdapterOffloadSetRxChecksum;
}

typedef struct _NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES {
    ULONG Size;
    NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
    NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
    UINT16 Layer4HeaderOffsetLimit;
    SIZE_T MaximumOffloadSize;
    SIZE_T MinimumSegmentCount;
    PFN_NET_ADAPTER_OFFLOAD_SET_GSO EvtAdapterOffloadSetGso;
} NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES *Capabilities,
    _In_ NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
    _In_ NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags, _In_ SIZE_T MaximumOffloadSize,
    _In_ SIZE_T MinimumSegmentCount, _In_ PFN_NET_ADAPTER_OFFLOAD_SET_GSO EvtAdapterOffloadSetGso)
{
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->Layer3Flags = Layer3Flags;
    Capabilities->Layer4Flags = Layer4Flags;
    Capabilities->MaximumOffloadSize = MaximumOffloadSize;
    Capabilities->MinimumSegmentCount = MinimumSegmentCount;
    Capabilities->EvtAdapterOffloadSetGso = EvtAdapterOffloadSetGso;
}

typedef struct _NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES {
    ULONG Size;
    NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
    NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
    BOOLEAN TcpTimestampOption;
    PFN_NET_ADAPTER_OFFLOAD_SET_RSC EvtAdapterOffloadSetRsc;
} NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES_INIT(
    _Out_ NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES *Capabilities,
    _In_ NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
    _In_ NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags,
    _In_ PFN_NET_ADAPTER_OFFLOAD_SET_RSC EvtAdapterOffloadSetRsc)
{
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->Layer3Flags = Layer3Flags;
    Capabilities->Layer4Flags = Layer4Flags;
    Capabilities->EvtAdapterOffloadSetRsc = EvtAdapterOffloadSetRsc;
}

VOID NetAdapterOffloadSetTxChecksumCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES const *Capabilities);
VOID NetAdapterOffloadSetRxChecksumCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES const *Capabilities);
VOID NetAdapterOffloadSetGsoCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES const *Capabilities);
VOID NetAdapterOffloadSetRscCapabilities(
    _In_ NETADAPTER Adapter, _In_ NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES const *Capabilities);

BOOLEAN NetOffloadIsTxChecksumIPv4Enabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTxChecksumTcpEnabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTxChecksumUdpEnabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumIPv4Enabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumTcpEnabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumUdpEnabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsLsoIPv4Enabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsLsoIPv6Enabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUsoIPv4Enabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUsoIPv6Enabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTcpRscIPv4Enabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTcpRscIPv6Enabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUdpRscEnabled(_In_ NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRscTcpTimestampOptionEnabled(_In_ NETOFFLOAD Offload);

WDF_EXTERN_C_END

#endif /* _HVCI_NETADAPTEROFFLOAD_H_ */
