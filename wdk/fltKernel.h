/*
 * fltKernel.h - hvcilint's compact stand-in for the Filter Manager header.
 *
 * Written for hvcilint from public facts (hvci-facts.md parameter lists),
 * not taken from the WDK.  Includes ntifs.h and declares the minifilter
 * surface: registration (FLT_REGISTRATION with all members in order, so
 * positional initialisers parse), callback data and parameters (common
 * operations only), contexts, file-name information, communication ports,
 * and the pool / section / ECP-lookaside APIs of the facts; also the
 * callback-data and instance-setup flags, reparse tag data
 * (FLT_TAG_DATA_BUFFER) and volume properties (FltGetVolumeProperties).
 *
 * Also: name-provider types (FLT_NAME_CONTROL, FLT_NORMALIZE_NAME_FLAGS),
 * generic work items, cancel completion and cancel-safe callback data
 * queues (FltCbdq*).
 *
 * Left out: most FLT_PARAMETERS members, transactions, oplocks, I/O
 * generation (FltReadFile & co.), volume/instance enumeration.
 */
#pragma once
#ifndef __FLTKERNEL__
#define __FLTKERNEL__

#include <ntifs.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FLT_MGR_BASELINE 1

typedef struct _FLT_FILTER *PFLT_FILTER;
typedef struct _FLT_VOLUME *PFLT_VOLUME;
typedef struct _FLT_INSTANCE *PFLT_INSTANCE;
typedef struct _FLT_PORT *PFLT_PORT;
typedef PVOID PFLT_CONTEXT;

typedef USHORT FLT_CONTEXT_TYPE;
#define FLT_VOLUME_CONTEXT       0x0001
#define FLT_INSTANCE_CONTEXT     0x0002
#define FLT_FILE_CONTEXT         0x0004
#define FLT_STREAM_CONTEXT       0x0008
#define FLT_STREAMHANDLE_CONTEXT 0x0010
#define FLT_TRANSACTION_CONTEXT  0x0020
#define FLT_SECTION_CONTEXT      0x0040
#define FLT_CONTEXT_END          0xffff
#define FLT_ALL_CONTEXTS                                                    \
    (FLT_VOLUME_CONTEXT | FLT_INSTANCE_CONTEXT | FLT_FILE_CONTEXT |         \
     FLT_STREAM_CONTEXT | FLT_STREAMHANDLE_CONTEXT | FLT_TRANSACTION_CONTEXT)

#define IRP_MJ_OPERATION_END ((UCHAR)0x80)
/* Pseudo major codes for the FsRtl / fast-I/O paths FltMgr reports. */
#define IRP_MJ_ACQUIRE_FOR_SECTION_SYNCHRONIZATION ((UCHAR)-1)
#define IRP_MJ_RELEASE_FOR_SECTION_SYNCHRONIZATION ((UCHAR)-2)
#define IRP_MJ_ACQUIRE_FOR_MOD_WRITE               ((UCHAR)-3)
#define IRP_MJ_RELEASE_FOR_MOD_WRITE               ((UCHAR)-4)
#define IRP_MJ_ACQUIRE_FOR_CC_FLUSH                ((UCHAR)-5)
#define IRP_MJ_RELEASE_FOR_CC_FLUSH                ((UCHAR)-6)
#define IRP_MJ_QUERY_OPEN                          ((UCHAR)-7)
#define IRP_MJ_FAST_IO_CHECK_IF_POSSIBLE           ((UCHAR)-13)
#define IRP_MJ_NETWORK_QUERY_OPEN                  ((UCHAR)-14)
#define IRP_MJ_MDL_READ                            ((UCHAR)-15)
#define IRP_MJ_MDL_READ_COMPLETE                   ((UCHAR)-16)
#define IRP_MJ_PREPARE_MDL_WRITE                   ((UCHAR)-17)
#define IRP_MJ_MDL_WRITE_COMPLETE                  ((UCHAR)-18)
#define IRP_MJ_VOLUME_MOUNT                        ((UCHAR)-19)
#define IRP_MJ_VOLUME_DISMOUNT                     ((UCHAR)-20)

typedef ULONG FLT_REGISTRATION_FLAGS;
#define FLTFL_REGISTRATION_DO_NOT_SUPPORT_SERVICE_STOP 0x00000001
#define FLTFL_REGISTRATION_SUPPORT_NPFS_MSFS           0x00000002
#define FLTFL_REGISTRATION_SUPPORT_DAX_VOLUME          0x00000004

typedef ULONG FLT_OPERATION_REGISTRATION_FLAGS;
#define FLTFL_OPERATION_REGISTRATION_SKIP_PAGING_IO   0x00000001
#define FLTFL_OPERATION_REGISTRATION_SKIP_CACHED_IO   0x00000002
#define FLTFL_OPERATION_REGISTRATION_SKIP_NON_DASD_IO 0x00000004

typedef ULONG FLT_POST_OPERATION_FLAGS;
#define FLTFL_POST_OPERATION_DRAINING 0x00000001

