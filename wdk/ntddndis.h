/*
 * ntddndis.h - hvcilint's stand-in for the NDIS definitions shared by
 * miniports, protocols, filters and user mode.
 *
 * Written for hvcilint from the public reference pages (learn.microsoft.com,
 * ntddndis.h / ndis/oidtypes.h / ndis/objectheader.h sections) of
 * NDIS_OBJECT_HEADER, NDIS_PORT_NUMBER, the Hyper-V extensible-switch port
 * and NIC index types, NDIS_OID, NDIS_REQUEST_TYPE, NDIS_MEDIUM,
 * NDIS_PHYSICAL_MEDIUM, the media connect/duplex states, the device power
 * states, NDIS_PNP_CAPABILITIES, NDIS_HARDWARE_STATUS and (OID_GEN_STATISTICS
 * page) NDIS_STATISTICS_INFO, and from the OID, packet-filter and MAC-option
 * reference pages (OID_GEN_*, OID_802_3_*, OID_PNP_*, NDIS_PACKET_TYPE_*,
 * NDIS_MAC_OPTION_*, NDIS_STATISTICS_FLAGS_VALID_*);
 * not taken from the WDK.  OID numbers are the ones the OID pages and the
 * Win32 metadata constant listings publish.
 *
 * Also (NDIS_PM_WAKE_REASON page) the wake-up reason structure and its
 * NDIS_PM_WAKE_REASON_TYPE values, and the NDIS_STATUS / PNDIS_STATUS
 * types (ndis.h takes them from here).
 *
 * Also the legacy 802.11 OIDs (OID_802_11_*) whose numbers the Win32
 * metadata publishes (windows-sys / windows crates, NetworkManagement::Ndis).
 *
 * The same listings give the numbers of the NDIS 6.x general, power
 * management (OID_PM_*), receive filter, NIC switch, Hyper-V extensible
 * switch (OID_SWITCH_*) and TCP/IP offload OIDs declared here.
 *
 * Left out: the RSS, native 802.11 (OID_DOT11_*), WWAN, GFT, SR-IOV
 * configuration-space and QoS OIDs, offload structures, 802.11 types,
 * NDIS_PM_CAPABILITIES and the other power-management structures.
 */
#pragma once
#ifndef HVCILINT_NTDDNDIS_H
#define HVCILINT_NTDDNDIS_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The status type of NDIS routines and callbacks (the NDIS_STATUS_* codes
   are in ndis.h); user-mode and kernel components that include only this
   header see it too. */
typedef int NDIS_STATUS, *PNDIS_STATUS;

typedef struct _NDIS_OBJECT_HEADER {
    UCHAR Type;
    UCHAR Revision;
    USHORT Size;
} NDIS_OBJECT_HEADER, *PNDIS_OBJECT_HEADER;

typedef ULONG NDIS_PORT_NUMBER, *PNDIS_PORT_NUMBER;

typedef UINT32 NDIS_SWITCH_PORT_ID, *PNDIS_SWITCH_PORT_ID;
typedef USHORT NDIS_SWITCH_NIC_INDEX, *PNDIS_SWITCH_NIC_INDEX;

/* Object identifiers of OID requests. */
typedef ULONG NDIS_OID, *PNDIS_OID;

typedef enum _NDIS_REQUEST_TYPE {
    NdisRequestQueryInformation,
    NdisRequestSetInformation,
    NdisRequestQueryStatistics,
    NdisRequestOpen,
    NdisRequestClose,
    NdisRequestSend,
    NdisRequestTransferData,
    NdisRequestReset,
    NdisRequestGeneric1,
    NdisRequestGeneric2,
    NdisRequestGeneric3,
    NdisRequestGeneric4,
    NdisRequestMethod
} NDIS_REQUEST_TYPE, *PNDIS_REQUEST_TYPE;

