/*
 * bus_storage_surface.c - selftest for the bus, storage and miscellaneous
 * kernel part of the fallback headers: SPB and resource-hub peripherals,
 * KMDF bus drivers (child lists, PDOs), the Bluetooth extensible
 * transport, ACPI method evaluation, the USB Type-C connector manager and
 * USB function controllers (UFX), the
 * PEP ACPI notifications, extended SRBs and their helpers, registry and
 * object-handle filtering, file-system control buffers, SpbCx controllers
 * and TraceLogging,
 * used together, with static assertions on values and layouts that the
 * reference pages publish.
 */
#include <ntifs.h>
#include <wdf.h>
#include <spb.h>
#include <SPBCx.h>
#include <reshub.h>
#include <BthXDDI.h>
#include <acpiioct.h>
#include <UcmCx.h>
#include <ufxclient.h>
#include <pepfx.h>
#include <storport.h>
#include <srbhelper.h>
#include <intsafe.h>
#include <ntddser.h>
#include <TraceLoggingProvider.h>

/* Published values. */
C_ASSERT(PEP_NOTIFY_ACPI_PREPARE_DEVICE == 0x01);
C_ASSERT(PEP_NOTIFY_ACPI_EVALUATE_CONTROL_METHOD == 0x07);
C_ASSERT(PEP_NOTIFY_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES == 0x09);
C_ASSERT(PEP_ACPI_ECM_FLAG_FULLY_QUALIFIED_NAME == 0x2);
C_ASSERT(OB_OPERATION_HANDLE_CREATE == 1 && OB_OPERATION_HANDLE_DUPLICATE == 2);
C_ASSERT(OB_FLT_REGISTRATION_VERSION == 0x0100);
C_ASSERT(RegNtPreDeleteKey == RegNtDeleteKey && RegNtPreSetValueKey == RegNtSetValueKey);
C_ASSERT(RegNtPreCreateKey == 10 && RegNtPostCreateKey == 11);
C_ASSERT(FunctionLevelDeviceReset == 0 && PlatformLevelDeviceReset == 1);
C_ASSERT(WdfRetrieveAddedChildren == (WdfRetrievePresentChildren | WdfRetrievePendingChildren));
C_ASSERT(SpbTransferDirectionNone == 0 && SpbTransferDirectionToDevice == 2);
C_ASSERT(ScoSupportHCIBypass == 1);
C_ASSERT(UcmDataRoleUfp != UcmDataRoleDfp && UcmPowerRoleSink != UcmPowerRoleSource);
C_ASSERT(OSVER(NTDDI_WIN10_TH2) == NTDDI_WIN10);
C_ASSERT(SUBVER(NTDDI_WIN10_TH2) == 1);

/* Layouts: members in the documented order. */
C_ASSERT(FIELD_OFFSET(SPB_TRANSFER_LIST, TransferCount) == 8);
C_ASSERT(FIELD_OFFSET(SPB_TRANSFER_LIST_ENTRY, Buffer) == 8);
C_ASSERT(FIELD_OFFSET(DEVICE_RESET_INTERFACE_STANDARD, Context) == sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(CONFIGURATION_INFORMATION, SerialCount) == 20);
C_ASSERT(FIELD_OFFSET(CONFIGURATION_INFORMATION, Version) == 32);
C_ASSERT(FIELD_OFFSET(KEY_VALUE_FULL_INFORMATION, Name) == 20);
C_ASSERT(FIELD_OFFSET(REG_CREATE_KEY_INFORMATION_V1, ResultObject) ==
         FIELD_OFFSET(REG_CREATE_KEY_INFORMATION, ResultObject));
C_ASSERT(FIELD_OFFSET(OB_CALLBACK_REGISTRATION, Altitude) == 4 + (sizeof(PVOID) - 4));
C_ASSERT(FIELD_OFFSET(BTHX_HCI_READ_WRITE_CONTEXT, Data) ==
         FIELD_OFFSET(BTHX_HCI_READ_WRITE_CONTEXT, Type) + 1);