typedef ULONG FLT_CALLBACK_DATA_FLAGS;
#define FLTFL_CALLBACK_DATA_REISSUE_MASK        0x0000FFFF
#define FLTFL_CALLBACK_DATA_IRP_OPERATION       0x00000001
#define FLTFL_CALLBACK_DATA_FAST_IO_OPERATION   0x00000002
#define FLTFL_CALLBACK_DATA_FS_FILTER_OPERATION 0x00000004
#define FLTFL_CALLBACK_DATA_SYSTEM_BUFFER       0x00000008
#define FLTFL_CALLBACK_DATA_GENERATED_IO        0x00010000
#define FLTFL_CALLBACK_DATA_REISSUED_IO         0x00020000
#define FLTFL_CALLBACK_DATA_DRAINING_IO         0x00040000
#define FLTFL_CALLBACK_DATA_POST_OPERATION      0x00080000
#define FLTFL_CALLBACK_DATA_NEW_SYSTEM_BUFFER   0x00100000
#define FLTFL_CALLBACK_DATA_DIRTY               0x80000000
#define FLT_IS_IRP_OPERATION(Data) \
    (FlagOn((Data)->Flags, FLTFL_CALLBACK_DATA_IRP_OPERATION))
#define FLT_IS_FASTIO_OPERATION(Data) \
    (FlagOn((Data)->Flags, FLTFL_CALLBACK_DATA_FAST_IO_OPERATION))

typedef ULONG FLT_FILTER_UNLOAD_FLAGS;
typedef ULONG FLT_INSTANCE_SETUP_FLAGS;
typedef ULONG FLT_INSTANCE_QUERY_TEARDOWN_FLAGS;
typedef ULONG FLT_INSTANCE_TEARDOWN_FLAGS;
typedef ULONG FLT_CONTEXT_REGISTRATION_FLAGS;
typedef ULONG FLT_FILE_NAME_OPTIONS;
typedef USHORT FLT_FILE_NAME_PARSED_FLAGS;

#define FLTFL_FILTER_UNLOAD_MANDATORY 0x00000001

/* Why an instance is being set up (InstanceSetupCallback Flags). */
#define FLTFL_INSTANCE_SETUP_AUTOMATIC_ATTACHMENT 0x00000001
#define FLTFL_INSTANCE_SETUP_MANUAL_ATTACHMENT    0x00000002
#define FLTFL_INSTANCE_SETUP_NEWLY_MOUNTED_VOLUME 0x00000004
#define FLTFL_INSTANCE_SETUP_DETACHED_VOLUME      0x00000008
#define FLTFL_INSTANCE_SETUP_DEV_VOLUME           0x00000010
#define FLTFL_INSTANCE_SETUP_TRUSTED_VOLUME       0x00000020

/* The notifications FltEnlistInTransaction can ask for at most. */
#define FLT_MAX_TRANSACTION_NOTIFICATIONS                                    \
    (TRANSACTION_NOTIFY_PREPREPARE | TRANSACTION_NOTIFY_PREPARE |           \
     TRANSACTION_NOTIFY_COMMIT | TRANSACTION_NOTIFY_ROLLBACK)

#define FLT_FILE_NAME_NORMALIZED                      0x01
#define FLT_FILE_NAME_OPENED                          0x02
#define FLT_FILE_NAME_SHORT                           0x03
#define FLT_FILE_NAME_QUERY_DEFAULT                   0x0100
#define FLT_FILE_NAME_QUERY_CACHE_ONLY                0x0200
#define FLT_FILE_NAME_QUERY_FILESYSTEM_ONLY           0x0300
#define FLT_FILE_NAME_QUERY_ALWAYS_ALLOW_CACHE_LOOKUP 0x0400
/* Name-provider flags in the top byte of FLT_FILE_NAME_OPTIONS. */
#define FLT_VALID_FILE_NAME_FLAGS                     0xFF000000
#define FLT_FILE_NAME_REQUEST_FROM_CURRENT_PROVIDER   0x01000000
#define FLT_FILE_NAME_DO_NOT_CACHE                    0x02000000
#define FLT_FILE_NAME_ALLOW_QUERY_ON_REPARSE          0x04000000

typedef enum _FLT_FILESYSTEM_TYPE {
    FLT_FSTYPE_UNKNOWN,
    FLT_FSTYPE_RAW,
    FLT_FSTYPE_NTFS,
    FLT_FSTYPE_FAT,
    FLT_FSTYPE_CDFS,
    FLT_FSTYPE_UDFS,
    FLT_FSTYPE_LANMAN,
    FLT_FSTYPE_WEBDAV,
    FLT_FSTYPE_RDPDR,
    FLT_FSTYPE_NFS,
    FLT_FSTYPE_MS_NETWARE,
    FLT_FSTYPE_NETWARE,
    FLT_FSTYPE_BSUDF,
    FLT_FSTYPE_MUP,
    FLT_FSTYPE_RSFX,
    FLT_FSTYPE_ROXIO_UDF1,
    FLT_FSTYPE_ROXIO_UDF2,
    FLT_FSTYPE_ROXIO_UDF3,
    FLT_FSTYPE_TACIT,
    FLT_FSTYPE_FS_REC,
    FLT_FSTYPE_INCD,
    FLT_FSTYPE_INCD_FAT,
    FLT_FSTYPE_EXFAT,
    FLT_FSTYPE_PSFS,
    FLT_FSTYPE_GPFS,
    FLT_FSTYPE_NPFS,
    FLT_FSTYPE_MSFS,
    FLT_FSTYPE_CSVFS,
    FLT_FSTYPE_REFS,
    FLT_FSTYPE_OPENAFS,
    FLT_FSTYPE_CIMFS
} FLT_FILESYSTEM_TYPE, *PFLT_FILESYSTEM_TYPE;

