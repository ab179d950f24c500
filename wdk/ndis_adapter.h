/*
 * ndis_adapter.h - hvcilint's stand-in for the NDIS 6 adapter description:
 * what a miniport reports about its adapter and what a protocol driver is
 * told when it binds.  Included by ndis_driver.h (after the callback
 * roles); including it directly brings in ndis.h first.
 *
 * Written for hvcilint from the public NDIS reference pages on
 * learn.microsoft.com (ndis.h, ntddndis.h and ifdef.h sections), not taken
 * from the WDK.  Declares:
 *   - the NET_IF_ACCESS_TYPE, NET_IF_DIRECTION_TYPE and
 *     NET_IF_CONNECTION_TYPE enumerations and NDIS_MAX_PHYS_ADDRESS_LENGTH;
 *   - NDIS_RECEIVE_SCALE_CAPABILITIES (with NDIS_RSS_CAPS_FLAGS);
 *   - the RSSv2 indirection-table update structures
 *     (NDIS_RSS_SET_INDIRECTION_ENTRIES and _ENTRY);
 *   - NDIS_RECEIVE_FILTER_CAPABILITIES (the filter, queue and header bits
 *     are left out);
 *   - NDIS ports: NDIS_PORT, NDIS_PORT_CHARACTERISTICS, the port type,
 *     control and authorization states, and the completed
 *     NDIS_PORT_AUTHENTICATION_PARAMETERS;
 *   - the complete NDIS_BIND_PARAMETERS (the forward declaration is in
 *     ndis_driver.h);
 *   - the adapter attributes: add-device registration, general, offload
 *     and native 802.11, and the NDIS_MINIPORT_ADAPTER_ATTRIBUTES union
 *     that NdisMSetMiniportAttributes takes;
 *   - the completed NDIS_PM_CAPABILITIES with its wake-on-LAN and
 *     protocol-offload bits, and NDIS_PM_PACKET_PATTERN;
 *   - NDIS_PM_PROTOCOL_OFFLOAD with NDIS_PM_COUNTED_STRING, the offload
 *     type and the 802.11 RSN key lengths it uses;
 *   - NDIS_FILTER_PARTIAL_CHARACTERISTICS;
 *   - NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1/2;
 *   - the NDIS_DECLARE_*_CONTEXT statements.  They name a driver's
 *     context type for code-analysis tools and have no run-time effect;
 *     here they expand to an empty statement.
 *
 * Left out: the hardware-assist, NDK and PacketDirect adapter attributes
 * (so the attributes union here omits those three members), and the
 * structures the bind parameters and offload attributes only point to
 * (NDIS_OFFLOAD, NDIS_TCP_CONNECTION_OFFLOAD, NDIS_HD_SPLIT_CURRENT_CONFIG,
 * NDIS_NIC_SWITCH_*, NDIS_NDK_CAPABILITIES,
 * NDIS_SRIOV_CAPABILITIES): the members point to them by
 * structure tag and their type names are not declared.  The same holds
 * for the 802.11 attribute structures of the native 802.11 attributes;
 * windot11.h completes the ones it declares.
 */
#pragma once
#ifndef HVCILINT_NDIS_ADAPTER_H
#define HVCILINT_NDIS_ADAPTER_H

#include <ndis.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Interface description (ifdef.h) --------------------------------- */

#ifndef HVCILINT_NET_IF_ENUMS
#define HVCILINT_NET_IF_ENUMS
typedef enum _NET_IF_ACCESS_TYPE {
    NET_IF_ACCESS_LOOPBACK = 1,
    NET_IF_ACCESS_BROADCAST = 2,
    NET_IF_ACCESS_POINT_TO_POINT = 3,
    NET_IF_ACCESS_POINT_TO_MULTI_POINT = 4,
    NET_IF_ACCESS_MAXIMUM = 5
} NET_IF_ACCESS_TYPE, *PNET_IF_ACCESS_TYPE;

typedef enum _NET_IF_DIRECTION_TYPE {
    NET_IF_DIRECTION_SENDRECEIVE,
    NET_IF_DIRECTION_SENDONLY,
    NET_IF_DIRECTION_RECEIVEONLY,
    NET_IF_DIRECTION_MAXIMUM
} NET_IF_DIRECTION_TYPE, *PNET_IF_DIRECTION_TYPE;

typedef enum _NET_IF_CONNECTION_TYPE {
    NET_IF_CONNECTION_DEDICATED = 1,
    NET_IF_CONNECTION_PASSIVE = 2,
    NET_IF_CONNECTION_DEMAND = 3,
    NET_IF_CONNECTION_MAXIMUM = 4
} NET_IF_CONNECTION_TYPE, *PNET_IF_CONNECTION_TYPE;
#endif

