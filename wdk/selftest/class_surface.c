/*
 * class_surface.c - selftest for the storage class-driver part of the
 * fallback headers: classpnp.h (device extensions, registration, ClassXxx
 * routines, TRY/LEAVE/FINALLY and FREE_POOL), storswtr.h, ntddvol.h,
 * ioevent.h, the media-type and disk-detection records of ntddstor.h and
 * ntdddisk.h, and the Storport HBA configuration records (storport_cfg.h)
 * with REPORT LUNS data, and the TrEE secure-service description
 * (TrustedRuntimeClx.h), used together, with static assertions on values
 * and layouts that the reference pages publish.
 */
#include <ntddk.h>
#include <classpnp.h>
#include <storswtr.h>
#include <ntddvol.h>
#include <ioevent.h>
#include <storport.h>
#include <TrustedRuntimeClx.h>

/* Published values. */
C_ASSERT(FailurePredictionNone == 0 && FailurePredictionSense == 3);
C_ASSERT(MediaUnknown == 0 && MediaUnavailable == 3);
C_ASSERT(SupportUnknown == 0 && NotSupported == 2);
C_ASSERT(PowerDownDeviceInitial3 == 0 && PowerDownDeviceUnlocked3 == 6);
C_ASSERT(PowerUpDeviceUnlocked == 4);
C_ASSERT(DetectNone == 0 && DetectExInt13 == 2);
C_ASSERT(DDS_4mm == 0x20 && MiniQic == 0x21);
C_ASSERT(MEDIA_READ_WRITE == 0x8 && MEDIA_CURRENTLY_MOUNTED == 0x80000000);
C_ASSERT(StorSynchronizeHalfDuplex == 0 && InterruptSynchronizePerMessage == 2);
C_ASSERT(IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS == 0x00560000);
C_ASSERT(IOCTL_DISK_REASSIGN_BLOCKS_EX == 0x0007C0A4);
C_ASSERT(TRACE_LEVEL_ERROR == 2 && (TRACE_FLAG_PNP & TRACE_FLAG_GENERAL) == 0);

/* Layouts: members in the documented order. */
C_ASSERT(FIELD_OFFSET(FUNCTIONAL_DEVICE_EXTENSION, CommonExtension) == 0);
C_ASSERT(FIELD_OFFSET(FUNCTIONAL_DEVICE_EXTENSION, DeviceObject) ==
         FIELD_OFFSET(COMMON_DEVICE_EXTENSION, DeviceObject));
C_ASSERT(FIELD_OFFSET(PHYSICAL_DEVICE_EXTENSION, Version) == 0);
C_ASSERT(FIELD_OFFSET(FUNCTIONAL_DEVICE_EXTENSION, LowerPdo) == sizeof(COMMON_DEVICE_EXTENSION));
C_ASSERT(FIELD_OFFSET(CLASS_INIT_DATA, FdoData) == sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(GUIDREGINFO, InstanceCount) == 16);
C_ASSERT(sizeof(CLASSPNP_SCAN_FOR_SPECIAL_INFO) == 4 * sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(FILE_OBJECT_EXTENSION, LockCount) == 2 * sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(DISK_EXTENT, StartingOffset) == 8);
C_ASSERT(FIELD_OFFSET(VOLUME_DISK_EXTENTS, Extents) == 8);
C_ASSERT(sizeof(REASSIGN_BLOCKS_EX) == 12 && FIELD_OFFSET(REASSIGN_BLOCKS, BlockNumber) == 4);
C_ASSERT(FIELD_OFFSET(DISK_DETECTION_INFO, DetectionType) == 4);
C_ASSERT(FIELD_OFFSET(DISK_PARTITION_INFO, Mbr) == 8);
C_ASSERT(FIELD_OFFSET(GET_MEDIA_TYPES, MediaInfo) == 8);
C_ASSERT(FIELD_OFFSET(TARGET_DEVICE_CUSTOM_NOTIFICATION, Event) == 4);
C_ASSERT(sizeof(LUN_LIST) == 8 && sizeof(FOUR_BYTE) == 4 && sizeof(EIGHT_BYTE) == 8);
C_ASSERT(FIELD_OFFSET(PORT_CONFIGURATION_INFORMATION, AccessRanges) == 56);
C_ASSERT(FIELD_OFFSET(MINIPORT_DUMP_POINTERS, DriverName) == 4);
C_ASSERT(FIELD_OFFSET(ACCESS_RANGE, RangeLength) == 8);
C_ASSERT(sizeof(CDB) == 16);
C_ASSERT(TRSecureOSDependency == 0 && TrFunctionTableNumEntries == 6);
C_ASSERT(FIELD_OFFSET(TR_SECURE_SERVICE, ServiceGuid) == 4);
C_ASSERT(FIELD_OFFSET(TR_SECURE_SERVICE, Dependencies) == 36);
C_ASSERT(sizeof(TR_SECURE_DEPENDENCY_V1) == 24 && sizeof(TR_SECURE_SERVICE_EXTENSION) == 8);