/* General operational OIDs. */
#define OID_GEN_SUPPORTED_LIST            0x00010101
#define OID_GEN_HARDWARE_STATUS           0x00010102
#define OID_GEN_MEDIA_SUPPORTED           0x00010103
#define OID_GEN_MEDIA_IN_USE              0x00010104
#define OID_GEN_MAXIMUM_LOOKAHEAD         0x00010105
#define OID_GEN_MAXIMUM_FRAME_SIZE        0x00010106
#define OID_GEN_LINK_SPEED                0x00010107
#define OID_GEN_TRANSMIT_BUFFER_SPACE     0x00010108
#define OID_GEN_RECEIVE_BUFFER_SPACE      0x00010109
#define OID_GEN_TRANSMIT_BLOCK_SIZE       0x0001010A
#define OID_GEN_RECEIVE_BLOCK_SIZE        0x0001010B
#define OID_GEN_VENDOR_ID                 0x0001010C
#define OID_GEN_VENDOR_DESCRIPTION        0x0001010D
#define OID_GEN_CURRENT_PACKET_FILTER     0x0001010E
#define OID_GEN_CURRENT_LOOKAHEAD         0x0001010F
#define OID_GEN_DRIVER_VERSION            0x00010110
#define OID_GEN_MAXIMUM_TOTAL_SIZE        0x00010111
#define OID_GEN_PROTOCOL_OPTIONS          0x00010112
#define OID_GEN_MAC_OPTIONS               0x00010113
#define OID_GEN_MEDIA_CONNECT_STATUS      0x00010114
#define OID_GEN_MAXIMUM_SEND_PACKETS      0x00010115
#define OID_GEN_VENDOR_DRIVER_VERSION     0x00010116
#define OID_GEN_SUPPORTED_GUIDS           0x00010117
#define OID_GEN_NETWORK_LAYER_ADDRESSES   0x00010118
#define OID_GEN_TRANSPORT_HEADER_OFFSET   0x00010119
#define OID_GEN_MEDIA_CAPABILITIES        0x00010201
#define OID_GEN_PHYSICAL_MEDIUM           0x00010202
#define OID_GEN_LINK_PARAMETERS           0x00010208
#define OID_GEN_INTERRUPT_MODERATION      0x00010209
#define OID_GEN_MACHINE_NAME              0x0001021A
#define OID_GEN_RNDIS_CONFIG_PARAMETER    0x0001021B
#define OID_GEN_VLAN_ID                   0x0001021C

/* General statistics OIDs. */
#define OID_GEN_XMIT_OK                   0x00020101
#define OID_GEN_RCV_OK                    0x00020102
#define OID_GEN_XMIT_ERROR                0x00020103
#define OID_GEN_RCV_ERROR                 0x00020104
#define OID_GEN_RCV_NO_BUFFER             0x00020105
#define OID_GEN_STATISTICS                0x00020106
#define OID_GEN_DIRECTED_BYTES_XMIT       0x00020201
#define OID_GEN_DIRECTED_FRAMES_XMIT      0x00020202
#define OID_GEN_MULTICAST_BYTES_XMIT      0x00020203
#define OID_GEN_MULTICAST_FRAMES_XMIT     0x00020204
#define OID_GEN_BROADCAST_BYTES_XMIT      0x00020205
#define OID_GEN_BROADCAST_FRAMES_XMIT     0x00020206
#define OID_GEN_DIRECTED_BYTES_RCV        0x00020207
#define OID_GEN_DIRECTED_FRAMES_RCV       0x00020208
#define OID_GEN_MULTICAST_BYTES_RCV       0x00020209
#define OID_GEN_MULTICAST_FRAMES_RCV      0x0002020A
#define OID_GEN_BROADCAST_BYTES_RCV       0x0002020B
#define OID_GEN_BROADCAST_FRAMES_RCV      0x0002020C
#define OID_GEN_RCV_CRC_ERROR             0x0002020D
#define OID_GEN_TRANSMIT_QUEUE_LENGTH     0x0002020E

/* 802.3 (Ethernet) OIDs. */
#define OID_802_3_PERMANENT_ADDRESS       0x01010101
#define OID_802_3_CURRENT_ADDRESS         0x01010102
#define OID_802_3_MULTICAST_LIST          0x01010103
#define OID_802_3_MAXIMUM_LIST_SIZE       0x01010104
#define OID_802_3_MAC_OPTIONS             0x01010105
#define OID_802_3_RCV_ERROR_ALIGNMENT     0x01020101
#define OID_802_3_XMIT_ONE_COLLISION      0x01020102
#define OID_802_3_XMIT_MORE_COLLISIONS    0x01020103
#define OID_802_3_XMIT_DEFERRED           0x01020201
#define OID_802_3_XMIT_MAX_COLLISIONS     0x01020202
#define OID_802_3_RCV_OVERRUN             0x01020203
#define OID_802_3_XMIT_UNDERRUN           0x01020204
#define OID_802_3_XMIT_HEARTBEAT_FAILURE  0x01020205
#define OID_802_3_XMIT_TIMES_CRS_LOST     0x01020206
#define OID_802_3_XMIT_LATE_COLLISIONS    0x01020207