#ifndef IF_MAX_PHYS_ADDRESS_LENGTH
#define IF_MAX_PHYS_ADDRESS_LENGTH 32
#endif
#ifndef NDIS_MAX_PHYS_ADDRESS_LENGTH
#define NDIS_MAX_PHYS_ADDRESS_LENGTH IF_MAX_PHYS_ADDRESS_LENGTH
#endif

/* ---- Receive side scaling capabilities -------------------------------- */

typedef ULONG NDIS_RSS_CAPS_FLAGS;

typedef struct _NDIS_RECEIVE_SCALE_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    NDIS_RSS_CAPS_FLAGS CapabilitiesFlags;
    ULONG NumberOfInterruptMessages;
    ULONG NumberOfReceiveQueues;
    USHORT NumberOfIndirectionTableEntries;
} NDIS_RECEIVE_SCALE_CAPABILITIES, *PNDIS_RECEIVE_SCALE_CAPABILITIES;

#define NDIS_RECEIVE_SCALE_CAPABILITIES_REVISION_1 1
#define NDIS_RECEIVE_SCALE_CAPABILITIES_REVISION_2 2
#define NDIS_RECEIVE_SCALE_CAPABILITIES_REVISION_3 3
#define NDIS_SIZEOF_RECEIVE_SCALE_CAPABILITIES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_SCALE_CAPABILITIES, NumberOfReceiveQueues)
#define NDIS_SIZEOF_RECEIVE_SCALE_CAPABILITIES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_SCALE_CAPABILITIES, NumberOfIndirectionTableEntries)
#define NDIS_SIZEOF_RECEIVE_SCALE_CAPABILITIES_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_SCALE_CAPABILITIES, NumberOfIndirectionTableEntries)

/* ---- RSSv2 indirection-table updates (ntddndis.h) ----------------------- */

typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRY {
    NDIS_NIC_SWITCH_ID SwitchId;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
    ULONG Flags;
    USHORT IndirectionTableIndex;
    PROCESSOR_NUMBER TargetProcessorNumber;
    NDIS_STATUS EntryStatus;
} NDIS_RSS_SET_INDIRECTION_ENTRY, *PNDIS_RSS_SET_INDIRECTION_ENTRY;

typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRIES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG RssEntrySize;
    ULONG RssEntryTableOffset;
    ULONG NumberOfRssEntries;
} NDIS_RSS_SET_INDIRECTION_ENTRIES, *PNDIS_RSS_SET_INDIRECTION_ENTRIES;

#define NDIS_RSS_SET_INDIRECTION_ENTRIES_REVISION_1 1

/* ---- NDIS ports (ntddndis.h, ndis.h) ---------------------------------- */

typedef enum _NDIS_PORT_TYPE {
    NdisPortTypeUndefined,
    NdisPortTypeBridge,
    NdisPortTypeRasConnection,
    NdisPortType8021xSupplicant,
    NdisPortTypeMax
} NDIS_PORT_TYPE, *PNDIS_PORT_TYPE;

typedef enum _NDIS_PORT_CONTROL_STATE {
    NdisPortControlStateUnknown,
    NdisPortControlStateControlled,
    NdisPortControlStateUncontrolled
} NDIS_PORT_CONTROL_STATE, *PNDIS_PORT_CONTROL_STATE;

typedef enum _NDIS_PORT_AUTHORIZATION_STATE {
    NdisPortAuthorizationUnknown,
    NdisPortAuthorized,
    NdisPortUnauthorized,
    NdisPortReauthorizing
} NDIS_PORT_AUTHORIZATION_STATE, *PNDIS_PORT_AUTHORIZATION_STATE;

/* Forward-declared in ndis_driver.h. */
struct _NDIS_PORT_AUTHENTICATION_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_CONTROL_STATE SendControlState;
    NDIS_PORT_CONTROL_STATE RcvControlState;
    NDIS_PORT_AUTHORIZATION_STATE SendAuthorizationState;
    NDIS_PORT_AUTHORIZATION_STATE RcvAuthorizationState;
};

#define NDIS_PORT_AUTHENTICATION_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_PORT_AUTHENTICATION_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PORT_AUTHENTICATION_PARAMETERS, RcvAuthorizationState)