C_ASSERT(sizeof(BTHX_VERSION) == 4);
C_ASSERT(sizeof(ACPI_METHOD_ARGUMENT) == 8);
C_ASSERT(ACPI_METHOD_ARGUMENT_LENGTH(0) == 8 && ACPI_METHOD_ARGUMENT_LENGTH(10) == 14);
C_ASSERT(FIELD_OFFSET(ACPI_EVAL_OUTPUT_BUFFER, Argument) == 12);
C_ASSERT(FIELD_OFFSET(ACPI_EVAL_INPUT_BUFFER_COMPLEX, Argument) == 16);
C_ASSERT(sizeof(ACPI_PLD_BUFFER) == 20);
C_ASSERT(sizeof(UCM_PD_POWER_DATA_OBJECT) == 4 && sizeof(UCM_PD_REQUEST_DATA_OBJECT) == 4);
C_ASSERT(sizeof(STORAGE_REQUEST_BLOCK_HEADER) == 4);
C_ASSERT(FIELD_OFFSET(STORAGE_REQUEST_BLOCK, Function) == FIELD_OFFSET(SCSI_REQUEST_BLOCK, Function));
C_ASSERT(FIELD_OFFSET(SRBEX_DATA_SCSI_CDB16, ScsiStatus) == 8);
C_ASSERT(sizeof(STOR_ADDR_BTL8) == 12 && FIELD_OFFSET(STOR_ADDR_BTL8, Path) == 8);
C_ASSERT(FIELD_OFFSET(FILE_LINKS_INFORMATION, Entry) == 8);
C_ASSERT(FIELD_OFFSET(VOLUME_BITMAP_BUFFER, Buffer) == 16);
C_ASSERT(FIELD_OFFSET(RETRIEVAL_POINTERS_BUFFER, StartingVcn) == 8);
C_ASSERT(sizeof(DWORD) == 4 && sizeof(WORD) == 2 && sizeof(BYTE) == 1);

TRACELOGGING_DECLARE_PROVIDER(g_SurfaceProvider);
TRACELOGGING_DEFINE_PROVIDER(g_SurfaceProvider, "Hvcilint.Surface",
                             (0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, 0x9, 0xa, 0xb));

/* A bus driver's child enumeration and PDO set-up. */
static NTSTATUS SurfaceCreateChild(WDFCHILDLIST List,
                                   PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Id,
                                   PWDFDEVICE_INIT ChildInit)
{
    DECLARE_CONST_UNICODE_STRING(hwid, L"BUS\\CHILD");
    WDF_PDO_EVENT_CALLBACKS callbacks;
    UNREFERENCED_PARAMETER(List);
    UNREFERENCED_PARAMETER(Id);
    WDF_PDO_EVENT_CALLBACKS_INIT(&callbacks);
    WdfPdoInitSetEventCallbacks(ChildInit, &callbacks);
    return WdfPdoInitAddHardwareID(ChildInit, &hwid);
}

static VOID SurfaceBus(WDFDEVICE Fdo)
{
    WDF_CHILD_LIST_ITERATOR it;
    WDFDEVICE child = NULL;
    WDFCHILDLIST list = WdfFdoGetDefaultChildList(Fdo);
    WDF_CHILD_LIST_CONFIG config;
    WDF_CHILD_LIST_CONFIG_INIT(&config, sizeof(WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER),
                               SurfaceCreateChild);
    WDF_CHILD_LIST_ITERATOR_INIT(&it, WdfRetrieveAddedChildren);
    WdfChildListBeginIteration(list, &it);
    while (NT_SUCCESS(WdfChildListRetrieveNextDevice(list, &it, &child, NULL))) {
        (VOID)WdfPdoMarkMissing(child);
    }
    WdfChildListEndIteration(list, &it);
}

/* An I2C peripheral: one write-read sequence through the resource hub. */
static NTSTATUS SurfaceSpb(ULONG IdLow, ULONG IdHigh, PUCHAR Out, PUCHAR In)
{
    SPB_TRANSFER_LIST_AND_ENTRIES(2) seq;
    DECLARE_UNICODE_STRING_SIZE(path, RESOURCE_HUB_PATH_SIZE);
    NTSTATUS status = RESOURCE_HUB_CREATE_PATH_FROM_ID(&path, IdLow, IdHigh);
    SPB_TRANSFER_LIST_INIT(&seq.List, 2);
    seq.List.Transfers[0] = SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(SpbTransferDirectionToDevice, 0, Out, 1);
    seq.List.Transfers[1] = SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(SpbTransferDirectionFromDevice, 0, In, 1);
    return status;
}