typedef enum _FLT_PREOP_CALLBACK_STATUS {
    FLT_PREOP_SUCCESS_WITH_CALLBACK,
    FLT_PREOP_SUCCESS_NO_CALLBACK,
    FLT_PREOP_PENDING,
    FLT_PREOP_DISALLOW_FASTIO,
    FLT_PREOP_COMPLETE,
    FLT_PREOP_SYNCHRONIZE,
    FLT_PREOP_DISALLOW_FSFILTER_IO
} FLT_PREOP_CALLBACK_STATUS, *PFLT_PREOP_CALLBACK_STATUS;

typedef enum _FLT_POSTOP_CALLBACK_STATUS {
    FLT_POSTOP_FINISHED_PROCESSING,
    FLT_POSTOP_MORE_PROCESSING_REQUIRED,
    FLT_POSTOP_DISALLOW_FSFILTER_IO
} FLT_POSTOP_CALLBACK_STATUS, *PFLT_POSTOP_CALLBACK_STATUS;

typedef enum _FLT_SET_CONTEXT_OPERATION {
    FLT_SET_CONTEXT_REPLACE_IF_EXISTS,
    FLT_SET_CONTEXT_KEEP_IF_EXISTS
} FLT_SET_CONTEXT_OPERATION, *PFLT_SET_CONTEXT_OPERATION;

/* Calling convention of filter-manager routines and their pointer types. */
#ifndef FLTAPI
#define FLTAPI NTAPI
#endif

typedef union _FLT_PARAMETERS {
    struct {
        PIO_SECURITY_CONTEXT SecurityContext;
        ULONG Options;
        USHORT POINTER_ALIGNMENT FileAttributes;
        USHORT ShareAccess;
        ULONG POINTER_ALIGNMENT EaLength;
        PVOID EaBuffer;
        LARGE_INTEGER AllocationSize;
    } Create;
    struct {
        ULONG Length;
        ULONG POINTER_ALIGNMENT Key;
        LARGE_INTEGER ByteOffset;
        PVOID ReadBuffer;
        PMDL MdlAddress;
    } Read;
    struct {
        ULONG Length;
        ULONG POINTER_ALIGNMENT Key;
        LARGE_INTEGER ByteOffset;
        PVOID WriteBuffer;
        PMDL MdlAddress;
    } Write;
    struct {
        ULONG Length;
        FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass;
        PVOID InfoBuffer;
    } QueryFileInformation;
    struct {
        ULONG Length;
        FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass;
        PFILE_OBJECT ParentOfTarget;
        union {
            struct {
                BOOLEAN ReplaceIfExists;
                BOOLEAN AdvanceOnly;
            };
            ULONG ClusterCount;
            HANDLE DeleteHandle;
        };
        PVOID InfoBuffer;
    } SetFileInformation;
    union {
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT IoControlCode;
        } Common;
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT IoControlCode;
            PVOID InputSystemBuffer;
            PVOID OutputBuffer;
            PMDL OutputMdlAddress;
        } Neither;
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT IoControlCode;
            PVOID SystemBuffer;
        } Buffered;
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT IoControlCode;
            PVOID InputSystemBuffer;
            PVOID OutputBuffer;
            PMDL OutputMdlAddress;
        } Direct;
    } DeviceIoControl;
    union {
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT FsControlCode;
        } Common;
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT FsControlCode;
            PVOID SystemBuffer;
        } Buffered;
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT FsControlCode;
            PVOID InputSystemBuffer;
            PVOID OutputBuffer;
            PMDL OutputMdlAddress;
        } Direct;
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT FsControlCode;
            PVOID InputBuffer;
            PVOID OutputBuffer;
            PMDL OutputMdlAddress;
        } Neither;
    } FileSystemControl;
    union {
        struct {
            ULONG Length;
            PUNICODE_STRING POINTER_ALIGNMENT FileName;
            FILE_INFORMATION_CLASS FileInformationClass;
            ULONG POINTER_ALIGNMENT FileIndex;
            PVOID DirectoryBuffer;
            PMDL MdlAddress;
        } QueryDirectory;
        struct {
            ULONG Length;
            ULONG POINTER_ALIGNMENT CompletionFilter;
            ULONG POINTER_ALIGNMENT Spare1;
            ULONG POINTER_ALIGNMENT Spare2;
            PVOID DirectoryBuffer;
            PMDL MdlAddress;
        } NotifyDirectory;
    } DirectoryControl;
    struct {
        PIRP Irp;
        PFILE_NETWORK_OPEN_INFORMATION NetworkInformation;
    } NetworkQueryOpen;
    struct {
        PVOID Argument1;
        PVOID Argument2;
        PVOID Argument3;
        PVOID Argument4;
        PVOID Argument5;
        LARGE_INTEGER Argument6;
    } Others;
} FLT_PARAMETERS, *PFLT_PARAMETERS;

typedef struct _FLT_IO_PARAMETER_BLOCK {
    ULONG IrpFlags;
    UCHAR MajorFunction;
    UCHAR MinorFunction;
    UCHAR OperationFlags;
    UCHAR Reserved;
    PFILE_OBJECT TargetFileObject;
    PFLT_INSTANCE TargetInstance;
    FLT_PARAMETERS Parameters;
} FLT_IO_PARAMETER_BLOCK, *PFLT_IO_PARAMETER_BLOCK;