typedef struct _NDIS_PORT_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    ULONG Flags;
    NDIS_PORT_TYPE Type;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    ULONG64 XmitLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NET_IF_DIRECTION_TYPE Direction;
    NDIS_PORT_CONTROL_STATE SendControlState;
    NDIS_PORT_CONTROL_STATE RcvControlState;
    NDIS_PORT_AUTHORIZATION_STATE SendAuthorizationState;
    NDIS_PORT_AUTHORIZATION_STATE RcvAuthorizationState;
} NDIS_PORT_CHARACTERISTICS, *PNDIS_PORT_CHARACTERISTICS;

#define NDIS_PORT_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_PORT_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PORT_CHARACTERISTICS, RcvAuthorizationState)

typedef struct _NDIS_PORT {
    struct _NDIS_PORT *Next;
    PVOID NdisReserved;
    PVOID MiniportReserved;
    PVOID ProtocolReserved;
    NDIS_PORT_CHARACTERISTICS PortCharacteristics;
} NDIS_PORT, *PNDIS_PORT;

/* ---- Receive filter capabilities (ntddndis.h) -------------------------- */

typedef struct _NDIS_RECEIVE_FILTER_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG EnabledFilterTypes;
    ULONG EnabledQueueTypes;
    ULONG NumQueues;
    ULONG SupportedQueueProperties;
    ULONG SupportedFilterTests;
    ULONG SupportedHeaders;
    ULONG SupportedMacHeaderFields;
    ULONG MaxMacHeaderFilters;
    ULONG MaxQueueGroups;
    ULONG MaxQueuesPerQueueGroup;
    ULONG MinLookaheadSplitSize;
    ULONG MaxLookaheadSplitSize;
    ULONG SupportedARPHeaderFields;
    ULONG SupportedIPv4HeaderFields;
    ULONG SupportedIPv6HeaderFields;
    ULONG SupportedUdpHeaderFields;
    ULONG MaxFieldTestsPerPacketCoalescingFilter;
    ULONG MaxPacketCoalescingFilters;
    ULONG NdisReserved;
} NDIS_RECEIVE_FILTER_CAPABILITIES, *PNDIS_RECEIVE_FILTER_CAPABILITIES;

#define NDIS_RECEIVE_FILTER_CAPABILITIES_REVISION_1 1
#define NDIS_RECEIVE_FILTER_CAPABILITIES_REVISION_2 2
#define NDIS_SIZEOF_RECEIVE_FILTER_CAPABILITIES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_FILTER_CAPABILITIES, MaxLookaheadSplitSize)
#define NDIS_SIZEOF_RECEIVE_FILTER_CAPABILITIES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_FILTER_CAPABILITIES, NdisReserved)

/* ---- Bind parameters ----------------------------------------------------- */

struct _NDIS_BIND_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING ProtocolSection;
    PNDIS_STRING AdapterName;
    PDEVICE_OBJECT PhysicalDeviceObject;
    NDIS_MEDIUM MediaType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RcvScaleCapabilities;
    NET_LUID BoundIfNetluid;
    NET_IFINDEX BoundIfIndex;
    NET_LUID LowestIfNetluid;
    NET_IFINDEX LowestIfIndex;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    PNDIS_PORT ActivePorts;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    ULONG MacOptions;
    NET_IF_COMPARTMENT_ID CompartmentId;
    struct _NDIS_OFFLOAD *DefaultOffloadConfiguration;
    struct _NDIS_TCP_CONNECTION_OFFLOAD *TcpConnectionOffloadCapabilities;
    PNDIS_STRING BoundAdapterName;
    struct _NDIS_HD_SPLIT_CURRENT_CONFIG *HDSplitCurrentConfig;
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
    struct _NDIS_NIC_SWITCH_CAPABILITIES *NicSwitchCapabilities;
    BOOLEAN NDKEnabled;
    struct _NDIS_NDK_CAPABILITIES *NDKCapabilities;
    struct _NDIS_SRIOV_CAPABILITIES *SriovCapabilities;
    struct _NDIS_NIC_SWITCH_INFO_ARRAY *NicSwitchArray;
};

#define NDIS_BIND_PARAMETERS_REVISION_1 1
#define NDIS_BIND_PARAMETERS_REVISION_2 2
#define NDIS_BIND_PARAMETERS_REVISION_3 3
#define NDIS_BIND_PARAMETERS_REVISION_4 4
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, BoundAdapterName)
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, HDSplitCurrentConfig)
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, PowerManagementCapabilitiesEx)
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_4 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, NicSwitchArray)

/* ---- Adapter attributes ------------------------------------------------- */

#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES    0xA1

typedef struct _NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAddDeviceContext;
    ULONG Flags;
} NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES;

#define NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, Flags)

typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_MEDIUM MediaType;
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    ULONG SupportedStatistics;
    ULONG SupportedPauseFunctions;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG AutoNegotiationFlags;
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, AutoNegotiationFlags)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, PowerManagementCapabilitiesEx)

typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    struct _NDIS_OFFLOAD *DefaultOffloadConfiguration;
    struct _NDIS_OFFLOAD *HardwareOffloadCapabilities;
    struct _NDIS_TCP_CONNECTION_OFFLOAD *DefaultTcpConnectionOffloadConfiguration;
    struct _NDIS_TCP_CONNECTION_OFFLOAD *TcpConnectionOffloadHardwareCapabilities;
} NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, TcpConnectionOffloadHardwareCapabilities)

/* The pointed-to 802.11 structures are declared in windot11.h. */
typedef struct _NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG OpModeCapability;
    ULONG NumOfTXBuffers;
    ULONG NumOfRXBuffers;
    BOOLEAN MultiDomainCapabilityImplemented;
    ULONG NumSupportedPhys;
    struct _DOT11_PHY_ATTRIBUTES *SupportedPhyAttributes;
    struct _DOT11_EXTSTA_ATTRIBUTES *ExtSTAAttributes;
    struct _DOT11_VWIFI_ATTRIBUTES *VWiFiAttributes;
    struct _DOT11_EXTAP_ATTRIBUTES *ExtAPAttributes;
    struct _DOT11_WFD_ATTRIBUTES *WFDAttributes;
} NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_2 2
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_3 3
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, ExtSTAAttributes)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, ExtAPAttributes)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, WFDAttributes)

union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES AddDeviceRegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
    NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES OffloadAttributes;
    NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES Native_802_11_Attributes;
};

/* ---- Power-management capabilities (ntddndis.h) ------------------------ */

/* Forward-declared in ndis_driver.h. */
struct _NDIS_PM_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG SupportedWoLPacketPatterns;
    ULONG NumTotalWoLPatterns;
    ULONG MaxWoLPatternSize;
    ULONG MaxWoLPatternOffset;
    ULONG MaxWoLPacketSaveBuffer;
    ULONG SupportedProtocolOffloads;
    ULONG NumArpOffloadIPv4Addresses;
    ULONG NumNSOffloadIPv6Addresses;
    NDIS_DEVICE_POWER_STATE MinMagicPacketWakeUp;
    NDIS_DEVICE_POWER_STATE MinPatternWakeUp;
    NDIS_DEVICE_POWER_STATE MinLinkChangeWakeUp;
    ULONG SupportedWakeUpEvents;
    ULONG MediaSpecificWakeUpEvents;
};

#define NDIS_PM_CAPABILITIES_REVISION_1 1
#define NDIS_PM_CAPABILITIES_REVISION_2 2
#define NDIS_SIZEOF_NDIS_PM_CAPABILITIES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PM_CAPABILITIES, MediaSpecificWakeUpEvents)

#define NDIS_PM_SELECTIVE_SUSPEND_SUPPORTED               0x00000002
#define NDIS_PM_WOL_BITMAP_PATTERN_SUPPORTED              0x00000001
#define NDIS_PM_WOL_MAGIC_PACKET_SUPPORTED                0x00000002
#define NDIS_PM_WOL_IPV4_TCP_SYN_SUPPORTED                0x00000004
#define NDIS_PM_WOL_IPV6_TCP_SYN_SUPPORTED                0x00000008
#define NDIS_PM_WOL_IPV4_DEST_ADDR_WILDCARD_SUPPORTED     0x00000200
#define NDIS_PM_WOL_IPV6_DEST_ADDR_WILDCARD_SUPPORTED     0x00000800
#define NDIS_PM_WOL_EAPOL_REQUEST_ID_MESSAGE_SUPPORTED    0x00010000
#define NDIS_PM_PROTOCOL_OFFLOAD_ARP_SUPPORTED            0x00000001
#define NDIS_PM_PROTOCOL_OFFLOAD_NS_SUPPORTED             0x00000002
#define NDIS_PM_PROTOCOL_OFFLOAD_80211_RSN_REKEY_SUPPORTED 0x00000080

typedef struct _NDIS_PM_PACKET_PATTERN {
    ULONG Priority;
    ULONG Reserved;
    ULONG MaskSize;
    ULONG PatternOffset;
    ULONG PatternSize;
    ULONG PatternFlags;
} NDIS_PM_PACKET_PATTERN, *PNDIS_PM_PACKET_PATTERN;

/* ---- Power-management protocol offload (ntddndis.h) --------------------- */

