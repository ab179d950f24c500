/*
 * netcx_surface.c - selftest for the NetAdapterCx, MBBCx and Winsock
 * Kernel part of the fallback headers: netadaptercx.h with the net/
 * extension headers, mbbcx.h and wsk.h used together the way a NetAdapterCx
 * client driver, a mobile broadband client driver and a WSK client use
 * them, with static assertions on values and layouts that the reference
 * pages publish.
 */
#include <ntddk.h>
#include <wdf.h>
#include <netadaptercx.h>
#include <net/checksum.h>
#include <net/gso.h>
#include <net/rsc.h>
#include <net/virtualaddress.h>
#include <net/logicaladdress.h>
#include <net/mdl.h>
#include <net/returncontext.h>
#include <net/databuffer.h>
#include <mbbcx.h>
#include <wsk.h>

/* Published values. */
C_ASSERT(NetRingTypePacket == 0 && NetRingTypeFragment == 1 && NetRingTypeDataBuffer == 2);
C_ASSERT(NetAdapterPauseFunctionTypeUnsupported == 0 && NetAdapterPauseFunctionTypeUnknown == 4);
C_ASSERT(NetAdapterPauseFunctionTypeSendAndReceive == 3);
C_ASSERT(NetAdapterAutoNegotiationFlagXmitLinkSpeedAutoNegotiated == 1);
C_ASSERT(NetAdapterAutoNegotiationFlagPauseFunctionsAutoNegotiated == 8);
C_ASSERT(NetPacketRxChecksumEvaluationNotChecked == 0 && NetPacketRxChecksumEvaluationValid == 1 &&
         NetPacketRxChecksumEvaluationInvalid == 2);
C_ASSERT(NetPacketLayer3TypeIPv4NoOptions == 3 && NetPacketLayer3TypeIPv6NoExtensions == 6);
C_ASSERT(NetPacketLayer4TypeTcp == 1 && NetPacketLayer4TypeUdp == 2);
C_ASSERT(NetPacketLayer2TypeEthernet == 2);
C_ASSERT(MAKE_WSK_VERSION(1, 0) == 0x0100);
C_ASSERT(WSK_INFINITE_WAIT == 0xffffffff && WSK_NO_WAIT == 0);

/* Layouts: members in the documented order. */
C_ASSERT(sizeof(NET_FRAGMENT) == 8);
C_ASSERT(FIELD_OFFSET(NET_PACKET, FragmentCount) == 4);
C_ASSERT(FIELD_OFFSET(NET_PACKET, Layout) == 6);
C_ASSERT(sizeof(NET_PACKET_CHECKSUM) == 1);
C_ASSERT(sizeof(NET_PACKET_GSO) == 4 && sizeof(NET_PACKET_RSC) == 4);
C_ASSERT(FIELD_OFFSET(NET_RING, ElementStride) == 2);
C_ASSERT(FIELD_OFFSET(NET_RING, NumberOfElements) == 4);
C_ASSERT(FIELD_OFFSET(NET_RING, ElementIndexMask) == 8);
C_ASSERT(FIELD_OFFSET(NET_RING, EndIndex) == 12);
C_ASSERT(FIELD_OFFSET(NET_RING, BeginIndex) == 16 + 4 * sizeof(void *));
C_ASSERT(FIELD_OFFSET(NET_RING, Scratch) == FIELD_OFFSET(NET_RING, NextIndex) + 4);
C_ASSERT(sizeof(NET_RING_COLLECTION) == 3 * sizeof(void *));
C_ASSERT(FIELD_OFFSET(NET_EXTENSION, Enabled) == 4 * sizeof(void *));
C_ASSERT(FIELD_OFFSET(NET_EXTENSION_QUERY, Name) == sizeof(void *));
C_ASSERT(FIELD_OFFSET(NET_ADAPTER_LINK_STATE, TxLinkSpeed) == 8);
C_ASSERT(FIELD_OFFSET(NET_ADAPTER_LINK_STATE, MediaConnectState) == 24);
C_ASSERT(FIELD_OFFSET(NET_ADAPTER_LINK_LAYER_ADDRESS, Address) == 2);
C_ASSERT(FIELD_OFFSET(NET_ADAPTER_TX_CAPABILITIES, PayloadBackfill) == 8);
C_ASSERT(FIELD_OFFSET(NET_ADAPTER_RX_CAPABILITIES, EvtAdapterReturnRxBuffer) ==
         FIELD_OFFSET(NET_ADAPTER_RX_CAPABILITIES, MappingRequirement));
