/*
 * fs_surface.c - selftest for the file-system and storage part of the
 * fallback headers: ntifs.h (FCB headers, oplocks, byte-range locks,
 * change notification, cache manager, generic tables), the file-system
 * members of IO_STACK_LOCATION, ntdddisk.h, scsi.h, bcrypt.h and
 * ntimage.h are used together, and layouts / values with published
 * numbers are checked with static assertions.
 */
#include <ntifs.h>
#include <ntdddisk.h>
#include <scsi.h>
#include <bcrypt.h>
#include <ntimage.h>
#include <fltKernel.h>

/* Standard INQUIRY data: byte 5 (ALUA's TPGS bits) read whole as
   Reserved, the vendor identification at byte 8. */
C_ASSERT(FIELD_OFFSET(INQUIRYDATA, AdditionalLength) == 4);
C_ASSERT(FIELD_OFFSET(INQUIRYDATA, Reserved) == 5);
C_ASSERT(FIELD_OFFSET(INQUIRYDATA, VendorId) == 8);
C_ASSERT(sizeof(uintptr_t) == sizeof(PVOID) && sizeof(intptr_t) == sizeof(PVOID));

/* Published enumeration and control-code values. */
C_ASSERT(FileIdBothDirectoryInformation == 37);
C_ASSERT(FileValidDataLengthInformation == 39);
C_ASSERT(FileIdInformation == 59);
C_ASSERT(FileDispositionInformationEx == 64);
C_ASSERT(FileRenameInformationEx == 65);
C_ASSERT(FileFsSizeInformation == 3);
C_ASSERT(FileFsFullSizeInformation == 7);
C_ASSERT(ProcessImageFileName == 27);
C_ASSERT(IOCTL_DISK_GET_DRIVE_GEOMETRY == 0x00070000);
C_ASSERT(IOCTL_DISK_GET_LENGTH_INFO == 0x0007405C);
C_ASSERT(IOCTL_DISK_GET_DRIVE_GEOMETRY_EX == 0x000700A0);
C_ASSERT(IOCTL_DISK_GET_PARTITION_INFO_EX == 0x00070048);
C_ASSERT(IOCTL_DISK_GET_DRIVE_LAYOUT_EX == 0x00070050);
C_ASSERT(FSCTL_GET_RETRIEVAL_POINTERS == 0x00090073);
C_ASSERT(FSCTL_SET_REPARSE_POINT == 0x000900A4);
C_ASSERT(FSCTL_GET_REPARSE_POINT == 0x000900A8);
C_ASSERT(SCSIOP_READ == 0x28 && SCSIOP_WRITE16 == 0x8A && SCSIOP_READ_CAPACITY16 == 0x9E);
C_ASSERT(FLT_FSTYPE_EXFAT == 22 && FLT_FSTYPE_CSVFS == 27 && FLT_FSTYPE_REFS == 28);
C_ASSERT(SE_TCB_PRIVILEGE == 7 && SE_MANAGE_VOLUME_PRIVILEGE == 28);
C_ASSERT(IMAGE_DOS_SIGNATURE == 0x5A4D && IMAGE_NT_SIGNATURE == 0x00004550);

/* Layouts. */
C_ASSERT(sizeof(CDB) == 16);
C_ASSERT(sizeof(SENSE_DATA) == 18);
C_ASSERT(FIELD_OFFSET(SENSE_DATA, AdditionalSenseCode) == 12);
C_ASSERT(sizeof(DISK_GEOMETRY) == 24);
C_ASSERT(sizeof(PARTITION_INFORMATION) == 32);
C_ASSERT(sizeof(PARTITION_INFORMATION_EX) == 144);
C_ASSERT(sizeof(IMAGE_DOS_HEADER) == 64);
C_ASSERT(sizeof(IMAGE_FILE_HEADER) == 20);
C_ASSERT(sizeof(IMAGE_NT_HEADERS64) == 264);
C_ASSERT(sizeof(IMAGE_NT_HEADERS32) == 248);
C_ASSERT(sizeof(FILE_NETWORK_OPEN_INFORMATION) == 56);
C_ASSERT(FIELD_OFFSET(FILE_BOTH_DIR_INFORMATION, ShortNameLength) == 68);
C_ASSERT(FIELD_OFFSET(FILE_BOTH_DIR_INFORMATION, FileName) == 94);
C_ASSERT(FIELD_OFFSET(FILE_ID_BOTH_DIR_INFORMATION, FileId) == 96);
C_ASSERT(FIELD_OFFSET(FILE_ID_BOTH_DIR_INFORMATION, FileName) == 104);
C_ASSERT(FIELD_OFFSET(FILE_FS_VOLUME_INFORMATION, VolumeLabel) == 18);
C_ASSERT(sizeof(SHARE_ACCESS) == 28);
C_ASSERT(sizeof(ACL) == 8 && sizeof(ACE_HEADER) == 4);
C_ASSERT(sizeof(FILE_FS_SECTOR_SIZE_INFORMATION) == 28);
C_ASSERT(sizeof(CC_FILE_SIZES) == 24);
C_ASSERT(FIELD_OFFSET(FSRTL_COMMON_FCB_HEADER, AllocationSize) == 8 + 2 * sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(FSRTL_ADVANCED_FCB_HEADER, FastMutex) == sizeof(FSRTL_COMMON_FCB_HEADER));
C_ASSERT(FIELD_OFFSET(FAST_IO_DISPATCH, FastIoCheckIfPossible) == sizeof(PVOID));
C_ASSERT(sizeof(FAST_IO_DISPATCH) == 28 * sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(VPB, VolumeLabel) == 16 + 2 * sizeof(PVOID));
#ifdef _WIN64
C_ASSERT(FIELD_OFFSET(FSRTL_COMMON_FCB_HEADER, ValidDataLength) == 0x28);
C_ASSERT(sizeof(SECTION_OBJECT_POINTERS) == 24);
#endif

