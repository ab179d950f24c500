/*
 * ndis_surface.c - selftest for the NDIS driver-framework part of the
 * fallback headers: ndis.h, ndis_driver.h and ntddndis.h used together the
 * way a miniport, a filter and a protocol driver use them, with static
 * assertions on values and layouts that the reference pages publish.
 */
#include <ntddk.h>
#include <ndis.h>

/* Published values. */
C_ASSERT(sizeof(NDIS_OBJECT_HEADER) == 4);
C_ASSERT(NdisRequestQueryInformation == 0 && NdisRequestSetInformation == 1);
C_ASSERT(NdisRequestQueryStatistics == 2 && NdisRequestMethod == 12);
C_ASSERT(NdisMedium802_3 == 0 && NdisMediumNative802_11 == 16);
C_ASSERT(NdisDeviceStateUnspecified == 0 && NdisDeviceStateD3 == 4);
C_ASSERT(OID_GEN_SUPPORTED_LIST == 0x00010101);
C_ASSERT(OID_GEN_CURRENT_PACKET_FILTER == 0x0001010E);
C_ASSERT(OID_802_3_MULTICAST_LIST == 0x01010103);
C_ASSERT(OID_PNP_SET_POWER == 0xFD010101);
C_ASSERT(NDIS_PACKET_TYPE_PROMISCUOUS == 0x20);
C_ASSERT(NDIS_STATUS_BUFFER_TOO_SHORT == (NDIS_STATUS)0xC0230016L);
C_ASSERT(NDIS_STATUS_INVALID_LENGTH == (NDIS_STATUS)0xC0230014L);
C_ASSERT(NDIS_OBJECT_TYPE_DEFAULT == 0x80);
C_ASSERT(NDIS_OBJECT_TYPE_OID_REQUEST == NDIS_OBJECT_TYPE_REQUEST_EX);
C_ASSERT(OID_GEN_INTERRUPT_MODERATION == 66057);
C_ASSERT(NDIS_STATISTICS_FLAGS_VALID_DIRECTED_FRAMES_RCV == 1);
C_ASSERT(NetEventSetPower == 0 && NetEventRestart == 9 && NetEventIMReEnableDevice == 12);
C_ASSERT(NdisParameterInteger == 0 && NdisParameterBinary == 4);

/* Layouts: members in the documented order. */
C_ASSERT(sizeof(NDIS_NET_BUFFER_LIST_8021Q_INFO) == sizeof(PVOID));
C_ASSERT(sizeof(LOCK_STATE_EX) == 3);
C_ASSERT(FIELD_OFFSET(NET_PNP_EVENT_NOTIFICATION, NetPnPEvent) == 8);
C_ASSERT(FIELD_OFFSET(NDIS_STATISTICS_INFO, ifInDiscards) == 8);
C_ASSERT(sizeof(NDIS_STATISTICS_INFO) == 8 + 18 * sizeof(ULONG64));
C_ASSERT(NDIS_SIZEOF_OID_REQUEST_REVISION_1 < NDIS_SIZEOF_OID_REQUEST_REVISION_2);
C_ASSERT(NDIS_SIZEOF_OID_REQUEST_REVISION_2 <= sizeof(NDIS_OID_REQUEST));
C_ASSERT(sizeof(NDIS_PNP_CAPABILITIES) == 16);
C_ASSERT(FIELD_OFFSET(NDIS_OID_REQUEST, DATA) ==
         FIELD_OFFSET(NDIS_OID_REQUEST, RequestHandle) + sizeof(NDIS_HANDLE));
C_ASSERT(FIELD_OFFSET(NDIS_OID_REQUEST, DATA.QUERY_INFORMATION.Oid) ==
         FIELD_OFFSET(NDIS_OID_REQUEST, DATA.Oid));
C_ASSERT(sizeof(((NDIS_OID_REQUEST *)0)->NdisReserved) ==
         NDIS_OID_REQUEST_NDIS_RESERVED_SIZE * sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(NDIS_SPIN_LOCK, OldIrql) == sizeof(KSPIN_LOCK));
C_ASSERT(FIELD_OFFSET(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, SynchronousOidRequestHandler) ==
         FIELD_OFFSET(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, SetOptionsHandler) + 17 * sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(NDIS_FILTER_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler) ==
         FIELD_OFFSET(NDIS_FILTER_DRIVER_CHARACTERISTICS, SetOptionsHandler) + 19 * sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, DirectOidRequestCompleteHandler) ==
         FIELD_OFFSET(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, SetOptionsHandler) + 11 * sizeof(PVOID));