C_ASSERT(FIELD_OFFSET(NET_PACKET_QUEUE_CONFIG, EvtStart) == sizeof(void *));
C_ASSERT(FIELD_OFFSET(NET_PACKET_QUEUE_CONFIG, ExecutionContext) == 6 * sizeof(void *));
C_ASSERT(FIELD_OFFSET(MBB_DEVICE_CONFIG, CreateAdapter) == 4 * sizeof(void *));
C_ASSERT(FIELD_OFFSET(MBB_DEVICE_WAKE_CAPABILITIES, UiccChange) == 8);
C_ASSERT(FIELD_OFFSET(WSK_PROVIDER_CONNECTION_DISPATCH, WskBind) == 2 * sizeof(void *));
C_ASSERT(FIELD_OFFSET(WSK_PROVIDER_CONNECTION_DISPATCH, WskSend) == 6 * sizeof(void *));
C_ASSERT(FIELD_OFFSET(WSK_PROVIDER_LISTEN_DISPATCH, WskCloseSocket) == sizeof(void *));
C_ASSERT(FIELD_OFFSET(WSK_BUF, Length) == 2 * sizeof(void *));
C_ASSERT(FIELD_OFFSET(WSK_CLIENT_DISPATCH, WskClientEvent) == sizeof(void *));

/* A NetAdapterCx client: queues, rings, extensions, capabilities. */
typedef struct _SURF_QUEUE {
    NET_RING_COLLECTION const *Rings;
    NET_EXTENSION VirtualAddress;
    NET_EXTENSION Checksum;
} SURF_QUEUE;

static SURF_QUEUE g_queue;

static EVT_PACKET_QUEUE_ADVANCE SurfAdvance;
static EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED SurfSetNotify;
static EVT_PACKET_QUEUE_CANCEL SurfCancel;
static EVT_NET_ADAPTER_CREATE_TXQUEUE SurfCreateTx;
static EVT_NET_ADAPTER_CREATE_RXQUEUE SurfCreateRx;
static EVT_NET_ADAPTER_OFFLOAD_SET_GSO SurfSetGso;
static EVT_NET_ADAPTER_SET_RECEIVE_FILTER SurfSetFilter;
static EVT_NET_DEVICE_PREVIEW_WAKE_SOURCE SurfPreview;

static VOID SurfAdvance(NETPACKETQUEUE PacketQueue)
{
    NET_RING *packets = NetRingCollectionGetPacketRing(g_queue.Rings);
    NET_RING *fragments = NetRingCollectionGetFragmentRing(g_queue.Rings);
    UINT32 i = packets->BeginIndex;
    UNREFERENCED_PARAMETER(PacketQueue);
    while (i != packets->EndIndex) {
        NET_PACKET *packet = NetRingGetPacketAtIndex(packets, i);
        NET_FRAGMENT *fragment = NetRingGetFragmentAtIndex(fragments, packet->FragmentIndex);
        NET_FRAGMENT_VIRTUAL_ADDRESS *va =
            NetExtensionGetFragmentVirtualAddress(&g_queue.VirtualAddress, packet->FragmentIndex);
        if (g_queue.Checksum.Enabled) {
            NET_PACKET_CHECKSUM *checksum = NetExtensionGetPacketChecksum(&g_queue.Checksum, i);
            checksum->Layer4 = NetPacketRxChecksumEvaluationValid;
        }
        RtlZeroMemory((PUCHAR)va->VirtualAddress + fragment->Offset, (SIZE_T)fragment->ValidLength);
        packet->Layout.Layer3Type = NetPacketLayer3TypeIPv4NoOptions;
        i = NetRingIncrementIndex(packets, i);
    }
    packets->BeginIndex = i;
}

static VOID SurfSetNotify(NETPACKETQUEUE PacketQueue, BOOLEAN NotificationEnabled)
{
    if (NotificationEnabled) {
        NetRxQueueNotifyMoreReceivedPacketsAvailable(PacketQueue);
    }
}

static VOID SurfCancel(NETPACKETQUEUE PacketQueue)
{
    UNREFERENCED_PARAMETER(PacketQueue);
}