/* Legacy (NDIS 5.x) 802.11 wireless LAN OIDs, the ones whose numbers the
   Win32 metadata constant listings publish. */
#define OID_802_11_BSSID                  0x0D010101
#define OID_802_11_SSID                   0x0D010102
#define OID_802_11_INFRASTRUCTURE_MODE    0x0D010108
#define OID_802_11_ADD_WEP                0x0D010113
#define OID_802_11_DISASSOCIATE           0x0D010115
#define OID_802_11_AUTHENTICATION_MODE    0x0D010118
#define OID_802_11_BSSID_LIST_SCAN        0x0D01011A
#define OID_802_11_WEP_STATUS             0x0D01011B
#define OID_802_11_RELOAD_DEFAULTS        0x0D01011C
#define OID_802_11_RSSI                   0x0D010206
#define OID_802_11_RSSI_TRIGGER           0x0D010207
#define OID_802_11_SUPPORTED_RATES        0x0D01020E
#define OID_802_11_DESIRED_RATES          0x0D010210
#define OID_802_11_CONFIGURATION          0x0D010211
#define OID_802_11_POWER_MODE             0x0D010216
#define OID_802_11_BSSID_LIST             0x0D010217
#define OID_802_11_STATISTICS             0x0D020212
#define OID_802_11_REMOVE_WEP              0x0D010114
#define OID_802_11_PRIVACY_FILTER          0x0D010119
#define OID_802_11_ENCRYPTION_STATUS       0x0D01011B
#define OID_802_11_ADD_KEY                 0x0D01011D
#define OID_802_11_REMOVE_KEY              0x0D01011E
#define OID_802_11_ASSOCIATION_INFORMATION 0x0D01011F
#define OID_802_11_TEST                    0x0D010120
#define OID_802_11_MEDIA_STREAM_MODE       0x0D010121
#define OID_802_11_CAPABILITY              0x0D010122
#define OID_802_11_PMKID                   0x0D010123
#define OID_802_11_NON_BCAST_SSID_LIST     0x0D010124
#define OID_802_11_RADIO_STATUS            0x0D010125
#define OID_802_11_NETWORK_TYPES_SUPPORTED 0x0D010203
#define OID_802_11_NETWORK_TYPE_IN_USE     0x0D010204
#define OID_802_11_TX_POWER_LEVEL          0x0D010205
#define OID_802_11_FRAGMENTATION_THRESHOLD 0x0D010209
#define OID_802_11_RTS_THRESHOLD           0x0D01020A
#define OID_802_11_NUMBER_OF_ANTENNAS      0x0D01020B
#define OID_802_11_RX_ANTENNA_SELECTED     0x0D01020C
#define OID_802_11_TX_ANTENNA_SELECTED     0x0D01020D

/* Power management OIDs. */
#define OID_PNP_CAPABILITIES              0xFD010100
#define OID_PNP_SET_POWER                 0xFD010101
#define OID_PNP_QUERY_POWER               0xFD010102
#define OID_PNP_ADD_WAKE_UP_PATTERN       0xFD010103
#define OID_PNP_REMOVE_WAKE_UP_PATTERN    0xFD010104
#define OID_PNP_WAKE_UP_PATTERN_LIST      0xFD010105
#define OID_PNP_ENABLE_WAKE_UP            0xFD010106