/* A disk-style class driver: error hook, special-device scan, remove lock
   around a synchronous SRB and a mode sense, media types, notification. */
static CHAR SurfaceVendor[] = "VENDOR";
static CHAR SurfaceModel[] = "MODEL";
static CLASSPNP_SCAN_FOR_SPECIAL_INFO SurfaceBadControllers[] = {
    { SurfaceVendor, SurfaceModel, NULL, CLASS_SPECIAL_DISABLE_WRITE_CACHE },
    { NULL, NULL, NULL, 0 }
};

static VOID SurfaceError(PDEVICE_OBJECT Fdo, PSCSI_REQUEST_BLOCK Srb,
                         NTSTATUS *Status, BOOLEAN *Retry)
{
    PFUNCTIONAL_DEVICE_EXTENSION fdoExt = (PFUNCTIONAL_DEVICE_EXTENSION)Fdo->DeviceExtension;
    UNREFERENCED_PARAMETER(Srb);
    if (fdoExt->ScanForSpecialFlags & CLASS_SPECIAL_CAUSE_NOT_REPORTABLE_HACK) {
        *Status = STATUS_SUCCESS;
        *Retry = FALSE;
    }
}

static VOID SurfaceSpecial(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, ULONG_PTR Data)
{
    FdoExtension->ScanForSpecialFlags |= (ULONG)Data;
}

static NTSTATUS SurfaceStart(PDEVICE_OBJECT Fdo)
{
    PFUNCTIONAL_DEVICE_EXTENSION fdoExt = (PFUNCTIONAL_DEVICE_EXTENSION)Fdo->DeviceExtension;
    PCOMMON_DEVICE_EXTENSION common = &fdoExt->CommonExtension;
    SCSI_REQUEST_BLOCK srb;
    PCHAR modeData = NULL;
    ULONG length;
    NTSTATUS status = STATUS_SUCCESS;

    ClassScanForSpecial(fdoExt, SurfaceBadControllers, SurfaceSpecial);
    ClassAcquireRemoveLock(Fdo, NULL);
    TRY {
        RtlZeroMemory(&srb, sizeof(srb));
        srb.CdbLength = 6;
        srb.TimeOutValue = fdoExt->TimeOutValue;
        ((PCDB)srb.Cdb)->CDB6FORMAT.OperationCode = SCSIOP_TEST_UNIT_READY;
        status = ClassSendSrbSynchronous(Fdo, &srb, NULL, 0, FALSE);
        if (!NT_SUCCESS(status)) {
            LEAVE;
        }
        modeData = (PCHAR)ExAllocatePool2(POOL_FLAG_NON_PAGED, 0x100, CLASS_TAG_MODE_DATA);
        if (modeData == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            LEAVE;
        }
        length = ClassModeSense(Fdo, modeData, 0x100, 0x08);
        if (length != 0 && ClassFindModePage(modeData, length, 0x08, TRUE) != NULL) {
            fdoExt->DeviceFlags |= DEV_WRITE_CACHE;
        }
    } FINALLY {
        FREE_POOL(modeData);
        ClassReleaseRemoveLock(Fdo, NULL);
    }
    if (common->IsFdo && fdoExt->FunctionSupportInfo != NULL &&
        fdoExt->FunctionSupportInfo->LowerLayerSupport.TrimProperty == Supported) {
        ClassSendNotification(fdoExt, &GUID_IO_DISK_LAYOUT_CHANGE, 0, NULL);
    }
    return status;
}