/* ACPI _DSM-style input with two arguments, and a PEP handler's view. */
static VOID SurfaceAcpi(PACPI_EVAL_INPUT_BUFFER_COMPLEX In, PPEP_ACPI_EVALUATE_CONTROL_METHOD Ecm)
{
    PACPI_METHOD_ARGUMENT arg = In->Argument;
    In->Signature = ACPI_EVAL_INPUT_BUFFER_COMPLEX_SIGNATURE;
    ACPI_METHOD_SET_ARGUMENT_INTEGER(arg, 1);
    arg = ACPI_METHOD_NEXT_ARGUMENT(arg);
    ACPI_METHOD_SET_ARGUMENT_BUFFER(arg, "ab", 2);
    Ecm->MethodStatus = STATUS_SUCCESS;
}

/* A storage class driver building an extended SRB. */
static VOID SurfaceSrb(PSTORAGE_REQUEST_BLOCK Srb, PVOID Buffer, ULONG Length)
{
    PSRBEX_DATA_SCSI_CDB16 cdb16 =
        (PSRBEX_DATA_SCSI_CDB16)SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdb16);
    Srb->Function = SRB_FUNCTION_STORAGE_REQUEST_BLOCK;
    Srb->Signature = SRB_SIGNATURE;
    Srb->Version = STORAGE_REQUEST_BLOCK_VERSION_1;
    if (cdb16 != NULL) {
        cdb16->Length = SRBEX_DATA_SCSI_CDB16_LENGTH;
    }
    SrbSetDataBuffer(Srb, Buffer);
    SrbSetDataTransferLength(Srb, Length);
    SrbSetSrbFlags(Srb, SRB_FLAGS_DATA_IN);
}

/* Registry and handle filtering callbacks. */
static NTSTATUS SurfaceRegistry(PVOID Context, PVOID Arg1, PVOID Arg2)
{
    UNREFERENCED_PARAMETER(Context);
    if ((REG_NOTIFY_CLASS)(ULONG_PTR)Arg1 == RegNtPreCreateKeyEx) {
        PREG_CREATE_KEY_INFORMATION_V1 info = (PREG_CREATE_KEY_INFORMATION_V1)Arg2;
        *info->ResultObject = NULL;
    }
    return STATUS_SUCCESS;
}

static OB_PREOP_CALLBACK_STATUS SurfacePreOp(PVOID Context, POB_PRE_OPERATION_INFORMATION Info)
{
    UNREFERENCED_PARAMETER(Context);
    if (Info->Operation == OB_OPERATION_HANDLE_CREATE) {
        Info->Parameters->CreateHandleInformation.DesiredAccess = 0;
    }
    return OB_PREOP_SUCCESS;
}

/* Work items, timers and the file-size pointer of a cached file. */
static VOID SurfaceWork(PVOID IoObject, PVOID Context, PIO_WORKITEM Item)
{
    UNREFERENCED_PARAMETER(IoObject);
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Item);
}

VOID SurfaceMisc(PIO_WORKITEM Item, PFILE_OBJECT FileObject, LARGE_INTEGER Cookie)
{
    PEX_TIMER timer = ExAllocateTimer(NULL, NULL, EX_TIMER_HIGH_RESOLUTION);
    IoQueueWorkItemEx(Item, SurfaceWork, DelayedWorkQueue, NULL);
    if (timer != NULL) {
        (VOID)ExDeleteTimer(timer, TRUE, FALSE, NULL);
    }
    CcGetFileSizePointer(FileObject)->QuadPart = 0;
    (VOID)CmUnRegisterCallback(Cookie);
    (VOID)TraceLoggingRegister(g_SurfaceProvider);
    TraceLoggingWrite(g_SurfaceProvider, "Misc", TraceLoggingLevel(4),
                      TraceLoggingPointer(FileObject, "FileObject"));
    TraceLoggingUnregister(g_SurfaceProvider);
    (VOID)SurfaceBus;
    (VOID)SurfaceSpb;
    (VOID)SurfaceAcpi;
    (VOID)SurfaceSrb;
    (VOID)SurfaceRegistry;
    (VOID)SurfacePreOp;
}