/* More general OIDs (NDIS 6.x). */
#define OID_GEN_MAX_LINK_SPEED                        0x00010206
#define OID_GEN_LINK_STATE                            0x00010207
#define OID_GEN_ENUMERATE_PORTS                       0x0001020D
#define OID_GEN_PORT_STATE                            0x0001020E
#define OID_GEN_PORT_AUTHENTICATION_PARAMETERS        0x0001020F
#define OID_GEN_PHYSICAL_MEDIUM_EX                    0x00010213
#define OID_GEN_MINIPORT_RESTART_ATTRIBUTES           0x0001021D
#define OID_GEN_RSS_SET_INDIRECTION_TABLE_ENTRIES     0x000102C0
#define OID_GEN_GET_TIME_CAPS                         0x0002020F
#define OID_GEN_GET_NETCARD_TIME                      0x00020210
#define OID_GEN_NETCARD_LOAD                          0x00020211
#define OID_GEN_DEVICE_PROFILE                        0x00020212
#define OID_GEN_INIT_TIME_MS                          0x00020213
#define OID_GEN_RESET_COUNTS                          0x00020214
#define OID_GEN_MEDIA_SENSE_COUNTS                    0x00020215
#define OID_GEN_RCV_DISCARDS                          0x0002021B
#define OID_GEN_XMIT_DISCARDS                         0x0002021C

/* 802.3 multicast list edits. */
#define OID_802_3_ADD_MULTICAST_ADDRESS               0x01010208
#define OID_802_3_DELETE_MULTICAST_ADDRESS            0x01010209

/* NDIS 6.20 power management OIDs. */
#define OID_PM_CURRENT_CAPABILITIES                   0xFD010107
#define OID_PM_HARDWARE_CAPABILITIES                  0xFD010108
#define OID_PM_PARAMETERS                             0xFD010109
#define OID_PM_ADD_WOL_PATTERN                        0xFD01010A
#define OID_PM_REMOVE_WOL_PATTERN                     0xFD01010B
#define OID_PM_WOL_PATTERN_LIST                       0xFD01010C
#define OID_PM_ADD_PROTOCOL_OFFLOAD                   0xFD01010D
#define OID_PM_GET_PROTOCOL_OFFLOAD                   0xFD01010E
#define OID_PM_REMOVE_PROTOCOL_OFFLOAD                0xFD01010F
#define OID_PM_PROTOCOL_OFFLOAD_LIST                  0xFD010110

/* Wake-up statistics OIDs. */
#define OID_PNP_WAKE_UP_OK                            0xFD020200
#define OID_PNP_WAKE_UP_ERROR                         0xFD020201

/* Receive filter (VMQ, SR-IOV, packet coalescing) OIDs. */
#define OID_RECEIVE_FILTER_HARDWARE_CAPABILITIES      0x00010221
#define OID_RECEIVE_FILTER_GLOBAL_PARAMETERS          0x00010222
#define OID_RECEIVE_FILTER_ALLOCATE_QUEUE             0x00010223
#define OID_RECEIVE_FILTER_FREE_QUEUE                 0x00010224
#define OID_RECEIVE_FILTER_ENUM_QUEUES                0x00010225
#define OID_RECEIVE_FILTER_QUEUE_PARAMETERS           0x00010226
#define OID_RECEIVE_FILTER_SET_FILTER                 0x00010227
#define OID_RECEIVE_FILTER_CLEAR_FILTER               0x00010228
#define OID_RECEIVE_FILTER_ENUM_FILTERS               0x00010229
#define OID_RECEIVE_FILTER_PARAMETERS                 0x0001022A
#define OID_RECEIVE_FILTER_QUEUE_ALLOCATION_COMPLETE  0x0001022B
#define OID_RECEIVE_FILTER_CURRENT_CAPABILITIES       0x0001022D
#define OID_RECEIVE_FILTER_MOVE_FILTER                0x00010230

/* Packet coalescing and encapsulation offload. */
#define OID_PACKET_COALESCING_FILTER_MATCH_COUNT      0x00010235
#define OID_OFFLOAD_ENCAPSULATION                     0x0101010A

