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
 * Left out: the run-time layer and field identifiers (FWPS_LAYER_*,
 * FWPS_FIELD_*), the FWPS_METADATA_FIELD_*, FWPS_RIGHT_*, FWPS_FILTER_FLAG_*,
 * FWPS_CLASSIFY_OUT_FLAG_*, FWPS_STREAM_FLAG_*, FWPS_INJECTION_TYPE_* and
 * FWPS_PACKET_LIST_INFORMATION_QUERY_*
 * values and the discard-reason enumerations (the numeric values are not
 * restated in the reference pages used), FWPS_IS_METADATA_FIELD_PRESENT,
 * ALE endpoint enumeration, bind/connect redirection request structures,
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

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_FWPSK_H */
