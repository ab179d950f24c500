/*
 * fwpsk.h - hvcilint's stand-in for the Windows Filtering Platform
 * kernel callout API (the filter engine's run-time side).
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (the fwpsk.h and fwpstypes.h sections), not taken
 * from the WDK: FWPS_INCOMING_VALUE0, FWPS_INCOMING_VALUES0,
 * FWPS_DISCARD_METADATA0, FWPS_INBOUND_FRAGMENT_METADATA0,
 * FWPS_INCOMING_METADATA_VALUES0, FWPS_ACTION0, FWPS_FILTER_CONDITION0,
 * FWPS_FILTER0/1/2, FWPS_CLASSIFY_OUT0, FWPS_CALLOUT0/1/2 and their
 * classifyFn/notifyFn/flowDeleteFn callback types, FWPS_STREAM_DATA_OFFSET0,
 * FWPS_STREAM_DATA0, FWPS_STREAM_CALLOUT_IO_PACKET0, FWPS_STREAM_ACTION_TYPE,
 * FWPS_PACKET_INJECTION_STATE, FWPS_CONNECTION_REDIRECT_STATE, the
 * FWPS_PACKET_LIST_*_INFORMATION0 structures,
 * FWPS_TRANSPORT_SEND_PARAMS0/1, FWPS_INJECT_COMPLETE0 and the Fwps*
 * routines declared below (prototypes as documented).  Enumerations are in
 * their documented order; the FWP_CALLOUT_FLAG_* values are the documented
 * ones.
 *
 * Version-independent names (FWPS_FILTER, FWPS_CALLOUT, classify and notify
 * callback types, FwpsCalloutRegister, ...) map to version 2 when
 * NTDDI_VERSION is Windows 8 or later, version 1 for Windows 7 and
 * version 0 before, per "WFP Version-Independent Names"; the Windows 10
 * version-3 callout and filter structures are left out.
 *
 * The run-time layer identifiers (FWPS_BUILTIN_LAYERS) and the per-layer
 * data field identifiers (FWPS_FIELDS_*) follow the FWPS_BUILTIN_LAYERS and
 * FWPS_FIELDS_* reference pages (fwpsk.h), each enumeration in its
 * documented order and ending at its _MAX value.  Layers 0 through
 * FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6_DISCARD are as the page lists them;
 * the page lists the Ethernet MAC-frame layers and FWPS_LAYER_RESERVED1_V4/
 * V6 side by side, taken here as the Windows 8 and earlier spellings of the
 * same two values, and it omits FWPS_LAYER_INBOUND/OUTBOUND_MAC_FRAME_NATIVE,
 * placed here with the other Windows 8 layers before the vSwitch layers
 * (the grouping the WFP sample follows); values from there on are therefore
 * hvcilint's reading, not a documented number.
 *
 * The FWPS_METADATA_FIELD_*, FWPS_L2_METADATA_FIELD_*, FWPS_RIGHT_*,
 * FWPS_FILTER_FLAG_*, FWPS_CLASSIFY_OUT_FLAG_*, FWPS_INCOMING_FLAG_* and
 * FWPS_L2_INCOMING_FLAG_* bits are the values in the Win32 metadata
 * constants published with windows-rs (windows-sys); the
 * FWPS_IS_(L2_)METADATA_FIELD_PRESENT tests follow the documented meaning
 * of currentMetadataValues / currentL2MetadataValues.
 *
 * Left out: the FWPS_STREAM_FLAG_*, FWPS_INJECTION_TYPE_* and
 * FWPS_PACKET_LIST_INFORMATION_QUERY_*
 * values and the discard-reason enumerations (the numeric values are not
 * restated in the sources used), ALE endpoint enumeration, bind/connect redirection request structures,
 * vSwitch injection, and the fwpsu.h (user-mode) routines.
 */
#pragma once
#ifndef HVCILINT_FWPSK_H
#define HVCILINT_FWPSK_H

#include <ndis.h>
#include <ntddndis.h>
#include <minwindef.h>
#include <ws2ipdef.h>
#include <ifdef.h>
#include <netioapi.h>
#include <netiodef.h>
#include <fwptypes.h>
#include <fwpmtypes.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Incoming data and metadata values passed to classifyFn. */
typedef struct FWPS_INCOMING_VALUE0_ {
    FWP_VALUE0 value;
} FWPS_INCOMING_VALUE0;

typedef struct FWPS_INCOMING_VALUES0_ {
    UINT16 layerId;
    UINT32 valueCount;
    FWPS_INCOMING_VALUE0 *incomingValue;
} FWPS_INCOMING_VALUES0;

typedef enum FWPS_DISCARD_MODULE0_ {
    FWPS_DISCARD_MODULE_NETWORK,
    FWPS_DISCARD_MODULE_TRANSPORT,
    FWPS_DISCARD_MODULE_GENERAL,
    FWPS_DISCARD_MODULE_MAX
} FWPS_DISCARD_MODULE0;

typedef struct FWPS_DISCARD_METADATA0_ {
    FWPS_DISCARD_MODULE0 discardModule;
    UINT32 discardReason;
    UINT64 filterId;
} FWPS_DISCARD_METADATA0;

typedef struct FWPS_INBOUND_FRAGMENT_METADATA0_ {
    UINT32 fragmentIdentification;
    UINT16 fragmentOffset;
    ULONG fragmentLength;
} FWPS_INBOUND_FRAGMENT_METADATA0;

typedef struct FWPS_INCOMING_METADATA_VALUES0_ {
    UINT32 currentMetadataValues;
    UINT32 flags;
    UINT64 reserved;
    FWPS_DISCARD_METADATA0 discardMetadata;
    UINT64 flowHandle;
    UINT32 ipHeaderSize;
    UINT32 transportHeaderSize;
    FWP_BYTE_BLOB *processPath;
    UINT64 token;
    UINT64 processId;
    UINT32 sourceInterfaceIndex;
    UINT32 destinationInterfaceIndex;
    ULONG compartmentId;
    FWPS_INBOUND_FRAGMENT_METADATA0 fragmentMetadata;
    ULONG pathMtu;
    HANDLE completionHandle;
    UINT64 transportEndpointHandle;
    SCOPE_ID remoteScopeId;
    WSACMSGHDR *controlData;
    ULONG controlDataLength;
    FWP_DIRECTION packetDirection;
    PVOID headerIncludeHeader;
    ULONG headerIncludeHeaderLength;
    IP_ADDRESS_PREFIX destinationPrefix;
    UINT16 frameLength;
    UINT64 parentEndpointHandle;
    UINT32 icmpIdAndSequence;
    DWORD localRedirectTargetPID;
    SOCKADDR *originalDestination;
    HANDLE redirectRecords;
    UINT32 currentL2MetadataValues;
    UINT32 l2Flags;
    UINT32 ethernetMacHeaderSize;
    UINT32 wiFiOperationMode;
    NDIS_SWITCH_PORT_ID vSwitchSourcePortId;
    NDIS_SWITCH_NIC_INDEX vSwitchSourceNicIndex;
    NDIS_SWITCH_PORT_ID vSwitchDestinationPortId;
    UINT32 padding0;
    USHORT padding1;
    UINT32 padding2;
    HANDLE vSwitchPacketContext;
    PVOID subProcessTag;
    UINT64 reserved1;
} FWPS_INCOMING_METADATA_VALUES0;

/* Run-time filters. */
typedef struct FWPS_ACTION0_ {
    FWP_ACTION_TYPE type;
    UINT32 calloutId;
} FWPS_ACTION0;

typedef struct FWPS_FILTER_CONDITION0_ {
    UINT16 fieldId;
    UINT16 reserved;
    FWP_MATCH_TYPE matchType;
    FWP_CONDITION_VALUE0 conditionValue;
} FWPS_FILTER_CONDITION0;

typedef struct FWPS_FILTER0_ {
    UINT64 filterId;
    FWP_VALUE0 weight;
    UINT16 subLayerWeight;
    UINT16 flags;
    UINT32 numFilterConditions;
    FWPS_FILTER_CONDITION0 *filterCondition;
    FWPS_ACTION0 action;
    UINT64 context;
    FWPM_PROVIDER_CONTEXT0 *providerContext;
} FWPS_FILTER0;

typedef struct FWPS_FILTER1_ {
    UINT64 filterId;
    FWP_VALUE0 weight;
    UINT16 subLayerWeight;
    UINT16 flags;
    UINT32 numFilterConditions;
    FWPS_FILTER_CONDITION0 *filterCondition;
    FWPS_ACTION0 action;
    UINT64 context;
    FWPM_PROVIDER_CONTEXT1 *providerContext;
} FWPS_FILTER1;

typedef struct FWPS_FILTER2_ {
    UINT64 filterId;
    FWP_VALUE0 weight;
    UINT16 subLayerWeight;
    UINT16 flags;
    UINT32 numFilterConditions;
    FWPS_FILTER_CONDITION0 *filterCondition;
    FWPS_ACTION0 action;
    UINT64 context;
    FWPM_PROVIDER_CONTEXT2 *providerContext;
} FWPS_FILTER2;

/* What classifyFn returns. */
typedef struct FWPS_CLASSIFY_OUT0_ {
    FWP_ACTION_TYPE actionType;
    UINT64 outContext;
    UINT64 filterId;
    UINT32 rights;
    UINT32 flags;
    UINT32 reserved;
} FWPS_CLASSIFY_OUT0;

/* Callouts. */
typedef enum FWPS_CALLOUT_NOTIFY_TYPE_ {
    FWPS_CALLOUT_NOTIFY_ADD_FILTER,
    FWPS_CALLOUT_NOTIFY_DELETE_FILTER,
    FWPS_CALLOUT_NOTIFY_ADD_FILTER_POST_COMMIT,
    FWPS_CALLOUT_NOTIFY_TYPE_MAX
} FWPS_CALLOUT_NOTIFY_TYPE;

typedef void (NTAPI *FWPS_CALLOUT_CLASSIFY_FN0)(
    const FWPS_INCOMING_VALUES0 *inFixedValues,
    const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues,
    void *layerData,
    const FWPS_FILTER0 *filter,
    UINT64 flowContext,
    FWPS_CLASSIFY_OUT0 *classifyOut);

typedef void (NTAPI *FWPS_CALLOUT_CLASSIFY_FN1)(
    const FWPS_INCOMING_VALUES0 *inFixedValues,
    const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues,
    void *layerData,
    const void *classifyContext,
    const FWPS_FILTER1 *filter,
    UINT64 flowContext,
    FWPS_CLASSIFY_OUT0 *classifyOut);

typedef void (NTAPI *FWPS_CALLOUT_CLASSIFY_FN2)(
    const FWPS_INCOMING_VALUES0 *inFixedValues,
    const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues,
    void *layerData,
    const void *classifyContext,
    const FWPS_FILTER2 *filter,
    UINT64 flowContext,
    FWPS_CLASSIFY_OUT0 *classifyOut);