/* NIC switch (SR-IOV) OIDs. */
#define OID_NIC_SWITCH_HARDWARE_CAPABILITIES          0x0001022E
#define OID_NIC_SWITCH_CURRENT_CAPABILITIES           0x0001022F
#define OID_NIC_SWITCH_CREATE_SWITCH                  0x00010237
#define OID_NIC_SWITCH_PARAMETERS                     0x00010238
#define OID_NIC_SWITCH_DELETE_SWITCH                  0x00010239
#define OID_NIC_SWITCH_ENUM_SWITCHES                  0x00010240
#define OID_NIC_SWITCH_CREATE_VPORT                   0x00010241
#define OID_NIC_SWITCH_VPORT_PARAMETERS               0x00010242
#define OID_NIC_SWITCH_ENUM_VPORTS                    0x00010243
#define OID_NIC_SWITCH_DELETE_VPORT                   0x00010244
#define OID_NIC_SWITCH_ALLOCATE_VF                    0x00010245
#define OID_NIC_SWITCH_FREE_VF                        0x00010246
#define OID_NIC_SWITCH_VF_PARAMETERS                  0x00010247
#define OID_NIC_SWITCH_ENUM_VFS                       0x00010248

/* Hyper-V extensible switch OIDs. */
#define OID_SWITCH_PROPERTY_ADD                       0x00010263
#define OID_SWITCH_PROPERTY_UPDATE                    0x00010264
#define OID_SWITCH_PROPERTY_DELETE                    0x00010265
#define OID_SWITCH_PROPERTY_ENUM                      0x00010266
#define OID_SWITCH_FEATURE_STATUS_QUERY               0x00010267
#define OID_SWITCH_NIC_REQUEST                        0x00010270
#define OID_SWITCH_PORT_PROPERTY_ADD                  0x00010271
#define OID_SWITCH_PORT_PROPERTY_UPDATE               0x00010272
#define OID_SWITCH_PORT_PROPERTY_DELETE               0x00010273
#define OID_SWITCH_PORT_PROPERTY_ENUM                 0x00010274
#define OID_SWITCH_PARAMETERS                         0x00010275
#define OID_SWITCH_PORT_ARRAY                         0x00010276
#define OID_SWITCH_NIC_ARRAY                          0x00010277
#define OID_SWITCH_PORT_CREATE                        0x00010278
#define OID_SWITCH_PORT_DELETE                        0x00010279
#define OID_SWITCH_NIC_CREATE                         0x0001027A
#define OID_SWITCH_NIC_CONNECT                        0x0001027B
#define OID_SWITCH_NIC_DISCONNECT                     0x0001027C
#define OID_SWITCH_NIC_DELETE                         0x0001027D
#define OID_SWITCH_PORT_FEATURE_STATUS_QUERY          0x0001027E
#define OID_SWITCH_PORT_TEARDOWN                      0x0001027F
#define OID_SWITCH_NIC_SAVE                           0x00010290
#define OID_SWITCH_NIC_SAVE_COMPLETE                  0x00010291
#define OID_SWITCH_NIC_RESTORE                        0x00010292
#define OID_SWITCH_NIC_RESTORE_COMPLETE               0x00010293
#define OID_SWITCH_NIC_UPDATED                        0x00010294
#define OID_SWITCH_PORT_UPDATED                       0x00010295
#define OID_SWITCH_NIC_DIRECT_REQUEST                 0x00010296
#define OID_SWITCH_NIC_SUSPEND                        0x00010297
#define OID_SWITCH_NIC_RESUME                         0x00010298

/* TCP/IP task offload OIDs. */
#define OID_TCP_TASK_OFFLOAD                          0xFC010201
#define OID_TCP_TASK_IPSEC_ADD_SA                     0xFC010202
#define OID_TCP_TASK_IPSEC_DELETE_SA                  0xFC010203
#define OID_TCP_SAN_SUPPORT                           0xFC010204
#define OID_TCP_TASK_IPSEC_ADD_UDPESP_SA              0xFC010205
#define OID_TCP_TASK_IPSEC_DELETE_UDPESP_SA           0xFC010206
#define OID_TCP_OFFLOAD_CURRENT_CONFIG                0xFC01020B
#define OID_TCP_OFFLOAD_PARAMETERS                    0xFC01020C
#define OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES         0xFC01020D
#define OID_TCP_CONNECTION_OFFLOAD_CURRENT_CONFIG     0xFC01020E
#define OID_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES 0xFC01020F