static VOID SurfaceMediaTypes(PGET_MEDIA_TYPES MediaTypes, PFUNCTIONAL_DEVICE_EXTENSION FdoExt)
{
    PDEVICE_MEDIA_INFO info = &MediaTypes->MediaInfo[0];
    MediaTypes->DeviceType = FILE_DEVICE_DISK;
    MediaTypes->MediaInfoCount = 1;
    info->DeviceSpecific.DiskInfo.Cylinders = FdoExt->DiskGeometry.Cylinders;
    info->DeviceSpecific.DiskInfo.MediaType = (STORAGE_MEDIA_TYPE)FixedMedia;
    info->DeviceSpecific.DiskInfo.MediaCharacteristics = MEDIA_CURRENTLY_MOUNTED | MEDIA_READ_WRITE;
}

static VOID SurfaceExtents(PVOLUME_DISK_EXTENTS Extents, PCOMMON_DEVICE_EXTENSION Common)
{
    ULONGLONG be;
    Extents->NumberOfDiskExtents = 1;
    Extents->Extents[0].DiskNumber = Common->PartitionZeroExtension->DeviceNumber;
    Extents->Extents[0].StartingOffset = Common->StartingOffset;
    REVERSE_BYTES_QUAD(&be, &Common->PartitionLength.QuadPart)
    Extents->Extents[0].ExtentLength.QuadPart = (LONGLONG)be;
}

ULONG SurfaceClassEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    CLASS_INIT_DATA init;
    RtlZeroMemory(&init, sizeof(init));
    init.InitializationDataSize = sizeof(CLASS_INIT_DATA);
    init.FdoData.DeviceExtensionSize = sizeof(FUNCTIONAL_DEVICE_EXTENSION);
    init.FdoData.DeviceType = FILE_DEVICE_DISK;
    init.FdoData.ClassError = SurfaceError;
    init.FdoData.ClassStartDevice = SurfaceStart;
    UNREFERENCED_PARAMETER(SurfaceMediaTypes);
    UNREFERENCED_PARAMETER(SurfaceExtents);
    return ClassInitialize(DriverObject, RegistryPath, &init);
}

/* A Storport miniport's HwStorFindAdapter view of its configuration. */
ULONG SurfaceFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                         PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                         PBOOLEAN Reserved3)
{
    PACCESS_RANGE range = &(*(ConfigInfo->AccessRanges))[0];
    PLUN_LIST luns = (PLUN_LIST)DeviceExtension;
    UNREFERENCED_PARAMETER(HwContext);
    UNREFERENCED_PARAMETER(BusInformation);
    UNREFERENCED_PARAMETER(ArgumentString);
    UNREFERENCED_PARAMETER(Reserved3);
    ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
    ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizeAll;
    luns->Lun[0][1] = (UCHAR)range->RangeInMemory;
    return range->RangeLength != 0 ? 0 : 1;
}

/* A TrEE miniport's description of one secure service with an OS
   dependency (EvtTrEnumerateSecureServices). */
ULONG SurfaceDescribeService(PTR_SECURE_SERVICE Service, const GUID *Id, const GUID *Needs)
{
    ULONG size = FIELD_OFFSET(TR_SECURE_SERVICE, Dependencies) + sizeof(TR_SECURE_DEPENDENCY_V1);
    Service->DescriptionSize = size;
    Service->ServiceGuid = *Id;
    Service->MajorVersion = 1;
    Service->MinorVersion = 0;
    Service->ExtensionOffset = 0;
    Service->CountDependencies = 1;
    Service->Dependencies[0].Type = TRSecureOSDependency;
    Service->Dependencies[0].Id = *Needs;
    Service->Dependencies[0].MaxRequired = 1;
    return size;
}