static NTSTATUS SurfCreateTx(NETADAPTER Adapter, NETTXQUEUE_INIT *TxQueueInit)
{
    NET_PACKET_QUEUE_CONFIG config;
    NET_EXTENSION_QUERY query;
    NETPACKETQUEUE queue;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Adapter);
    NET_PACKET_QUEUE_CONFIG_INIT(&config, SurfAdvance, SurfSetNotify, SurfCancel);
    status = NetTxQueueCreate(TxQueueInit, WDF_NO_OBJECT_ATTRIBUTES, &config, &queue);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    NET_EXTENSION_QUERY_INIT(&query, NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_NAME,
                             NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1,
                             NetExtensionTypeFragment);
    NetTxQueueGetExtension(queue, &query, &g_queue.VirtualAddress);
    g_queue.Rings = NetTxQueueGetRingCollection(queue);
    return STATUS_SUCCESS;
}

static NTSTATUS SurfCreateRx(NETADAPTER Adapter, NETRXQUEUE_INIT *RxQueueInit)
{
    NET_PACKET_QUEUE_CONFIG config;
    NET_EXTENSION_QUERY query;
    NETPACKETQUEUE queue;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Adapter);
    NET_PACKET_QUEUE_CONFIG_INIT(&config, SurfAdvance, SurfSetNotify, SurfCancel);
    status = NetRxQueueCreate(RxQueueInit, WDF_NO_OBJECT_ATTRIBUTES, &config, &queue);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    NET_EXTENSION_QUERY_INIT(&query, NET_PACKET_EXTENSION_CHECKSUM_NAME,
                             NET_PACKET_EXTENSION_CHECKSUM_VERSION_1, NetExtensionTypePacket);
    NetRxQueueGetExtension(queue, &query, &g_queue.Checksum);
    g_queue.Rings = NetRxQueueGetRingCollection(queue);
    return STATUS_SUCCESS;
}

static VOID SurfSetGso(NETADAPTER Adapter, NETOFFLOAD Offload)
{
    UNREFERENCED_PARAMETER(Adapter);
    (void)NetOffloadIsUsoIPv4Enabled(Offload);
}

static VOID SurfSetFilter(NETADAPTER Adapter, NETRECEIVEFILTER ReceiveFilter)
{
    SIZE_T count = NetReceiveFilterGetMulticastAddressCount(ReceiveFilter);
    NET_ADAPTER_LINK_LAYER_ADDRESS const *list =
        NetReceiveFilterGetMulticastAddressList(ReceiveFilter);
    UNREFERENCED_PARAMETER(Adapter);
    if (count != 0 && list[0].Length == 6 &&
        (NetReceiveFilterGetPacketFilter(ReceiveFilter) & NetPacketFilterFlagPromiscuous)) {
        return;
    }
}

static NTSTATUS SurfPreview(WDFDEVICE Device, NETWAKESOURCE WakeSource)
{
    UNREFERENCED_PARAMETER(Device);
    return NetWakeSourceGetType(WakeSource) == NetWakeSourceTypeBitmapPattern
               ? STATUS_SUCCESS
               : STATUS_NOT_SUPPORTED;
}