/* Offload statistics OIDs. */
#define OID_TCP4_OFFLOAD_STATS                        0xFC010207
#define OID_TCP6_OFFLOAD_STATS                        0xFC010208
#define OID_IP4_OFFLOAD_STATS                         0xFC010209
#define OID_IP6_OFFLOAD_STATS                         0xFC01020A
/* Packet filter bits (OID_GEN_CURRENT_PACKET_FILTER). */
#define NDIS_PACKET_TYPE_DIRECTED         0x00000001
#define NDIS_PACKET_TYPE_MULTICAST        0x00000002
#define NDIS_PACKET_TYPE_ALL_MULTICAST    0x00000004
#define NDIS_PACKET_TYPE_BROADCAST        0x00000008
#define NDIS_PACKET_TYPE_SOURCE_ROUTING   0x00000010
#define NDIS_PACKET_TYPE_PROMISCUOUS      0x00000020
#define NDIS_PACKET_TYPE_SMT              0x00000040
#define NDIS_PACKET_TYPE_ALL_LOCAL        0x00000080
#define NDIS_PACKET_TYPE_GROUP            0x00001000
#define NDIS_PACKET_TYPE_ALL_FUNCTIONAL   0x00002000
#define NDIS_PACKET_TYPE_FUNCTIONAL       0x00004000
#define NDIS_PACKET_TYPE_MAC_FRAME        0x00008000
#define NDIS_PACKET_TYPE_NO_LOCAL         0x00010000

typedef enum _NDIS_MEDIUM {
    NdisMedium802_3,
    NdisMedium802_5,
    NdisMediumFddi,
    NdisMediumWan,
    NdisMediumLocalTalk,
    NdisMediumDix,
    NdisMediumArcnetRaw,
    NdisMediumArcnet878_2,
    NdisMediumAtm,
    NdisMediumWirelessWan,
    NdisMediumIrda,
    NdisMediumBpc,
    NdisMediumCoWan,
    NdisMedium1394,
    NdisMediumInfiniBand,
    NdisMediumTunnel,
    NdisMediumNative802_11,
    NdisMediumLoopback,
    NdisMediumWiMAX,
    NdisMediumIP,
    NdisMediumMax
} NDIS_MEDIUM, *PNDIS_MEDIUM;

typedef enum _NDIS_PHYSICAL_MEDIUM {
    NdisPhysicalMediumUnspecified,
    NdisPhysicalMediumWirelessLan,
    NdisPhysicalMediumCableModem,
    NdisPhysicalMediumPhoneLine,
    NdisPhysicalMediumPowerLine,
    NdisPhysicalMediumDSL,
    NdisPhysicalMediumFibreChannel,
    NdisPhysicalMedium1394,
    NdisPhysicalMediumWirelessWan,
    NdisPhysicalMediumNative802_11,
    NdisPhysicalMediumBluetooth,
    NdisPhysicalMediumInfiniband,
    NdisPhysicalMediumWiMax,
    NdisPhysicalMediumUWB,
    NdisPhysicalMedium802_3,
    NdisPhysicalMedium802_5,
    NdisPhysicalMediumIrda,
    NdisPhysicalMediumWiredWAN,
    NdisPhysicalMediumWiredCoWan,
    NdisPhysicalMediumOther,
    NdisPhysicalMediumNative802_15_4,
    NdisPhysicalMediumMax
} NDIS_PHYSICAL_MEDIUM, *PNDIS_PHYSICAL_MEDIUM;

typedef enum _NDIS_MEDIA_CONNECT_STATE {
    MediaConnectStateUnknown,
    MediaConnectStateConnected,
    MediaConnectStateDisconnected
} NDIS_MEDIA_CONNECT_STATE, *PNDIS_MEDIA_CONNECT_STATE;

typedef enum _NDIS_MEDIA_DUPLEX_STATE {
    MediaDuplexStateUnknown,
    MediaDuplexStateHalf,
    MediaDuplexStateFull
} NDIS_MEDIA_DUPLEX_STATE, *PNDIS_MEDIA_DUPLEX_STATE;

typedef enum _NDIS_SUPPORTED_PAUSE_FUNCTIONS {
    NdisPauseFunctionsUnsupported,
    NdisPauseFunctionsSendOnly,
    NdisPauseFunctionsReceiveOnly,
    NdisPauseFunctionsSendAndReceive,
    NdisPauseFunctionsUnknown
} NDIS_SUPPORTED_PAUSE_FUNCTIONS, *PNDIS_SUPPORTED_PAUSE_FUNCTIONS;