/* Reparse-point tag information (FLT_CALLBACK_DATA.TagData). */
typedef struct _FLT_TAG_DATA_BUFFER {
    ULONG FileTag;
    USHORT TagDataLength;
    USHORT UnparsedNameLength;
    union {
        struct {
            USHORT SubstituteNameOffset;
            USHORT SubstituteNameLength;
            USHORT PrintNameOffset;
            USHORT PrintNameLength;
            ULONG Flags;
            WCHAR PathBuffer[1];
        } SymbolicLinkReparseBuffer;
        struct {
            USHORT SubstituteNameOffset;
            USHORT SubstituteNameLength;
            USHORT PrintNameOffset;
            USHORT PrintNameLength;
            WCHAR PathBuffer[1];
        } MountPointReparseBuffer;
        struct {
            UCHAR DataBuffer[1];
        } GenericReparseBuffer;
        struct {
            GUID TagGuid;
            UCHAR DataBuffer[1];
        } GenericGUIDReparseBuffer;
    };
} FLT_TAG_DATA_BUFFER, *PFLT_TAG_DATA_BUFFER;

typedef struct _FLT_CALLBACK_DATA {
    FLT_CALLBACK_DATA_FLAGS Flags;
    const PETHREAD Thread;
    const PFLT_IO_PARAMETER_BLOCK Iopb;
    IO_STATUS_BLOCK IoStatus;
    struct _FLT_TAG_DATA_BUFFER *TagData;
    union {
        struct {
            LIST_ENTRY QueueLinks;
            PVOID QueueContext[2];
        };
        PVOID FilterContext[4];
    };
    KPROCESSOR_MODE RequestorMode;
} FLT_CALLBACK_DATA, *PFLT_CALLBACK_DATA;

typedef struct _FLT_RELATED_OBJECTS {
    const USHORT Size;
    const USHORT TransactionContext;
    const PFLT_FILTER Filter;
    const PFLT_VOLUME Volume;
    const PFLT_INSTANCE Instance;
    const PFILE_OBJECT FileObject;
    const PKTRANSACTION Transaction;
} FLT_RELATED_OBJECTS, *PFLT_RELATED_OBJECTS;
typedef const struct _FLT_RELATED_OBJECTS *PCFLT_RELATED_OBJECTS;

typedef struct _FLT_FILE_NAME_INFORMATION {
    USHORT Size;
    FLT_FILE_NAME_PARSED_FLAGS NamesParsed;
    FLT_FILE_NAME_OPTIONS Format;
    UNICODE_STRING Name;
    UNICODE_STRING Volume;
    UNICODE_STRING Share;
    UNICODE_STRING Extension;
    UNICODE_STRING Stream;
    UNICODE_STRING FinalComponent;
    UNICODE_STRING ParentDir;
} FLT_FILE_NAME_INFORMATION, *PFLT_FILE_NAME_INFORMATION;

/* Callbacks. */
typedef FLT_PREOP_CALLBACK_STATUS FLT_PRE_OPERATION_CALLBACK(
    _Inout_ PFLT_CALLBACK_DATA Data,
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _Outptr_result_maybenull_ PVOID *CompletionContext);
typedef FLT_PRE_OPERATION_CALLBACK *PFLT_PRE_OPERATION_CALLBACK;

typedef FLT_POSTOP_CALLBACK_STATUS FLT_POST_OPERATION_CALLBACK(
    _Inout_ PFLT_CALLBACK_DATA Data,
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _In_opt_ PVOID CompletionContext,
    _In_ FLT_POST_OPERATION_FLAGS Flags);
typedef FLT_POST_OPERATION_CALLBACK *PFLT_POST_OPERATION_CALLBACK;

typedef NTSTATUS FLT_FILTER_UNLOAD_CALLBACK(FLT_FILTER_UNLOAD_FLAGS Flags);
typedef FLT_FILTER_UNLOAD_CALLBACK *PFLT_FILTER_UNLOAD_CALLBACK;

typedef NTSTATUS FLT_INSTANCE_SETUP_CALLBACK(
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _In_ FLT_INSTANCE_SETUP_FLAGS Flags,
    _In_ DEVICE_TYPE VolumeDeviceType,
    _In_ FLT_FILESYSTEM_TYPE VolumeFilesystemType);
typedef FLT_INSTANCE_SETUP_CALLBACK *PFLT_INSTANCE_SETUP_CALLBACK;

typedef NTSTATUS FLT_INSTANCE_QUERY_TEARDOWN_CALLBACK(
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _In_ FLT_INSTANCE_QUERY_TEARDOWN_FLAGS Flags);
typedef FLT_INSTANCE_QUERY_TEARDOWN_CALLBACK *PFLT_INSTANCE_QUERY_TEARDOWN_CALLBACK;

typedef VOID FLT_INSTANCE_TEARDOWN_CALLBACK(
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _In_ FLT_INSTANCE_TEARDOWN_FLAGS Reason);
typedef FLT_INSTANCE_TEARDOWN_CALLBACK *PFLT_INSTANCE_TEARDOWN_CALLBACK;

typedef VOID FLT_CONTEXT_CLEANUP_CALLBACK(_In_ PFLT_CONTEXT Context,
                                          _In_ FLT_CONTEXT_TYPE ContextType);
typedef FLT_CONTEXT_CLEANUP_CALLBACK *PFLT_CONTEXT_CLEANUP_CALLBACK;

