/*
 * sample_driver.c - hvcilint fallback-header self-test.
 *
 * A small but realistic driver (WDM device + IOCTLs, a KMDF queue, a
 * minifilter registration, NDIS and Storport helpers) that must parse
 * cleanly against wdk/, plus compile-time checks of the values and of the
 * NX opt-in remapping the analyzer relies on.  selftest.sh compiles it for
 * several targets and opt-in configurations and passes the expectation:
 *   HVCI_EXPECT_NPP=<n>        NonPagedPool must be the constant n
 *   HVCI_EXPECT_OPTIN_VARS     NonPagedPool is ExDefaultNonPagedPoolType
 *   HVCI_EXPECT_WRAPPED=<0|1>  lookaside / MDL-mapping wrappers active?
 */
#include <ntddk.h>
#include <wdf.h>
#include <fltKernel.h>
#include <ndis.h>
#include <storport.h>
#include <ntstrsafe.h>
#include <wdmsec.h>
#include <ntimage.h>
#include <video.h>
#include <intrin.h>

/* ---- compile-time checks ------------------------------------------------ */

C_ASSERT(POOL_FLAG_NON_PAGED_EXECUTE == 0x80);
C_ASSERT(POOL_FLAG_NON_PAGED == 0x40);
C_ASSERT(MdlMappingNoExecute == 0x40000000);
C_ASSERT(PAGE_EXECUTE_READWRITE == 0x40);
C_ASSERT(SEC_IMAGE_NO_EXECUTE == 0x11000000);
C_ASSERT(NonPagedPoolNx == 512);
C_ASSERT(NonPagedPoolNxCacheAligned == 516);
C_ASSERT(NonPagedPoolSessionNx == 544);
C_ASSERT(NonPagedPoolExecute == 0);
C_ASSERT(POOL_NX_ALLOCATION == 512);
C_ASSERT(POOL_ZERO_ALLOCATION == 1024);
C_ASSERT(MM_ANY_NODE_OK == 0x80000000);
C_ASSERT(MmCached == 1 && MmNonCached == 0 && MmWriteCombined == 2);
C_ASSERT(DrvRtPoolNxOptIn == 1);
C_ASSERT(KernelMode == 0 && UserMode == 1);
C_ASSERT(IMAGE_SCN_MEM_EXECUTE == 0x20000000);
C_ASSERT(VpNonPagedPool == 0 && VpPagedPoolCacheAligned == 5);
C_ASSERT(NDIS_MEMORY_NONCACHED == 2);
C_ASSERT(HEAP_CREATE_ENABLE_EXECUTE == 0x00040000);

#if defined(HVCI_EXPECT_NPP)
C_ASSERT(NonPagedPool == HVCI_EXPECT_NPP);
C_ASSERT(NonPagedPoolCacheAligned == HVCI_EXPECT_NPP + 4);
#endif

#if defined(HVCI_EXPECT_OPTIN_VARS)
C_ASSERT(sizeof(ExDefaultNonPagedPoolType) == sizeof(POOL_TYPE));
C_ASSERT(sizeof(ExDefaultMdlProtection) == sizeof(ULONG));
#endif

#if defined(HVCI_EXPECT_WRAPPED)
#if HVCI_EXPECT_WRAPPED
#if !defined(ExInitializeNPagedLookasideList) || !defined(MmMapLockedPagesSpecifyCache)
#error "NX opt-in wrappers expected but not active"
#endif
#else
#if defined(ExInitializeNPagedLookasideList) || defined(MmMapLockedPagesSpecifyCache)
#error "NX opt-in wrappers active but not expected"
#endif
#endif
#endif

/* ---- WDM part ----------------------------------------------------------- */