/* Device power states (OID_PNP_SET_POWER, OID_PNP_QUERY_POWER). */
typedef enum _NDIS_DEVICE_POWER_STATE {
    NdisDeviceStateUnspecified = 0,
    NdisDeviceStateD0,
    NdisDeviceStateD1,
    NdisDeviceStateD2,
    NdisDeviceStateD3,
    NdisDeviceStateMaximum
} NDIS_DEVICE_POWER_STATE, *PNDIS_DEVICE_POWER_STATE;

typedef enum _NET_DEVICE_POWER_STATE {
    NetDeviceStateD0,
    NetDeviceStateD1,
    NetDeviceStateD2,
    NetDeviceStateD3,
    NetDeviceStateUnspecified
} NET_DEVICE_POWER_STATE, *PNET_DEVICE_POWER_STATE;

typedef struct _NDIS_PM_WAKE_UP_CAPABILITIES {
    NDIS_DEVICE_POWER_STATE MinMagicPacketWakeUp;
    NDIS_DEVICE_POWER_STATE MinPatternWakeUp;
    NDIS_DEVICE_POWER_STATE MinLinkChangeWakeUp;
} NDIS_PM_WAKE_UP_CAPABILITIES, *PNDIS_PM_WAKE_UP_CAPABILITIES;

typedef struct _NDIS_PNP_CAPABILITIES {
    ULONG Flags;
    NDIS_PM_WAKE_UP_CAPABILITIES WakeUpCapabilities;
} NDIS_PNP_CAPABILITIES, *PNDIS_PNP_CAPABILITIES;

#define NDIS_DEVICE_WAKE_UP_ENABLE                  0x00000001
#define NDIS_DEVICE_WAKE_ON_PATTERN_MATCH_ENABLE    0x00000002
#define NDIS_DEVICE_WAKE_ON_MAGIC_PACKET_ENABLE     0x00000004

/* OID_GEN_HARDWARE_STATUS values. */
typedef enum _NDIS_HARDWARE_STATUS {
    NdisHardwareStatusReady,
    NdisHardwareStatusInitializing,
    NdisHardwareStatusReset,
    NdisHardwareStatusClosing,
    NdisHardwareStatusNotReady
} NDIS_HARDWARE_STATUS, *PNDIS_HARDWARE_STATUS;

/* OID_GEN_MAC_OPTIONS bits. */
#define NDIS_MAC_OPTION_COPY_LOOKAHEAD_DATA     0x00000001
#define NDIS_MAC_OPTION_RECEIVE_SERIALIZED      0x00000002
#define NDIS_MAC_OPTION_TRANSFERS_NOT_PEND      0x00000004
#define NDIS_MAC_OPTION_NO_LOOPBACK             0x00000008
#define NDIS_MAC_OPTION_FULL_DUPLEX             0x00000010
#define NDIS_MAC_OPTION_EOTX_INDICATION         0x00000020
#define NDIS_MAC_OPTION_8021P_PRIORITY          0x00000040
#define NDIS_MAC_OPTION_SUPPORTS_MAC_ADDRESS_OVERWRITE 0x00000080
#define NDIS_MAC_OPTION_RECEIVE_AT_DPC          0x00000100
#define NDIS_MAC_OPTION_8021Q_VLAN              0x00000200

/* OID_GEN_STATISTICS. */
typedef struct _NDIS_STATISTICS_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG SupportedStatistics;
    ULONG64 ifInDiscards;
    ULONG64 ifInErrors;
    ULONG64 ifHCInOctets;
    ULONG64 ifHCInUcastPkts;
    ULONG64 ifHCInMulticastPkts;
    ULONG64 ifHCInBroadcastPkts;
    ULONG64 ifHCOutOctets;
    ULONG64 ifHCOutUcastPkts;
    ULONG64 ifHCOutMulticastPkts;
    ULONG64 ifHCOutBroadcastPkts;
    ULONG64 ifOutErrors;
    ULONG64 ifOutDiscards;
    ULONG64 ifHCInUcastOctets;
    ULONG64 ifHCInMulticastOctets;
    ULONG64 ifHCInBroadcastOctets;
    ULONG64 ifHCOutUcastOctets;
    ULONG64 ifHCOutMulticastOctets;
    ULONG64 ifHCOutBroadcastOctets;
} NDIS_STATISTICS_INFO, *PNDIS_STATISTICS_INFO;