/* The custom context allocator receives the pool type. */
typedef PVOID FLT_CONTEXT_ALLOCATE_CALLBACK(_In_ POOL_TYPE PoolType, _In_ SIZE_T Size,
                                            _In_ FLT_CONTEXT_TYPE ContextType);
typedef FLT_CONTEXT_ALLOCATE_CALLBACK *PFLT_CONTEXT_ALLOCATE_CALLBACK;
typedef VOID FLT_CONTEXT_FREE_CALLBACK(_In_ PVOID Pool, _In_ FLT_CONTEXT_TYPE ContextType);
typedef FLT_CONTEXT_FREE_CALLBACK *PFLT_CONTEXT_FREE_CALLBACK;

/* Name buffer a name provider fills (grow it with FltCheckAndGrowNameControl). */
typedef struct _FLT_NAME_CONTROL {
    UNICODE_STRING Name;
} FLT_NAME_CONTROL, *PFLT_NAME_CONTROL;

/* Flags passed to name-normalization callbacks. */
typedef ULONG FLT_NORMALIZE_NAME_FLAGS;

/* Rarely set registration callbacks: typed loosely (usually NULL). */
typedef PVOID PFLT_GENERATE_FILE_NAME;
typedef PVOID PFLT_NORMALIZE_NAME_COMPONENT;
typedef PVOID PFLT_NORMALIZE_CONTEXT_CLEANUP;
typedef PVOID PFLT_TRANSACTION_NOTIFICATION_CALLBACK;
typedef PVOID PFLT_NORMALIZE_NAME_COMPONENT_EX;
typedef PVOID PFLT_SECTION_CONFLICT_NOTIFICATION_CALLBACK;

typedef struct _FLT_OPERATION_REGISTRATION {
    UCHAR MajorFunction;
    FLT_OPERATION_REGISTRATION_FLAGS Flags;
    PFLT_PRE_OPERATION_CALLBACK PreOperation;
    PFLT_POST_OPERATION_CALLBACK PostOperation;
    PVOID Reserved1;
} FLT_OPERATION_REGISTRATION, *PFLT_OPERATION_REGISTRATION;

typedef struct _FLT_CONTEXT_REGISTRATION {
    FLT_CONTEXT_TYPE ContextType;
    FLT_CONTEXT_REGISTRATION_FLAGS Flags;
    PFLT_CONTEXT_CLEANUP_CALLBACK ContextCleanupCallback;
    SIZE_T Size;
    ULONG PoolTag;
    PFLT_CONTEXT_ALLOCATE_CALLBACK ContextAllocateCallback;
    PFLT_CONTEXT_FREE_CALLBACK ContextFreeCallback;
    PVOID Reserved1;
} FLT_CONTEXT_REGISTRATION, *PFLT_CONTEXT_REGISTRATION;
typedef const FLT_CONTEXT_REGISTRATION *PCFLT_CONTEXT_REGISTRATION;

#define FLT_VARIABLE_SIZED_CONTEXTS ((SIZE_T)-1)

#define FLT_REGISTRATION_VERSION_0200 0x0200
#define FLT_REGISTRATION_VERSION_0201 0x0201
#define FLT_REGISTRATION_VERSION_0202 0x0202
#define FLT_REGISTRATION_VERSION_0203 0x0203
#define FLT_REGISTRATION_VERSION      FLT_REGISTRATION_VERSION_0203

typedef struct _FLT_REGISTRATION {
    USHORT Size;
    USHORT Version;
    FLT_REGISTRATION_FLAGS Flags;
    const FLT_CONTEXT_REGISTRATION *ContextRegistration;
    const FLT_OPERATION_REGISTRATION *OperationRegistration;
    PFLT_FILTER_UNLOAD_CALLBACK FilterUnloadCallback;
    PFLT_INSTANCE_SETUP_CALLBACK InstanceSetupCallback;
    PFLT_INSTANCE_QUERY_TEARDOWN_CALLBACK InstanceQueryTeardownCallback;
    PFLT_INSTANCE_TEARDOWN_CALLBACK InstanceTeardownStartCallback;
    PFLT_INSTANCE_TEARDOWN_CALLBACK InstanceTeardownCompleteCallback;
    PFLT_GENERATE_FILE_NAME GenerateFileNameCallback;
    PFLT_NORMALIZE_NAME_COMPONENT NormalizeNameComponentCallback;
    PFLT_NORMALIZE_CONTEXT_CLEANUP NormalizeContextCleanupCallback;
    PFLT_TRANSACTION_NOTIFICATION_CALLBACK TransactionNotificationCallback;
    PFLT_NORMALIZE_NAME_COMPONENT_EX NormalizeNameComponentExCallback;
    PFLT_SECTION_CONFLICT_NOTIFICATION_CALLBACK SectionNotificationCallback;
} FLT_REGISTRATION, *PFLT_REGISTRATION;

/* Registration. */
NTSTATUS NTAPI FltRegisterFilter(_In_ PDRIVER_OBJECT Driver,
                                 _In_ const FLT_REGISTRATION *Registration,
                                 _Outptr_ PFLT_FILTER *RetFilter);
VOID NTAPI FltUnregisterFilter(_In_ PFLT_FILTER Filter);
NTSTATUS NTAPI FltStartFiltering(_In_ PFLT_FILTER Filter);

#define FLT_ASSERT(_e)            NT_ASSERT(_e)
#define FLT_ASSERTMSG(_m, _e)     NT_ASSERTMSG(_m, _e)