#define SAMPLE_TAG 'vDvH'
#define IOCTL_SAMPLE_MAP \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_OUT_DIRECT, FILE_ANY_ACCESS)
#define IOCTL_SAMPLE_COPY \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _SAMPLE_EXTENSION {
    KSPIN_LOCK Lock;
    LIST_ENTRY Pending;
    volatile LONG Requests;
    PVOID Scratch;
} SAMPLE_EXTENSION, *PSAMPLE_EXTENSION;

typedef struct _SAMPLE_ENTRY {
    LIST_ENTRY Link;
    ULONG Value;
} SAMPLE_ENTRY, *PSAMPLE_ENTRY;

EXTERN_C DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampleUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampleCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampleDeviceControl;

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, SampleUnload)
#endif

static NPAGED_LOOKASIDE_LIST g_Lookaside;
static PDEVICE_OBJECT g_Device;
static UNICODE_STRING g_LinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\HvciSample");

_Use_decl_annotations_
VOID SampleUnload(PDRIVER_OBJECT DriverObject)
{
    PSAMPLE_EXTENSION ext;

    UNREFERENCED_PARAMETER(DriverObject);
    PAGED_CODE();

    ext = (PSAMPLE_EXTENSION)g_Device->DeviceExtension;
    if (ext->Scratch != NULL) {
        ExFreePoolWithTag(ext->Scratch, SAMPLE_TAG);
    }
    ExDeleteNPagedLookasideList(&g_Lookaside);
    IoDeleteSymbolicLink(&g_LinkName);
    IoDeleteDevice(g_Device);
}

_Use_decl_annotations_
NTSTATUS SampleCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