typedef NTSTATUS (NTAPI *FWPS_CALLOUT_NOTIFY_FN0)(
    FWPS_CALLOUT_NOTIFY_TYPE notifyType,
    const GUID *filterKey,
    FWPS_FILTER0 *filter);

typedef NTSTATUS (NTAPI *FWPS_CALLOUT_NOTIFY_FN1)(
    FWPS_CALLOUT_NOTIFY_TYPE notifyType,
    const GUID *filterKey,
    FWPS_FILTER1 *filter);

typedef NTSTATUS (NTAPI *FWPS_CALLOUT_NOTIFY_FN2)(
    FWPS_CALLOUT_NOTIFY_TYPE notifyType,
    const GUID *filterKey,
    FWPS_FILTER2 *filter);

typedef void (NTAPI *FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0)(
    UINT16 layerId,
    UINT32 calloutId,
    UINT64 flowContext);

#define FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW          0x00000001
#define FWP_CALLOUT_FLAG_ALLOW_OFFLOAD                0x00000002
#define FWP_CALLOUT_FLAG_ENABLE_COMMIT_ADD_NOTIFY     0x00000004
#define FWP_CALLOUT_FLAG_ALLOW_MID_STREAM_INSPECTION  0x00000008
#define FWP_CALLOUT_FLAG_ALLOW_RECLASSIFY             0x00000010
#define FWP_CALLOUT_FLAG_RESERVED1                    0x00000020
#define FWP_CALLOUT_FLAG_ALLOW_RSC                    0x00000040
#define FWP_CALLOUT_FLAG_ALLOW_L2_BATCH_CLASSIFY      0x00000080
#define FWP_CALLOUT_FLAG_ALLOW_USO                    0x00000100
#define FWP_CALLOUT_FLAG_ALLOW_URO                    0x00000200