/* Operation status callbacks and diagnostics. */
typedef VOID (NTAPI *PFLT_GET_OPERATION_STATUS_CALLBACK)(
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _In_ PFLT_IO_PARAMETER_BLOCK IopbSnapshot,
    _In_ NTSTATUS OperationStatus,
    _In_opt_ PVOID RequesterContext);
NTSTATUS NTAPI FltRequestOperationStatusCallback(
    _In_ PFLT_CALLBACK_DATA Data,
    _In_ PFLT_GET_OPERATION_STATUS_CALLBACK CallbackRoutine,
    _In_opt_ PVOID RequesterContext);
PCHAR NTAPI FltGetIrpName(_In_ UCHAR IrpMajorCode);

/* Pool (PoolType decides). */
PVOID NTAPI FltAllocatePoolAlignedWithTag(
    _In_ PFLT_INSTANCE Instance,
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);
VOID NTAPI FltFreePoolAlignedWithTag(_In_ PFLT_INSTANCE Instance, _In_ PVOID Buffer,
                                     _In_ ULONG Tag);

/* Contexts (PoolType decides; the docs still ask NonPagedPool for volume
   contexts, which is executable unless the NX opt-in remaps it). */
NTSTATUS NTAPI FltAllocateContext(
    _In_ PFLT_FILTER Filter,
    _In_ FLT_CONTEXT_TYPE ContextType,
    _In_ SIZE_T ContextSize,
    _In_ POOL_TYPE PoolType,
    _Outptr_ PFLT_CONTEXT *ReturnedContext);
VOID NTAPI FltReleaseContext(_In_ PFLT_CONTEXT Context);
VOID NTAPI FltReferenceContext(_In_ PFLT_CONTEXT Context);
VOID NTAPI FltDeleteContext(_In_ PFLT_CONTEXT Context);
NTSTATUS NTAPI FltSetVolumeContext(_In_ PFLT_VOLUME Volume, _In_ FLT_SET_CONTEXT_OPERATION Operation,
                                   _In_ PFLT_CONTEXT NewContext,
                                   _Outptr_opt_result_maybenull_ PFLT_CONTEXT *OldContext);
NTSTATUS NTAPI FltGetVolumeContext(_In_ PFLT_FILTER Filter, _In_ PFLT_VOLUME Volume,
                                   _Outptr_ PFLT_CONTEXT *Context);

/* Volume properties (FltGetVolumeProperties); the three names' buffers
   follow the fixed part in the caller's buffer. */
typedef struct _FLT_VOLUME_PROPERTIES {
    DEVICE_TYPE DeviceType;
    ULONG DeviceCharacteristics;
    ULONG DeviceObjectFlags;
    ULONG AlignmentRequirement;
    USHORT SectorSize;
    USHORT Flags;
    UNICODE_STRING FileSystemDriverName;
    UNICODE_STRING FileSystemDeviceName;
    UNICODE_STRING RealDeviceName;
} FLT_VOLUME_PROPERTIES, *PFLT_VOLUME_PROPERTIES;
NTSTATUS FLTAPI FltGetVolumeProperties(_In_ PFLT_VOLUME Volume,
                                       _Out_writes_bytes_to_opt_(VolumePropertiesLength, *LengthReturned)
                                           PFLT_VOLUME_PROPERTIES VolumeProperties,
                                       _In_ ULONG VolumePropertiesLength,
                                       _Out_ PULONG LengthReturned);
NTSTATUS NTAPI FltSetInstanceContext(_In_ PFLT_INSTANCE Instance,
                                     _In_ FLT_SET_CONTEXT_OPERATION Operation,
                                     _In_ PFLT_CONTEXT NewContext,
                                     _Outptr_opt_result_maybenull_ PFLT_CONTEXT *OldContext);
NTSTATUS NTAPI FltGetInstanceContext(_In_ PFLT_INSTANCE Instance, _Outptr_ PFLT_CONTEXT *Context);
NTSTATUS NTAPI FltSetStreamContext(_In_ PFLT_INSTANCE Instance, _In_ PFILE_OBJECT FileObject,
                                   _In_ FLT_SET_CONTEXT_OPERATION Operation,
                                   _In_ PFLT_CONTEXT NewContext,
                                   _Outptr_opt_result_maybenull_ PFLT_CONTEXT *OldContext);
NTSTATUS NTAPI FltGetStreamContext(_In_ PFLT_INSTANCE Instance, _In_ PFILE_OBJECT FileObject,
                                   _Outptr_ PFLT_CONTEXT *Context);

/* Sections for data scanning (SectionPageProtection, index 6, decides). */
NTSTATUS NTAPI FltCreateSectionForDataScan(
    _In_ PFLT_INSTANCE Instance,
    _In_ PFILE_OBJECT FileObject,
    _In_ PFLT_CONTEXT SectionContext,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ PLARGE_INTEGER MaximumSize,
    _In_ ULONG SectionPageProtection,
    _In_ ULONG AllocationAttributes,
    _In_ ULONG Flags,
    _Out_ PHANDLE SectionHandle,
    _Outptr_ PVOID *SectionObject,
    _Out_opt_ PLARGE_INTEGER SectionFileSize);
NTSTATUS NTAPI FltCloseSectionForDataScan(_In_ PFLT_CONTEXT SectionContext);