static NTSTATUS SampleMapOutput(PIRP Irp, PULONG_PTR Information)
{
    PUCHAR va;

    if (Irp->MdlAddress == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    va = (PUCHAR)MmGetSystemAddressForMdlSafe(Irp->MdlAddress,
                                              NormalPagePriority | MdlMappingNoExecute);
    if (va == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlFillMemory(va, MmGetMdlByteCount(Irp->MdlAddress), 0xCC);
    *Information = MmGetMdlByteCount(Irp->MdlAddress);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS SampleDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PSAMPLE_EXTENSION ext = (PSAMPLE_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    ULONG_PTR info = 0;
    KIRQL oldIrql;
    PSAMPLE_ENTRY entry;

    InterlockedIncrement(&ext->Requests);

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_SAMPLE_MAP:
        status = SampleMapOutput(Irp, &info);
        break;

    case IOCTL_SAMPLE_COPY:
        if (stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        entry = (PSAMPLE_ENTRY)ExAllocateFromNPagedLookasideList(&g_Lookaside);
        if (entry == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
        }
        entry->Value = *(PULONG)Irp->AssociatedIrp.SystemBuffer;
        KeAcquireSpinLock(&ext->Lock, &oldIrql);
        InsertTailList(&ext->Pending, &entry->Link);
        KeReleaseSpinLock(&ext->Lock, oldIrql);
        status = STATUS_SUCCESS;
        break;

    default:
        break;
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = info;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

/* A user buffer probe with structured exception handling. */
NTSTATUS SampleProbe(PVOID UserBuffer, SIZE_T Length)
{
    NTSTATUS status = STATUS_SUCCESS;
    __try {
        ProbeForRead(UserBuffer, Length, sizeof(UCHAR));
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    return status;
}

/* Section and mapping APIs with NX protections. */
NTSTATUS SampleMapSection(PHANDLE Section, PVOID *View)
{
    OBJECT_ATTRIBUTES oa;
    LARGE_INTEGER size;
    SIZE_T viewSize = 0;
    NTSTATUS status;

    size.QuadPart = PAGE_SIZE;
    InitializeObjectAttributes(&oa, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ZwCreateSection(Section, SECTION_ALL_ACCESS, &oa, &size, PAGE_READWRITE,
                             SEC_COMMIT, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *View = NULL;
    status = ZwMapViewOfSection(*Section, ZwCurrentProcess(), View, 0, 0, NULL, &viewSize,
                                ViewUnmap, 0, PAGE_READWRITE);
    if (!NT_SUCCESS(status)) {
        ZwClose(*Section);
    }
    return status;
}

PVOID SampleMapRegisters(PHYSICAL_ADDRESS Base)
{
    return MmMapIoSpaceEx(Base, PAGE_SIZE, PAGE_READWRITE | PAGE_NOCACHE);
}

EXTERN_C NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject,
                              _In_ PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName;
    PSAMPLE_EXTENSION ext;
    NTSTATUS status;
    WCHAR message[64];

    UNREFERENCED_PARAMETER(RegistryPath);

    ExInitializeDriverRuntime(DrvRtPoolNxOptIn);

    RtlInitUnicodeString(&deviceName, L"\\Device\\HvciSample");
    status = IoCreateDevice(DriverObject, sizeof(SAMPLE_EXTENSION), &deviceName,
                            FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &g_Device);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    ext = (PSAMPLE_EXTENSION)g_Device->DeviceExtension;
    RtlZeroMemory(ext, sizeof(*ext));
    KeInitializeSpinLock(&ext->Lock);
    InitializeListHead(&ext->Pending);
    ext->Scratch = ExAllocatePool2(POOL_FLAG_NON_PAGED, PAGE_SIZE, SAMPLE_TAG);
    if (ext->Scratch == NULL) {
        ext->Scratch = ExAllocatePoolZero(NonPagedPool, PAGE_SIZE, SAMPLE_TAG);
    }

    ExInitializeNPagedLookasideList(&g_Lookaside, NULL, NULL, POOL_NX_ALLOCATION,
                                    sizeof(SAMPLE_ENTRY), SAMPLE_TAG, 0);

    status = IoCreateSymbolicLink(&g_LinkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        ExDeleteNPagedLookasideList(&g_Lookaside);
        IoDeleteDevice(g_Device);
        return status;
    }

    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampleCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampleCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SampleDeviceControl;
    DriverObject->DriverUnload = SampleUnload;
    g_Device->Flags |= DO_DIRECT_IO;
    g_Device->Flags &= ~DO_DEVICE_INITIALIZING;

    if (NT_SUCCESS(RtlStringCbPrintfW(message, sizeof(message), L"loaded at %p", DriverObject))) {
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "%ws\n", message);
    }
    KdPrint(("HvciSample: %wZ\n", &deviceName));
    return STATUS_SUCCESS;
}

/* ---- KMDF part ---------------------------------------------------------- */

typedef struct _DEVICE_CONTEXT {
    WDFMEMORY Buffer;
    WDFLOOKASIDE Lookaside;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetDeviceContext)

/* An interrupt's trigger mode is the WDM enumeration, compared by name. */
BOOLEAN SampleIsLatched(const WDF_INTERRUPT_INFO *Info)
{
    return Info->Mode == Latched;
}

EVT_WDF_DRIVER_DEVICE_ADD SampleEvtDeviceAdd;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL SampleEvtIoDeviceControl;

NTSTATUS SampleWdfEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, SampleEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config,
                           WDF_NO_HANDLE);
}

_Use_decl_annotations_
NTSTATUS SampleEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    PDEVICE_CONTEXT context;
    WDFMEMORY property;
    PVOID buffer;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);

    WdfDeviceInitSetIoType(DeviceInit, WdfDeviceIoBuffered);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    context = GetDeviceContext(device);

    status = WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, SAMPLE_TAG, 128,
                             &context->Buffer, &buffer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfLookasideListCreate(WDF_NO_OBJECT_ATTRIBUTES, 64, NonPagedPoolNx,
                                    WDF_NO_OBJECT_ATTRIBUTES, SAMPLE_TAG, &context->Lookaside);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfDeviceAllocAndQueryProperty(device, DevicePropertyHardwareID, PagedPool,
                                            WDF_NO_OBJECT_ATTRIBUTES, &property);
    if (NT_SUCCESS(status)) {
        WdfObjectDelete(property);
    }

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoDeviceControl = SampleEvtIoDeviceControl;
    return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

_Use_decl_annotations_
VOID SampleEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                              size_t InputBufferLength, ULONG IoControlCode)
{
    PVOID out;
    size_t outLength;
    PMDL mdl;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(InputBufferLength);
    UNREFERENCED_PARAMETER(OutputBufferLength);

    if (IoControlCode == IOCTL_SAMPLE_MAP) {
        status = WdfRequestRetrieveInputWdmMdl(Request, &mdl);
        if (NT_SUCCESS(status) &&
            MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute) == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
        }
        WdfRequestComplete(Request, status);
        return;
    }
    status = WdfRequestRetrieveOutputBuffer(Request, sizeof(ULONG), &out, &outLength);
    if (NT_SUCCESS(status)) {
        *(PULONG)out = 1;
        WdfRequestCompleteWithInformation(Request, status, sizeof(ULONG));
        return;
    }
    WdfRequestComplete(Request, status);
}

/* ---- minifilter part ---------------------------------------------------- */

static PFLT_FILTER g_Filter;

FLT_PREOP_CALLBACK_STATUS SamplePreCreate(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                          PVOID *CompletionContext)
{
    PFLT_CONTEXT context = NULL;

    UNREFERENCED_PARAMETER(Data);
    *CompletionContext = NULL;
    if (NT_SUCCESS(FltAllocateContext(FltObjects->Filter, FLT_STREAMHANDLE_CONTEXT, 32,
                                      NonPagedPoolNx, &context))) {
        FltReleaseContext(context);
    }
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

NTSTATUS SampleFilterUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    FltUnregisterFilter(g_Filter);
    return STATUS_SUCCESS;
}

static const FLT_OPERATION_REGISTRATION g_Callbacks[] = {
    { IRP_MJ_CREATE, 0, SamplePreCreate, NULL, NULL },
    { IRP_MJ_OPERATION_END, 0, NULL, NULL, NULL }
};

static const FLT_REGISTRATION g_FilterRegistration = {
    sizeof(FLT_REGISTRATION),
    FLT_REGISTRATION_VERSION,
    0,
    NULL,
    g_Callbacks,
    SampleFilterUnload,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

NTSTATUS SampleFilterEntry(PDRIVER_OBJECT DriverObject)
{
    NTSTATUS status = FltRegisterFilter(DriverObject, &g_FilterRegistration, &g_Filter);
    if (NT_SUCCESS(status)) {
        status = FltStartFiltering(g_Filter);
        if (!NT_SUCCESS(status)) {
            FltUnregisterFilter(g_Filter);
        }
    }
    return status;
}

/* ---- NDIS and Storport part --------------------------------------------- */

static NPAGED_LOOKASIDE_LIST g_NdisLookaside;

VOID SampleNdisInit(PMDL Mdl)
{
    PVOID va = NULL;
    UINT length = 0;
    PVOID block = NULL;

    NdisInitializeNPagedLookasideList(&g_NdisLookaside, NULL, NULL, 0, 256, SAMPLE_TAG, 0);
    NdisQueryMdl(Mdl, &va, &length, NormalPagePriority | MdlMappingNoExecute);
    if (NdisAllocateMemoryWithTag(&block, 64, SAMPLE_TAG) == NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(block, 64, 0);
    }
}

ULONG SampleStorGetBuffer(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PVOID address = NULL;
    ULONG status = StorPortGetSystemAddress(HwDeviceExtension, Srb, &address);
    if (status == STOR_STATUS_SUCCESS && address != NULL) {
        StorPortDebugPrint(0, "srb buffer %p\n", address);
    }
    return status;
}

/* Intrinsics usually come from the compiler's own <intrin.h>. */
ULONG_PTR SampleCaller(VOID)
{
    return (ULONG_PTR)_ReturnAddress();
}