#ifndef NDIS_PM_MAX_STRING_SIZE
#define NDIS_PM_MAX_STRING_SIZE 64
#endif
#ifndef DOT11_RSN_KCK_LENGTH
#define DOT11_RSN_KCK_LENGTH 16
#define DOT11_RSN_KEK_LENGTH 16
#define DOT11_RSN_MAX_CIPHER_KEY_LENGTH 32
#endif

typedef struct _NDIS_PM_COUNTED_STRING {
    USHORT Length;
    WCHAR String[NDIS_PM_MAX_STRING_SIZE + 1];
} NDIS_PM_COUNTED_STRING, *PNDIS_PM_COUNTED_STRING;

typedef enum _NDIS_PM_PROTOCOL_OFFLOAD_TYPE {
    NdisPMProtocolOffloadIdUnspecified,
    NdisPMProtocolOffloadIdIPv4ARP,
    NdisPMProtocolOffloadIdIPv6NS,
    NdisPMProtocolOffload80211RSNRekey,
    NdisPMProtocolOffload80211RSNRekeyV2,
    NdisPMProtocolOffloadIdMaximum
} NDIS_PM_PROTOCOL_OFFLOAD_TYPE, *PNDIS_PM_PROTOCOL_OFFLOAD_TYPE;

typedef struct _NDIS_PM_PROTOCOL_OFFLOAD {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG Priority;
    NDIS_PM_PROTOCOL_OFFLOAD_TYPE ProtocolOffloadType;
    NDIS_PM_COUNTED_STRING FriendlyName;
    ULONG ProtocolOffloadId;
    ULONG NextProtocolOffloadOffset;
    union {
        struct {
            ULONG Flags;
            UCHAR RemoteIPv4Address[4];
            UCHAR HostIPv4Address[4];
            UCHAR MacAddress[6];
        } IPv4ARPParameters;
        struct {
            ULONG Flags;
            UCHAR RemoteIPv6Address[16];
            UCHAR SolicitedNodeIPv6Address[16];
            UCHAR MacAddress[6];
            UCHAR TargetIPv6Addresses[2][16];
        } IPv6NSParameters;
        struct {
            ULONG Flags;
            UCHAR KCK[DOT11_RSN_KCK_LENGTH];
            UCHAR KEK[DOT11_RSN_KEK_LENGTH];
            ULONGLONG KeyReplayCounter;
        } Dot11RSNRekeyParameters;
        struct {
            ULONG Flags;
            ULONGLONG KeyReplayCounter;
            ULONG AuthAlgo;
            ULONG KCKLength;
            ULONG KEKLength;
            UCHAR KCK[DOT11_RSN_MAX_CIPHER_KEY_LENGTH];
            UCHAR KEK[DOT11_RSN_MAX_CIPHER_KEY_LENGTH];
        } Dot11RSNRekeyParametersV2;
    } ProtocolOffloadParameters;
} NDIS_PM_PROTOCOL_OFFLOAD, *PNDIS_PM_PROTOCOL_OFFLOAD;

#define NDIS_PM_PROTOCOL_OFFLOAD_REVISION_1 1
#define NDIS_PM_PROTOCOL_OFFLOAD_REVISION_2 2

/* ---- Filter partial characteristics ------------------------------------- */

typedef struct _NDIS_FILTER_PARTIAL_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
} NDIS_FILTER_PARTIAL_CHARACTERISTICS, *PNDIS_FILTER_PARTIAL_CHARACTERISTICS;

#define NDIS_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_PARTIAL_CHARACTERISTICS, ReturnNetBufferListsHandler)

/* ---- Net buffer list pool parameter sizes -------------------------------- */

#ifndef NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, DataSize)
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, Flags)
#endif

/* ---- Context declarations for code analysis ------------------------------ */

#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(_type_)  ((void)0)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(_type_) ((void)0)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(_type_)    ((void)0)
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(_type_)    ((void)0)
#define NDIS_DECLARE_PROTOCOL_DRIVER_CONTEXT(_type_)  ((void)0)
#define NDIS_DECLARE_PROTOCOL_BINDING_CONTEXT(_type_) ((void)0)
#define NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(_type_)    ((void)0)

#ifdef __cplusplus
} /* extern "C" */
#endif

/* NDIS 6.20+ surface: QoS, VMQ (receive queues, filters, shared memory,
   NIC switch, hardware-assist attributes) and RSS processor sets/RSSv2.
   Included here, the last of the NDIS framework headers, so that they see
   the adapter and driver types whichever NDIS header a driver includes
   first. */
#include <ndis_qos.h>
#include <ndis_vmq.h>
#include <ndis_rss.h>

#endif /* HVCILINT_NDIS_ADAPTER_H */