/* Performance counter provider callback. */
C_ASSERT(PcwCallbackAddCounter == 0 && PcwCallbackCollectData == 3);
C_ASSERT(sizeof(PCW_COUNTER_DESCRIPTOR) == 8);
NTSTATUS NTAPI SurfacePcw(PCW_CALLBACK_TYPE Type, PPCW_CALLBACK_INFORMATION Info, PVOID Context)
{
    UNREFERENCED_PARAMETER(Context);
    switch (Type) {
    case PcwCallbackEnumerateInstances:
    case PcwCallbackCollectData:
        return PcwAddInstance(Info->CollectData.Buffer, NULL, 0, 0, NULL);
    default:
        return STATUS_SUCCESS;
    }
}

/* A Storport miniport's DPC and lock use. */
static HW_DPC_ROUTINE SurfaceDpc;
static VOID SurfaceDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID Arg1, PVOID Arg2)
{
    STOR_LOCK_HANDLE lock;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    StorPortAcquireSpinLock(HwDeviceExtension, InterruptLock, NULL, &lock);
    StorPortReleaseSpinLock(HwDeviceExtension, &lock);
}

VOID SurfaceStorport(PVOID HwDeviceExtension, PSTOR_DPC Dpc)
{
    StorPortInitializeDpc(HwDeviceExtension, Dpc, SurfaceDpc);
    (VOID)StorPortIssueDpc(HwDeviceExtension, Dpc, NULL, NULL);
}

/* An SPB controller's sequence callback. */
C_ASSERT(SpbRequestSequencePositionSingle == 1 && SpbRequestSequencePositionLast == 4);
static EVT_SPB_CONTROLLER_SEQUENCE SurfaceSequence;
static VOID SurfaceSequence(SPBCONTROLLER Controller, SPBTARGET Target, SPBREQUEST Request,
                            ULONG TransferCount)
{
    SPB_TRANSFER_DESCRIPTOR descriptor;
    PMDL mdl = NULL;
    UNREFERENCED_PARAMETER(Controller);
    UNREFERENCED_PARAMETER(Target);
    SPB_TRANSFER_DESCRIPTOR_INIT(&descriptor);
    if (TransferCount > 0) {
        SpbRequestGetTransferParameters(Request, 0, &descriptor, &mdl);
    }
    SpbRequestComplete(Request, STATUS_SUCCESS);
}

VOID SurfaceSpbController(WDFDEVICE Device)
{
    SPB_CONTROLLER_CONFIG config;
    SPB_CONTROLLER_CONFIG_INIT(&config);
    config.EvtSpbIoSequence = SurfaceSequence;
    (VOID)SpbDeviceInitialize(Device, &config);
}

/* A USB function controller's endpoint creation. */
C_ASSERT(UsbLowSpeed == 0 && UsbSuperSpeed == 3);
C_ASSERT(USB_FEATURE_U1_ENABLE == 48 && USB_FEATURE_U2_ENABLE == 49);
static EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD SurfaceDefaultEndpointAdd;
static VOID SurfaceDefaultEndpointAdd(UFXDEVICE Device, USHORT MaxPacketSize,
                                      PUFXENDPOINT_INIT EndpointInit)
{
    WDF_IO_QUEUE_CONFIG transfer;
    WDF_IO_QUEUE_CONFIG command;
    UFXENDPOINT endpoint;
    UNREFERENCED_PARAMETER(MaxPacketSize);
    WDF_IO_QUEUE_CONFIG_INIT(&transfer, WdfIoQueueDispatchManual);
    WDF_IO_QUEUE_CONFIG_INIT(&command, WdfIoQueueDispatchSequential);
    UfxDeviceEventComplete(Device, UfxEndpointCreate(Device, EndpointInit, NULL, &transfer, NULL,
                                                     &command, NULL, &endpoint));
}

VOID SurfaceUfx(WDFDEVICE WdfDevice)
{
    UFX_DEVICE_CALLBACKS callbacks;
    UFX_DEVICE_CAPABILITIES caps;
    UFXDEVICE device;
    UFX_DEVICE_CALLBACKS_INIT(&callbacks);
    callbacks.EvtDeviceDefaultEndpointAdd = SurfaceDefaultEndpointAdd;
    UFX_DEVICE_CAPABILITIES_INIT(&caps);
    caps.MaxSpeed = UsbSuperSpeed;
    (VOID)UfxDeviceCreate(WdfDevice, &callbacks, &caps, NULL, &device);
}