typedef struct _FS_FCB {
    FSRTL_ADVANCED_FCB_HEADER Header;
    FAST_MUTEX HeaderMutex;
    SECTION_OBJECT_POINTERS SectionObjectPointers;
    SHARE_ACCESS ShareAccess;
    FILE_LOCK FileLock;
    UNICODE_PREFIX_TABLE_ENTRY PrefixEntry;
    RTL_AVL_TABLE Children;
    PVOID FileContextSupport;
} FS_FCB;

typedef struct _FS_VCB {
    PVPB Vpb;
    PNOTIFY_SYNC NotifySync;
    LIST_ENTRY DirNotifyList;
    UNICODE_PREFIX_TABLE Prefixes;
    TUNNEL Tunnel;
    FILESYSTEM_STATISTICS Statistics;
    FAT_STATISTICS FatStatistics;
} FS_VCB;

static RTL_GENERIC_COMPARE_RESULTS FsCompare(_In_ PRTL_AVL_TABLE Table, _In_ PVOID First,
                                             _In_ PVOID Second)
{
    UNREFERENCED_PARAMETER(Table);
    return *(PULONG)First < *(PULONG)Second ? GenericLessThan
           : *(PULONG)First > *(PULONG)Second ? GenericGreaterThan : GenericEqual;
}

static PVOID FsAllocate(_In_ PRTL_AVL_TABLE Table, _In_ CLONG ByteSize)
{
    UNREFERENCED_PARAMETER(Table);
    return ExAllocatePool2(POOL_FLAG_PAGED, ByteSize, 'tsfH');
}

static VOID FsFree(_In_ PRTL_AVL_TABLE Table, _In_ PVOID Buffer)
{
    UNREFERENCED_PARAMETER(Table);
    ExFreePoolWithTag(Buffer, 'tsfH');
}

static BOOLEAN FsAcquireForLazyWrite(_In_ PVOID Context, _In_ BOOLEAN Wait)
{
    UNREFERENCED_PARAMETER(Context);
    return Wait;
}

static VOID FsReleaseFromLazyWrite(_In_ PVOID Context)
{
    UNREFERENCED_PARAMETER(Context);
}

static FAST_IO_CHECK_IF_POSSIBLE FsFastIoCheckIfPossible;
static BOOLEAN FsFastIoCheckIfPossible(PFILE_OBJECT FileObject, PLARGE_INTEGER FileOffset,
                                       ULONG Length, BOOLEAN Wait, ULONG LockKey,
                                       BOOLEAN CheckForReadOperation, PIO_STATUS_BLOCK IoStatus,
                                       PDEVICE_OBJECT DeviceObject)
{
    FS_FCB *fcb = (FS_FCB *)FileObject->FsContext;
    LARGE_INTEGER length;
    UNREFERENCED_PARAMETER(Wait);
    UNREFERENCED_PARAMETER(DeviceObject);
    IoStatus->Status = STATUS_SUCCESS;
    if (fcb->Header.IsFastIoPossible == FastIoIsNotPossible) {
        return FALSE;
    }
    length.QuadPart = Length;
    return CheckForReadOperation
               ? FsRtlFastCheckLockForRead(&fcb->FileLock, FileOffset,
                                           &length, LockKey,
                                           FileObject, PsGetCurrentProcess())
               : TRUE;
}