typedef struct _ADAPTER {
    NDIS_HANDLE Handle;
    NDIS_SPIN_LOCK Lock;
    NDIS_RW_LOCK TableLock;
    PNDIS_RW_LOCK_EX TableLockEx;
    NDIS_EVENT Idle;
    NDIS_HANDLE Timer;
    ULONG PacketFilter;
    LONG Pending;
} ADAPTER, *PADAPTER;

static NDIS_HANDLE g_miniport_driver;
static NDIS_HANDLE g_filter_driver;
static NDIS_HANDLE g_protocol;

static NDIS_TIMER_FUNCTION SurfTimer;
static MINIPORT_INITIALIZE SurfInitialize;
static MINIPORT_HALT SurfHalt;
static MINIPORT_UNLOAD SurfUnload;
static MINIPORT_PAUSE SurfPause;
static MINIPORT_RESTART SurfRestart;
static MINIPORT_OID_REQUEST SurfOidRequest;
static MINIPORT_SEND_NET_BUFFER_LISTS SurfSend;
static MINIPORT_RETURN_NET_BUFFER_LISTS SurfReturn;
static MINIPORT_CANCEL_SEND SurfCancelSend;
static MINIPORT_CHECK_FOR_HANG SurfCheckForHang;
static MINIPORT_RESET SurfReset;
static MINIPORT_DEVICE_PNP_EVENT_NOTIFY SurfPnp;
static MINIPORT_SHUTDOWN SurfShutdown;
static MINIPORT_CANCEL_OID_REQUEST SurfCancelOid;
static FILTER_ATTACH SurfAttach;
static FILTER_DETACH SurfDetach;
static FILTER_RESTART SurfFRestart;
static FILTER_PAUSE SurfFPause;
static FILTER_SEND_NET_BUFFER_LISTS SurfFSend;
static FILTER_RECEIVE_NET_BUFFER_LISTS SurfFReceive;
static FILTER_OID_REQUEST SurfFOid;
static PROTOCOL_BIND_ADAPTER_EX SurfBind;
static PROTOCOL_UNBIND_ADAPTER_EX SurfUnbind;

static VOID SurfTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PADAPTER a = (PADAPTER)FunctionContext;
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    NdisDprAcquireSpinLock(&a->Lock);
    NdisDprReleaseSpinLock(&a->Lock);
}

static NDIS_STATUS SurfInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                                  PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES reg;
    NDIS_TIMER_CHARACTERISTICS timer;
    PADAPTER a;
    NDIS_STATUS status;
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    a = (PADAPTER)NdisAllocateMemoryWithTagPriority(NdisMiniportHandle, sizeof(*a), 'fruS', NormalPoolPriority);
    if (a == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(a, sizeof(*a));
    a->Handle = NdisMiniportHandle;
    NdisAllocateSpinLock(&a->Lock);
    NdisInitializeReadWriteLock(&a->TableLock);
    a->TableLockEx = NdisAllocateRWLock(NdisMiniportHandle);
    NdisInitializeEvent(&a->Idle);
    NdisZeroMemory(&reg, sizeof(reg));
    reg.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    reg.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    reg.Header.Size = sizeof(reg);
    reg.MiniportAdapterContext = a;
    reg.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE;
    reg.InterfaceType = NdisInterfacePci;
    (void)MiniportInitParameters->IfIndex;
    status = NdisMSetMiniportAttributes(NdisMiniportHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&reg);
    if (status != NDIS_STATUS_SUCCESS) {
        return status;
    }
    NdisZeroMemory(&timer, sizeof(timer));
    timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    timer.Header.Size = sizeof(timer);
    timer.AllocationTag = 'fruS';
    timer.TimerFunction = SurfTimer;
    timer.FunctionContext = a;
    return NdisAllocateTimerObject(NdisMiniportHandle, &timer, &a->Timer);
}

static VOID SurfHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PADAPTER a = (PADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(HaltAction);
    (void)NdisCancelTimerObject(a->Timer);
    NdisFreeTimerObject(a->Timer);
    (void)NdisWaitEvent(&a->Idle, 1000);
    NdisFreeRWLock(a->TableLockEx);
    NdisFreeSpinLock(&a->Lock);
    NdisFreeMemoryWithTagPriority(a->Handle, a, 'fruS');
}

static VOID SurfUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisMDeregisterMiniportDriver(g_miniport_driver);
    NdisFDeregisterFilterDriver(g_filter_driver);
    NdisDeregisterProtocolDriver(g_protocol);
}