#define NDIS_STATISTICS_INFO_REVISION_1 1
#define NDIS_SIZEOF_STATISTICS_INFO_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_STATISTICS_INFO, ifHCOutBroadcastOctets)

#define NDIS_STATISTICS_FLAGS_VALID_DIRECTED_FRAMES_RCV     0x00000001
#define NDIS_STATISTICS_FLAGS_VALID_MULTICAST_FRAMES_RCV    0x00000002
#define NDIS_STATISTICS_FLAGS_VALID_BROADCAST_FRAMES_RCV    0x00000004
#define NDIS_STATISTICS_FLAGS_VALID_BYTES_RCV               0x00000008
#define NDIS_STATISTICS_FLAGS_VALID_RCV_DISCARDS            0x00000010
#define NDIS_STATISTICS_FLAGS_VALID_RCV_ERROR               0x00000020
#define NDIS_STATISTICS_FLAGS_VALID_DIRECTED_FRAMES_XMIT    0x00000040
#define NDIS_STATISTICS_FLAGS_VALID_MULTICAST_FRAMES_XMIT   0x00000080
#define NDIS_STATISTICS_FLAGS_VALID_BROADCAST_FRAMES_XMIT   0x00000100
#define NDIS_STATISTICS_FLAGS_VALID_BYTES_XMIT              0x00000200
#define NDIS_STATISTICS_FLAGS_VALID_XMIT_ERROR              0x00000400
#define NDIS_STATISTICS_FLAGS_VALID_XMIT_DISCARDS           0x00008000
#define NDIS_STATISTICS_FLAGS_VALID_DIRECTED_BYTES_RCV      0x00010000
#define NDIS_STATISTICS_FLAGS_VALID_MULTICAST_BYTES_RCV     0x00020000
#define NDIS_STATISTICS_FLAGS_VALID_BROADCAST_BYTES_RCV     0x00040000
#define NDIS_STATISTICS_FLAGS_VALID_DIRECTED_BYTES_XMIT     0x00080000
#define NDIS_STATISTICS_FLAGS_VALID_MULTICAST_BYTES_XMIT    0x00100000
#define NDIS_STATISTICS_FLAGS_VALID_BROADCAST_BYTES_XMIT    0x00200000

/* Wake-up reason of NDIS 6.30+ (status buffer of NDIS_STATUS_PM_WAKE_REASON). */
typedef enum _NDIS_PM_WAKE_REASON_TYPE {
    NdisWakeReasonUnspecified = 0x0000,
    NdisWakeReasonPacket = 0x0001,
    NdisWakeReasonMediaDisconnect = 0x0002,
    NdisWakeReasonMediaConnect = 0x0003,
    NdisWakeReasonWlanNLODiscovery = 0x1000,
    NdisWakeReasonWlanAPAssociationLost = 0x1001,
    NdisWakeReasonWlanGTKHandshakeError = 0x1002,
    NdisWakeReasonWlan4WayHandshakeRequest = 0x1003,
    NdisWakeReasonWlanIncomingActionFrame,
    NdisWakeReasonWlanClientDriverDiagnostic,
    NdisWakeReasonWwanRegisterState = 0x2000,
    NdisWakeReasonWwanSMSReceive = 0x2001,
    NdisWakeReasonWwanUSSDReceive = 0x2002,
    NdisWakeReasonWwanPacketState = 0x2004,
    NdisWakeReasonWwanUiccChange = 0x2005
} NDIS_PM_WAKE_REASON_TYPE, *PNDIS_PM_WAKE_REASON_TYPE;

typedef struct _NDIS_PM_WAKE_REASON {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_PM_WAKE_REASON_TYPE WakeReason;
    ULONG InfoBufferOffset;
    ULONG InfoBufferSize;
} NDIS_PM_WAKE_REASON, *PNDIS_PM_WAKE_REASON;

#define NDIS_PM_WAKE_REASON_REVISION_1 1
#define NDIS_SIZEOF_PM_WAKE_REASON_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PM_WAKE_REASON, InfoBufferSize)

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NTDDNDIS_H */