/* Extra create parameter lookaside lists (no NX flag exists). */
VOID NTAPI FltInitExtraCreateParameterLookasideList(
    _In_ PFLT_FILTER Filter,
    _Inout_ PVOID Lookaside,
    _In_ FSRTL_ECP_LOOKASIDE_FLAGS Flags,
    _In_ SIZE_T Size,
    _In_ ULONG Tag);
VOID NTAPI FltDeleteExtraCreateParameterLookasideList(
    _In_ PFLT_FILTER Filter,
    _Inout_ PVOID Lookaside,
    _In_ FSRTL_ECP_LOOKASIDE_FLAGS Flags);

/* File names. */
NTSTATUS NTAPI FltGetFileNameInformation(
    _In_ PFLT_CALLBACK_DATA CallbackData,
    _In_ FLT_FILE_NAME_OPTIONS NameOptions,
    _Outptr_ PFLT_FILE_NAME_INFORMATION *FileNameInformation);
NTSTATUS NTAPI FltParseFileNameInformation(_Inout_ PFLT_FILE_NAME_INFORMATION FileNameInformation);
VOID NTAPI FltReleaseFileNameInformation(_In_ PFLT_FILE_NAME_INFORMATION FileNameInformation);

/* Communication ports. */
#define FLT_PORT_CONNECT    0x0001
#define FLT_PORT_ALL_ACCESS (FLT_PORT_CONNECT | STANDARD_RIGHTS_ALL)

typedef NTSTATUS FLT_CONNECT_NOTIFY(
    _In_ PFLT_PORT ClientPort,
    _In_opt_ PVOID ServerPortCookie,
    _In_reads_bytes_opt_(SizeOfContext) PVOID ConnectionContext,
    _In_ ULONG SizeOfContext,
    _Outptr_result_maybenull_ PVOID *ConnectionPortCookie);
typedef FLT_CONNECT_NOTIFY *PFLT_CONNECT_NOTIFY;
typedef VOID FLT_DISCONNECT_NOTIFY(_In_opt_ PVOID ConnectionCookie);
typedef FLT_DISCONNECT_NOTIFY *PFLT_DISCONNECT_NOTIFY;
typedef NTSTATUS FLT_MESSAGE_NOTIFY(
    _In_opt_ PVOID PortCookie,
    _In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer,
    _In_ ULONG InputBufferLength,
    _Out_writes_bytes_to_opt_(OutputBufferLength, *ReturnOutputBufferLength) PVOID OutputBuffer,
    _In_ ULONG OutputBufferLength,
    _Out_ PULONG ReturnOutputBufferLength);
typedef FLT_MESSAGE_NOTIFY *PFLT_MESSAGE_NOTIFY;

NTSTATUS NTAPI FltBuildDefaultSecurityDescriptor(_Outptr_ PSECURITY_DESCRIPTOR *SecurityDescriptor,
                                                 _In_ ACCESS_MASK DesiredAccess);
VOID NTAPI FltFreeSecurityDescriptor(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor);
NTSTATUS NTAPI FltCreateCommunicationPort(
    _In_ PFLT_FILTER Filter,
    _Outptr_ PFLT_PORT *ServerPort,
    _In_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ PVOID ServerPortCookie,
    _In_ PFLT_CONNECT_NOTIFY ConnectNotifyCallback,
    _In_ PFLT_DISCONNECT_NOTIFY DisconnectNotifyCallback,
    _In_opt_ PFLT_MESSAGE_NOTIFY MessageNotifyCallback,
    _In_ LONG MaxConnections);
VOID NTAPI FltCloseCommunicationPort(_In_ PFLT_PORT ServerPort);
VOID NTAPI FltCloseClientPort(_In_ PFLT_FILTER Filter, _Outptr_result_maybenull_ PFLT_PORT *ClientPort);
NTSTATUS NTAPI FltSendMessage(
    _In_ PFLT_FILTER Filter,
    _In_ PFLT_PORT *ClientPort,
    _In_reads_bytes_(SenderBufferLength) PVOID SenderBuffer,
    _In_ ULONG SenderBufferLength,
    _Out_writes_bytes_opt_(*ReplyLength) PVOID ReplyBuffer,
    _Inout_opt_ PULONG ReplyLength,
    _In_opt_ PLARGE_INTEGER Timeout);

/* Generic work items (FltAllocateGenericWorkItem): opaque. */
typedef struct _FLT_GENERIC_WORKITEM *PFLT_GENERIC_WORKITEM;
typedef VOID (FLTAPI *PFLT_GENERIC_WORKITEM_ROUTINE)(_In_ PFLT_GENERIC_WORKITEM FltWorkItem,
                                                     _In_ PVOID FltObject,
                                                     _In_opt_ PVOID Context);
PFLT_GENERIC_WORKITEM FLTAPI FltAllocateGenericWorkItem(VOID);
VOID FLTAPI FltFreeGenericWorkItem(_In_ PFLT_GENERIC_WORKITEM FltWorkItem);
NTSTATUS FLTAPI FltQueueGenericWorkItem(_In_ PFLT_GENERIC_WORKITEM FltWorkItem,
                                        _In_ PVOID FltObject,
                                        _In_ PFLT_GENERIC_WORKITEM_ROUTINE WorkerRoutine,
                                        _In_ WORK_QUEUE_TYPE QueueType,
                                        _In_opt_ PVOID Context);