static NDIS_STATUS SurfPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(PauseParameters);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS SurfRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PADAPTER a = (PADAPTER)MiniportAdapterContext;
    LARGE_INTEGER due;
    NDIS_CONFIGURATION_OBJECT config;
    NDIS_HANDLE configHandle;
    PNDIS_CONFIGURATION_PARAMETER param;
    NDIS_STRING keyword = NDIS_STRING_CONST("VlanID");
    NDIS_STATUS status;
    LOCK_STATE state;
    LOCK_STATE_EX stateEx;
    NDIS_NET_BUFFER_LIST_8021Q_INFO qinfo;
    UNREFERENCED_PARAMETER(RestartParameters);
    NdisZeroMemory(&config, sizeof(config));
    config.Header.Type = NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT;
    config.Header.Revision = NDIS_CONFIGURATION_OBJECT_REVISION_1;
    config.Header.Size = NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1;
    config.NdisHandle = a->Handle;
    if (NdisOpenConfigurationEx(&config, &configHandle) == NDIS_STATUS_SUCCESS) {
        NdisReadConfiguration(&status, &param, configHandle, &keyword, NdisParameterInteger);
        if (status == NDIS_STATUS_SUCCESS && param->ParameterType == NdisParameterInteger) {
            qinfo.Value = NULL;
            qinfo.TagHeader.VlanId = param->ParameterData.IntegerData & 0xFFF;
            NdisAcquireReadWriteLock(&a->TableLock, TRUE, &state);
            a->PacketFilter = qinfo.TagHeader.VlanId;
            NdisReleaseReadWriteLock(&a->TableLock, &state);
        }
        NdisCloseConfiguration(configHandle);
    }
    NdisAcquireRWLockRead(a->TableLockEx, &stateEx, NDIS_RWL_AT_DISPATCH_LEVEL);
    NdisReleaseRWLock(a->TableLockEx, &stateEx);
    due.QuadPart = -10000000LL;
    (void)NdisSetTimerObject(a->Timer, due, 2000, a);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS SurfOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PADAPTER a = (PADAPTER)MiniportAdapterContext;
    NDIS_STATUS status = NDIS_STATUS_NOT_SUPPORTED;
    switch (OidRequest->RequestType) {
    case NdisRequestQueryInformation:
    case NdisRequestQueryStatistics:
        if (OidRequest->DATA.QUERY_INFORMATION.Oid == OID_GEN_CURRENT_PACKET_FILTER) {
            if (OidRequest->DATA.QUERY_INFORMATION.InformationBufferLength < sizeof(ULONG)) {
                OidRequest->DATA.QUERY_INFORMATION.BytesNeeded = sizeof(ULONG);
                return NDIS_STATUS_BUFFER_TOO_SHORT;
            }
            NdisMoveMemory(OidRequest->DATA.QUERY_INFORMATION.InformationBuffer, &a->PacketFilter, sizeof(ULONG));
            OidRequest->DATA.QUERY_INFORMATION.BytesWritten = sizeof(ULONG);
            status = NDIS_STATUS_SUCCESS;
        }
        break;
    case NdisRequestSetInformation:
        if (OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_CURRENT_PACKET_FILTER) {
            NdisAcquireSpinLock(&a->Lock);
            a->PacketFilter = *(PULONG)OidRequest->DATA.SET_INFORMATION.InformationBuffer;
            NdisReleaseSpinLock(&a->Lock);
            OidRequest->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);
            status = NDIS_STATUS_SUCCESS;
        }
        break;
    default:
        status = NDIS_STATUS_INVALID_OID;
        break;
    }
    return status;
}

static VOID SurfSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
                     NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PADAPTER a = (PADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(PortNumber);
    NdisInterlockedIncrement(&a->Pending);
    NET_BUFFER_LIST_STATUS(NetBufferList) = NDIS_STATUS_SUCCESS;
    NdisMSendNetBufferListsComplete(a->Handle, NetBufferList,
        (SendFlags & NDIS_SEND_FLAGS_DISPATCH_LEVEL) ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
    if (NdisInterlockedDecrement(&a->Pending) == 0) {
        NdisSetEvent(&a->Idle);
    }
}

static VOID SurfReturn(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);
}

static VOID SurfCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId);
}

static BOOLEAN SurfCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    return FALSE;
}

static NDIS_STATUS SurfReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    *AddressingReset = FALSE;
    return NDIS_STATUS_SUCCESS;
}

static VOID SurfPnp(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    PADAPTER a = (PADAPTER)MiniportAdapterContext;
    NDIS_STATUS_INDICATION ind;
    NDIS_LINK_STATE link;
    if (NetDevicePnPEvent->DevicePnPEvent != NdisDevicePnPEventSurpriseRemoved) {
        return;
    }
    NdisZeroMemory(&link, sizeof(link));
    link.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    link.Header.Revision = NDIS_LINK_STATE_REVISION_1;
    link.Header.Size = sizeof(link);
    link.MediaConnectState = MediaConnectStateDisconnected;
    NdisZeroMemory(&ind, sizeof(ind));
    ind.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
    ind.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
    ind.Header.Size = sizeof(ind);
    ind.SourceHandle = a->Handle;
    ind.StatusCode = NDIS_STATUS_LINK_STATE;
    ind.StatusBuffer = &link;
    ind.StatusBufferSize = sizeof(link);
    NdisMIndicateStatusEx(a->Handle, &ind);
}

