/*
 * wfp_surface.c - selftest for the Windows Filtering Platform part of the
 * fallback headers: fwpsk.h, fwpmk.h, netioddk.h and the network types
 * they bring in (ws2def.h, ws2ipdef.h, in6addr.h, inaddr.h, ifdef.h,
 * netioapi.h, ntddndis.h) used together the way a callout driver uses
 * them, with static assertions on layouts and values that the reference
 * pages publish.
 */
#include <ntddk.h>
#include <ndis.h>
#include <fwpsk.h>
#include <fwpmk.h>
#include <netioddk.h>

/* Published values. */
C_ASSERT(AF_INET == 2);
C_ASSERT(AF_INET6 == 23);
C_ASSERT(IPPROTO_TCP == 6);
C_ASSERT(IPPROTO_UDP == 17);
C_ASSERT(IPPROTO_ICMPV6 == 58);
C_ASSERT(ScopeLevelGlobal == 14);
C_ASSERT(FWP_SINGLE_DATA_TYPE_MAX == 0xff);
C_ASSERT(FWP_V4_ADDR_MASK == 0x100);
C_ASSERT(FWP_BYTE_ARRAY6_TYPE == 18);
C_ASSERT(FWP_ACTION_BLOCK == (0x00000001 | FWP_ACTION_FLAG_TERMINATING));
C_ASSERT(FWP_ACTION_CALLOUT_INSPECTION == (0x00000004 | FWP_ACTION_FLAG_CALLOUT | FWP_ACTION_FLAG_NON_TERMINATING));
C_ASSERT(FWP_CALLOUT_FLAG_ALLOW_RECLASSIFY == 0x00000010);
C_ASSERT(FWPM_IPSEC_DOSP_CONTEXT == 11);
C_ASSERT(UNSPECIFIED_COMPARTMENT_ID == 0 && DEFAULT_COMPARTMENT_ID == 1);

/* Published sizes. */
C_ASSERT(sizeof(IN_ADDR) == 4);
C_ASSERT(sizeof(IN6_ADDR) == 16);
C_ASSERT(sizeof(SOCKADDR_IN) == 16);
C_ASSERT(sizeof(SOCKADDR_IN6) == 28);
C_ASSERT(sizeof(SOCKADDR_STORAGE) == 128);
C_ASSERT(sizeof(FWP_BYTE_ARRAY16) == 16);
C_ASSERT(sizeof(SCOPE_ID) == 4);

static HANDLE g_injection;
static UINT32 g_calloutId;
static wchar_t g_name[] = L"surface";

static void NTAPI surface_complete(void *context, NET_BUFFER_LIST *nbl, BOOLEAN dispatchLevel)
{
    UNREFERENCED_PARAMETER(context);
    UNREFERENCED_PARAMETER(dispatchLevel);
    FwpsFreeCloneNetBufferList(nbl, 0);
}

static void NTAPI surface_classify(const FWPS_INCOMING_VALUES *inFixedValues,
                                   const FWPS_INCOMING_METADATA_VALUES *inMetaValues, void *layerData,
                                   const void *classifyContext, const FWPS_FILTER *filter, UINT64 flowContext,
                                   FWPS_CLASSIFY_OUT *classifyOut)
{
    NET_BUFFER_LIST *nbl = (NET_BUFFER_LIST *)layerData;
    NET_BUFFER_LIST *clone = NULL;
    HANDLE injectionContext = NULL;
    FWPS_TRANSPORT_SEND_PARAMS sendParams;
    FWPS_PACKET_LIST_INFORMATION packetInfo;
    UINT8 protocol = inFixedValues->incomingValue[0].value.uint8;

    UNREFERENCED_PARAMETER(classifyContext);
    UNREFERENCED_PARAMETER(flowContext);
    RtlZeroMemory(&sendParams, sizeof sendParams);
    if (FwpsQueryPacketInjectionState(g_injection, nbl, &injectionContext) == FWPS_PACKET_INJECTED_BY_SELF ||
        filter->providerContext == NULL || protocol != IPPROTO_UDP) {
        classifyOut->actionType = FWP_ACTION_PERMIT;
        return;
    }
    RtlZeroMemory(&packetInfo, sizeof packetInfo);
    if (NT_SUCCESS(FwpsGetPacketListSecurityInformation(nbl, 0, &packetInfo)) &&
        packetInfo.ipsecInformation.inbound.isTunnelMode && !packetInfo.ipsecInformation.inbound.isDeTunneled) {
        classifyOut->actionType = FWP_ACTION_CONTINUE;
        return;
    }
    NdisRetreatNetBufferDataStart(NET_BUFFER_LIST_FIRST_NB(nbl), inMetaValues->transportHeaderSize, 0, NULL);
    if (NT_SUCCESS(FwpsAllocateCloneNetBufferList(nbl, NULL, NULL, 0, &clone))) {
        sendParams.remoteScopeId = inMetaValues->remoteScopeId;
        sendParams.controlData = inMetaValues->controlData;
        sendParams.controlDataLength = inMetaValues->controlDataLength;
        (void)FwpsInjectTransportSendAsync(g_injection, NULL, inMetaValues->transportEndpointHandle, 0,
                                           &sendParams, AF_INET, (COMPARTMENT_ID)inMetaValues->compartmentId,
                                           clone, surface_complete, NULL);
    }
    NdisAdvanceNetBufferDataStart(NET_BUFFER_LIST_FIRST_NB(nbl), inMetaValues->transportHeaderSize, FALSE, NULL);
    classifyOut->actionType = FWP_ACTION_BLOCK;
}