static NTSTATUS SurfStartAdapter(WDFDEVICE Device)
{
    NETADAPTER_INIT *init = NetAdapterInitAllocate(Device);
    NET_ADAPTER_DATAPATH_CALLBACKS datapath;
    NET_ADAPTER_TX_CAPABILITIES tx;
    NET_ADAPTER_RX_CAPABILITIES rx;
    NET_ADAPTER_LINK_LAYER_CAPABILITIES link;
    NET_ADAPTER_LINK_STATE state;
    NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES filter;
    NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES gso;
    NET_ADAPTER_WAKE_BITMAP_CAPABILITIES bitmap;
    NET_WAKE_SOURCE_LIST wakeSources;
    NETADAPTER adapter;
    NTSTATUS status;
    static const UCHAR mac[6] = {2, 0, 0, 0, 0, 1};
    NET_ADAPTER_LINK_LAYER_ADDRESS address;

    if (init == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    NET_ADAPTER_DATAPATH_CALLBACKS_INIT(&datapath, SurfCreateTx, SurfCreateRx);
    NetAdapterInitSetDatapathCallbacks(init, &datapath);
    status = NetAdapterCreate(init, WDF_NO_OBJECT_ATTRIBUTES, &adapter);
    NetAdapterInitFree(init);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    NET_ADAPTER_TX_CAPABILITIES_INIT(&tx, 1);
    NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED(&rx, 1514, 1);
    NetAdapterSetDataPathCapabilities(adapter, &tx, &rx);
    NET_ADAPTER_LINK_LAYER_CAPABILITIES_INIT(&link, 1000000000ULL, 1000000000ULL);
    NetAdapterSetLinkLayerCapabilities(adapter, &link);
    NetAdapterSetLinkLayerMtuSize(adapter, 1500);
    NET_ADAPTER_LINK_LAYER_ADDRESS_INIT(&address, sizeof(mac), mac);
    NetAdapterSetPermanentLinkLayerAddress(adapter, &address);
    NetAdapterSetCurrentLinkLayerAddress(adapter, &address);
    NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES_INIT(&filter, SurfSetFilter);
    filter.SupportedPacketFilters = NetPacketFilterFlagDirected;
    NetAdapterSetReceiveFilterCapabilities(adapter, &filter);
    NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES_INIT(&gso, NetAdapterOffloadLayer3FlagIPv4NoOptions,
                                              NetAdapterOffloadLayer4FlagUdp, 65535, 2,
                                              SurfSetGso);
    NetAdapterOffloadSetGsoCapabilities(adapter, &gso);
    NET_ADAPTER_WAKE_BITMAP_CAPABILITIES_INIT(&bitmap);
    bitmap.BitmapPattern = TRUE;
    NetAdapterWakeSetBitmapCapabilities(adapter, &bitmap);
    NET_WAKE_SOURCE_LIST_INIT(&wakeSources);
    NetDeviceGetWakeSourceList(Device, &wakeSources);
    if (NetWakeSourceListGetCount(&wakeSources) != 0) {
        (void)NetWakeSourceListGetElement(&wakeSources, 0);
    }
    NET_ADAPTER_LINK_STATE_INIT(&state, 1000000000ULL, MediaConnectStateConnected,
                                MediaDuplexStateFull, NetAdapterPauseFunctionTypeUnsupported,
                                NetAdapterAutoNegotiationFlagNone);
    NetAdapterSetLinkState(adapter, &state);
    return NetAdapterStart(adapter);
}

static NTSTATUS SurfConfigure(PWDFDEVICE_INIT DeviceInit)
{
    NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS callbacks;
    NTSTATUS status = NetDeviceInitConfig(DeviceInit);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS_INIT(&callbacks);
    callbacks.EvtDevicePreviewBitmapPattern = SurfPreview;
    NetDeviceInitSetPowerPolicyEventCallbacks(DeviceInit, &callbacks);
    return MbbDeviceInitConfig(DeviceInit);
}

static NTSTATUS SurfReadSetting(WDFDEVICE Device, PCUNICODE_STRING Name, PULONG Value)
{
    NETCONFIGURATION configuration;
    NTSTATUS status = NetDeviceOpenConfiguration(Device, WDF_NO_OBJECT_ATTRIBUTES, &configuration);
    if (NT_SUCCESS(status)) {
        status = NetConfigurationQueryUlong(configuration, NET_CONFIGURATION_QUERY_ULONG_NO_FLAGS,
                                            Name, Value);
        NetConfigurationClose(configuration);
    }
    return status;
}

/* A mobile broadband (MBBCx) client. */
static EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT SurfSendFragment;
static EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT SurfReceiveFragment;
static EVT_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA SurfSendDss;
static EVT_MBB_DEVICE_CREATE_ADAPTER SurfCreateAdapter;

static VOID SurfSendFragment(WDFDEVICE Device, MBBREQUEST SendRequest)
{
    size_t size = 0;
    PVOID buffer = MbbRequestGetBuffer(SendRequest, &size);
    UNREFERENCED_PARAMETER(Device);
    MbbRequestComplete(SendRequest, buffer != NULL ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL);
}

static VOID SurfReceiveFragment(WDFDEVICE Device, MBBREQUEST ReceiveRequest)
{
    UNREFERENCED_PARAMETER(Device);
    MbbRequestCompleteWithInformation(ReceiveRequest, STATUS_SUCCESS, 0);
}

static VOID SurfSendDss(WDFDEVICE Device, DSS_SESSION_ID SessionId, WDFMEMORY Data)
{
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(SessionId);
    MbbDeviceSendDeviceServiceSessionDataComplete(Data, STATUS_SUCCESS);
}

static NTSTATUS SurfCreateAdapter(WDFDEVICE Device, NETADAPTER_INIT *AdapterInit)
{
    NETADAPTER adapter;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Device);
    status = NetAdapterCreate(AdapterInit, WDF_NO_OBJECT_ATTRIBUTES, &adapter);
    if (NT_SUCCESS(status)) {
        status = MbbAdapterInitialize(adapter);
    }
    if (NT_SUCCESS(status) && MbbAdapterGetSessionId(adapter) == 0) {
        status = NetAdapterStart(adapter);
    }
    return status;
}