static VOID SurfShutdown(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    if (ShutdownAction == NdisShutdownPowerOff) {
        NdisStallExecution(10);
    }
}

static VOID SurfCancelOid(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
    NdisMSleep(100);
}

static NDIS_STATUS SurfAttach(NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterDriverContext,
                              PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters)
{
    UNREFERENCED_PARAMETER(NdisFilterHandle);
    UNREFERENCED_PARAMETER(FilterDriverContext);
    UNREFERENCED_PARAMETER(AttachParameters);
    return NDIS_STATUS_SUCCESS;
}

static VOID SurfDetach(NDIS_HANDLE FilterModuleContext)
{
    UNREFERENCED_PARAMETER(FilterModuleContext);
}

static NDIS_STATUS SurfFRestart(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_RESTART_PARAMETERS RestartParameters)
{
    UNREFERENCED_PARAMETER(FilterModuleContext);
    return RestartParameters->MiniportMediaType == NdisMedium802_3 ? NDIS_STATUS_SUCCESS : NDIS_STATUS_UNSUPPORTED_MEDIA;
}

static NDIS_STATUS SurfFPause(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters)
{
    UNREFERENCED_PARAMETER(FilterModuleContext);
    UNREFERENCED_PARAMETER(PauseParameters);
    return NDIS_STATUS_SUCCESS;
}

static VOID SurfFSend(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
                      NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    NdisFSendNetBufferLists((NDIS_HANDLE)FilterModuleContext, NetBufferLists, PortNumber, SendFlags);
}

static VOID SurfFReceive(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
                         NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    NdisFIndicateReceiveNetBufferLists((NDIS_HANDLE)FilterModuleContext, NetBufferLists, PortNumber,
                                       NumberOfNetBufferLists, ReceiveFlags);
}

static NDIS_STATUS SurfFOid(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest)
{
    return NdisFOidRequest((NDIS_HANDLE)FilterModuleContext, OidRequest);
}

static NDIS_STATUS SurfBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                            PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS SurfUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS mp;
    NDIS_FILTER_DRIVER_CHARACTERISTICS fc;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS pc;
    NDIS_STATUS status;

    NdisZeroMemory(&mp, sizeof(mp));
    mp.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    mp.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    mp.Header.Size = sizeof(mp);
    mp.MajorNdisVersion = 6;
    mp.MinorNdisVersion = 30;
    mp.InitializeHandlerEx = SurfInitialize;
    mp.HaltHandlerEx = SurfHalt;
    mp.UnloadHandler = SurfUnload;
    mp.PauseHandler = SurfPause;
    mp.RestartHandler = SurfRestart;
    mp.OidRequestHandler = SurfOidRequest;
    mp.SendNetBufferListsHandler = SurfSend;
    mp.ReturnNetBufferListsHandler = SurfReturn;
    mp.CancelSendHandler = SurfCancelSend;
    mp.CheckForHangHandlerEx = SurfCheckForHang;
    mp.ResetHandlerEx = SurfReset;
    mp.DevicePnPEventNotifyHandler = SurfPnp;
    mp.ShutdownHandlerEx = SurfShutdown;
    mp.CancelOidRequestHandler = SurfCancelOid;
    status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &mp, &g_miniport_driver);
    if (status != NDIS_STATUS_SUCCESS) {
        return (NTSTATUS)status;
    }

    NdisZeroMemory(&fc, sizeof(fc));
    fc.Header.Type = NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS;
    fc.Header.Revision = NDIS_FILTER_CHARACTERISTICS_REVISION_2;
    fc.Header.Size = sizeof(fc);
    fc.AttachHandler = SurfAttach;
    fc.DetachHandler = SurfDetach;
    fc.RestartHandler = SurfFRestart;
    fc.PauseHandler = SurfFPause;
    fc.SendNetBufferListsHandler = SurfFSend;
    fc.ReceiveNetBufferListsHandler = SurfFReceive;
    fc.OidRequestHandler = SurfFOid;
    status = NdisFRegisterFilterDriver(DriverObject, NULL, &fc, &g_filter_driver);
    if (status != NDIS_STATUS_SUCCESS) {
        return (NTSTATUS)status;
    }

    NdisZeroMemory(&pc, sizeof(pc));
    pc.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    pc.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    pc.Header.Size = sizeof(pc);
    pc.BindAdapterHandlerEx = SurfBind;
    pc.UnbindAdapterHandlerEx = SurfUnbind;
    return (NTSTATUS)NdisRegisterProtocolDriver(NULL, &pc, &g_protocol);
}