static void NTAPI surface_stream(const FWPS_INCOMING_VALUES0 *inFixedValues,
                                 const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues, void *layerData,
                                 const FWPS_FILTER0 *filter, UINT64 flowContext, FWPS_CLASSIFY_OUT0 *classifyOut)
{
    FWPS_STREAM_CALLOUT_IO_PACKET *ioPacket = (FWPS_STREAM_CALLOUT_IO_PACKET *)layerData;
    SIZE_T copied = 0;
    UCHAR buffer[16];

    UNREFERENCED_PARAMETER(inFixedValues);
    UNREFERENCED_PARAMETER(inMetaValues);
    UNREFERENCED_PARAMETER(filter);
    UNREFERENCED_PARAMETER(flowContext);
    if (ioPacket->streamData->dataLength >= sizeof buffer)
        FwpsCopyStreamDataToBuffer(ioPacket->streamData, buffer, sizeof buffer, &copied);
    ioPacket->streamAction = FWPS_STREAM_ACTION_NONE;
    classifyOut->actionType = FWP_ACTION_CONTINUE;
}

static NTSTATUS NTAPI surface_notify(FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID *filterKey,
                                     FWPS_FILTER *filter)
{
    UNREFERENCED_PARAMETER(filterKey);
    if (notifyType == FWPS_CALLOUT_NOTIFY_ADD_FILTER)
        filter->context = 0;
    return STATUS_SUCCESS;
}

static void NTAPI surface_flow_delete(UINT16 layerId, UINT32 calloutId, UINT64 flowContext)
{
    UNREFERENCED_PARAMETER(layerId);
    UNREFERENCED_PARAMETER(calloutId);
    UNREFERENCED_PARAMETER(flowContext);
}

NTSTATUS surface_register(PDEVICE_OBJECT deviceObject, const GUID *calloutKey, const GUID *layerKey)
{
    FWPS_CALLOUT sCallout;
    FWPS_CALLOUT0 sCallout0;
    FWPM_CALLOUT mCallout;
    FWPM_FILTER filter;
    FWPM_FILTER_CONDITION condition[1];
    FWPM_SESSION session;
    HANDLE engine = NULL;
    NTSTATUS status;

    RtlZeroMemory(&sCallout, sizeof sCallout);
    RtlZeroMemory(&sCallout0, sizeof sCallout0);
    RtlZeroMemory(&mCallout, sizeof mCallout);
    RtlZeroMemory(&filter, sizeof filter);
    RtlZeroMemory(condition, sizeof condition);
    RtlZeroMemory(&session, sizeof session);
    sCallout.calloutKey = *calloutKey;
    sCallout.classifyFn = surface_classify;
    sCallout.notifyFn = surface_notify;
    sCallout.flowDeleteFn = surface_flow_delete;
    status = FwpsCalloutRegister(deviceObject, &sCallout, &g_calloutId);
    if (!NT_SUCCESS(status))
        return status;
    sCallout0.classifyFn = surface_stream;
    (void)sCallout0;

    status = FwpsInjectionHandleCreate(AF_UNSPEC, 0, &g_injection);
    if (!NT_SUCCESS(status))
        return status;

    status = FwpmEngineOpen(NULL, 0, NULL, &session, &engine);
    if (!NT_SUCCESS(status))
        return status;
    status = FwpmTransactionBegin(engine, 0);
    mCallout.calloutKey = *calloutKey;
    mCallout.applicableLayer = *layerKey;
    mCallout.displayData.name = g_name;
    if (NT_SUCCESS(status))
        status = FwpmCalloutAdd(engine, &mCallout, NULL, NULL);
    condition[0].fieldKey = FWPM_CONDITION_IP_PROTOCOL;
    condition[0].matchType = FWP_MATCH_EQUAL;
    condition[0].conditionValue.type = FWP_UINT8;
    condition[0].conditionValue.uint8 = IPPROTO_UDP;
    filter.layerKey = FWPM_LAYER_OUTBOUND_TRANSPORT_V4;
    filter.subLayerKey = FWPM_SUBLAYER_UNIVERSAL;
    filter.action.type = FWP_ACTION_CALLOUT_TERMINATING;
    filter.action.calloutKey = *calloutKey;
    filter.numFilterConditions = 1;
    filter.filterCondition = condition;
    filter.weight.type = FWP_EMPTY;
    if (NT_SUCCESS(status))
        status = FwpmFilterAdd(engine, &filter, NULL, NULL);
    if (NT_SUCCESS(status))
        status = FwpmTransactionCommit(engine);
    else
        (void)FwpmTransactionAbort(engine);
    (void)FwpmEngineClose(engine);
    return status;
}

void surface_unregister(void)
{
    (void)FwpsCalloutUnregisterById(g_calloutId);
    (void)FwpsInjectionHandleDestroy(g_injection);
}