typedef struct FWPS_CALLOUT0_ {
    GUID calloutKey;
    UINT32 flags;
    FWPS_CALLOUT_CLASSIFY_FN0 classifyFn;
    FWPS_CALLOUT_NOTIFY_FN0 notifyFn;
    FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT0;

typedef struct FWPS_CALLOUT1_ {
    GUID calloutKey;
    UINT32 flags;
    FWPS_CALLOUT_CLASSIFY_FN1 classifyFn;
    FWPS_CALLOUT_NOTIFY_FN1 notifyFn;
    FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT1;

typedef struct FWPS_CALLOUT2_ {
    GUID calloutKey;
    UINT32 flags;
    FWPS_CALLOUT_CLASSIFY_FN2 classifyFn;
    FWPS_CALLOUT_NOTIFY_FN2 notifyFn;
    FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT2;

/* Stream layer data. */
typedef struct FWPS_STREAM_DATA_OFFSET0_ {
    NET_BUFFER_LIST *netBufferList;
    NET_BUFFER *netBuffer;
    MDL *mdl;
    UINT32 mdlOffset;
    UINT32 netBufferOffset;
    SIZE_T streamDataOffset;
} FWPS_STREAM_DATA_OFFSET0;

typedef struct FWPS_STREAM_DATA0_ {
    UINT32 flags;
    FWPS_STREAM_DATA_OFFSET0 dataOffset;
    SIZE_T dataLength;
    NET_BUFFER_LIST *netBufferListChain;
} FWPS_STREAM_DATA0;

typedef enum FWPS_STREAM_ACTION_TYPE_ {
    FWPS_STREAM_ACTION_NONE,
    FWPS_STREAM_ACTION_ALLOW_CONNECTION,
    FWPS_STREAM_ACTION_NEED_MORE_DATA,
    FWPS_STREAM_ACTION_DROP_CONNECTION,
    FWPS_STREAM_ACTION_DEFER,
    FWPS_STREAM_ACTION_TYPE_MAX
} FWPS_STREAM_ACTION_TYPE;

typedef struct FWPS_STREAM_CALLOUT_IO_PACKET0_ {
    FWPS_STREAM_DATA0 *streamData;
    SIZE_T missedBytes;
    UINT32 countBytesRequired;
    SIZE_T countBytesEnforced;
    FWPS_STREAM_ACTION_TYPE streamAction;
} FWPS_STREAM_CALLOUT_IO_PACKET0;

/* Packet injection. */
typedef enum FWPS_PACKET_INJECTION_STATE_ {
    FWPS_PACKET_NOT_INJECTED,
    FWPS_PACKET_INJECTED_BY_SELF,
    FWPS_PACKET_INJECTED_BY_OTHER,
    FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF,
    FWPS_PACKET_INJECTION_STATE_MAX
} FWPS_PACKET_INJECTION_STATE;

typedef enum FWPS_CONNECTION_REDIRECT_STATE_ {
    FWPS_CONNECTION_NOT_REDIRECTED,
    FWPS_CONNECTION_REDIRECTED_BY_SELF,
    FWPS_CONNECTION_REDIRECTED_BY_OTHER,
    FWPS_CONNECTION_PREVIOUSLY_REDIRECTED_BY_SELF,
    FWPS_CONNECTION_REDIRECT_STATE_MAX
} FWPS_CONNECTION_REDIRECT_STATE;

/* IPsec and WFP information about a packet list. */
typedef struct FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0_ {
    unsigned isSecure : 1;
    unsigned isTransportMode : 1;
    unsigned isTunnelMode : 1;
    unsigned isTransportModeVerified : 1;
    unsigned isTunnelModeVerified : 1;
    unsigned isDeTunneled : 1;
} FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0;

typedef struct FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0_ {
    unsigned isIPsecPolicyMatch : 1;
    unsigned isTransportPolicyMatch : 1;
    unsigned isTunnelPolicyMatch : 1;
    unsigned isTunnelIPinIP : 1;
} FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0;

typedef struct FWPS_PACKET_LIST_IPSEC_INFORMATION0_ {
    union {
        FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0 inbound;
        FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0 outbound;
        UINT32 flags;
    };
} FWPS_PACKET_LIST_IPSEC_INFORMATION0;

typedef struct FWPS_PACKET_LIST_FWP_INFORMATION0_ {
    unsigned isReinjected : 1;
} FWPS_PACKET_LIST_FWP_INFORMATION0;

typedef struct FWPS_PACKET_LIST_INFORMATION0_ {
    FWPS_PACKET_LIST_IPSEC_INFORMATION0 ipsecInformation;
    FWPS_PACKET_LIST_FWP_INFORMATION0 fwpInformation;
} FWPS_PACKET_LIST_INFORMATION0;

typedef struct FWPS_TRANSPORT_SEND_PARAMS0_ {
    UCHAR *remoteAddress;
    SCOPE_ID remoteScopeId;
    WSACMSGHDR *controlData;
    ULONG controlDataLength;
} FWPS_TRANSPORT_SEND_PARAMS0;

typedef struct FWPS_TRANSPORT_SEND_PARAMS1_ {
    UCHAR *remoteAddress;
    SCOPE_ID remoteScopeId;
    WSACMSGHDR *controlData;
    ULONG controlDataLength;
    UCHAR *headerIncludeHeader;
    ULONG headerIncludeHeaderLength;
} FWPS_TRANSPORT_SEND_PARAMS1;

typedef void (NTAPI *FWPS_INJECT_COMPLETE0)(
    void *context,
    NET_BUFFER_LIST *netBufferList,
    BOOLEAN dispatchLevel);

/* Callout registration. */
NTSTATUS NTAPI FwpsCalloutRegister0(void *deviceObject, const FWPS_CALLOUT0 *callout, UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutRegister1(void *deviceObject, const FWPS_CALLOUT1 *callout, UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutRegister2(void *deviceObject, const FWPS_CALLOUT2 *callout, UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutUnregisterById0(const UINT32 calloutId);
NTSTATUS NTAPI FwpsCalloutUnregisterByKey0(const GUID *calloutKey);

/* Flow contexts. */
NTSTATUS NTAPI FwpsFlowAssociateContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId, UINT64 flowContext);
NTSTATUS NTAPI FwpsFlowRemoveContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId);
NTSTATUS NTAPI FwpsFlowAbort0(UINT64 flowId);

/* Asynchronous classification and pended operations. */
NTSTATUS NTAPI FwpsAcquireClassifyHandle0(void *classifyContext, UINT32 reserved, UINT64 *classifyHandle);
void NTAPI FwpsReleaseClassifyHandle0(UINT64 classifyHandle);
NTSTATUS NTAPI FwpsPendClassify0(UINT64 classifyHandle, UINT64 filterId, UINT32 flags, FWPS_CLASSIFY_OUT0 *classifyOut);
void NTAPI FwpsCompleteClassify0(UINT64 classifyHandle, UINT32 flags, const FWPS_CLASSIFY_OUT0 *classifyOut);
NTSTATUS NTAPI FwpsPendOperation0(HANDLE completionHandle, HANDLE *completionContext);
void NTAPI FwpsCompleteOperation0(HANDLE completionContext, NET_BUFFER_LIST *netBufferList);
NTSTATUS NTAPI FwpsAcquireWritableLayerDataPointer0(UINT64 classifyHandle, UINT64 filterId, UINT32 flags,
                                                    PVOID *writableLayerData, FWPS_CLASSIFY_OUT0 *classifyOut);
void NTAPI FwpsApplyModifiedLayerData0(UINT64 classifyHandle, PVOID modifiedLayerData, UINT32 flags);

/* Injection. */
NTSTATUS NTAPI FwpsInjectionHandleCreate0(ADDRESS_FAMILY addressFamily, UINT32 flags, HANDLE *injectionHandle);
NTSTATUS NTAPI FwpsInjectionHandleDestroy0(HANDLE injectionHandle);
FWPS_PACKET_INJECTION_STATE NTAPI FwpsQueryPacketInjectionState0(HANDLE injectionHandle,
                                                                 const NET_BUFFER_LIST *netBufferList,
                                                                 HANDLE *injectionContext);
NTSTATUS NTAPI FwpsInjectTransportSendAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT64 endpointHandle,
                                             UINT32 flags, FWPS_TRANSPORT_SEND_PARAMS0 *sendArgs,
                                             ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
                                             NET_BUFFER_LIST *netBufferList, FWPS_INJECT_COMPLETE0 completionFn,
                                             HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectTransportSendAsync1(HANDLE injectionHandle, HANDLE injectionContext, UINT64 endpointHandle,
                                             UINT32 flags, FWPS_TRANSPORT_SEND_PARAMS1 *sendArgs,
                                             ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
                                             NET_BUFFER_LIST *netBufferList, FWPS_INJECT_COMPLETE0 completionFn,
                                             HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectTransportReceiveAsync0(HANDLE injectionHandle, HANDLE injectionContext, PVOID reserved,
                                                UINT32 flags, ADDRESS_FAMILY addressFamily,
                                                COMPARTMENT_ID compartmentId, IF_INDEX interfaceIndex,
                                                IF_INDEX subInterfaceIndex, NET_BUFFER_LIST *netBufferList,
                                                FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectNetworkSendAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                           COMPARTMENT_ID compartmentId, NET_BUFFER_LIST *netBufferList,
                                           FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectNetworkReceiveAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                              COMPARTMENT_ID compartmentId, IF_INDEX interfaceIndex,
                                              IF_INDEX subInterfaceIndex, NET_BUFFER_LIST *netBufferList,
                                              FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectForwardAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                       ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
                                       IF_INDEX interfaceIndex, NET_BUFFER_LIST *netBufferList,
                                       FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectMacReceiveAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                          UINT16 layerId, IF_INDEX interfaceIndex, NDIS_PORT_NUMBER NdisPortNumber,
                                          NET_BUFFER_LIST *netBufferLists, FWPS_INJECT_COMPLETE0 completionFn,
                                          HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectMacSendAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                       UINT16 layerId, IF_INDEX interfaceIndex, NDIS_PORT_NUMBER NdisPortNumber,
                                       NET_BUFFER_LIST *netBufferLists, FWPS_INJECT_COMPLETE0 completionFn,
                                       HANDLE completionContext);
NTSTATUS NTAPI FwpsStreamInjectAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags, UINT64 flowId,
                                      UINT32 calloutId, UINT16 layerId, UINT32 streamFlags,
                                      NET_BUFFER_LIST *netBufferList, SIZE_T dataLength,
                                      FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsStreamContinue0(UINT64 flowId, UINT32 calloutId, UINT16 layerId, UINT32 streamFlags);
NTSTATUS NTAPI FwpsConstructIpHeaderForTransportPacket0(
    NET_BUFFER_LIST *netBufferList, ULONG headerIncludeHeaderLength, ADDRESS_FAMILY addressFamily,
    const UCHAR *sourceAddress, const UCHAR *remoteAddress, IPPROTO nextProtocol, UINT64 endpointHandle,
    const WSACMSGHDR *controlData, ULONG controlDataLength, UINT32 flags, PVOID reserved, IF_INDEX interfaceIndex,
    IF_INDEX subInterfaceIndex);

NTSTATUS NTAPI FwpsGetPacketListSecurityInformation0(NET_BUFFER_LIST *packetList, UINT32 queryFlags,
                                                     FWPS_PACKET_LIST_INFORMATION0 *packetInformation);

/* Stream data and net buffer lists. */
void NTAPI FwpsCopyStreamDataToBuffer0(const FWPS_STREAM_DATA0 *calloutStreamData, PVOID buffer,
                                       SIZE_T bytesToCopy, SIZE_T *bytesCopied);
NTSTATUS NTAPI FwpsCloneStreamData0(FWPS_STREAM_DATA0 *calloutStreamData, NDIS_HANDLE netBufferListPoolHandle,
                                    NDIS_HANDLE netBufferPoolHandle, ULONG allocateCloneFlags,
                                    NET_BUFFER_LIST **netBufferListChain);
void NTAPI FwpsDiscardClonedStreamData0(NET_BUFFER_LIST *netBufferListChain, UINT32 allocateCloneFlags,
                                        BOOLEAN dispatchLevel);
NTSTATUS NTAPI FwpsAllocateCloneNetBufferList0(NET_BUFFER_LIST *originalNetBufferList,
                                               NDIS_HANDLE netBufferListPoolHandle, NDIS_HANDLE netBufferPoolHandle,
                                               ULONG allocateCloneFlags, NET_BUFFER_LIST **netBufferList);
void NTAPI FwpsFreeCloneNetBufferList0(NET_BUFFER_LIST *netBufferList, ULONG freeCloneFlags);
NTSTATUS NTAPI FwpsAllocateNetBufferAndNetBufferList0(NDIS_HANDLE poolHandle, USHORT contextSize,
                                                      USHORT contextBackFill, MDL *mdlChain, ULONG dataOffset,
                                                      SIZE_T dataLength, NET_BUFFER_LIST **netBufferList);
void NTAPI FwpsFreeNetBufferList0(NET_BUFFER_LIST *netBufferList);
void NTAPI FwpsReferenceNetBufferList0(NET_BUFFER_LIST *netBufferList, BOOLEAN intendToModify);
void NTAPI FwpsDereferenceNetBufferList0(NET_BUFFER_LIST *netBufferList, BOOLEAN dispatchLevel);

/* Connection redirection. */
NTSTATUS NTAPI FwpsRedirectHandleCreate0(const GUID *providerGuid, UINT32 flags, HANDLE *redirectHandle);
void NTAPI FwpsRedirectHandleDestroy0(HANDLE redirectHandle);
FWPS_CONNECTION_REDIRECT_STATE NTAPI FwpsQueryConnectionRedirectState0(HANDLE redirectRecords,
                                                                       HANDLE redirectHandle,
                                                                       void **redirectContext);

/* Version-independent names. */
typedef FWPS_INCOMING_VALUE0 FWPS_INCOMING_VALUE;
typedef FWPS_INCOMING_VALUES0 FWPS_INCOMING_VALUES;
typedef FWPS_INCOMING_METADATA_VALUES0 FWPS_INCOMING_METADATA_VALUES;
typedef FWPS_DISCARD_METADATA0 FWPS_DISCARD_METADATA;
typedef FWPS_ACTION0 FWPS_ACTION;
typedef FWPS_FILTER_CONDITION0 FWPS_FILTER_CONDITION;
typedef FWPS_CLASSIFY_OUT0 FWPS_CLASSIFY_OUT;
typedef FWPS_STREAM_DATA_OFFSET0 FWPS_STREAM_DATA_OFFSET;
typedef FWPS_STREAM_DATA0 FWPS_STREAM_DATA;
typedef FWPS_STREAM_CALLOUT_IO_PACKET0 FWPS_STREAM_CALLOUT_IO_PACKET;
typedef FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN;
typedef FWPS_INJECT_COMPLETE0 FWPS_INJECT_COMPLETE;
typedef FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0 FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION;
typedef FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0 FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION;
typedef FWPS_PACKET_LIST_IPSEC_INFORMATION0 FWPS_PACKET_LIST_IPSEC_INFORMATION;
typedef FWPS_PACKET_LIST_FWP_INFORMATION0 FWPS_PACKET_LIST_FWP_INFORMATION;
typedef FWPS_PACKET_LIST_INFORMATION0 FWPS_PACKET_LIST_INFORMATION;
#if NTDDI_VERSION >= NTDDI_WIN8
typedef FWPS_FILTER2 FWPS_FILTER;
typedef FWPS_CALLOUT2 FWPS_CALLOUT;
typedef FWPS_CALLOUT_CLASSIFY_FN2 FWPS_CALLOUT_CLASSIFY_FN;
typedef FWPS_CALLOUT_NOTIFY_FN2 FWPS_CALLOUT_NOTIFY_FN;
#define FwpsCalloutRegister FwpsCalloutRegister2
#elif NTDDI_VERSION >= NTDDI_WIN7
typedef FWPS_FILTER1 FWPS_FILTER;
typedef FWPS_CALLOUT1 FWPS_CALLOUT;
typedef FWPS_CALLOUT_CLASSIFY_FN1 FWPS_CALLOUT_CLASSIFY_FN;
typedef FWPS_CALLOUT_NOTIFY_FN1 FWPS_CALLOUT_NOTIFY_FN;
#define FwpsCalloutRegister FwpsCalloutRegister1
#else
typedef FWPS_FILTER0 FWPS_FILTER;
typedef FWPS_CALLOUT0 FWPS_CALLOUT;
typedef FWPS_CALLOUT_CLASSIFY_FN0 FWPS_CALLOUT_CLASSIFY_FN;
typedef FWPS_CALLOUT_NOTIFY_FN0 FWPS_CALLOUT_NOTIFY_FN;
#define FwpsCalloutRegister FwpsCalloutRegister0
#endif
#if NTDDI_VERSION >= NTDDI_WIN7
typedef FWPS_TRANSPORT_SEND_PARAMS1 FWPS_TRANSPORT_SEND_PARAMS;
#define FwpsInjectTransportSendAsync FwpsInjectTransportSendAsync1
#else
typedef FWPS_TRANSPORT_SEND_PARAMS0 FWPS_TRANSPORT_SEND_PARAMS;
#define FwpsInjectTransportSendAsync FwpsInjectTransportSendAsync0
#endif

#define FwpsCalloutUnregisterById FwpsCalloutUnregisterById0
#define FwpsCalloutUnregisterByKey FwpsCalloutUnregisterByKey0
#define FwpsFlowAssociateContext FwpsFlowAssociateContext0
#define FwpsFlowRemoveContext FwpsFlowRemoveContext0
#define FwpsFlowAbort FwpsFlowAbort0
#define FwpsAcquireClassifyHandle FwpsAcquireClassifyHandle0
#define FwpsReleaseClassifyHandle FwpsReleaseClassifyHandle0
#define FwpsPendClassify FwpsPendClassify0
#define FwpsCompleteClassify FwpsCompleteClassify0
#define FwpsPendOperation FwpsPendOperation0
#define FwpsCompleteOperation FwpsCompleteOperation0
#define FwpsAcquireWritableLayerDataPointer FwpsAcquireWritableLayerDataPointer0
#define FwpsApplyModifiedLayerData FwpsApplyModifiedLayerData0
#define FwpsInjectionHandleCreate FwpsInjectionHandleCreate0
#define FwpsInjectionHandleDestroy FwpsInjectionHandleDestroy0
#define FwpsQueryPacketInjectionState FwpsQueryPacketInjectionState0
#define FwpsInjectTransportReceiveAsync FwpsInjectTransportReceiveAsync0
#define FwpsInjectNetworkSendAsync FwpsInjectNetworkSendAsync0
#define FwpsInjectNetworkReceiveAsync FwpsInjectNetworkReceiveAsync0
#define FwpsInjectForwardAsync FwpsInjectForwardAsync0
#define FwpsInjectMacReceiveAsync FwpsInjectMacReceiveAsync0
#define FwpsInjectMacSendAsync FwpsInjectMacSendAsync0
#define FwpsStreamInjectAsync FwpsStreamInjectAsync0
#define FwpsStreamContinue FwpsStreamContinue0
#define FwpsConstructIpHeaderForTransportPacket FwpsConstructIpHeaderForTransportPacket0
#define FwpsGetPacketListSecurityInformation FwpsGetPacketListSecurityInformation0
#define FwpsCopyStreamDataToBuffer FwpsCopyStreamDataToBuffer0
#define FwpsCloneStreamData FwpsCloneStreamData0
#define FwpsDiscardClonedStreamData FwpsDiscardClonedStreamData0
#define FwpsAllocateCloneNetBufferList FwpsAllocateCloneNetBufferList0
#define FwpsFreeCloneNetBufferList FwpsFreeCloneNetBufferList0
#define FwpsAllocateNetBufferAndNetBufferList FwpsAllocateNetBufferAndNetBufferList0
#define FwpsFreeNetBufferList FwpsFreeNetBufferList0
#define FwpsReferenceNetBufferList FwpsReferenceNetBufferList0
#define FwpsDereferenceNetBufferList FwpsDereferenceNetBufferList0
#define FwpsRedirectHandleCreate FwpsRedirectHandleCreate0
#define FwpsRedirectHandleDestroy FwpsRedirectHandleDestroy0
#define FwpsQueryConnectionRedirectState FwpsQueryConnectionRedirectState0

/* ---- Run-time filtering layer identifiers ------------------------------- */
typedef enum FWPS_BUILTIN_LAYERS_ {
    FWPS_LAYER_INBOUND_IPPACKET_V4 = 0,
    FWPS_LAYER_INBOUND_IPPACKET_V4_DISCARD,
    FWPS_LAYER_INBOUND_IPPACKET_V6,
    FWPS_LAYER_INBOUND_IPPACKET_V6_DISCARD,
    FWPS_LAYER_OUTBOUND_IPPACKET_V4,
    FWPS_LAYER_OUTBOUND_IPPACKET_V4_DISCARD,
    FWPS_LAYER_OUTBOUND_IPPACKET_V6,
    FWPS_LAYER_OUTBOUND_IPPACKET_V6_DISCARD,
    FWPS_LAYER_IPFORWARD_V4,
    FWPS_LAYER_IPFORWARD_V4_DISCARD,
    FWPS_LAYER_IPFORWARD_V6,
    FWPS_LAYER_IPFORWARD_V6_DISCARD,
    FWPS_LAYER_INBOUND_TRANSPORT_V4,
    FWPS_LAYER_INBOUND_TRANSPORT_V4_DISCARD,
    FWPS_LAYER_INBOUND_TRANSPORT_V6,
    FWPS_LAYER_INBOUND_TRANSPORT_V6_DISCARD,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V4,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V4_DISCARD,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V6,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V6_DISCARD,
    FWPS_LAYER_STREAM_V4,
    FWPS_LAYER_STREAM_V4_DISCARD,
    FWPS_LAYER_STREAM_V6,
    FWPS_LAYER_STREAM_V6_DISCARD,
    FWPS_LAYER_DATAGRAM_DATA_V4,
    FWPS_LAYER_DATAGRAM_DATA_V4_DISCARD,
    FWPS_LAYER_DATAGRAM_DATA_V6,
    FWPS_LAYER_DATAGRAM_DATA_V6_DISCARD,
    FWPS_LAYER_INBOUND_ICMP_ERROR_V4,
    FWPS_LAYER_INBOUND_ICMP_ERROR_V4_DISCARD,
    FWPS_LAYER_INBOUND_ICMP_ERROR_V6,
    FWPS_LAYER_INBOUND_ICMP_ERROR_V6_DISCARD,
    FWPS_LAYER_OUTBOUND_ICMP_ERROR_V4,
    FWPS_LAYER_OUTBOUND_ICMP_ERROR_V4_DISCARD,
    FWPS_LAYER_OUTBOUND_ICMP_ERROR_V6,
    FWPS_LAYER_OUTBOUND_ICMP_ERROR_V6_DISCARD,
    FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V4,
    FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V4_DISCARD,
    FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V6,
    FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V6_DISCARD,
    FWPS_LAYER_ALE_AUTH_LISTEN_V4,
    FWPS_LAYER_ALE_AUTH_LISTEN_V4_DISCARD,
    FWPS_LAYER_ALE_AUTH_LISTEN_V6,
    FWPS_LAYER_ALE_AUTH_LISTEN_V6_DISCARD,
    FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4,
    FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4_DISCARD,
    FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6,
    FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6_DISCARD,
    FWPS_LAYER_ALE_AUTH_CONNECT_V4,
    FWPS_LAYER_ALE_AUTH_CONNECT_V4_DISCARD,
    FWPS_LAYER_ALE_AUTH_CONNECT_V6,
    FWPS_LAYER_ALE_AUTH_CONNECT_V6_DISCARD,
    FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4,
    FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4_DISCARD,
    FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6,
    FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6_DISCARD,
#if (NTDDI_VERSION >= NTDDI_WIN8)
    FWPS_LAYER_INBOUND_MAC_FRAME_ETHERNET,
    FWPS_LAYER_OUTBOUND_MAC_FRAME_ETHERNET,
#else
    FWPS_LAYER_RESERVED1_V4,
    FWPS_LAYER_RESERVED1_V6,
#endif
    FWPS_LAYER_NAME_RESOLUTION_CACHE_V4,
    FWPS_LAYER_NAME_RESOLUTION_CACHE_V6,
    FWPS_LAYER_ALE_RESOURCE_RELEASE_V4,
    FWPS_LAYER_ALE_RESOURCE_RELEASE_V6,
    FWPS_LAYER_ALE_ENDPOINT_CLOSURE_V4,
    FWPS_LAYER_ALE_ENDPOINT_CLOSURE_V6,
    FWPS_LAYER_ALE_CONNECT_REDIRECT_V4,
    FWPS_LAYER_ALE_CONNECT_REDIRECT_V6,
    FWPS_LAYER_ALE_BIND_REDIRECT_V4,
    FWPS_LAYER_ALE_BIND_REDIRECT_V6,
    FWPS_LAYER_STREAM_PACKET_V4,
    FWPS_LAYER_STREAM_PACKET_V6,
    FWPS_LAYER_INBOUND_MAC_FRAME_NATIVE,
    FWPS_LAYER_OUTBOUND_MAC_FRAME_NATIVE,
    FWPS_LAYER_INGRESS_VSWITCH_ETHERNET,
    FWPS_LAYER_EGRESS_VSWITCH_ETHERNET,
    FWPS_LAYER_INGRESS_VSWITCH_TRANSPORT_V4,
    FWPS_LAYER_INGRESS_VSWITCH_TRANSPORT_V6,
    FWPS_LAYER_EGRESS_VSWITCH_TRANSPORT_V4,
    FWPS_LAYER_EGRESS_VSWITCH_TRANSPORT_V6,
    FWPS_LAYER_INBOUND_TRANSPORT_FAST,
    FWPS_LAYER_OUTBOUND_TRANSPORT_FAST,
    FWPS_LAYER_INBOUND_MAC_FRAME_NATIVE_FAST,
    FWPS_LAYER_OUTBOUND_MAC_FRAME_NATIVE_FAST,
    FWPS_LAYER_INBOUND_RESERVED2,
    FWPS_LAYER_RESERVED_LAYER_9,
    FWPS_LAYER_RESERVED_LAYER_10,
    FWPS_LAYER_OUTBOUND_NETWORK_CONNECTION_POLICY_V4,
    FWPS_LAYER_OUTBOUND_NETWORK_CONNECTION_POLICY_V6,
    FWPS_LAYER_IPSEC_KM_DEMUX_V4,
    FWPS_LAYER_IPSEC_KM_DEMUX_V6,
    FWPS_LAYER_IPSEC_V4,
    FWPS_LAYER_IPSEC_V6,
    FWPS_LAYER_IKEEXT_V4,
    FWPS_LAYER_IKEEXT_V6,
    FWPS_LAYER_RPC_UM,
    FWPS_LAYER_RPC_EPMAP,
    FWPS_LAYER_RPC_EP_ADD,
    FWPS_LAYER_RPC_PROXY_CONN,
    FWPS_LAYER_RPC_PROXY_IF,
    FWPS_LAYER_KM_AUTHORIZATION,
    FWPS_BUILTIN_LAYER_MAX
} FWPS_BUILTIN_LAYERS;

/* ---- Data field identifiers, one enumeration per run-time layer ---------- */
typedef enum FWPS_FIELDS_ALE_AUTH_CONNECT_V4_ {
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_FLAGS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_ARRIVAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ARRIVAL_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ARRIVAL_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ARRIVAL_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_NEXTHOP_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_NEXTHOP_INTERFACE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_NEXTHOP_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_NEXTHOP_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_NEXTHOP_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ORIGINAL_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_CURRENT_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_REAUTHORIZE_REASON,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_PEER_NAME,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ORIGINAL_ICMP_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_INTERFACE_QUARANTINE_EPOCH,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_ORIGINAL_APP_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_EFFECTIVE_NAME,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_COMPARTMENT_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_BITMAP_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_BITMAP_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_BITMAP_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_BITMAP_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_MAX
} FWPS_FIELDS_ALE_AUTH_CONNECT_V4;

typedef enum FWPS_FIELDS_ALE_AUTH_CONNECT_V6_ {
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_FLAGS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_ARRIVAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ARRIVAL_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ARRIVAL_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ARRIVAL_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_NEXTHOP_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_NEXTHOP_INTERFACE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_NEXTHOP_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_NEXTHOP_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_NEXTHOP_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ORIGINAL_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_CURRENT_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_REAUTHORIZE_REASON,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_PEER_NAME,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ORIGINAL_ICMP_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_INTERFACE_QUARANTINE_EPOCH,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_ORIGINAL_APP_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_EFFECTIVE_NAME,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_COMPARTMENT_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_BITMAP_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_BITMAP_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_BITMAP_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_BITMAP_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_MAX
} FWPS_FIELDS_ALE_AUTH_CONNECT_V6;

typedef enum FWPS_FIELDS_ALE_AUTH_LISTEN_V4_ {
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_FLAGS,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_LOCAL_INTERFACE_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_SIO_FIREWALL_SOCKET_PROPERTY,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_COMPARTMENT_ID,
    FWPS_FIELD_ALE_AUTH_LISTEN_V4_MAX
} FWPS_FIELDS_ALE_AUTH_LISTEN_V4;

typedef enum FWPS_FIELDS_ALE_AUTH_LISTEN_V6_ {
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_FLAGS,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_LOCAL_INTERFACE_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_SIO_FIREWALL_SOCKET_PROPERTY,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_COMPARTMENT_ID,
    FWPS_FIELD_ALE_AUTH_LISTEN_V6_MAX
} FWPS_FIELDS_ALE_AUTH_LISTEN_V6;

typedef enum FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V4_ {
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_FLAGS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_SIO_FIREWALL_SYSTEM_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_NAP_CONTEXT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_ARRIVAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ARRIVAL_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ARRIVAL_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ARRIVAL_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_NEXTHOP_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_NEXTHOP_INTERFACE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_NEXTHOP_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_NEXTHOP_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_NEXTHOP_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ORIGINAL_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_CURRENT_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_REAUTHORIZE_REASON,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ORIGINAL_ICMP_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_INTERFACE_QUARANTINE_EPOCH,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_COMPARTMENT_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_MAX
} FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V4;

typedef enum FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V6_ {
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_FLAGS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_SIO_FIREWALL_SYSTEM_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_NAP_CONTEXT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_ARRIVAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ARRIVAL_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ARRIVAL_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ARRIVAL_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_NEXTHOP_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_NEXTHOP_INTERFACE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_NEXTHOP_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_NEXTHOP_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_NEXTHOP_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ORIGINAL_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_CURRENT_PROFILE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_REAUTHORIZE_REASON,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ORIGINAL_ICMP_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_INTERFACE_QUARANTINE_EPOCH,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_COMPARTMENT_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_MAX
} FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V6;

typedef enum FWPS_FIELDS_ALE_BIND_REDIRECT_V4_ {
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_FLAGS,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_COMPARTMENT_ID,
    FWPS_FIELD_ALE_BIND_REDIRECT_V4_MAX
} FWPS_FIELDS_ALE_BIND_REDIRECT_V4;

typedef enum FWPS_FIELDS_ALE_BIND_REDIRECT_V6_ {
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_FLAGS,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_COMPARTMENT_ID,
    FWPS_FIELD_ALE_BIND_REDIRECT_V6_MAX
} FWPS_FIELDS_ALE_BIND_REDIRECT_V6;

typedef enum FWPS_FIELDS_ALE_CONNECT_REDIRECT_V4_ {
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_FLAGS,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_ALE_ORIGINAL_APP_ID,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_COMPARTMENT_ID,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V4_MAX
} FWPS_FIELDS_ALE_CONNECT_REDIRECT_V4;

typedef enum FWPS_FIELDS_ALE_CONNECT_REDIRECT_V6_ {
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_FLAGS,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_ALE_ORIGINAL_APP_ID,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_COMPARTMENT_ID,
    FWPS_FIELD_ALE_CONNECT_REDIRECT_V6_MAX
} FWPS_FIELDS_ALE_CONNECT_REDIRECT_V6;

typedef enum FWPS_FIELDS_ALE_ENDPOINT_CLOSURE_V4_ {
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_FLAGS,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_COMPARTMENT_ID,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V4_MAX
} FWPS_FIELDS_ALE_ENDPOINT_CLOSURE_V4;

typedef enum FWPS_FIELDS_ALE_ENDPOINT_CLOSURE_V6_ {
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_FLAGS,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_COMPARTMENT_ID,
    FWPS_FIELD_ALE_ENDPOINT_CLOSURE_V6_MAX
} FWPS_FIELDS_ALE_ENDPOINT_CLOSURE_V6;

typedef enum FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V4_ {
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_DIRECTION,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_INTERFACE_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_TUNNEL_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_FLAGS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_ORIGINAL_APP_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_COMPARTMENT_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_MAX
} FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V4;

typedef enum FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V6_ {
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_DIRECTION,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_INTERFACE_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_TUNNEL_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_FLAGS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_ORIGINAL_APP_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_COMPARTMENT_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_MAX
} FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V6;

typedef enum FWPS_FIELDS_ALE_RESOURCE_ASSIGNMENT_V4_ {
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_ALE_PROMISCUOUS_MODE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_FLAGS,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_INTERFACE_TYPE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_TUNNEL_TYPE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_LOCAL_INTERFACE_PROFILE_ID,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_SIO_FIREWALL_SOCKET_PROPERTY,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_COMPARTMENT_ID,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_BITMAP_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_BITMAP_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V4_MAX
} FWPS_FIELDS_ALE_RESOURCE_ASSIGNMENT_V4;

typedef enum FWPS_FIELDS_ALE_RESOURCE_ASSIGNMENT_V6_ {
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_ALE_PROMISCUOUS_MODE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_FLAGS,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_INTERFACE_TYPE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_TUNNEL_TYPE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_LOCAL_INTERFACE_PROFILE_ID,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_SIO_FIREWALL_SOCKET_PROPERTY,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_COMPARTMENT_ID,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_BITMAP_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_BITMAP_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_RESOURCE_ASSIGNMENT_V6_MAX
} FWPS_FIELDS_ALE_RESOURCE_ASSIGNMENT_V6;

typedef enum FWPS_FIELDS_ALE_RESOURCE_RELEASE_V4_ {
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_FLAGS,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_COMPARTMENT_ID,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_MAX
} FWPS_FIELDS_ALE_RESOURCE_RELEASE_V4;

typedef enum FWPS_FIELDS_ALE_RESOURCE_RELEASE_V6_ {
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_ALE_APP_ID = 0,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_FLAGS,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_COMPARTMENT_ID,
    FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_MAX
} FWPS_FIELDS_ALE_RESOURCE_RELEASE_V6;

typedef enum FWPS_FIELDS_DATAGRAM_DATA_V4_ {
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_PROTOCOL = 0,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_REMOTE_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_DATAGRAM_DATA_V4_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V4_DIRECTION,
    FWPS_FIELD_DATAGRAM_DATA_V4_FLAGS,
    FWPS_FIELD_DATAGRAM_DATA_V4_INTERFACE_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V4_TUNNEL_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V4_COMPARTMENT_ID,
    FWPS_FIELD_DATAGRAM_DATA_V4_MAX
} FWPS_FIELDS_DATAGRAM_DATA_V4;

typedef enum FWPS_FIELDS_DATAGRAM_DATA_V6_ {
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_PROTOCOL = 0,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_REMOTE_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_DATAGRAM_DATA_V6_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V6_DIRECTION,
    FWPS_FIELD_DATAGRAM_DATA_V6_FLAGS,
    FWPS_FIELD_DATAGRAM_DATA_V6_INTERFACE_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V6_TUNNEL_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V6_COMPARTMENT_ID,
    FWPS_FIELD_DATAGRAM_DATA_V6_MAX
} FWPS_FIELDS_DATAGRAM_DATA_V6;

typedef enum FWPS_FIELDS_EGRESS_VSWITCH_ETHERNET_ {
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_MAC_SOURCE_ADDRESS = 0,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_MAC_SOURCE_ADDRESS_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_MAC_DESTINATION_ADDRESS,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_MAC_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_ETHER_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VLAN_ID,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VSWITCH_TENANT_NETWORK_ID,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VSWITCH_ID,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VSWITCH_NETWORK_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VSWITCH_SOURCE_INTERFACE_ID,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VSWITCH_SOURCE_INTERFACE_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VSWITCH_SOURCE_VM_ID,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VSWITCH_DESTINATION_INTERFACE_ID,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VSWITCH_DESTINATION_INTERFACE_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_VSWITCH_DESTINATION_VM_ID,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_L2_FLAGS,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_COMPARTMENT_ID,
    FWPS_FIELD_EGRESS_VSWITCH_ETHERNET_MAX
} FWPS_FIELDS_EGRESS_VSWITCH_ETHERNET;

typedef enum FWPS_FIELDS_EGRESS_VSWITCH_TRANSPORT_V4_ {
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_IP_SOURCE_ADDRESS = 0,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_IP_DESTINATION_ADDRESS,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_IP_PROTOCOL,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_IP_SOURCE_PORT,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_IP_DESTINATION_PORT,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VLAN_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_TENANT_NETWORK_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_NETWORK_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_SOURCE_INTERFACE_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_SOURCE_INTERFACE_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_SOURCE_VM_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_DESTINATION_INTERFACE_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_DESTINATION_INTERFACE_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_DESTINATION_VM_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_L2_FLAGS,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_COMPARTMENT_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V4_MAX
} FWPS_FIELDS_EGRESS_VSWITCH_TRANSPORT_V4;

typedef enum FWPS_FIELDS_EGRESS_VSWITCH_TRANSPORT_V6_ {
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_IP_SOURCE_ADDRESS = 0,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_IP_DESTINATION_ADDRESS,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_IP_PROTOCOL,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_IP_SOURCE_PORT,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_IP_DESTINATION_PORT,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VLAN_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_TENANT_NETWORK_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_NETWORK_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_SOURCE_INTERFACE_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_SOURCE_INTERFACE_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_SOURCE_VM_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_DESTINATION_INTERFACE_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_DESTINATION_INTERFACE_TYPE,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_DESTINATION_VM_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_L2_FLAGS,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_COMPARTMENT_ID,
    FWPS_FIELD_EGRESS_VSWITCH_TRANSPORT_V6_MAX
} FWPS_FIELDS_EGRESS_VSWITCH_TRANSPORT_V6;

typedef enum FWPS_FIELDS_IKEEXT_V4_ {
    FWPS_FIELD_IKEEXT_V4_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_IKEEXT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_IKEEXT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_IKEEXT_V4_PROFILE_ID,
    FWPS_FIELD_IKEEXT_V4_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_IKEEXT_V4_MAX
} FWPS_FIELDS_IKEEXT_V4;

typedef enum FWPS_FIELDS_IKEEXT_V6_ {
    FWPS_FIELD_IKEEXT_V6_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_IKEEXT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_IKEEXT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_IKEEXT_V6_PROFILE_ID,
    FWPS_FIELD_IKEEXT_V6_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_IKEEXT_V6_MAX
} FWPS_FIELDS_IKEEXT_V6;

typedef enum FWPS_FIELDS_INBOUND_ICMP_ERROR_V4_ {
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_EMBEDDED_PROTOCOL = 0,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_EMBEDDED_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_EMBEDDED_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_EMBEDDED_LOCAL_PORT,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_EMBEDDED_REMOTE_PORT,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_ICMP_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_ICMP_CODE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_IP_ARRIVAL_INTERFACE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_ARRIVAL_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_ARRIVAL_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_ARRIVAL_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_FLAGS,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_ARRIVAL_INTERFACE_PROFILE_ID,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_INTERFACE_QUARANTINE_EPOCH,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V4_MAX
} FWPS_FIELDS_INBOUND_ICMP_ERROR_V4;

typedef enum FWPS_FIELDS_INBOUND_ICMP_ERROR_V6_ {
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_EMBEDDED_PROTOCOL = 0,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_EMBEDDED_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_EMBEDDED_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_EMBEDDED_LOCAL_PORT,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_EMBEDDED_REMOTE_PORT,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_ICMP_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_ICMP_CODE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_IP_ARRIVAL_INTERFACE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_ARRIVAL_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_ARRIVAL_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_ARRIVAL_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_FLAGS,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_ARRIVAL_INTERFACE_PROFILE_ID,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_INTERFACE_QUARANTINE_EPOCH,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_ICMP_ERROR_V6_MAX
} FWPS_FIELDS_INBOUND_ICMP_ERROR_V6;

typedef enum FWPS_FIELDS_INBOUND_IPPACKET_V4_ {
    FWPS_FIELD_INBOUND_IPPACKET_V4_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_INBOUND_IPPACKET_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_IPPACKET_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_IPPACKET_V4_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_IPPACKET_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_IPPACKET_V4_FLAGS,
    FWPS_FIELD_INBOUND_IPPACKET_V4_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V4_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V4_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_IPPACKET_V4_MAX
} FWPS_FIELDS_INBOUND_IPPACKET_V4;

typedef enum FWPS_FIELDS_INBOUND_IPPACKET_V6_ {
    FWPS_FIELD_INBOUND_IPPACKET_V6_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_INBOUND_IPPACKET_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_IPPACKET_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_IPPACKET_V6_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_IPPACKET_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_IPPACKET_V6_FLAGS,
    FWPS_FIELD_INBOUND_IPPACKET_V6_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V6_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V6_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_IPPACKET_V6_MAX
} FWPS_FIELDS_INBOUND_IPPACKET_V6;

typedef enum FWPS_FIELDS_INBOUND_MAC_FRAME_ETHERNET_ {
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_INTERFACE_MAC_ADDRESS = 0,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_MAC_LOCAL_ADDRESS,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_MAC_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_MAC_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_MAC_REMOTE_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_ETHER_TYPE,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_VLAN_ID,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_INTERFACE,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_NDIS_PORT,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_L2_FLAGS,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_MAC_FRAME_ETHERNET_MAX
} FWPS_FIELDS_INBOUND_MAC_FRAME_ETHERNET;

typedef enum FWPS_FIELDS_INBOUND_MAC_FRAME_NATIVE_ {
    FWPS_FIELD_INBOUND_MAC_FRAME_NATIVE_NDIS_MEDIA_TYPE = 0,
    FWPS_FIELD_INBOUND_MAC_FRAME_NATIVE_NDIS_PHYSICAL_MEDIA_TYPE,
    FWPS_FIELD_INBOUND_MAC_FRAME_NATIVE_INTERFACE,
    FWPS_FIELD_INBOUND_MAC_FRAME_NATIVE_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_MAC_FRAME_NATIVE_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_MAC_FRAME_NATIVE_NDIS_PORT,
    FWPS_FIELD_INBOUND_MAC_FRAME_NATIVE_L2_FLAGS,
    FWPS_FIELD_INBOUND_MAC_FRAME_NATIVE_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_MAC_FRAME_NATIVE_MAX
} FWPS_FIELDS_INBOUND_MAC_FRAME_NATIVE;

typedef enum FWPS_FIELDS_INBOUND_TRANSPORT_V4_ {
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_PROTOCOL = 0,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_REMOTE_PORT,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_FLAGS,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_PROFILE_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_MAX
} FWPS_FIELDS_INBOUND_TRANSPORT_V4;

typedef enum FWPS_FIELDS_INBOUND_TRANSPORT_V6_ {
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_PROTOCOL = 0,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_REMOTE_PORT,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_FLAGS,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_PROFILE_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_MAX
} FWPS_FIELDS_INBOUND_TRANSPORT_V6;

typedef enum FWPS_FIELDS_INGRESS_VSWITCH_ETHERNET_ {
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_MAC_SOURCE_ADDRESS = 0,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_MAC_SOURCE_ADDRESS_TYPE,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_MAC_DESTINATION_ADDRESS,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_MAC_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_ETHER_TYPE,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_VLAN_ID,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_VSWITCH_TENANT_NETWORK_ID,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_VSWITCH_ID,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_VSWITCH_NETWORK_TYPE,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_VSWITCH_SOURCE_INTERFACE_ID,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_VSWITCH_SOURCE_INTERFACE_TYPE,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_VSWITCH_SOURCE_VM_ID,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_L2_FLAGS,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_COMPARTMENT_ID,
    FWPS_FIELD_INGRESS_VSWITCH_ETHERNET_MAX
} FWPS_FIELDS_INGRESS_VSWITCH_ETHERNET;

typedef enum FWPS_FIELDS_INGRESS_VSWITCH_TRANSPORT_V4_ {
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_IP_SOURCE_ADDRESS = 0,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_IP_DESTINATION_ADDRESS,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_IP_PROTOCOL,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_IP_SOURCE_PORT,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_IP_DESTINATION_PORT,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_VLAN_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_TENANT_NETWORK_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_NETWORK_TYPE,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_SOURCE_INTERFACE_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_SOURCE_INTERFACE_TYPE,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_VSWITCH_SOURCE_VM_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_L2_FLAGS,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_COMPARTMENT_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V4_MAX
} FWPS_FIELDS_INGRESS_VSWITCH_TRANSPORT_V4;

typedef enum FWPS_FIELDS_INGRESS_VSWITCH_TRANSPORT_V6_ {
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_IP_SOURCE_ADDRESS = 0,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_IP_DESTINATION_ADDRESS,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_IP_PROTOCOL,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_IP_SOURCE_PORT,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_IP_DESTINATION_PORT,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_VLAN_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_TENANT_NETWORK_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_NETWORK_TYPE,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_SOURCE_INTERFACE_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_SOURCE_INTERFACE_TYPE,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_VSWITCH_SOURCE_VM_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_L2_FLAGS,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_COMPARTMENT_ID,
    FWPS_FIELD_INGRESS_VSWITCH_TRANSPORT_V6_MAX
} FWPS_FIELDS_INGRESS_VSWITCH_TRANSPORT_V6;

typedef enum FWPS_FIELDS_IPFORWARD_V4_ {
    FWPS_FIELD_IPFORWARD_V4_IP_SOURCE_ADDRESS = 0,
    FWPS_FIELD_IPFORWARD_V4_IP_DESTINATION_ADDRESS,
    FWPS_FIELD_IPFORWARD_V4_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_IPFORWARD_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_IPFORWARD_V4_IP_FORWARD_INTERFACE,
    FWPS_FIELD_IPFORWARD_V4_SOURCE_INTERFACE_INDEX,
    FWPS_FIELD_IPFORWARD_V4_SOURCE_SUB_INTERFACE_INDEX,
    FWPS_FIELD_IPFORWARD_V4_DESTINATION_INTERFACE_INDEX,
    FWPS_FIELD_IPFORWARD_V4_DESTINATION_SUB_INTERFACE_INDEX,
    FWPS_FIELD_IPFORWARD_V4_FLAGS,
    FWPS_FIELD_IPFORWARD_V4_IP_PHYSICAL_ARRIVAL_INTERFACE,
    FWPS_FIELD_IPFORWARD_V4_ARRIVAL_INTERFACE_PROFILE_ID,
    FWPS_FIELD_IPFORWARD_V4_IP_PHYSICAL_NEXTHOP_INTERFACE,
    FWPS_FIELD_IPFORWARD_V4_NEXTHOP_INTERFACE_PROFILE_ID,
    FWPS_FIELD_IPFORWARD_V4_COMPARTMENT_ID,
    FWPS_FIELD_IPFORWARD_V4_MAX
} FWPS_FIELDS_IPFORWARD_V4;

typedef enum FWPS_FIELDS_IPFORWARD_V6_ {
    FWPS_FIELD_IPFORWARD_V6_IP_SOURCE_ADDRESS = 0,
    FWPS_FIELD_IPFORWARD_V6_IP_DESTINATION_ADDRESS,
    FWPS_FIELD_IPFORWARD_V6_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_IPFORWARD_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_IPFORWARD_V6_IP_FORWARD_INTERFACE,
    FWPS_FIELD_IPFORWARD_V6_SOURCE_INTERFACE_INDEX,
    FWPS_FIELD_IPFORWARD_V6_SOURCE_SUB_INTERFACE_INDEX,
    FWPS_FIELD_IPFORWARD_V6_DESTINATION_INTERFACE_INDEX,
    FWPS_FIELD_IPFORWARD_V6_DESTINATION_SUB_INTERFACE_INDEX,
    FWPS_FIELD_IPFORWARD_V6_FLAGS,
    FWPS_FIELD_IPFORWARD_V6_IP_PHYSICAL_ARRIVAL_INTERFACE,
    FWPS_FIELD_IPFORWARD_V6_ARRIVAL_INTERFACE_PROFILE_ID,
    FWPS_FIELD_IPFORWARD_V6_IP_PHYSICAL_NEXTHOP_INTERFACE,
    FWPS_FIELD_IPFORWARD_V6_NEXTHOP_INTERFACE_PROFILE_ID,
    FWPS_FIELD_IPFORWARD_V6_COMPARTMENT_ID,
    FWPS_FIELD_IPFORWARD_V6_MAX
} FWPS_FIELDS_IPFORWARD_V6;

typedef enum FWPS_FIELDS_IPSEC_KM_DEMUX_V4_ {
    FWPS_FIELD_IPSEC_KM_DEMUX_V4_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_IPSEC_KM_DEMUX_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_IPSEC_KM_DEMUX_V4_QM_MODE,
    FWPS_FIELD_IPSEC_KM_DEMUX_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_IPSEC_KM_DEMUX_V4_CURRENT_PROFILE_ID,
    FWPS_FIELD_KM_DEMUX_V4_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_IPSEC_KM_DEMUX_V4_MAX
} FWPS_FIELDS_IPSEC_KM_DEMUX_V4;

typedef enum FWPS_FIELDS_IPSEC_KM_DEMUX_V6_ {
    FWPS_FIELD_IPSEC_KM_DEMUX_V6_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_IPSEC_KM_DEMUX_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_IPSEC_KM_DEMUX_V6_QM_MODE,
    FWPS_FIELD_IPSEC_KM_DEMUX_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_IPSEC_KM_DEMUX_V6_CURRENT_PROFILE_ID,
    FWPS_FIELD_KM_DEMUX_V6_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_IPSEC_KM_DEMUX_V6_MAX
} FWPS_FIELDS_IPSEC_KM_DEMUX_V6;

typedef enum FWPS_FIELDS_IPSEC_V4_ {
    FWPS_FIELD_IPSEC_V4_IP_PROTOCOL = 0,
    FWPS_FIELD_IPSEC_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_IPSEC_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_IPSEC_V4_IP_LOCAL_PORT,
    FWPS_FIELD_IPSEC_V4_IP_REMOTE_PORT,
    FWPS_FIELD_IPSEC_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_IPSEC_V4_PROFILE_ID,
    FWPS_FIELD_IPSEC_V4_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_IPSEC_V4_MAX
} FWPS_FIELDS_IPSEC_V4;

typedef enum FWPS_FIELDS_IPSEC_V6_ {
    FWPS_FIELD_IPSEC_V6_IP_PROTOCOL = 0,
    FWPS_FIELD_IPSEC_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_IPSEC_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_IPSEC_V6_IP_LOCAL_PORT,
    FWPS_FIELD_IPSEC_V6_IP_REMOTE_PORT,
    FWPS_FIELD_IPSEC_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_IPSEC_V6_PROFILE_ID,
    FWPS_FIELD_IPSEC_V6_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_IPSEC_V6_MAX
} FWPS_FIELDS_IPSEC_V6;

typedef enum FWPS_FIELDS_KM_AUTHORIZATION_ {
    FWPS_FIELD_KM_AUTHORIZATION_REMOTE_ID = 0,
    FWPS_FIELD_KM_AUTHORIZATION_AUTHENTICATION_TYPE,
    FWPS_FIELD_KM_AUTHORIZATION_KM_TYPE,
    FWPS_FIELD_KM_AUTHORIZATION_DIRECTION,
    FWPS_FIELD_KM_AUTHORIZATION_KM_MODE,
    FWPS_FIELD_KM_AUTHORIZATION_IPSEC_POLICY_KEY,
    FWPS_FIELD_KM_AUTHORIZATION_NAP_CONTEXT,
    FWPS_FIELD_KM_AUTHORIZATION_MAX
} FWPS_FIELDS_KM_AUTHORIZATION;

typedef enum FWPS_FIELDS_NAME_RESOLUTION_CACHE_V4_ {
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V4_ALE_USER_ID = 0,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V4_ALE_APP_ID,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V4_PEER_NAME,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V4_COMPARTMENT_ID,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V4_MAX
} FWPS_FIELDS_NAME_RESOLUTION_CACHE_V4;

typedef enum FWPS_FIELDS_NAME_RESOLUTION_CACHE_V6_ {
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V6_ALE_USER_ID = 0,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V6_ALE_APP_ID,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V6_PEER_NAME,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V6_COMPARTMENT_ID,
    FWPS_FIELD_NAME_RESOLUTION_CACHE_V6_MAX
} FWPS_FIELDS_NAME_RESOLUTION_CACHE_V6;

typedef enum FWPS_FIELDS_OUTBOUND_ICMP_ERROR_V4_ {
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_ICMP_TYPE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_ICMP_CODE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_INTERFACE_TYPE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_TUNNEL_TYPE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_FLAGS,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_NEXTHOP_INTERFACE_PROFILE_ID,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_INTERFACE_QUARANTINE_EPOCH,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V4_MAX
} FWPS_FIELDS_OUTBOUND_ICMP_ERROR_V4;

typedef enum FWPS_FIELDS_OUTBOUND_ICMP_ERROR_V6_ {
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_IP_LOCAL_PORT,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_IP_REMOTE_PORT,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_INTERFACE_TYPE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_TUNNEL_TYPE,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_FLAGS,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_NEXTHOP_INTERFACE_PROFILE_ID,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_INTERFACE_QUARANTINE_EPOCH,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_ICMP_ERROR_V6_MAX
} FWPS_FIELDS_OUTBOUND_ICMP_ERROR_V6;

typedef enum FWPS_FIELDS_OUTBOUND_IPPACKET_V4_ {
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_FLAGS,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_INTERFACE_TYPE,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_TUNNEL_TYPE,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_IPPACKET_V4_MAX
} FWPS_FIELDS_OUTBOUND_IPPACKET_V4;

typedef enum FWPS_FIELDS_OUTBOUND_IPPACKET_V6_ {
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_FLAGS,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_INTERFACE_TYPE,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_TUNNEL_TYPE,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_IPPACKET_V6_MAX
} FWPS_FIELDS_OUTBOUND_IPPACKET_V6;

typedef enum FWPS_FIELDS_OUTBOUND_MAC_FRAME_ETHERNET_ {
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_INTERFACE_MAC_ADDRESS = 0,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_MAC_LOCAL_ADDRESS,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_MAC_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_MAC_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_MAC_REMOTE_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_ETHER_TYPE,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_VLAN_ID,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_INTERFACE,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_NDIS_PORT,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_L2_FLAGS,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_ETHERNET_MAX
} FWPS_FIELDS_OUTBOUND_MAC_FRAME_ETHERNET;

typedef enum FWPS_FIELDS_OUTBOUND_MAC_FRAME_NATIVE_ {
    FWPS_FIELD_OUTBOUND_MAC_FRAME_NATIVE_NDIS_MEDIA_TYPE = 0,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_NATIVE_NDIS_PHYSICAL_MEDIA_TYPE,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_NATIVE_INTERFACE,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_NATIVE_INTERFACE_TYPE,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_NATIVE_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_NATIVE_NDIS_PORT,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_NATIVE_L2_FLAGS,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_NATIVE_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_MAC_FRAME_NATIVE_MAX
} FWPS_FIELDS_OUTBOUND_MAC_FRAME_NATIVE;

typedef enum FWPS_FIELDS_OUTBOUND_NETWORK_POLICY_V4_ {
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_ALE_APP_ID = 0,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_ALE_USER_ID,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_IP_LOCAL_PORT,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_IP_PROTOCOL,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_IP_REMOTE_PORT,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_FLAGS,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_ALE_ORIGINAL_APP_ID,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_ALE_PACKAGE_ID,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V4_MAX
} FWPS_FIELDS_OUTBOUND_NETWORK_POLICY_V4;

typedef enum FWPS_FIELDS_OUTBOUND_NETWORK_POLICY_V6_ {
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_ALE_APP_ID = 0,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_ALE_USER_ID,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_IP_LOCAL_PORT,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_IP_PROTOCOL,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_IP_REMOTE_PORT,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_FLAGS,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_ALE_ORIGINAL_APP_ID,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_ALE_PACKAGE_ID,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_NETWORK_CONNECTION_POLICY_V6_MAX
} FWPS_FIELDS_OUTBOUND_NETWORK_POLICY_V6;

typedef enum FWPS_FIELDS_OUTBOUND_TRANSPORT_V4_ {
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_PROTOCOL = 0,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_REMOTE_PORT,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_FLAGS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_INTERFACE_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_TUNNEL_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_PROFILE_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_MAX
} FWPS_FIELDS_OUTBOUND_TRANSPORT_V4;

typedef enum FWPS_FIELDS_OUTBOUND_TRANSPORT_V6_ {
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_PROTOCOL = 0,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_REMOTE_PORT,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_FLAGS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_INTERFACE_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_TUNNEL_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_PROFILE_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_MAX
} FWPS_FIELDS_OUTBOUND_TRANSPORT_V6;

typedef enum FWPS_FIELDS_RPC_EP_ADD_ {
    FWPS_FIELD_RPC_EP_ADD_PROCESS_WITH_RPC_IF_UUID = 0,
    FWPS_FIELD_RPC_EP_ADD_PROTOCOL,
    FWPS_FIELD_RPC_EP_ADD_EP_VALUE,
    FWPS_FIELD_RPC_EP_ADD_EP_FLAGS,
    FWPS_FIELD_RPC_EP_ADD_MAX
} FWPS_FIELDS_RPC_EP_ADD;

typedef enum FWPS_FIELDS_RPC_EPMAP_ {
    FWPS_FIELD_RPC_EPMAP_REMOTE_USER_TOKEN = 0,
    FWPS_FIELD_RPC_EPMAP_IF_UUID,
    FWPS_FIELD_RPC_EPMAP_IF_VERSION,
    FWPS_FIELD_RPC_EPMAP_PROTOCOL,
    FWPS_FIELD_RPC_EPMAP_AUTH_TYPE,
    FWPS_FIELD_RPC_EPMAP_AUTH_LEVEL,
    FWPS_FIELD_RPC_EPMAP_SEC_ENCRYPT_ALGORITHM,
    FWPS_FIELD_RPC_EPMAP_SEC_KEY_SIZE,
    FWPS_FIELD_RPC_EPMAP_LOCAL_ADDR_V4,
    FWPS_FIELD_RPC_EPMAP_LOCAL_ADDR_V6,
    FWPS_FIELD_RPC_EPMAP_LOCAL_PORT,
    FWPS_FIELD_RPC_EPMAP_PIPE,
    FWPS_FIELD_RPC_EPMAP_REMOTE_ADDR_V4,
    FWPS_FIELD_RPC_EPMAP_REMOTE_ADDR_V6,
    FWPS_FIELD_RPC_EPMAP_MAX
} FWPS_FIELDS_RPC_EPMAP;

typedef enum FWPS_FIELDS_RPC_PROXY_CONN_ {
    FWPS_FIELD_RPC_PROXY_CONN_CLIENT_TOKEN = 0,
    FWPS_FIELD_RPC_PROXY_CONN_SERVER_NAME,
    FWPS_FIELD_RPC_PROXY_CONN_SERVER_PORT,
    FWPS_FIELD_RPC_PROXY_CONN_PROXY_AUTH_TYPE,
    FWPS_FIELD_RPC_PROXY_CONN_CLIENT_CERT_KEY_LENGTH,
    FWPS_FIELD_RPC_PROXY_CONN_CLIENT_CERT_OID,
    FWPS_FIELD_RPC_PROXY_CONN_MAX
} FWPS_FIELDS_RPC_PROXY_CONN;

typedef enum FWPS_FIELDS_RPC_PROXY_IF_ {
    FWPS_FIELD_RPC_PROXY_IF_CLIENT_TOKEN = 0,
    FWPS_FIELD_RPC_PROXY_IF_IF_UUID,
    FWPS_FIELD_RPC_PROXY_IF_IF_VERSION,
    FWPS_FIELD_RPC_PROXY_IF_SERVER_NAME,
    FWPS_FIELD_RPC_PROXY_IF_SERVER_PORT,
    FWPS_FIELD_RPC_PROXY_IF_PROXY_AUTH_TYPE,
    FWPS_FIELD_RPC_PROXY_IF_CLIENT_CERT_KEY_LENGTH,
    FWPS_FIELD_RPC_PROXY_IF_CLIENT_CERT_OID,
    FWPS_FIELD_RPC_PROXY_IF_MAX
} FWPS_FIELDS_RPC_PROXY_IF;

typedef enum FWPS_FIELDS_RPC_UM_ {
    FWPS_FIELD_RPC_UM_REMOTE_USER_TOKEN = 0,
    FWPS_FIELD_RPC_UM_IF_UUID,
    FWPS_FIELD_RPC_UM_IF_VERSION,
    FWPS_FIELD_RPC_UM_IF_FLAG,
    FWPS_FIELD_RPC_UM_DCOM_APP_ID,
    FWPS_FIELD_RPC_UM_IMAGE_NAME,
    FWPS_FIELD_RPC_UM_PROTOCOL,
    FWPS_FIELD_RPC_UM_AUTH_TYPE,
    FWPS_FIELD_RPC_UM_AUTH_LEVEL,
    FWPS_FIELD_RPC_UM_SEC_ENCRYPT_ALGORITHM,
    FWPS_FIELD_RPC_UM_SEC_KEY_SIZE,
    FWPS_FIELD_RPC_UM_LOCAL_ADDR_V4,
    FWPS_FIELD_RPC_UM_LOCAL_ADDR_V6,
    FWPS_FIELD_RPC_UM_LOCAL_PORT,
    FWPS_FIELD_RPC_UM_PIPE,
    FWPS_FIELD_RPC_UM_REMOTE_ADDR_V4,
    FWPS_FIELD_RPC_UM_REMOTE_ADDR_V6,
    FWPS_FIELD_RPC_UM_MAX
} FWPS_FIELDS_RPC_UM;

typedef enum FWPS_FIELDS_STREAM_PACKET_V4_ {
    FWPS_FIELD_STREAM_PACKET_V4_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_STREAM_PACKET_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_STREAM_PACKET_V4_IP_LOCAL_PORT,
    FWPS_FIELD_STREAM_PACKET_V4_IP_REMOTE_PORT,
    FWPS_FIELD_STREAM_PACKET_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_STREAM_PACKET_V4_INTERFACE_INDEX,
    FWPS_FIELD_STREAM_PACKET_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_STREAM_PACKET_V4_DIRECTION,
    FWPS_FIELD_STREAM_PACKET_V4_FLAGS,
    FWPS_FIELD_STREAM_PACKET_V4_INTERFACE_TYPE,
    FWPS_FIELD_STREAM_PACKET_V4_TUNNEL_TYPE,
    FWPS_FIELD_STREAM_PACKET_V4_COMPARTMENT_ID,
    FWPS_FIELD_STREAM_PACKET_V4_MAX
} FWPS_FIELDS_STREAM_PACKET_V4;

typedef enum FWPS_FIELDS_STREAM_PACKET_V6_ {
    FWPS_FIELD_STREAM_PACKET_V6_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_STREAM_PACKET_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_STREAM_PACKET_V6_IP_LOCAL_PORT,
    FWPS_FIELD_STREAM_PACKET_V6_IP_REMOTE_PORT,
    FWPS_FIELD_STREAM_PACKET_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_STREAM_PACKET_V6_INTERFACE_INDEX,
    FWPS_FIELD_STREAM_PACKET_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_STREAM_PACKET_V6_DIRECTION,
    FWPS_FIELD_STREAM_PACKET_V6_FLAGS,
    FWPS_FIELD_STREAM_PACKET_V6_INTERFACE_TYPE,
    FWPS_FIELD_STREAM_PACKET_V6_TUNNEL_TYPE,
    FWPS_FIELD_STREAM_PACKET_V6_COMPARTMENT_ID,
    FWPS_FIELD_STREAM_PACKET_V6_MAX
} FWPS_FIELDS_STREAM_PACKET_V6;

typedef enum FWPS_FIELDS_STREAM_V4_ {
    FWPS_FIELD_STREAM_V4_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_STREAM_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_STREAM_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_STREAM_V4_IP_LOCAL_PORT,
    FWPS_FIELD_STREAM_V4_IP_REMOTE_PORT,
    FWPS_FIELD_STREAM_V4_DIRECTION,
    FWPS_FIELD_STREAM_V4_FLAGS,
    FWPS_FIELD_STREAM_V4_COMPARTMENT_ID,
    FWPS_FIELD_STREAM_V4_MAX
} FWPS_FIELDS_STREAM_V4;

typedef enum FWPS_FIELDS_STREAM_V6_ {
    FWPS_FIELD_STREAM_V6_IP_LOCAL_ADDRESS = 0,
    FWPS_FIELD_STREAM_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_STREAM_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_STREAM_V6_IP_LOCAL_PORT,
    FWPS_FIELD_STREAM_V6_IP_REMOTE_PORT,
    FWPS_FIELD_STREAM_V6_DIRECTION,
    FWPS_FIELD_STREAM_V6_FLAGS,
    FWPS_FIELD_STREAM_V6_COMPARTMENT_ID,
    FWPS_FIELD_STREAM_V6_MAX
} FWPS_FIELDS_STREAM_V6;


/*
 * Metadata field identifiers: one bit per member of
 * FWPS_INCOMING_METADATA_VALUES0 that the filter engine has filled in,
 * reported in currentMetadataValues (and, for the layer-2 members, in
 * currentL2MetadataValues).  Values as published in the Win32 metadata
 * constants (windows-sys, WindowsFilteringPlatform module).
 */
#define FWPS_METADATA_FIELD_DISCARD_REASON                    0x00000001U
#define FWPS_METADATA_FIELD_FLOW_HANDLE                       0x00000002U
#define FWPS_METADATA_FIELD_IP_HEADER_SIZE                    0x00000004U
#define FWPS_METADATA_FIELD_PROCESS_PATH                      0x00000008U
#define FWPS_METADATA_FIELD_TOKEN                             0x00000010U
#define FWPS_METADATA_FIELD_PROCESS_ID                        0x00000020U
#define FWPS_METADATA_FIELD_SYSTEM_FLAGS                      0x00000040U
#define FWPS_METADATA_FIELD_RESERVED                          0x00000080U
#define FWPS_METADATA_FIELD_SOURCE_INTERFACE_INDEX            0x00000100U
#define FWPS_METADATA_FIELD_DESTINATION_INTERFACE_INDEX       0x00000200U
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_SIZE             0x00000400U
#define FWPS_METADATA_FIELD_COMPARTMENT_ID                    0x00000800U
#define FWPS_METADATA_FIELD_FRAGMENT_DATA                     0x00001000U
#define FWPS_METADATA_FIELD_PATH_MTU                          0x00002000U
#define FWPS_METADATA_FIELD_COMPLETION_HANDLE                 0x00004000U
#define FWPS_METADATA_FIELD_TRANSPORT_ENDPOINT_HANDLE         0x00008000U
#define FWPS_METADATA_FIELD_TRANSPORT_CONTROL_DATA            0x00010000U
#define FWPS_METADATA_FIELD_REMOTE_SCOPE_ID                   0x00020000U
#define FWPS_METADATA_FIELD_PACKET_DIRECTION                  0x00040000U
#define FWPS_METADATA_FIELD_PACKET_SYSTEM_CRITICAL            0x00080000U
#define FWPS_METADATA_FIELD_FORWARD_LAYER_OUTBOUND_PASS_THRU  0x00100000U
#define FWPS_METADATA_FIELD_FORWARD_LAYER_INBOUND_PASS_THRU   0x00200000U
#define FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED             0x00400000U
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_INCLUDE_HEADER   0x00800000U
#define FWPS_METADATA_FIELD_DESTINATION_PREFIX                0x01000000U
#define FWPS_METADATA_FIELD_ETHER_FRAME_LENGTH                0x02000000U
#define FWPS_METADATA_FIELD_PARENT_ENDPOINT_HANDLE            0x04000000U
#define FWPS_METADATA_FIELD_ICMP_ID_AND_SEQUENCE              0x08000000U
#define FWPS_METADATA_FIELD_LOCAL_REDIRECT_TARGET_PID         0x10000000U
#define FWPS_METADATA_FIELD_ORIGINAL_DESTINATION              0x20000000U
#define FWPS_METADATA_FIELD_REDIRECT_RECORD_HANDLE            0x40000000U
#define FWPS_METADATA_FIELD_SUB_PROCESS_TAG                   0x80000000U

#define FWPS_L2_METADATA_FIELD_ETHERNET_MAC_HEADER_SIZE       0x00000001U
#define FWPS_L2_METADATA_FIELD_WIFI_OPERATION_MODE            0x00000002U
#define FWPS_L2_METADATA_FIELD_VSWITCH_SOURCE_PORT_ID         0x00000004U
#define FWPS_L2_METADATA_FIELD_VSWITCH_SOURCE_NIC_INDEX       0x00000008U
#define FWPS_L2_METADATA_FIELD_VSWITCH_PACKET_CONTEXT         0x00000010U
#define FWPS_L2_METADATA_FIELD_VSWITCH_DESTINATION_PORT_ID    0x00000020U
#define FWPS_L2_METADATA_FIELD_RESERVED                       0x80000000U

/* TRUE when the engine supplied the given metadata member. */
#define FWPS_IS_METADATA_FIELD_PRESENT(metadataValues, metadataField) \
    ((((metadataValues)->currentMetadataValues) & (metadataField)) == (metadataField))
#define FWPS_IS_L2_METADATA_FIELD_PRESENT(metadataValues, metadataField) \
    ((((metadataValues)->currentL2MetadataValues) & (metadataField)) == (metadataField))

/* FWPS_CLASSIFY_OUT0.flags bits. */
#define FWPS_CLASSIFY_OUT_FLAG_ABSORB                 0x00000001U
#define FWPS_CLASSIFY_OUT_FLAG_BUFFER_LIMIT_REACHED   0x00000002U
#define FWPS_CLASSIFY_OUT_FLAG_NO_MORE_DATA           0x00000004U
#define FWPS_CLASSIFY_OUT_FLAG_ALE_FAST_CACHE_CHECK   0x00000008U
#define FWPS_CLASSIFY_OUT_FLAG_ALE_FAST_CACHE_POSSIBLE 0x00000010U

/* FWPS_CLASSIFY_OUT0.rights: the callout may write the action. */
#define FWPS_RIGHT_ACTION_WRITE                       0x00000001U

/* FWPS_FILTER*.flags bits. */
#define FWPS_FILTER_FLAG_CLEAR_ACTION_RIGHT           0x00000001U
#define FWPS_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED 0x00000002U
#define FWPS_FILTER_FLAG_OR_CONDITIONS                0x00000004U
#define FWPS_FILTER_FLAG_HAS_SECURITY_REALM_PROVIDER_CONTEXT 0x00000008U
#define FWPS_FILTER_FLAG_SILENT_MODE                  0x00000010U
#define FWPS_FILTER_FLAG_IPSEC_NO_ACQUIRE_INITIATE    0x00000020U

/* FWPS_INCOMING_METADATA_VALUES0.flags bits. */
#define FWPS_INCOMING_FLAG_CACHE_SAFE                 0x00000001U
#define FWPS_INCOMING_FLAG_ENFORCE_QUERY              0x00000002U
#define FWPS_INCOMING_FLAG_ABSORB                     0x00000004U
#define FWPS_INCOMING_FLAG_CONNECTION_FAILING_INDICATION 0x00000008U
#define FWPS_INCOMING_FLAG_MID_STREAM_INSPECTION      0x00000010U
#define FWPS_INCOMING_FLAG_RECLASSIFY                 0x00000020U
#define FWPS_INCOMING_FLAG_IS_LOOSE_SOURCE_FLOW       0x00000040U
#define FWPS_INCOMING_FLAG_IS_LOCAL_ONLY_FLOW         0x00000080U

/* FWPS_INCOMING_METADATA_VALUES0.l2Flags bits. */
#define FWPS_L2_INCOMING_FLAG_IS_RAW_IPV4_FRAMING     0x00000001U
#define FWPS_L2_INCOMING_FLAG_IS_RAW_IPV6_FRAMING     0x00000002U
#define FWPS_L2_INCOMING_FLAG_RECLASSIFY_MULTI_DESTINATION 0x00000008U

/* ALE endpoint flags. */
#define FWPS_ALE_ENDPOINT_FLAG_IPSEC_SECURED          0x00000001U

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_FWPSK_H */