static NTSTATUS SurfMbbInitialize(WDFDEVICE Device)
{
    MBB_DEVICE_CONFIG config;
    MBB_DEVICE_MBIM_PARAMETERS mbim;
    MBB_DEVICE_WAKE_CAPABILITIES wake;
    NTSTATUS status;
    MBB_DEVICE_CONFIG_INIT(&config, SurfSendFragment, SurfReceiveFragment, SurfSendDss,
                           SurfCreateAdapter);
    status = MbbDeviceInitialize(Device, &config);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    MBB_DEVICE_MBIM_PARAMETERS_INIT(&mbim, MbbMbimVersion1Dot0, 4096, MbbMbimExtendedVersion2Dot0);
    MbbDeviceSetMbimParameters(Device, &mbim);
    MBB_DEVICE_WAKE_CAPABILITIES_INIT(&wake);
    wake.SmsReceive = TRUE;
    MbbDeviceSetWakeCapabilities(Device, &wake);
    MbbDeviceResponseAvailable(Device);
    return STATUS_SUCCESS;
}

/* A Winsock Kernel client. */
static NTSTATUS WSKAPI SurfAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress,
                                  PSOCKADDR RemoteAddress, PWSK_SOCKET AcceptSocket,
                                  PVOID *AcceptSocketContext,
                                  CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    UNREFERENCED_PARAMETER(SocketContext);
    UNREFERENCED_PARAMETER(Flags);
    UNREFERENCED_PARAMETER(LocalAddress);
    UNREFERENCED_PARAMETER(RemoteAddress);
    UNREFERENCED_PARAMETER(AcceptSocket);
    *AcceptSocketContext = NULL;
    *AcceptSocketDispatch = NULL;
    return STATUS_UNSUCCESSFUL;
}

static const WSK_CLIENT_DISPATCH g_wsk_dispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static const WSK_CLIENT_LISTEN_DISPATCH g_wsk_listen = {SurfAccept, NULL, NULL};
static WSK_REGISTRATION g_wsk_registration;

static NTSTATUS SurfWsk(PIRP Irp, PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    WSK_CLIENT_NPI client;
    WSK_PROVIDER_NPI provider;
    WSK_EVENT_CALLBACK_CONTROL control;
    NTSTATUS status;
    CONST WSK_PROVIDER_CONNECTION_DISPATCH *connection;
    client.ClientContext = NULL;
    client.Dispatch = &g_wsk_dispatch;
    status = WskRegister(&client, &g_wsk_registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WskCaptureProviderNPI(&g_wsk_registration, WSK_INFINITE_WAIT, &provider);
    if (NT_SUCCESS(status)) {
        control.NpiId = (PNPIID)&NPI_WSK_INTERFACE_ID;
        control.EventMask = WSK_EVENT_ACCEPT;
        status = provider.Dispatch->WskControlClient(provider.Client,
                                                     WSK_SET_STATIC_EVENT_CALLBACKS,
                                                     sizeof(control), &control, 0, NULL, NULL,
                                                     NULL);
        (void)provider.Dispatch->WskSocket(provider.Client, AF_INET6, SOCK_STREAM, IPPROTO_TCP,
                                           WSK_FLAG_LISTEN_SOCKET, NULL, &g_wsk_listen, NULL,
                                           NULL, NULL, Irp);
        connection = (CONST WSK_PROVIDER_CONNECTION_DISPATCH *)Socket->Dispatch;
        (void)connection->WskSend(Socket, Buffer, 0, Irp);
        (void)connection->WskCloseSocket(Socket, Irp);
        (void)connection->Basic.WskCloseSocket(Socket, Irp);
        WskReleaseProviderNPI(&g_wsk_registration);
    }
    WskDeregister(&g_wsk_registration);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    (void)SurfStartAdapter;
    (void)SurfConfigure;
    (void)SurfReadSetting;
    (void)SurfMbbInitialize;
    (void)SurfWsk;
    return STATUS_SUCCESS;
}