static FAST_IO_DISPATCH FsFastIo;

static CACHE_MANAGER_CALLBACKS FsCacheCallbacks = {
    FsAcquireForLazyWrite, FsReleaseFromLazyWrite, FsAcquireForLazyWrite, FsReleaseFromLazyWrite,
};

NTSTATUS FsDispatch(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
    PFILE_OBJECT fo = sp->FileObject;
    FS_FCB *fcb = (FS_FCB *)fo->FsContext;
    FS_VCB *vcb = (FS_VCB *)DeviceObject->DeviceExtension;
    CC_FILE_SIZES sizes;
    NTSTATUS status = STATUS_SUCCESS;
    PIRP top = IoGetTopLevelIrp();

    FsFastIo.SizeOfFastIoDispatch = sizeof(FAST_IO_DISPATCH);
    FsFastIo.FastIoCheckIfPossible = FsFastIoCheckIfPossible;
    DeviceObject->DriverObject->FastIoDispatch = &FsFastIo;
    FsRtlEnterFileSystem();
    switch (sp->MajorFunction) {
    case IRP_MJ_CREATE:
        status = IoCheckShareAccess(sp->Parameters.Create.SecurityContext->DesiredAccess,
                                    sp->Parameters.Create.ShareAccess, fo, &fcb->ShareAccess,
                                    TRUE);
        if (sp->Parameters.Create.SecurityContext->AccessState->Flags &
            TOKEN_HAS_TRAVERSE_PRIVILEGE) {
            Irp->IoStatus.Information = FILE_OPENED;
        }
        break;
    case IRP_MJ_READ:
        if (FlagOn(Irp->Flags, IRP_PAGING_IO) || !CcIsFileCached(fo)) {
            sizes.AllocationSize = fcb->Header.AllocationSize;
            sizes.FileSize = fcb->Header.FileSize;
            sizes.ValidDataLength = fcb->Header.ValidDataLength;
            CcInitializeCacheMap(fo, &sizes, FALSE, &FsCacheCallbacks, fcb);
        }
        if (!FsRtlCheckLockForReadAccess(&fcb->FileLock, Irp) ||
            !CcCopyRead(fo, &sp->Parameters.Read.ByteOffset, sp->Parameters.Read.Length, TRUE,
                        Irp->UserBuffer, &Irp->IoStatus)) {
            status = STATUS_FILE_LOCK_CONFLICT;
        }
        break;
    case IRP_MJ_DIRECTORY_CONTROL:
        if (sp->MinorFunction == IRP_MN_NOTIFY_CHANGE_DIRECTORY) {
            FsRtlNotifyFullChangeDirectory(vcb->NotifySync, &vcb->DirNotifyList, fcb, NULL,
                                           BooleanFlagOn(sp->Flags, SL_WATCH_TREE), FALSE,
                                           sp->Parameters.NotifyDirectory.CompletionFilter, Irp,
                                           NULL, NULL);
            status = STATUS_PENDING;
        } else if (sp->Parameters.QueryDirectory.FileInformationClass ==
                   FileIdBothDirectoryInformation) {
            status = STATUS_NO_MORE_FILES;
        }
        break;
    case IRP_MJ_QUERY_VOLUME_INFORMATION:
        status = sp->Parameters.QueryVolume.FsInformationClass == FileFsSizeInformation
                     ? STATUS_SUCCESS
                     : STATUS_INVALID_PARAMETER;
        break;
    case IRP_MJ_LOCK_CONTROL:
        status = FsRtlProcessFileLock(&fcb->FileLock, Irp, NULL);
        break;
    case IRP_MJ_FILE_SYSTEM_CONTROL:
        if (sp->MinorFunction == IRP_MN_MOUNT_VOLUME) {
            vcb->Vpb = sp->Parameters.MountVolume.Vpb;
        } else {
            status = FsRtlOplockFsctrl(&fcb->Header.Oplock, Irp, 1);
        }
        break;
    case IRP_MJ_CLEANUP:
        FsRtlNotifyCleanup(vcb->NotifySync, &vcb->DirNotifyList, fcb);
        (void)FsRtlFastUnlockAll(&fcb->FileLock, fo, IoGetRequestorProcess(Irp), NULL);
        IoRemoveShareAccess(fo, &fcb->ShareAccess);
        CcFlushCache(fo->SectionObjectPointer, NULL, 0, NULL);
        (void)CcPurgeCacheSection(&fcb->SectionObjectPointers, NULL, 0, 0);
        (void)CcUninitializeCacheMap(fo, NULL, NULL);
        break;
    case IRP_MJ_PNP:
        if (sp->MinorFunction == IRP_MN_QUERY_DEVICE_RELATIONS &&
            sp->Parameters.QueryDeviceRelations.Type == TargetDeviceRelation) {
            status = STATUS_NOT_SUPPORTED;
        }
        break;
    case IRP_MJ_POWER:
        if (sp->Parameters.Power.Type == DevicePowerState &&
            sp->Parameters.Power.State.DeviceState == PowerDeviceD3) {
            status = STATUS_SUCCESS;
        }
        break;
    default:
        status = FsRtlCheckOplock(&fcb->Header.Oplock, Irp, NULL, NULL, NULL);
        break;
    }
    if (top == NULL) {
        IoSetTopLevelIrp((PIRP)FSRTL_FSP_TOP_LEVEL_IRP);
        IoSetTopLevelIrp(NULL);
    }
    FsRtlExitFileSystem();
    return status;
}