/* Cancel routine for a pended IRP-based operation (FltSetCancelCompletion). */
typedef VOID (FLTAPI *PFLT_COMPLETE_CANCELED_CALLBACK)(_In_ PFLT_CALLBACK_DATA CallbackData);
NTSTATUS FLTAPI FltSetCancelCompletion(_In_ PFLT_CALLBACK_DATA CallbackData,
                                       _In_ PFLT_COMPLETE_CANCELED_CALLBACK CanceledCallback);
NTSTATUS FLTAPI FltClearCancelCompletion(_In_ PFLT_CALLBACK_DATA CallbackData);

/* Cancel-safe callback data queues (FltCbdq*).  The queue's members are
   documented but set only by FltCbdqInitialize. */
struct _FLT_CALLBACK_DATA_QUEUE;
typedef ULONG FLT_CALLBACK_DATA_QUEUE_FLAGS;
typedef NTSTATUS (FLTAPI *PFLT_CALLBACK_DATA_QUEUE_INSERT_IO)(
    _Inout_ struct _FLT_CALLBACK_DATA_QUEUE *Cbdq, _In_ PFLT_CALLBACK_DATA Cbd,
    _In_opt_ PVOID InsertContext);
typedef VOID (FLTAPI *PFLT_CALLBACK_DATA_QUEUE_REMOVE_IO)(
    _Inout_ struct _FLT_CALLBACK_DATA_QUEUE *Cbdq, _In_ PFLT_CALLBACK_DATA Cbd);
typedef PFLT_CALLBACK_DATA (FLTAPI *PFLT_CALLBACK_DATA_QUEUE_PEEK_NEXT_IO)(
    _In_ struct _FLT_CALLBACK_DATA_QUEUE *Cbdq, _In_opt_ PFLT_CALLBACK_DATA Cbd,
    _In_opt_ PVOID PeekContext);
typedef VOID (FLTAPI *PFLT_CALLBACK_DATA_QUEUE_ACQUIRE)(
    _Inout_ struct _FLT_CALLBACK_DATA_QUEUE *Cbdq, _Out_opt_ PKIRQL Irql);
typedef VOID (FLTAPI *PFLT_CALLBACK_DATA_QUEUE_RELEASE)(
    _Inout_ struct _FLT_CALLBACK_DATA_QUEUE *Cbdq, _In_opt_ KIRQL Irql);
typedef VOID (FLTAPI *PFLT_CALLBACK_DATA_QUEUE_COMPLETE_CANCELED_IO)(
    _Inout_ struct _FLT_CALLBACK_DATA_QUEUE *Cbdq, _Inout_ PFLT_CALLBACK_DATA Cbd);

typedef struct _FLT_CALLBACK_DATA_QUEUE {
    IO_CSQ Csq;
    FLT_CALLBACK_DATA_QUEUE_FLAGS Flags;
    PFLT_INSTANCE Instance;
    PFLT_CALLBACK_DATA_QUEUE_INSERT_IO InsertIo;
    PFLT_CALLBACK_DATA_QUEUE_REMOVE_IO RemoveIo;
    PFLT_CALLBACK_DATA_QUEUE_PEEK_NEXT_IO PeekNextIo;
    PFLT_CALLBACK_DATA_QUEUE_ACQUIRE Acquire;
    PFLT_CALLBACK_DATA_QUEUE_RELEASE Release;
    PFLT_CALLBACK_DATA_QUEUE_COMPLETE_CANCELED_IO CompleteCanceledIo;
} FLT_CALLBACK_DATA_QUEUE, *PFLT_CALLBACK_DATA_QUEUE;

/* Per-request queue context: opaque in the documentation, embedded by
   drivers; the member is an approximation. */
typedef struct _FLT_CALLBACK_DATA_QUEUE_IO_CONTEXT {
    IO_CSQ_IRP_CONTEXT CsqContext;
} FLT_CALLBACK_DATA_QUEUE_IO_CONTEXT, *PFLT_CALLBACK_DATA_QUEUE_IO_CONTEXT;

NTSTATUS FLTAPI FltCbdqInitialize(
    _In_ PFLT_INSTANCE Instance, _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _In_ PFLT_CALLBACK_DATA_QUEUE_INSERT_IO CbdqInsertIo,
    _In_ PFLT_CALLBACK_DATA_QUEUE_REMOVE_IO CbdqRemoveIo,
    _In_ PFLT_CALLBACK_DATA_QUEUE_PEEK_NEXT_IO CbdqPeekNextIo,
    _In_ PFLT_CALLBACK_DATA_QUEUE_ACQUIRE CbdqAcquire,
    _In_ PFLT_CALLBACK_DATA_QUEUE_RELEASE CbdqRelease,
    _In_ PFLT_CALLBACK_DATA_QUEUE_COMPLETE_CANCELED_IO CbdqCompleteCanceledIo);
NTSTATUS FLTAPI FltCbdqInsertIo(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
                                _In_ PFLT_CALLBACK_DATA Cbd,
                                _In_opt_ PFLT_CALLBACK_DATA_QUEUE_IO_CONTEXT Context,
                                _In_opt_ PVOID InsertContext);
PFLT_CALLBACK_DATA FLTAPI FltCbdqRemoveIo(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
                                          _In_ PFLT_CALLBACK_DATA_QUEUE_IO_CONTEXT Context);
PFLT_CALLBACK_DATA FLTAPI FltCbdqRemoveNextIo(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
                                              _In_opt_ PVOID PeekContext);
VOID FLTAPI FltCbdqDisable(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq);
VOID FLTAPI FltCbdqEnable(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __FLTKERNEL__ */