VOID FsInitFcb(_Out_ FS_FCB *Fcb, _Inout_ FS_VCB *Vcb, _In_ PUNICODE_STRING Name)
{
    BOOLEAN inserted;
    ULONG key = 1;

    RtlZeroMemory(Fcb, sizeof(*Fcb));
    ExInitializeFastMutex(&Fcb->HeaderMutex);
    FsRtlSetupAdvancedFcbHeader(&Fcb->Header, &Fcb->HeaderMutex);
    Fcb->Header.FileContextSupportPointer = &Fcb->FileContextSupport;
    FsRtlInitializeFileLock(&Fcb->FileLock, NULL, NULL);
    FsRtlInitializeOplock(&Fcb->Header.Oplock);
    RtlInitializeGenericTableAvl(&Fcb->Children, FsCompare, FsAllocate, FsFree, NULL);
    (void)RtlInsertElementGenericTableAvl(&Fcb->Children, &key, sizeof(key), &inserted);
    (void)RtlLookupElementGenericTableAvl(&Fcb->Children, &key);
    (void)RtlDeleteElementGenericTableAvl(&Fcb->Children, &key);
    (void)RtlEnumerateGenericTableAvl(&Fcb->Children, TRUE);
    RtlInitializeUnicodePrefix(&Vcb->Prefixes);
    (void)RtlInsertUnicodePrefix(&Vcb->Prefixes, Name, &Fcb->PrefixEntry);
    FsRtlNotifyInitializeSync(&Vcb->NotifySync);
    InitializeListHead(&Vcb->DirNotifyList);
    FsRtlInitializeTunnelCache(&Vcb->Tunnel);
}

NTSTATUS FsStorageAndImage(_In_ PVOID ImageBase, _In_ PCDB Cdb, _In_ PSENSE_DATA Sense)
{
    PIMAGE_DOS_HEADER dos = (PIMAGE_DOS_HEADER)ImageBase;
    PIMAGE_NT_HEADERS nt = (PIMAGE_NT_HEADERS)((PUCHAR)ImageBase + dos->e_lfanew);
    PIMAGE_SECTION_HEADER section = IMAGE_FIRST_SECTION(nt);
    BCRYPT_ALG_HANDLE alg;
    BCRYPT_HASH_HANDLE hash;
    UCHAR digest[32];
    DISK_GEOMETRY_EX geometry;
    NTSTATUS status;
    ULONG returned;

    Cdb->CDB10.OperationCode = SCSIOP_READ;
    Cdb->CDB10.TransferBlocksLsb = 1;
    if (Sense->SenseKey == SCSI_SENSE_UNIT_ATTENTION &&
        Sense->AdditionalSenseCode == SCSI_ADSENSE_MEDIUM_CHANGED) {
        return STATUS_VERIFY_REQUIRED;
    }
    RtlZeroMemory(&geometry, sizeof(geometry));
    geometry.Geometry.MediaType = FixedMedia;
    status = BCryptOpenAlgorithmProvider(&alg, BCRYPT_SHA256_ALGORITHM, NULL, 0);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = BCryptCreateHash(alg, &hash, NULL, 0, NULL, 0, 0);
    if (NT_SUCCESS(status)) {
        (void)BCryptHashData(hash, (PUCHAR)section, sizeof(*section), 0);
        (void)BCryptFinishHash(hash, digest, sizeof(digest), 0);
        (void)BCryptDestroyHash(hash);
    }
    (void)BCryptCloseAlgorithmProvider(alg, 0);
    return ZwQueryInformationProcess(NtCurrentProcess(), ProcessImageFileName, digest,
                                     sizeof(digest), &returned);
}
