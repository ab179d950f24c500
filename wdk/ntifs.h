/*
 * ntifs.h - hvcilint's compact stand-in for the WDK's ntifs.h.
 *
 * Written for hvcilint from public facts (hvci-facts.md parameter lists
 * and values), not taken from the WDK.  Includes ntddk.h and adds the
 * ntifs APIs of the facts: virtual-memory and section services, FsRtl
 * pool/MCB/ECP helpers, SeSetSecurityDescriptorInfo(Ex), RtlCreateHeap,
 * pool-quota charging, plus a few process lookups drivers use.
 *
 * Not in the WDK 22621 headers but declared here because drivers declare
 * them themselves: ZwProtectVirtualMemory and NtMapViewOfSection (define
 * HVCILINT_NO_UNDOCUMENTED_DECLS to drop them if a driver's own prototypes
 * differ).  Also not in the WDK: ZwQuerySystemInformation,
 * SYSTEM_INFORMATION_CLASS (SystemCodeIntegrityInformation = 103),
 * SYSTEM_CODEINTEGRITY_INFORMATION and CODEINTEGRITY_OPTION_*; because
 * drivers commonly define those types themselves (a second definition
 * would be an error), they are only declared when HVCILINT_DECLARE_SYSINFO
 * is defined.
 *
 * The file-system surface: FCB headers (FSRTL_COMMON/ADVANCED_FCB_HEADER),
 * oplocks, byte-range locks (FILE_LOCK), change notification (PNOTIFY_SYNC),
 * the cache manager (CC_FILE_SIZES, CACHE_MANAGER_CALLBACKS, Cc*), name
 * tunnelling, name expressions (DOS_* wildcards) and short-name generation
 * (RtlGenerate8dot3Name), Unicode prefix tables, directory, volume and
 * reparse-point structures, IOCTL_VOLSNAP_FLUSH_AND_HOLD_WRITES, top-level
 * IRP handling, kernel queues and legacy filter callbacks.  Types whose
 * layout the documentation keeps opaque (FILE_LOCK, TUNNEL,
 * UNICODE_PREFIX_TABLE, PNOTIFY_SYNC, ECP_LIST, GENERATE_NAME_CONTEXT) are
 * approximations
 * or incomplete types; their sizes do not matter to hvcilint.
 *
 * Left out: most of the rest of the real header (quota and object-ID
 * structures, the USN journal beyond the version 2.0 record, the full
 * FSCTL list, security descriptor helpers, ...).
 */
#pragma once
#ifndef _NTIFS_
#define _NTIFS_
#define _NTIFS_INCLUDED_

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _MEM_EXTENDED_PARAMETER *PMEM_EXTENDED_PARAMETER;

/* ---- virtual memory (Protect / PageProtection decides) ------------------ */

NTSYSAPI NTSTATUS NTAPI ZwAllocateVirtualMemory(
    _In_ HANDLE ProcessHandle,
    _Inout_ PVOID *BaseAddress,
    _In_ ULONG_PTR ZeroBits,
    _Inout_ PSIZE_T RegionSize,
    _In_ ULONG AllocationType,
    _In_ ULONG Protect);
NTSYSCALLAPI NTSTATUS NTAPI NtAllocateVirtualMemory(
    _In_ HANDLE ProcessHandle,
    _Inout_ PVOID *BaseAddress,
    _In_ ULONG_PTR ZeroBits,
    _Inout_ PSIZE_T RegionSize,
    _In_ ULONG AllocationType,
    _In_ ULONG Protect);
NTSYSAPI NTSTATUS NTAPI ZwAllocateVirtualMemoryEx(
    _In_ HANDLE ProcessHandle,
    _Inout_ PVOID *BaseAddress,
    _Inout_ PSIZE_T RegionSize,
    _In_ ULONG AllocationType,
    _In_ ULONG PageProtection,
    _Inout_updates_opt_(ExtendedParameterCount) PMEM_EXTENDED_PARAMETER ExtendedParameters,
    _In_ ULONG ExtendedParameterCount);
NTSYSAPI NTSTATUS NTAPI ZwFreeVirtualMemory(
    _In_ HANDLE ProcessHandle,
    _Inout_ PVOID *BaseAddress,
    _Inout_ PSIZE_T RegionSize,
    _In_ ULONG FreeType);
NTSYSCALLAPI NTSTATUS NTAPI NtFreeVirtualMemory(
    _In_ HANDLE ProcessHandle,
    _Inout_ PVOID *BaseAddress,
    _Inout_ PSIZE_T RegionSize,
    _In_ ULONG FreeType);

#ifndef HVCILINT_NO_UNDOCUMENTED_DECLS
/* Not in the WDK 22621 headers; declared here because drivers declare it
   themselves.  NewProtect (3) decides. */
NTSYSAPI NTSTATUS NTAPI ZwProtectVirtualMemory(
    _In_ HANDLE ProcessHandle,
    _Inout_ PVOID *BaseAddress,
    _Inout_ PSIZE_T RegionSize,
    _In_ ULONG NewProtect,
    _Out_ PULONG OldProtect);

/* Not in the WDK 22621 headers; declared here because drivers declare it
   themselves.  Same parameters as ZwMapViewOfSection; protection (9) decides. */
NTSYSCALLAPI NTSTATUS NTAPI NtMapViewOfSection(
    _In_ HANDLE SectionHandle,
    _In_ HANDLE ProcessHandle,
    _Inout_ PVOID *BaseAddress,
    _In_ ULONG_PTR ZeroBits,
    _In_ SIZE_T CommitSize,
    _Inout_opt_ PLARGE_INTEGER SectionOffset,
    _Inout_ PSIZE_T ViewSize,
    _In_ SECTION_INHERIT InheritDisposition,
    _In_ ULONG AllocationType,
    _In_ ULONG Win32Protect);
#endif

/* ---- sections ------------------------------------------------------------ */

NTSYSCALLAPI NTSTATUS NTAPI NtCreateSection(
    _Out_ PHANDLE SectionHandle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ PLARGE_INTEGER MaximumSize,
    _In_ ULONG SectionPageProtection,
    _In_ ULONG AllocationAttributes,
    _In_opt_ HANDLE FileHandle);
NTSYSCALLAPI NTSTATUS NTAPI NtCreateSectionEx(
    _Out_ PHANDLE SectionHandle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ PLARGE_INTEGER MaximumSize,
    _In_ ULONG SectionPageProtection,
    _In_ ULONG AllocationAttributes,
    _In_opt_ HANDLE FileHandle,
    _Inout_updates_opt_(ExtendedParameterCount) PMEM_EXTENDED_PARAMETER ExtendedParameters,
    _In_ ULONG ExtendedParameterCount);

NTKERNELAPI NTSTATUS NTAPI FsRtlCreateSectionForDataScan(
    _Out_ PHANDLE SectionHandle,
    _Outptr_ PVOID *SectionObject,
    _Out_opt_ PLARGE_INTEGER SectionFileSize,
    _In_ PFILE_OBJECT FileObject,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ PLARGE_INTEGER MaximumSize,
    _In_ ULONG SectionPageProtection,
    _In_ ULONG AllocationAttributes,
    _In_ ULONG Flags);

/* ---- FsRtl pool helpers ----------------------------------------------------- */

#define FsRtlAllocatePoolWithTag(PoolType, NumberOfBytes, Tag)               \
    ExAllocatePoolUninitialized(                                              \
        (POOL_TYPE)((PoolType) | POOL_RAISE_IF_ALLOCATION_FAILURE),           \
        (NumberOfBytes), (Tag))
#define FsRtlAllocatePoolWithQuotaTag(PoolType, NumberOfBytes, Tag)          \
    ExAllocatePoolQuotaUninitialized(                                         \
        (POOL_TYPE)((PoolType) | POOL_RAISE_IF_ALLOCATION_FAILURE),           \
        (NumberOfBytes), (Tag))

NTKERNELAPI PVOID NTAPI FsRtlAllocateAePushLock(_In_ POOL_TYPE PoolType, _In_ ULONG Tag);
NTKERNELAPI VOID NTAPI FsRtlFreeAePushLock(_In_ PVOID AePushLock);

typedef struct _BASE_MCB {
    ULONG MaximumPairCount;
    ULONG PairCount;
    USHORT PoolType;
    USHORT Flags;
    PVOID Mapping;
} BASE_MCB, *PBASE_MCB;

typedef struct _LARGE_MCB {
    PVOID GuardedMutex;
    BASE_MCB BaseMcb;
} LARGE_MCB, *PLARGE_MCB;

typedef struct _MCB {
    LARGE_MCB DummyFieldThatSizesThisStructureCorrectly;
} MCB, *PMCB;

NTKERNELAPI VOID NTAPI FsRtlInitializeBaseMcb(_Out_ PBASE_MCB Mcb, _In_ POOL_TYPE PoolType);
NTKERNELAPI BOOLEAN NTAPI FsRtlInitializeBaseMcbEx(_Out_ PBASE_MCB Mcb, _In_ POOL_TYPE PoolType,
                                                   _In_ USHORT Flags);
NTKERNELAPI VOID NTAPI FsRtlUninitializeBaseMcb(_In_ PBASE_MCB Mcb);
NTKERNELAPI VOID NTAPI FsRtlInitializeLargeMcb(_Out_ PLARGE_MCB Mcb, _In_ POOL_TYPE PoolType);
NTKERNELAPI VOID NTAPI FsRtlUninitializeLargeMcb(_Inout_ PLARGE_MCB Mcb);
NTKERNELAPI VOID NTAPI FsRtlInitializeMcb(_Out_ PMCB Mcb, _In_ POOL_TYPE PoolType);
NTKERNELAPI VOID NTAPI FsRtlUninitializeMcb(_Inout_ PMCB Mcb);

/* Extra create parameters: the flags have no NX bit. */
typedef ULONG FSRTL_ECP_LOOKASIDE_FLAGS;
#define FSRTL_ECP_LOOKASIDE_FLAG_NONPAGED_POOL 0x00000002

NTKERNELAPI VOID NTAPI FsRtlInitExtraCreateParameterLookasideList(
    _Inout_ PVOID Lookaside,
    _In_ FSRTL_ECP_LOOKASIDE_FLAGS Flags,
    _In_ SIZE_T Size,
    _In_ ULONG Tag);
NTKERNELAPI VOID NTAPI FsRtlDeleteExtraCreateParameterLookasideList(
    _Inout_ PVOID Lookaside,
    _In_ FSRTL_ECP_LOOKASIDE_FLAGS Flags);

/* ---- security ------------------------------------------------------------- */

NTKERNELAPI NTSTATUS NTAPI SeSetSecurityDescriptorInfo(
    _In_opt_ PVOID Object,
    _In_ PSECURITY_INFORMATION SecurityInformation,
    _In_ PSECURITY_DESCRIPTOR ModificationDescriptor,
    _Inout_ PSECURITY_DESCRIPTOR *ObjectsSecurityDescriptor,
    _In_ POOL_TYPE PoolType,
    _In_ PGENERIC_MAPPING GenericMapping);
NTKERNELAPI NTSTATUS NTAPI SeSetSecurityDescriptorInfoEx(
    _In_opt_ PVOID Object,
    _In_ PSECURITY_INFORMATION SecurityInformation,
    _In_ PSECURITY_DESCRIPTOR ModificationDescriptor,
    _Inout_ PSECURITY_DESCRIPTOR *ObjectsSecurityDescriptor,
    _In_ ULONG AutoInheritFlags,
    _In_ POOL_TYPE PoolType,
    _In_ PGENERIC_MAPPING GenericMapping);

/* ---- heaps (HEAP_CREATE_ENABLE_EXECUTE makes the heap executable) --------- */

#define HEAP_NO_SERIALIZE           0x00000001
#define HEAP_GROWABLE               0x00000002
#define HEAP_GENERATE_EXCEPTIONS    0x00000004
#define HEAP_ZERO_MEMORY            0x00000008
#define HEAP_CREATE_ENABLE_EXECUTE  0x00040000

typedef NTSTATUS RTL_HEAP_COMMIT_ROUTINE(_In_ PVOID Base, _Inout_ PVOID *CommitAddress,
                                         _Inout_ PSIZE_T CommitSize);
typedef RTL_HEAP_COMMIT_ROUTINE *PRTL_HEAP_COMMIT_ROUTINE;

typedef struct _RTL_HEAP_PARAMETERS {
    ULONG Length;
    SIZE_T SegmentReserve;
    SIZE_T SegmentCommit;
    SIZE_T DeCommitFreeBlockThreshold;
    SIZE_T DeCommitTotalFreeThreshold;
    SIZE_T MaximumAllocationSize;
    SIZE_T VirtualMemoryThreshold;
    SIZE_T InitialCommit;
    SIZE_T InitialReserve;
    PRTL_HEAP_COMMIT_ROUTINE CommitRoutine;
    SIZE_T Reserved[2];
} RTL_HEAP_PARAMETERS, *PRTL_HEAP_PARAMETERS;

NTSYSAPI PVOID NTAPI RtlCreateHeap(
    _In_ ULONG Flags,
    _In_opt_ PVOID HeapBase,
    _In_opt_ SIZE_T ReserveSize,
    _In_opt_ SIZE_T CommitSize,
    _In_opt_ PVOID Lock,
    _In_opt_ PRTL_HEAP_PARAMETERS Parameters);
NTSYSAPI PVOID NTAPI RtlDestroyHeap(_In_ PVOID HeapHandle);
NTSYSAPI PVOID NTAPI RtlAllocateHeap(_In_ PVOID HeapHandle, _In_opt_ ULONG Flags, _In_ SIZE_T Size);
NTSYSAPI BOOLEAN NTAPI RtlFreeHeap(_In_ PVOID HeapHandle, _In_opt_ ULONG Flags,
                                   _Frees_ptr_opt_ PVOID BaseAddress);

/* ---- pool quota (takes a POOL_TYPE, allocates nothing) -------------------- */

NTKERNELAPI VOID NTAPI PsChargePoolQuota(_In_ PEPROCESS Process, _In_ POOL_TYPE PoolType,
                                         _In_ ULONG_PTR Amount);
NTKERNELAPI NTSTATUS NTAPI PsChargeProcessPoolQuota(_In_ PEPROCESS Process, _In_ POOL_TYPE PoolType,
                                                    _In_ ULONG_PTR Amount);
NTKERNELAPI VOID NTAPI PsReturnPoolQuota(_In_ PEPROCESS Process, _In_ POOL_TYPE PoolType,
                                         _In_ ULONG_PTR Amount);

/* ---- USN change journal records (version 2.0) ----------------------------- */

typedef LONGLONG USN;

typedef struct {
    ULONG RecordLength;
    USHORT MajorVersion;
    USHORT MinorVersion;
    ULONGLONG FileReferenceNumber;
    ULONGLONG ParentFileReferenceNumber;
    USN Usn;
    LARGE_INTEGER TimeStamp;
    ULONG Reason;
    ULONG SourceInfo;
    ULONG SecurityId;
    ULONG FileAttributes;
    USHORT FileNameLength;
    USHORT FileNameOffset;
    WCHAR FileName[1];
} USN_RECORD_V2, *PUSN_RECORD_V2;

/* The version 2.0 record's name before Windows 8. */
typedef USN_RECORD_V2 USN_RECORD, *PUSN_RECORD;

/* ---- file system control codes (oplocks, volumes) ------------------------- */

#define FSCTL_REQUEST_OPLOCK_LEVEL_1    CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_REQUEST_OPLOCK_LEVEL_2    CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 1, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_REQUEST_BATCH_OPLOCK      CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 2, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_OPLOCK_BREAK_ACKNOWLEDGE  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 3, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_OPBATCH_ACK_CLOSE_PENDING CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 4, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_OPLOCK_BREAK_NOTIFY       CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 5, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_LOCK_VOLUME               CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 6, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_UNLOCK_VOLUME             CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 7, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_DISMOUNT_VOLUME           CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 8, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_REQUEST_FILTER_OPLOCK     CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 23, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* Sent to a local file system's volume before a shadow copy: flush, then
   hold writes until the IRP completes (VOLSNAPCONTROLTYPE is 'S'). */
#define IOCTL_VOLSNAP_FLUSH_AND_HOLD_WRITES \
    CTL_CODE(0x00000053, 0, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)

/* DEVICE_OBJECT.Flags of a file system's device objects. */
#define DO_LOW_PRIORITY_FILESYSTEM 0x00010000
#define FSCTL_REQUEST_OPLOCK            CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 144, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_IS_VOLUME_MOUNTED         CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 10, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_IS_PATHNAME_VALID         CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 11, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_MARK_VOLUME_DIRTY         CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 12, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_OPLOCK_BREAK_ACK_NO_2     CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 20, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_INVALIDATE_VOLUMES        CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 21, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_FILESYSTEM_GET_STATISTICS CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 24, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_GET_VOLUME_BITMAP         CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 27, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_GET_RETRIEVAL_POINTERS    CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 28, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_IS_VOLUME_DIRTY           CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 30, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* FSCTL_IS_VOLUME_DIRTY output bits. */
#define VOLUME_IS_DIRTY                 0x00000001
#define VOLUME_UPGRADE_SCHEDULED        0x00000002
#define FSCTL_ALLOW_EXTENDED_DASD_IO    CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 32, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_SET_REPARSE_POINT         CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 41, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_GET_REPARSE_POINT         CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 42, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_DELETE_REPARSE_POINT      CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 43, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_SET_ZERO_DATA             CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 50, METHOD_BUFFERED, FILE_WRITE_DATA)

/* ---- change notification ------------------------------------------------- */

#define FILE_NOTIFY_CHANGE_FILE_NAME    0x00000001
#define FILE_NOTIFY_CHANGE_DIR_NAME     0x00000002
#define FILE_NOTIFY_CHANGE_NAME         0x00000003
#define FILE_NOTIFY_CHANGE_ATTRIBUTES   0x00000004
#define FILE_NOTIFY_CHANGE_SIZE         0x00000008
#define FILE_NOTIFY_CHANGE_LAST_WRITE   0x00000010
#define FILE_NOTIFY_CHANGE_LAST_ACCESS  0x00000020
#define FILE_NOTIFY_CHANGE_CREATION     0x00000040
#define FILE_NOTIFY_CHANGE_EA           0x00000080
#define FILE_NOTIFY_CHANGE_SECURITY     0x00000100
#define FILE_NOTIFY_CHANGE_STREAM_NAME  0x00000200
#define FILE_NOTIFY_CHANGE_STREAM_SIZE  0x00000400
#define FILE_NOTIFY_CHANGE_STREAM_WRITE 0x00000800
#define FILE_NOTIFY_VALID_MASK          0x00000fff

#define FILE_ACTION_ADDED               0x00000001
#define FILE_ACTION_REMOVED             0x00000002
#define FILE_ACTION_MODIFIED            0x00000003
#define FILE_ACTION_RENAMED_OLD_NAME    0x00000004
#define FILE_ACTION_RENAMED_NEW_NAME    0x00000005
#define FILE_ACTION_ADDED_STREAM        0x00000006
#define FILE_ACTION_REMOVED_STREAM      0x00000007
#define FILE_ACTION_MODIFIED_STREAM     0x00000008

typedef struct _FILE_NOTIFY_INFORMATION {
    ULONG NextEntryOffset;
    ULONG Action;
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_NOTIFY_INFORMATION, *PFILE_NOTIFY_INFORMATION;

/* IO_STATUS_BLOCK.Information values of oplock requests. */
#define FILE_OPLOCK_BROKEN_TO_LEVEL_2   0x00000007
#define FILE_OPLOCK_BROKEN_TO_NONE      0x00000008
#define FILE_OPBATCH_BREAK_UNDERWAY     0x00000009

/* IO_STATUS_BLOCK.Information values with STATUS_REPARSE. */
#define IO_REPARSE                      0x0
#define IO_REMOUNT                      0x1

/* ACCESS_STATE.Flags. */
#define TOKEN_HAS_TRAVERSE_PRIVILEGE    0x0001
#define TOKEN_HAS_BACKUP_PRIVILEGE      0x0002
#define TOKEN_HAS_RESTORE_PRIVILEGE     0x0004

/* ---- file information structures used by file systems -------------------- */

typedef struct _FILE_INTERNAL_INFORMATION {
    LARGE_INTEGER IndexNumber;
} FILE_INTERNAL_INFORMATION, *PFILE_INTERNAL_INFORMATION;

typedef struct _FILE_EA_INFORMATION {
    ULONG EaSize;
} FILE_EA_INFORMATION, *PFILE_EA_INFORMATION;

typedef struct _FILE_ACCESS_INFORMATION {
    ACCESS_MASK AccessFlags;
} FILE_ACCESS_INFORMATION, *PFILE_ACCESS_INFORMATION;

typedef struct _FILE_MODE_INFORMATION {
    ULONG Mode;
} FILE_MODE_INFORMATION, *PFILE_MODE_INFORMATION;

typedef struct _FILE_ALL_INFORMATION {
    FILE_BASIC_INFORMATION BasicInformation;
    FILE_STANDARD_INFORMATION StandardInformation;
    FILE_INTERNAL_INFORMATION InternalInformation;
    FILE_EA_INFORMATION EaInformation;
    FILE_ACCESS_INFORMATION AccessInformation;
    FILE_POSITION_INFORMATION PositionInformation;
    FILE_MODE_INFORMATION ModeInformation;
    FILE_ALIGNMENT_INFORMATION AlignmentInformation;
    FILE_NAME_INFORMATION NameInformation;
} FILE_ALL_INFORMATION, *PFILE_ALL_INFORMATION;

typedef struct _FILE_ALLOCATION_INFORMATION {
    LARGE_INTEGER AllocationSize;
} FILE_ALLOCATION_INFORMATION, *PFILE_ALLOCATION_INFORMATION;

typedef struct _FILE_DIRECTORY_INFORMATION {
    ULONG NextEntryOffset;
    ULONG FileIndex;
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    LARGE_INTEGER EndOfFile;
    LARGE_INTEGER AllocationSize;
    ULONG FileAttributes;
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_DIRECTORY_INFORMATION, *PFILE_DIRECTORY_INFORMATION;

typedef struct _FILE_FULL_DIR_INFORMATION {
    ULONG NextEntryOffset;
    ULONG FileIndex;
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    LARGE_INTEGER EndOfFile;
    LARGE_INTEGER AllocationSize;
    ULONG FileAttributes;
    ULONG FileNameLength;
    ULONG EaSize;
    WCHAR FileName[1];
} FILE_FULL_DIR_INFORMATION, *PFILE_FULL_DIR_INFORMATION;

typedef struct _FILE_ID_FULL_DIR_INFORMATION {
    ULONG NextEntryOffset;
    ULONG FileIndex;
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    LARGE_INTEGER EndOfFile;
    LARGE_INTEGER AllocationSize;
    ULONG FileAttributes;
    ULONG FileNameLength;
    ULONG EaSize;
    LARGE_INTEGER FileId;
    WCHAR FileName[1];
} FILE_ID_FULL_DIR_INFORMATION, *PFILE_ID_FULL_DIR_INFORMATION;

typedef struct _FILE_BOTH_DIR_INFORMATION {
    ULONG NextEntryOffset;
    ULONG FileIndex;
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    LARGE_INTEGER EndOfFile;
    LARGE_INTEGER AllocationSize;
    ULONG FileAttributes;
    ULONG FileNameLength;
    ULONG EaSize;
    CCHAR ShortNameLength;
    WCHAR ShortName[12];
    WCHAR FileName[1];
} FILE_BOTH_DIR_INFORMATION, *PFILE_BOTH_DIR_INFORMATION;

typedef struct _FILE_ID_BOTH_DIR_INFORMATION {
    ULONG NextEntryOffset;
    ULONG FileIndex;
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    LARGE_INTEGER EndOfFile;
    LARGE_INTEGER AllocationSize;
    ULONG FileAttributes;
    ULONG FileNameLength;
    ULONG EaSize;
    CCHAR ShortNameLength;
    WCHAR ShortName[12];
    LARGE_INTEGER FileId;
    WCHAR FileName[1];
} FILE_ID_BOTH_DIR_INFORMATION, *PFILE_ID_BOTH_DIR_INFORMATION;

typedef struct _FILE_NAMES_INFORMATION {
    ULONG NextEntryOffset;
    ULONG FileIndex;
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_NAMES_INFORMATION, *PFILE_NAMES_INFORMATION;

typedef struct _FILE_RENAME_INFORMATION {
    union {
        BOOLEAN ReplaceIfExists;
        ULONG Flags;
    };
    HANDLE RootDirectory;
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_RENAME_INFORMATION, *PFILE_RENAME_INFORMATION;

#define FILE_RENAME_REPLACE_IF_EXISTS           0x00000001
#define FILE_RENAME_POSIX_SEMANTICS             0x00000002
#define FILE_RENAME_IGNORE_READONLY_ATTRIBUTE   0x00000040

typedef struct _FILE_LINK_INFORMATION {
    union {
        BOOLEAN ReplaceIfExists;
        ULONG Flags;
    };
    HANDLE RootDirectory;
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_LINK_INFORMATION, *PFILE_LINK_INFORMATION;

typedef struct _FILE_STREAM_INFORMATION {
    ULONG NextEntryOffset;
    ULONG StreamNameLength;
    LARGE_INTEGER StreamSize;
    LARGE_INTEGER StreamAllocationSize;
    WCHAR StreamName[1];
} FILE_STREAM_INFORMATION, *PFILE_STREAM_INFORMATION;

typedef struct _FILE_ID_128 {
    UCHAR Identifier[16];
} FILE_ID_128, *PFILE_ID_128;

typedef struct _FILE_ID_INFORMATION {
    ULONGLONG VolumeSerialNumber;
    FILE_ID_128 FileId;
} FILE_ID_INFORMATION, *PFILE_ID_INFORMATION;

/* ---- volume information (IRP_MJ_QUERY/SET_VOLUME_INFORMATION) ------------ */

typedef struct _FILE_FS_VOLUME_INFORMATION {
    LARGE_INTEGER VolumeCreationTime;
    ULONG VolumeSerialNumber;
    ULONG VolumeLabelLength;
    BOOLEAN SupportsObjects;
    WCHAR VolumeLabel[1];
} FILE_FS_VOLUME_INFORMATION, *PFILE_FS_VOLUME_INFORMATION;

typedef struct _FILE_FS_LABEL_INFORMATION {
    ULONG VolumeLabelLength;
    WCHAR VolumeLabel[1];
} FILE_FS_LABEL_INFORMATION, *PFILE_FS_LABEL_INFORMATION;

typedef struct _FILE_FS_SIZE_INFORMATION {
    LARGE_INTEGER TotalAllocationUnits;
    LARGE_INTEGER AvailableAllocationUnits;
    ULONG SectorsPerAllocationUnit;
    ULONG BytesPerSector;
} FILE_FS_SIZE_INFORMATION, *PFILE_FS_SIZE_INFORMATION;

typedef struct _FILE_FS_FULL_SIZE_INFORMATION {
    LARGE_INTEGER TotalAllocationUnits;
    LARGE_INTEGER CallerAvailableAllocationUnits;
    LARGE_INTEGER ActualAvailableAllocationUnits;
    ULONG SectorsPerAllocationUnit;
    ULONG BytesPerSector;
} FILE_FS_FULL_SIZE_INFORMATION, *PFILE_FS_FULL_SIZE_INFORMATION;

typedef struct _FILE_FS_ATTRIBUTE_INFORMATION {
    ULONG FileSystemAttributes;
    LONG MaximumComponentNameLength;
    ULONG FileSystemNameLength;
    WCHAR FileSystemName[1];
} FILE_FS_ATTRIBUTE_INFORMATION, *PFILE_FS_ATTRIBUTE_INFORMATION;

typedef struct _FILE_FS_OBJECTID_INFORMATION {
    UCHAR ObjectId[16];
    UCHAR ExtendedInfo[48];
} FILE_FS_OBJECTID_INFORMATION, *PFILE_FS_OBJECTID_INFORMATION;

/* FILE_FS_ATTRIBUTE_INFORMATION.FileSystemAttributes. */
#define FILE_CASE_SENSITIVE_SEARCH          0x00000001
#define FILE_CASE_PRESERVED_NAMES           0x00000002
#define FILE_UNICODE_ON_DISK                0x00000004
#define FILE_PERSISTENT_ACLS                0x00000008
#define FILE_FILE_COMPRESSION               0x00000010
#define FILE_VOLUME_QUOTAS                  0x00000020
#define FILE_SUPPORTS_SPARSE_FILES          0x00000040
#define FILE_SUPPORTS_REPARSE_POINTS        0x00000080
#define FILE_SUPPORTS_REMOTE_STORAGE        0x00000100
#define FILE_VOLUME_IS_COMPRESSED           0x00008000
#define FILE_SUPPORTS_OBJECT_IDS            0x00010000
#define FILE_SUPPORTS_ENCRYPTION            0x00020000
#define FILE_NAMED_STREAMS                  0x00040000
#define FILE_READ_ONLY_VOLUME               0x00080000
#define FILE_SEQUENTIAL_WRITE_ONCE          0x00100000
#define FILE_SUPPORTS_TRANSACTIONS          0x00200000
#define FILE_SUPPORTS_HARD_LINKS            0x00400000
#define FILE_SUPPORTS_EXTENDED_ATTRIBUTES   0x00800000
#define FILE_SUPPORTS_OPEN_BY_FILE_ID       0x01000000
#define FILE_SUPPORTS_USN_JOURNAL           0x02000000

/* ---- reparse points ------------------------------------------------------- */

#define IO_REPARSE_TAG_MOUNT_POINT  (0xA0000003L)
#define IO_REPARSE_TAG_SYMLINK      (0xA000000CL)
#define SYMLINK_FLAG_RELATIVE       0x00000001

typedef struct _REPARSE_DATA_BUFFER {
    ULONG ReparseTag;
    USHORT ReparseDataLength;
    USHORT Reserved;
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
    };
} REPARSE_DATA_BUFFER, *PREPARSE_DATA_BUFFER;

#define REPARSE_DATA_BUFFER_HEADER_SIZE FIELD_OFFSET(REPARSE_DATA_BUFFER, GenericReparseBuffer)

NTKERNELAPI NTSTATUS NTAPI FsRtlValidateReparsePointBuffer(
    _In_ ULONG BufferLength, _In_reads_bytes_(BufferLength) PREPARSE_DATA_BUFFER ReparseBuffer);

/* ---- file-system statistics (FSCTL_FILESYSTEM_GET_STATISTICS) ------------- */

#define FILESYSTEM_STATISTICS_TYPE_NTFS  1
#define FILESYSTEM_STATISTICS_TYPE_FAT   2
#define FILESYSTEM_STATISTICS_TYPE_EXFAT 3
#define FILESYSTEM_STATISTICS_TYPE_REFS  4

typedef struct _FILESYSTEM_STATISTICS {
    USHORT FileSystemType;
    USHORT Version;
    ULONG SizeOfCompleteStructure;
    ULONG UserFileReads;
    ULONG UserFileReadBytes;
    ULONG UserDiskReads;
    ULONG UserFileWrites;
    ULONG UserFileWriteBytes;
    ULONG UserDiskWrites;
    ULONG MetaDataReads;
    ULONG MetaDataReadBytes;
    ULONG MetaDataDiskReads;
    ULONG MetaDataWrites;
    ULONG MetaDataWriteBytes;
    ULONG MetaDataDiskWrites;
} FILESYSTEM_STATISTICS, *PFILESYSTEM_STATISTICS;

typedef struct _FAT_STATISTICS {
    ULONG CreateHits;
    ULONG SuccessfulCreates;
    ULONG FailedCreates;
    ULONG NonCachedReads;
    ULONG NonCachedReadBytes;
    ULONG NonCachedWrites;
    ULONG NonCachedWriteBytes;
    ULONG NonCachedDiskReads;
    ULONG NonCachedDiskWrites;
} FAT_STATISTICS, *PFAT_STATISTICS;

/* ---- kernel queues, top-level IRP, requestor ------------------------------ */

NTKERNELAPI VOID NTAPI KeInitializeQueue(_Out_ PRKQUEUE Queue, _In_ ULONG Count);
NTKERNELAPI LONG NTAPI KeReadStateQueue(_In_ PRKQUEUE Queue);
NTKERNELAPI LONG NTAPI KeInsertQueue(_Inout_ PRKQUEUE Queue, _Inout_ PLIST_ENTRY Entry);
NTKERNELAPI LONG NTAPI KeInsertHeadQueue(_Inout_ PRKQUEUE Queue, _Inout_ PLIST_ENTRY Entry);
NTKERNELAPI PLIST_ENTRY NTAPI KeRemoveQueue(_Inout_ PRKQUEUE Queue, _In_ KPROCESSOR_MODE WaitMode,
                                            _In_opt_ PLARGE_INTEGER Timeout);
NTKERNELAPI ULONG NTAPI KeRemoveQueueEx(
    _Inout_ PKQUEUE Queue, _In_ KPROCESSOR_MODE WaitMode, _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout, _Out_writes_to_(Count, return) PLIST_ENTRY *EntryArray,
    _In_ ULONG Count);
NTKERNELAPI PLIST_ENTRY NTAPI KeRundownQueue(_Inout_ PRKQUEUE Queue);

NTKERNELAPI PIRP NTAPI IoGetTopLevelIrp(VOID);
NTKERNELAPI VOID NTAPI IoSetTopLevelIrp(_In_opt_ PIRP Irp);

#define FSRTL_FSP_TOP_LEVEL_IRP         ((LONG_PTR)0x01)
#define FSRTL_CACHE_TOP_LEVEL_IRP       ((LONG_PTR)0x02)
#define FSRTL_MOD_WRITE_TOP_LEVEL_IRP   ((LONG_PTR)0x03)
#define FSRTL_FAST_IO_TOP_LEVEL_IRP     ((LONG_PTR)0x04)
#define FSRTL_NETWORK1_TOP_LEVEL_IRP    ((LONG_PTR)0x05)
#define FSRTL_NETWORK2_TOP_LEVEL_IRP    ((LONG_PTR)0x06)
#define FSRTL_MAX_TOP_LEVEL_IRP_FLAG    ((LONG_PTR)0xFFFF)

#define FsRtlEnterFileSystem() KeEnterCriticalRegion()
#define FsRtlExitFileSystem()  KeLeaveCriticalRegion()

NTKERNELAPI PEPROCESS NTAPI IoGetRequestorProcess(_In_ PIRP Irp);
NTKERNELAPI ULONG NTAPI IoGetRequestorProcessId(_In_ PIRP Irp);
NTKERNELAPI BOOLEAN NTAPI IoIsSystemThread(_In_ PETHREAD Thread);
NTKERNELAPI PFILE_OBJECT NTAPI IoCreateStreamFileObject(_In_opt_ PFILE_OBJECT FileObject,
                                                        _In_opt_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI PFILE_OBJECT NTAPI IoCreateStreamFileObjectLite(_In_opt_ PFILE_OBJECT FileObject,
                                                            _In_opt_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI VOID NTAPI IoRegisterFileSystem(_In_ __drv_aliasesMem PDEVICE_OBJECT DeviceObject);
NTKERNELAPI VOID NTAPI IoUnregisterFileSystem(_In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI NTSTATUS NTAPI IoVerifyVolume(_In_ PDEVICE_OBJECT DeviceObject,
                                          _In_ BOOLEAN AllowRawMount);
NTKERNELAPI VOID NTAPI IoAcquireVpbSpinLock(_Out_ PKIRQL Irql);
NTKERNELAPI VOID NTAPI IoReleaseVpbSpinLock(_In_ KIRQL Irql);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetDeviceToVerify(_In_ PETHREAD Thread);
NTKERNELAPI VOID NTAPI IoSetDeviceToVerify(_In_ PETHREAD Thread,
                                           _In_opt_ PDEVICE_OBJECT DeviceObject);

/* ---- common FCB headers ---------------------------------------------------- */

typedef enum _FSRTL_COMPARISON_RESULT {
    LessThan = -1,
    EqualTo = 0,
    GreaterThan = 1
} FSRTL_COMPARISON_RESULT;

typedef enum _FAST_IO_POSSIBLE {
    FastIoIsNotPossible = 0,
    FastIoIsPossible,
    FastIoIsQuestionable
} FAST_IO_POSSIBLE;

/* The members are listed once and also spelled out, as an unnamed
   structure, at the start of FSRTL_ADVANCED_FCB_HEADER (the WDK embeds the
   common header there as an unnamed member). */
#define HVCILINT_FSRTL_COMMON_FCB_HEADER_MEMBERS                              \
    CSHORT NodeTypeCode;                                                      \
    CSHORT NodeByteSize;                                                      \
    UCHAR Flags;                                                              \
    UCHAR IsFastIoPossible; /* a FAST_IO_POSSIBLE value */                    \
    UCHAR Flags2;                                                             \
    UCHAR Reserved : 4;                                                       \
    UCHAR Version : 4;                                                        \
    PERESOURCE Resource;                                                      \
    PERESOURCE PagingIoResource;                                              \
    LARGE_INTEGER AllocationSize;                                             \
    LARGE_INTEGER FileSize;                                                   \
    LARGE_INTEGER ValidDataLength;

typedef struct _FSRTL_COMMON_FCB_HEADER {
    HVCILINT_FSRTL_COMMON_FCB_HEADER_MEMBERS
} FSRTL_COMMON_FCB_HEADER, *PFSRTL_COMMON_FCB_HEADER;

#define FSRTL_FLAG_FILE_MODIFIED            (0x01)
#define FSRTL_FLAG_FILE_LENGTH_CHANGED      (0x02)
#define FSRTL_FLAG_LIMIT_MODIFIED_PAGES     (0x04)
#define FSRTL_FLAG_ACQUIRE_MAIN_RSRC_EX     (0x08)
#define FSRTL_FLAG_ACQUIRE_MAIN_RSRC_SH     (0x10)
#define FSRTL_FLAG_USER_MAPPED_FILE         (0x20)
#define FSRTL_FLAG_ADVANCED_HEADER          (0x40)
#define FSRTL_FLAG_EOF_ADVANCE_ACTIVE       (0x80)

#define FSRTL_FLAG2_DO_MODIFIED_WRITE        (0x01)
#define FSRTL_FLAG2_SUPPORTS_FILTER_CONTEXTS (0x02)
#define FSRTL_FLAG2_PURGE_WHEN_MAPPED        (0x04)
#define FSRTL_FLAG2_IS_PAGING_FILE           (0x08)

#define FSRTL_FCB_HEADER_V0 (0x00)
#define FSRTL_FCB_HEADER_V1 (0x01)
#define FSRTL_FCB_HEADER_V2 (0x02)
#define FSRTL_FCB_HEADER_V3 (0x03)
#define FSRTL_FCB_HEADER_V4 (0x04)

/* Opportunistic locks: the OPLOCK itself is an opaque pointer. */
typedef PVOID OPLOCK, *POPLOCK;

typedef VOID OPLOCK_WAIT_COMPLETE_ROUTINE(_In_ PVOID Context, _In_ PIRP Irp);
typedef OPLOCK_WAIT_COMPLETE_ROUTINE *POPLOCK_WAIT_COMPLETE_ROUTINE;
typedef VOID OPLOCK_FS_PREPOST_IRP(_In_ PVOID Context, _In_ PIRP Irp);
typedef OPLOCK_FS_PREPOST_IRP *POPLOCK_FS_PREPOST_IRP;

#define OPLOCK_FLAG_COMPLETE_IF_OPLOCKED        0x00000001
#define OPLOCK_FLAG_OPLOCK_KEY_CHECK_ONLY       0x00000002
#define OPLOCK_FLAG_BACK_OUT_ATOMIC_OPLOCK      0x00000004
#define OPLOCK_FLAG_IGNORE_OPLOCK_KEYS          0x00000008
#define OPLOCK_FLAG_PARENT_OBJECT               0x00000010
#define OPLOCK_FLAG_CLOSING_DELETE_ON_CLOSE     0x00000020
#define OPLOCK_FLAG_REMOVING_FILE_OR_LINK       0x00000040

NTKERNELAPI VOID NTAPI FsRtlInitializeOplock(_Inout_ POPLOCK Oplock);
NTKERNELAPI VOID NTAPI FsRtlUninitializeOplock(_Inout_ POPLOCK Oplock);
NTKERNELAPI NTSTATUS NTAPI FsRtlOplockFsctrl(_In_ POPLOCK Oplock, _In_ PIRP Irp,
                                             _In_ ULONG OpenCount);
NTKERNELAPI NTSTATUS NTAPI FsRtlCheckOplock(
    _In_ POPLOCK Oplock, _In_ PIRP Irp, _In_opt_ PVOID Context,
    _In_opt_ POPLOCK_WAIT_COMPLETE_ROUTINE CompletionRoutine,
    _In_opt_ POPLOCK_FS_PREPOST_IRP PostIrpRoutine);
NTKERNELAPI NTSTATUS NTAPI FsRtlCheckOplockEx(
    _In_ POPLOCK Oplock, _In_ PIRP Irp, _In_ ULONG Flags, _In_opt_ PVOID Context,
    _In_opt_ POPLOCK_WAIT_COMPLETE_ROUTINE CompletionRoutine,
    _In_opt_ POPLOCK_FS_PREPOST_IRP PostIrpRoutine);
NTKERNELAPI BOOLEAN NTAPI FsRtlOplockIsFastIoPossible(_In_ POPLOCK Oplock);
NTKERNELAPI BOOLEAN NTAPI FsRtlCurrentBatchOplock(_In_ POPLOCK Oplock);
NTKERNELAPI BOOLEAN NTAPI FsRtlCurrentOplock(_In_ POPLOCK Oplock);
NTKERNELAPI BOOLEAN NTAPI FsRtlCurrentOplockH(_In_ POPLOCK Oplock);
NTKERNELAPI BOOLEAN NTAPI FsRtlOplockIsSharedRequest(_In_ PIRP Irp);

typedef struct _FSRTL_ADVANCED_FCB_HEADER {
    struct {
        HVCILINT_FSRTL_COMMON_FCB_HEADER_MEMBERS
    };
    PFAST_MUTEX FastMutex;
    LIST_ENTRY FilterContexts;
    EX_PUSH_LOCK PushLock;
    PVOID *FileContextSupportPointer;
    union {
        OPLOCK Oplock;
        PVOID ReservedForRemote;
    };
    PVOID AePushLock;
    PVOID ReservedContextLegacy;
    ULONG BypassIoOpenCount;
    struct _FSRTL_PER_STREAM_CONTEXT *ReservedContext;
} FSRTL_ADVANCED_FCB_HEADER, *PFSRTL_ADVANCED_FCB_HEADER;

NTKERNELAPI VOID NTAPI FsRtlTeardownPerStreamContexts(
    _In_ PFSRTL_ADVANCED_FCB_HEADER AdvancedHeader);

/* Initializes the advanced part of an FCB header (Windows 8 and later
   layout: header version FSRTL_FCB_HEADER_V2). */
FORCEINLINE VOID FsRtlSetupAdvancedHeader(_In_ PVOID AdvHdr, _In_ PFAST_MUTEX FMutex)
{
    PFSRTL_ADVANCED_FCB_HEADER localAdvHdr = (PFSRTL_ADVANCED_FCB_HEADER)AdvHdr;
    localAdvHdr->Flags |= FSRTL_FLAG_ADVANCED_HEADER;
    localAdvHdr->Flags2 |= FSRTL_FLAG2_SUPPORTS_FILTER_CONTEXTS;
    localAdvHdr->Version = FSRTL_FCB_HEADER_V2;
    InitializeListHead(&localAdvHdr->FilterContexts);
    if (FMutex != NULL) {
        localAdvHdr->FastMutex = FMutex;
    }
    ExInitializePushLock(&localAdvHdr->PushLock);
    localAdvHdr->FileContextSupportPointer = NULL;
    localAdvHdr->Oplock = NULL;
}
#define FsRtlSetupAdvancedFcbHeader(AdvHdr, FMutex) FsRtlSetupAdvancedHeader((AdvHdr), (FMutex))

/* ---- byte-range locks ------------------------------------------------------ */

typedef struct _FILE_LOCK_INFO {
    LARGE_INTEGER StartingByte;
    LARGE_INTEGER Length;
    BOOLEAN ExclusiveLock;
    ULONG Key;
    PFILE_OBJECT FileObject;
    PVOID ProcessId;
    LARGE_INTEGER EndingByte;
} FILE_LOCK_INFO, *PFILE_LOCK_INFO;

typedef NTSTATUS COMPLETE_LOCK_IRP_ROUTINE(_In_ PVOID Context, _In_ PIRP Irp);
typedef COMPLETE_LOCK_IRP_ROUTINE *PCOMPLETE_LOCK_IRP_ROUTINE;
typedef VOID UNLOCK_ROUTINE(_In_ PVOID Context, _In_ PFILE_LOCK_INFO FileLockInfo);
typedef UNLOCK_ROUTINE *PUNLOCK_ROUTINE;

/* Opaque in the documentation (file systems embed it and use the FsRtl
   routines); the members are an approximation. */
typedef struct _FILE_LOCK {
    PCOMPLETE_LOCK_IRP_ROUTINE CompleteLockIrpRoutine;
    PUNLOCK_ROUTINE UnlockRoutine;
    BOOLEAN FastIoIsQuestionable;
    BOOLEAN SpareC[3];
    PVOID LockInformation;
    FILE_LOCK_INFO LastReturnedLockInfo;
    PVOID LastReturnedLock;
    LONG volatile LockRequestsInProgress;
} FILE_LOCK, *PFILE_LOCK;

NTKERNELAPI VOID NTAPI FsRtlInitializeFileLock(
    _Out_ PFILE_LOCK FileLock, _In_opt_ PCOMPLETE_LOCK_IRP_ROUTINE CompleteLockIrpRoutine,
    _In_opt_ PUNLOCK_ROUTINE UnlockRoutine);
NTKERNELAPI VOID NTAPI FsRtlUninitializeFileLock(_Inout_ PFILE_LOCK FileLock);
NTKERNELAPI PFILE_LOCK NTAPI FsRtlAllocateFileLock(
    _In_opt_ PCOMPLETE_LOCK_IRP_ROUTINE CompleteLockIrpRoutine,
    _In_opt_ PUNLOCK_ROUTINE UnlockRoutine);
NTKERNELAPI VOID NTAPI FsRtlFreeFileLock(_In_ PFILE_LOCK FileLock);
NTKERNELAPI NTSTATUS NTAPI FsRtlProcessFileLock(_In_ PFILE_LOCK FileLock, _In_ PIRP Irp,
                                                _In_opt_ PVOID Context);
NTKERNELAPI BOOLEAN NTAPI FsRtlCheckLockForReadAccess(_In_ PFILE_LOCK FileLock, _In_ PIRP Irp);
NTKERNELAPI BOOLEAN NTAPI FsRtlCheckLockForWriteAccess(_In_ PFILE_LOCK FileLock, _In_ PIRP Irp);
NTKERNELAPI BOOLEAN NTAPI FsRtlFastCheckLockForRead(
    _In_ PFILE_LOCK FileLock, _In_ PLARGE_INTEGER StartingByte, _In_ PLARGE_INTEGER Length,
    _In_ ULONG Key, _In_ PFILE_OBJECT FileObject, _In_ PVOID ProcessId);
NTKERNELAPI BOOLEAN NTAPI FsRtlFastCheckLockForWrite(
    _In_ PFILE_LOCK FileLock, _In_ PLARGE_INTEGER StartingByte, _In_ PLARGE_INTEGER Length,
    _In_ ULONG Key, _In_ PVOID FileObject, _In_ PVOID ProcessId);
NTKERNELAPI NTSTATUS NTAPI FsRtlFastUnlockSingle(
    _In_ PFILE_LOCK FileLock, _In_ PFILE_OBJECT FileObject, _In_ LARGE_INTEGER UNALIGNED *FileOffset,
    _In_ PLARGE_INTEGER Length, _In_ PEPROCESS ProcessId, _In_ ULONG Key,
    _In_opt_ PVOID Context, _In_ BOOLEAN AlreadySynchronized);
NTKERNELAPI NTSTATUS NTAPI FsRtlFastUnlockAll(_In_ PFILE_LOCK FileLock, _In_ PFILE_OBJECT FileObject,
                                              _In_ PEPROCESS ProcessId, _In_opt_ PVOID Context);
NTKERNELAPI NTSTATUS NTAPI FsRtlFastUnlockAllByKey(
    _In_ PFILE_LOCK FileLock, _In_ PFILE_OBJECT FileObject, _In_ PEPROCESS ProcessId,
    _In_ ULONG Key, _In_opt_ PVOID Context);
NTKERNELAPI BOOLEAN NTAPI FsRtlPrivateLock(
    _In_ PFILE_LOCK FileLock, _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
    _In_ PLARGE_INTEGER Length, _In_ PEPROCESS ProcessId, _In_ ULONG Key,
    _In_ BOOLEAN FailImmediately, _In_ BOOLEAN ExclusiveLock, _Out_ PIO_STATUS_BLOCK Iosb,
    _In_opt_ PIRP Irp, _In_opt_ __drv_aliasesMem PVOID Context, _In_ BOOLEAN AlreadySynchronized);
#define FsRtlFastLock(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11)          \
    FsRtlPrivateLock(A1, A2, A3, A4, A5, A6, A7, A8, A9, NULL, A10, A11)
NTKERNELAPI BOOLEAN NTAPI FsRtlAreThereCurrentFileLocks(_In_ PFILE_LOCK FileLock);

/* ---- directory change notification ----------------------------------------- */

typedef struct _REAL_NOTIFY_SYNC *PNOTIFY_SYNC;   /* opaque */

typedef BOOLEAN CHECK_FOR_TRAVERSE_ACCESS(_In_ PVOID NotifyContext, _In_opt_ PVOID TargetContext,
                                          _In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
typedef CHECK_FOR_TRAVERSE_ACCESS *PCHECK_FOR_TRAVERSE_ACCESS;
typedef BOOLEAN FILTER_REPORT_CHANGE(_In_ PVOID NotifyContext, _In_opt_ PVOID FilterContext);
typedef FILTER_REPORT_CHANGE *PFILTER_REPORT_CHANGE;

NTKERNELAPI VOID NTAPI FsRtlNotifyInitializeSync(_In_ PNOTIFY_SYNC *NotifySync);
NTKERNELAPI VOID NTAPI FsRtlNotifyUninitializeSync(_In_ PNOTIFY_SYNC *NotifySync);
NTKERNELAPI VOID NTAPI FsRtlNotifyFullChangeDirectory(
    _In_ PNOTIFY_SYNC NotifySync, _In_ PLIST_ENTRY NotifyList, _In_ PVOID FsContext,
    _In_ PSTRING FullDirectoryName, _In_ BOOLEAN WatchTree, _In_ BOOLEAN IgnoreBuffer,
    _In_ ULONG CompletionFilter, _In_opt_ PIRP NotifyIrp,
    _In_opt_ PCHECK_FOR_TRAVERSE_ACCESS TraverseCallback,
    _In_opt_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
NTKERNELAPI VOID NTAPI FsRtlNotifyFilterChangeDirectory(
    _In_ PNOTIFY_SYNC NotifySync, _In_ PLIST_ENTRY NotifyList, _In_ PVOID FsContext,
    _In_ PSTRING FullDirectoryName, _In_ BOOLEAN WatchTree, _In_ BOOLEAN IgnoreBuffer,
    _In_ ULONG CompletionFilter, _In_opt_ PIRP NotifyIrp,
    _In_opt_ PCHECK_FOR_TRAVERSE_ACCESS TraverseCallback,
    _In_opt_ PSECURITY_SUBJECT_CONTEXT SubjectContext,
    _In_opt_ PFILTER_REPORT_CHANGE FilterCallback);
NTKERNELAPI VOID NTAPI FsRtlNotifyFullReportChange(
    _In_ PNOTIFY_SYNC NotifySync, _In_ PLIST_ENTRY NotifyList, _In_ PSTRING FullTargetName,
    _In_ USHORT TargetNameOffset, _In_opt_ PSTRING StreamName,
    _In_opt_ PSTRING NormalizedParentName, _In_ ULONG FilterMatch, _In_ ULONG Action,
    _In_opt_ PVOID TargetContext);
NTKERNELAPI VOID NTAPI FsRtlNotifyCleanup(_In_ PNOTIFY_SYNC NotifySync,
                                          _In_ PLIST_ENTRY NotifyList, _In_ PVOID FsContext);
NTKERNELAPI VOID NTAPI FsRtlNotifyCleanupAll(_In_ PNOTIFY_SYNC NotifySync,
                                             _In_ PLIST_ENTRY NotifyList);

/* Volume events (FsRtlNotifyVolumeEvent). */
#define FSRTL_VOLUME_DISMOUNT           1
#define FSRTL_VOLUME_DISMOUNT_FAILED    2
#define FSRTL_VOLUME_LOCK               3
#define FSRTL_VOLUME_LOCK_FAILED        4
#define FSRTL_VOLUME_UNLOCK             5
#define FSRTL_VOLUME_MOUNT              6
#define FSRTL_VOLUME_NEEDS_CHKDSK       7
#define FSRTL_VOLUME_WORM_NEAR_FULL     8
#define FSRTL_VOLUME_WEARING_OUT        9
#define FSRTL_VOLUME_FORCED_CLOSED      10
#define FSRTL_VOLUME_INFO_MAKE_COMPAT   11
#define FSRTL_VOLUME_PREPARING_EJECT    12
#define FSRTL_VOLUME_CHANGE_SIZE        13
#define FSRTL_VOLUME_BACKGROUND_FORMAT  14

NTKERNELAPI NTSTATUS NTAPI FsRtlNotifyVolumeEvent(_In_ PFILE_OBJECT FileObject,
                                                  _In_ ULONG EventCode);
NTKERNELAPI NTSTATUS NTAPI FsRtlDismountComplete(_In_ PDEVICE_OBJECT DeviceObject,
                                                 _In_ NTSTATUS DismountStatus);

/* ---- other FsRtl helpers --------------------------------------------------- */

NTKERNELAPI BOOLEAN NTAPI FsRtlIsNtstatusExpected(_In_ NTSTATUS Exception);
NTKERNELAPI NTSTATUS NTAPI FsRtlNormalizeNtstatus(_In_ NTSTATUS Exception,
                                                  _In_ NTSTATUS GenericException);
NTKERNELAPI BOOLEAN NTAPI FsRtlIsTotalDeviceFailure(_In_ NTSTATUS Status);

NTKERNELAPI BOOLEAN NTAPI FsRtlCopyRead(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ BOOLEAN Wait, _In_ ULONG LockKey, _Out_writes_bytes_(Length) PVOID Buffer,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI BOOLEAN NTAPI FsRtlCopyWrite(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ BOOLEAN Wait, _In_ ULONG LockKey, _In_reads_bytes_(Length) PVOID Buffer,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI BOOLEAN NTAPI FsRtlMdlReadDev(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ ULONG LockKey, _Outptr_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_opt_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI BOOLEAN NTAPI FsRtlMdlReadCompleteDev(_In_ PFILE_OBJECT FileObject, _In_ PMDL MdlChain,
                                                  _In_opt_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI BOOLEAN NTAPI FsRtlPrepareMdlWriteDev(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ ULONG LockKey, _Outptr_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI BOOLEAN NTAPI FsRtlMdlWriteCompleteDev(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ PMDL MdlChain,
    _In_opt_ PDEVICE_OBJECT DeviceObject);

/* Names. */
NTKERNELAPI BOOLEAN NTAPI FsRtlDoesNameContainWildCards(_In_ PUNICODE_STRING Name);
NTKERNELAPI BOOLEAN NTAPI FsRtlAreNamesEqual(_In_ PCUNICODE_STRING ConstantNameA,
                                             _In_ PCUNICODE_STRING ConstantNameB,
                                             _In_ BOOLEAN IgnoreCase,
                                             _In_reads_opt_(0x10000) PCWCH UpcaseTable);
NTKERNELAPI BOOLEAN NTAPI FsRtlIsNameInExpression(_In_ PUNICODE_STRING Expression,
                                                  _In_ PUNICODE_STRING Name,
                                                  _In_ BOOLEAN IgnoreCase,
                                                  _In_opt_ PWCH UpcaseTable);
NTKERNELAPI VOID NTAPI FsRtlDissectName(_In_ UNICODE_STRING Path, _Out_ PUNICODE_STRING FirstName,
                                        _Out_ PUNICODE_STRING RemainingName);
NTKERNELAPI BOOLEAN NTAPI FsRtlIsFatDbcsLegal(_In_ ANSI_STRING DbcsName,
                                              _In_ BOOLEAN WildCardsPermissible,
                                              _In_ BOOLEAN PathNamePermissible,
                                              _In_ BOOLEAN LeadingBackslashPermissible);
NTKERNELAPI BOOLEAN NTAPI FsRtlIsHpfsDbcsLegal(_In_ ANSI_STRING DbcsName,
                                               _In_ BOOLEAN WildCardsPermissible,
                                               _In_ BOOLEAN PathNamePermissible,
                                               _In_ BOOLEAN LeadingBackslashPermissible);
/* Character tests: macros over a character table in the WDK; declared here
   as functions with the documented parameters. */
NTKERNELAPI BOOLEAN NTAPI FsRtlIsAnsiCharacterLegalFat(_In_ UCHAR C, _In_ BOOLEAN WildOk);
NTKERNELAPI BOOLEAN NTAPI FsRtlIsAnsiCharacterLegalHpfs(_In_ UCHAR C, _In_ BOOLEAN WildOk);
NTKERNELAPI BOOLEAN NTAPI FsRtlIsAnsiCharacterLegalNtfs(_In_ UCHAR C, _In_ BOOLEAN WildOk);
NTKERNELAPI BOOLEAN NTAPI FsRtlIsAnsiCharacterWild(_In_ UCHAR C);
NTKERNELAPI BOOLEAN NTAPI FsRtlIsLeadDbcsCharacter(_In_ UCHAR DbcsChar);
/* The DOS wildcards of name expressions ([MS-FSA] 2.1.4.4: DOS_STAR is
   '<', DOS_QM is '>', DOS_DOT is '"'). */
#define DOS_STAR      (L'<')
#define DOS_QM        (L'>')
#define DOS_DOT       (L'"')
#define ANSI_DOS_STAR ('<')
#define ANSI_DOS_QM   ('>')
#define ANSI_DOS_DOT  ('"')

/* Short (8.3) name generation.  The reference page describes the context
   only as a caller-allocated buffer zeroed before the first call for a
   given long name; this layout is an approximation (its size does not
   matter to hvcilint). */
typedef struct _GENERATE_NAME_CONTEXT {
    ULONG Opaque[9];
} GENERATE_NAME_CONTEXT, *PGENERATE_NAME_CONTEXT;
NTSYSAPI NTSTATUS NTAPI RtlGenerate8dot3Name(_In_ PCUNICODE_STRING Name,
                                             _In_ BOOLEAN AllowExtendedCharacters,
                                             _Inout_ PGENERATE_NAME_CONTEXT Context,
                                             _Inout_ PUNICODE_STRING Name8dot3);

#define FsRtlIsUnicodeCharacterWild(C)                                        \
    ((((C) >= 0x40) ? FALSE : ((C) == L'*' || (C) == L'?' || (C) == L'<' ||  \
                               (C) == L'>' || (C) == L'"')))

/* Extra create parameters. */
typedef struct _ECP_LIST ECP_LIST, *PECP_LIST;

/* System-defined ECP identifiers: declared only (the values live in the
   kernel's import libraries; none are claimed here). */
extern const GUID GUID_ECP_PREFETCH_OPEN;
extern const GUID GUID_ECP_OPLOCK_KEY;
extern const GUID GUID_ECP_NFS_OPEN;
extern const GUID GUID_ECP_SRV_OPEN;

/* The prefetcher's open request marker (GUID_ECP_PREFETCH_OPEN). */
typedef struct _PREFETCH_OPEN_ECP_CONTEXT {
    PVOID Context;
} PREFETCH_OPEN_ECP_CONTEXT, *PPREFETCH_OPEN_ECP_CONTEXT;

/* Oplock key of an open (GUID_ECP_OPLOCK_KEY; Windows 7 form). */
typedef struct _OPLOCK_KEY_ECP_CONTEXT {
    GUID OplockKey;
    ULONG Reserved;
} OPLOCK_KEY_ECP_CONTEXT, *POPLOCK_KEY_ECP_CONTEXT;

/* Client transport address (a SOCKADDR_STORAGE, ws2def.h). */
typedef struct sockaddr_storage *PSOCKADDR_STORAGE_NFS;

/* Opens by the NFS server (GUID_ECP_NFS_OPEN). */
typedef struct _NFS_OPEN_ECP_CONTEXT {
    PUNICODE_STRING ExportAlias;
    PSOCKADDR_STORAGE_NFS ClientSocketAddress;
} NFS_OPEN_ECP_CONTEXT, *PNFS_OPEN_ECP_CONTEXT, **PPNFS_OPEN_ECP_CONTEXT;

/* Opens by the SMB server (GUID_ECP_SRV_OPEN).  The versioned members
   after OplockFinalState (Version, InstanceType) are left out. */
typedef struct _SRV_OPEN_ECP_CONTEXT {
    PUNICODE_STRING ShareName;
    PSOCKADDR_STORAGE_NFS SocketAddress;
    BOOLEAN OplockBlockState;
    BOOLEAN OplockAppState;
    BOOLEAN OplockFinalState;
} SRV_OPEN_ECP_CONTEXT, *PSRV_OPEN_ECP_CONTEXT;
NTKERNELAPI NTSTATUS NTAPI FsRtlGetEcpListFromIrp(_In_ PIRP Irp,
                                                  _Outptr_result_maybenull_ PECP_LIST *EcpList);
NTKERNELAPI NTSTATUS NTAPI FsRtlFindExtraCreateParameter(
    _In_ PECP_LIST EcpList, _In_ LPCGUID EcpType,
    _Outptr_opt_ PVOID *EcpContext, _Out_opt_ ULONG *EcpContextSize);
NTKERNELAPI BOOLEAN NTAPI FsRtlIsEcpFromUserMode(_In_ PVOID EcpContext);

/* Name tunnelling cache.  Opaque in the documentation; the members are an
   approximation. */
typedef struct _TUNNEL {
    FAST_MUTEX Mutex;
    PRTL_SPLAY_LINKS Cache;
    LIST_ENTRY TimerQueue;
    USHORT NumEntries;
} TUNNEL, *PTUNNEL;

NTKERNELAPI VOID NTAPI FsRtlInitializeTunnelCache(_In_ TUNNEL *Cache);
NTKERNELAPI VOID NTAPI FsRtlAddToTunnelCache(
    _In_ TUNNEL *Cache, _In_ ULONGLONG DirectoryKey, _In_ UNICODE_STRING *ShortName,
    _In_ UNICODE_STRING *LongName, _In_ BOOLEAN KeyByShortName, _In_ ULONG DataLength,
    _In_reads_bytes_(DataLength) VOID *Data);
NTKERNELAPI BOOLEAN NTAPI FsRtlFindInTunnelCache(
    _In_ TUNNEL *Cache, _In_ ULONGLONG DirectoryKey, _In_ UNICODE_STRING *Name,
    _Out_ UNICODE_STRING *ShortName, _Out_ UNICODE_STRING *LongName,
    _Inout_ ULONG *DataLength, _Out_writes_bytes_to_(*DataLength, *DataLength) VOID *Data);
NTKERNELAPI VOID NTAPI FsRtlDeleteKeyFromTunnelCache(_In_ TUNNEL *Cache,
                                                     _In_ ULONGLONG DirectoryKey);
NTKERNELAPI VOID NTAPI FsRtlDeleteTunnelCache(_In_ TUNNEL *Cache);

/* Legacy file-system filter callbacks (FsRtlRegisterFileSystemFilterCallbacks). */
typedef enum _FS_FILTER_SECTION_SYNC_TYPE {
    SyncTypeOther = 0,
    SyncTypeCreateSection
} FS_FILTER_SECTION_SYNC_TYPE, *PFS_FILTER_SECTION_SYNC_TYPE;

typedef union _FS_FILTER_PARAMETERS {
    struct {
        PLARGE_INTEGER EndingOffset;
        PERESOURCE *ResourceToRelease;
    } AcquireForModifiedPageWriter;
    struct {
        PERESOURCE ResourceToRelease;
    } ReleaseForModifiedPageWriter;
    struct {
        FS_FILTER_SECTION_SYNC_TYPE SyncType;
        ULONG PageProtection;
        PVOID OutputInformation;   /* PFS_FILTER_SECTION_SYNC_OUTPUT */
        ULONG Flags;
        ULONG AllocationAttributes;
    } AcquireForSectionSynchronization;
    struct {
        PVOID Argument1;
        PVOID Argument2;
        PVOID Argument3;
        PVOID Argument4;
        PVOID Argument5;
    } Others;
} FS_FILTER_PARAMETERS, *PFS_FILTER_PARAMETERS;

typedef struct _FS_FILTER_CALLBACK_DATA {
    ULONG SizeOfFsFilterCallbackData;
    UCHAR Operation;
    UCHAR Reserved;
    struct _DEVICE_OBJECT *DeviceObject;
    struct _FILE_OBJECT *FileObject;
    FS_FILTER_PARAMETERS Parameters;
} FS_FILTER_CALLBACK_DATA, *PFS_FILTER_CALLBACK_DATA;

typedef NTSTATUS (NTAPI *PFS_FILTER_CALLBACK)(_In_ PFS_FILTER_CALLBACK_DATA Data,
                                              _Out_ PVOID *CompletionContext);
typedef VOID (NTAPI *PFS_FILTER_COMPLETION_CALLBACK)(_In_ PFS_FILTER_CALLBACK_DATA Data,
                                                     _In_ NTSTATUS OperationStatus,
                                                     _In_ PVOID CompletionContext);

typedef struct _FS_FILTER_CALLBACKS {
    ULONG SizeOfFsFilterCallbacks;
    ULONG Reserved;
    PFS_FILTER_CALLBACK PreAcquireForSectionSynchronization;
    PFS_FILTER_COMPLETION_CALLBACK PostAcquireForSectionSynchronization;
    PFS_FILTER_CALLBACK PreReleaseForSectionSynchronization;
    PFS_FILTER_COMPLETION_CALLBACK PostReleaseForSectionSynchronization;
    PFS_FILTER_CALLBACK PreAcquireForCcFlush;
    PFS_FILTER_COMPLETION_CALLBACK PostAcquireForCcFlush;
    PFS_FILTER_CALLBACK PreReleaseForCcFlush;
    PFS_FILTER_COMPLETION_CALLBACK PostReleaseForCcFlush;
    PFS_FILTER_CALLBACK PreAcquireForModifiedPageWriter;
    PFS_FILTER_COMPLETION_CALLBACK PostAcquireForModifiedPageWriter;
    PFS_FILTER_CALLBACK PreReleaseForModifiedPageWriter;
    PFS_FILTER_COMPLETION_CALLBACK PostReleaseForModifiedPageWriter;
    PFS_FILTER_CALLBACK PreQueryOpen;
    PFS_FILTER_COMPLETION_CALLBACK PostQueryOpen;
} FS_FILTER_CALLBACKS, *PFS_FILTER_CALLBACKS;

NTKERNELAPI NTSTATUS NTAPI FsRtlRegisterFileSystemFilterCallbacks(
    _In_ struct _DRIVER_OBJECT *FilterDriverObject, _In_ PFS_FILTER_CALLBACKS Callbacks);

/* ---- cache manager ---------------------------------------------------------- */

typedef struct _CC_FILE_SIZES {
    LARGE_INTEGER AllocationSize;
    LARGE_INTEGER FileSize;
    LARGE_INTEGER ValidDataLength;
} CC_FILE_SIZES, *PCC_FILE_SIZES;

typedef BOOLEAN ACQUIRE_FOR_LAZY_WRITE(_In_ PVOID Context, _In_ BOOLEAN Wait);
typedef ACQUIRE_FOR_LAZY_WRITE *PACQUIRE_FOR_LAZY_WRITE;
typedef VOID RELEASE_FROM_LAZY_WRITE(_In_ PVOID Context);
typedef RELEASE_FROM_LAZY_WRITE *PRELEASE_FROM_LAZY_WRITE;
typedef BOOLEAN ACQUIRE_FOR_READ_AHEAD(_In_ PVOID Context, _In_ BOOLEAN Wait);
typedef ACQUIRE_FOR_READ_AHEAD *PACQUIRE_FOR_READ_AHEAD;
typedef VOID RELEASE_FROM_READ_AHEAD(_In_ PVOID Context);
typedef RELEASE_FROM_READ_AHEAD *PRELEASE_FROM_READ_AHEAD;

typedef struct _CACHE_MANAGER_CALLBACKS {
    PACQUIRE_FOR_LAZY_WRITE AcquireForLazyWrite;
    PRELEASE_FROM_LAZY_WRITE ReleaseFromLazyWrite;
    PACQUIRE_FOR_READ_AHEAD AcquireForReadAhead;
    PRELEASE_FROM_READ_AHEAD ReleaseFromReadAhead;
} CACHE_MANAGER_CALLBACKS, *PCACHE_MANAGER_CALLBACKS;

typedef struct _CACHE_UNINITIALIZE_EVENT {
    struct _CACHE_UNINITIALIZE_EVENT *Next;
    KEVENT Event;
} CACHE_UNINITIALIZE_EVENT, *PCACHE_UNINITIALIZE_EVENT;

#define VACB_MAPPING_GRANULARITY (0x40000)

#define PIN_WAIT       (1)
#define PIN_EXCLUSIVE  (2)
#define PIN_NO_READ    (4)
#define PIN_IF_BCB     (8)
#define MAP_WAIT       (1)
#define MAP_NO_READ    (16)

#define CcIsFileCached(FO)                                                    \
    (((FO)->SectionObjectPointer != NULL) &&                                  \
     (((PSECTION_OBJECT_POINTERS)(FO)->SectionObjectPointer)->SharedCacheMap != NULL))

NTKERNELAPI VOID NTAPI CcInitializeCacheMap(
    _In_ PFILE_OBJECT FileObject, _In_ PCC_FILE_SIZES FileSizes, _In_ BOOLEAN PinAccess,
    _In_ PCACHE_MANAGER_CALLBACKS Callbacks, _In_ PVOID LazyWriteContext);
NTKERNELAPI BOOLEAN NTAPI CcUninitializeCacheMap(
    _In_ PFILE_OBJECT FileObject, _In_opt_ PLARGE_INTEGER TruncateSize,
    _In_opt_ PCACHE_UNINITIALIZE_EVENT UninitializeEvent);
NTKERNELAPI VOID NTAPI CcSetFileSizes(_In_ PFILE_OBJECT FileObject, _In_ PCC_FILE_SIZES FileSizes);
NTKERNELAPI BOOLEAN NTAPI CcCopyRead(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ BOOLEAN Wait, _Out_writes_bytes_(Length) PVOID Buffer, _Out_ PIO_STATUS_BLOCK IoStatus);
NTKERNELAPI BOOLEAN NTAPI CcCopyWrite(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ BOOLEAN Wait, _In_reads_bytes_(Length) PVOID Buffer);
NTKERNELAPI VOID NTAPI CcFlushCache(
    _In_ PSECTION_OBJECT_POINTERS SectionObjectPointer, _In_opt_ PLARGE_INTEGER FileOffset,
    _In_ ULONG Length, _Out_opt_ PIO_STATUS_BLOCK IoStatus);
NTKERNELAPI BOOLEAN NTAPI CcPurgeCacheSection(
    _In_ PSECTION_OBJECT_POINTERS SectionObjectPointer, _In_opt_ PLARGE_INTEGER FileOffset,
    _In_ ULONG Length, _In_ ULONG Flags);
NTKERNELAPI BOOLEAN NTAPI CcZeroData(_In_ PFILE_OBJECT FileObject,
                                     _In_ PLARGE_INTEGER StartOffset,
                                     _In_ PLARGE_INTEGER EndOffset, _In_ BOOLEAN Wait);
NTKERNELAPI BOOLEAN NTAPI CcCanIWrite(_In_ PFILE_OBJECT FileObject, _In_ ULONG BytesToWrite,
                                      _In_ BOOLEAN Wait, _In_ UCHAR Retrying);
typedef VOID (*PCC_POST_DEFERRED_WRITE)(_In_ PVOID Context1, _In_ PVOID Context2);
NTKERNELAPI VOID NTAPI CcDeferWrite(_In_ PFILE_OBJECT FileObject,
                                    _In_ PCC_POST_DEFERRED_WRITE PostRoutine,
                                    _In_ PVOID Context1, _In_ PVOID Context2,
                                    _In_ ULONG BytesToWrite, _In_ BOOLEAN Retrying);
NTKERNELAPI BOOLEAN NTAPI CcIsThereDirtyData(_In_ PVPB Vpb);
NTKERNELAPI VOID NTAPI CcSetReadAheadGranularity(_In_ PFILE_OBJECT FileObject,
                                                 _In_ ULONG Granularity);
NTKERNELAPI VOID NTAPI CcSetAdditionalCacheAttributes(_In_ PFILE_OBJECT FileObject,
                                                      _In_ BOOLEAN DisableReadAhead,
                                                      _In_ BOOLEAN DisableWriteBehind);
NTKERNELAPI VOID NTAPI CcSetAdditionalCacheAttributesEx(_In_ PFILE_OBJECT FileObject,
                                                        _In_ ULONG Flags);
NTKERNELAPI NTSTATUS NTAPI CcWaitForCurrentLazyWriterActivity(VOID);
NTKERNELAPI VOID NTAPI CcMdlRead(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _Out_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus);
NTKERNELAPI VOID NTAPI CcMdlReadComplete(_In_ PFILE_OBJECT FileObject, _In_ PMDL MdlChain);
NTKERNELAPI VOID NTAPI CcPrepareMdlWrite(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _Out_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus);
NTKERNELAPI VOID NTAPI CcMdlWriteComplete(_In_ PFILE_OBJECT FileObject,
                                          _In_ PLARGE_INTEGER FileOffset, _In_ PMDL MdlChain);
NTKERNELAPI BOOLEAN NTAPI CcMapData(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ ULONG Flags, _Outptr_ PVOID *Bcb, _Outptr_result_bytebuffer_(Length) PVOID *Buffer);
NTKERNELAPI BOOLEAN NTAPI CcPinRead(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ ULONG Flags, _Outptr_ PVOID *Bcb, _Outptr_result_bytebuffer_(Length) PVOID *Buffer);
NTKERNELAPI BOOLEAN NTAPI CcPinMappedData(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ ULONG Flags, _Inout_ PVOID *Bcb);
NTKERNELAPI BOOLEAN NTAPI CcPreparePinWrite(
    _In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ BOOLEAN Zero, _In_ ULONG Flags, _Outptr_ PVOID *Bcb,
    _Outptr_result_bytebuffer_(Length) PVOID *Buffer);
NTKERNELAPI VOID NTAPI CcSetDirtyPinnedData(_In_ PVOID BcbVoid, _In_opt_ PLARGE_INTEGER Lsn);
NTKERNELAPI VOID NTAPI CcUnpinData(_In_ PVOID Bcb);
NTKERNELAPI VOID NTAPI CcRepinBcb(_In_ PVOID Bcb);
NTKERNELAPI VOID NTAPI CcUnpinRepinnedBcb(_In_ PVOID Bcb, _In_ BOOLEAN WriteThrough,
                                          _Out_ PIO_STATUS_BLOCK IoStatus);

/* CcSetAdditionalCacheAttributesEx Flags: charge disk I/O to the issuer. */
#define CC_ENABLE_DISK_IO_ACCOUNTING 0x00000010

/* Saved thread priorities (IoInitializePriorityInfo, FltRetrieveIoPriorityInfo). */
typedef struct _IO_PRIORITY_INFO {
    ULONG Size;
    ULONG ThreadPriority;
    ULONG PagePriority;
    IO_PRIORITY_HINT IoPriority;
} IO_PRIORITY_INFO, *PIO_PRIORITY_INFO;

/* One buffer segment of a scatter/gather or prefetch list. */
typedef union _FILE_SEGMENT_ELEMENT {
    PVOID64 Buffer;
    ULONGLONG Alignment;
} FILE_SEGMENT_ELEMENT, *PFILE_SEGMENT_ELEMENT;

/* ---- memory manager views of file streams ---------------------------------- */

typedef enum _MMFLUSH_TYPE {
    MmFlushForDelete,
    MmFlushForWrite
} MMFLUSH_TYPE;

NTKERNELAPI BOOLEAN NTAPI MmFlushImageSection(_In_ PSECTION_OBJECT_POINTERS SectionObjectPointer,
                                              _In_ MMFLUSH_TYPE FlushType);
NTKERNELAPI BOOLEAN NTAPI MmCanFileBeTruncated(_In_ PSECTION_OBJECT_POINTERS SectionPointer,
                                               _In_opt_ PLARGE_INTEGER NewFileSize);
NTKERNELAPI BOOLEAN NTAPI MmForceSectionClosed(_In_ PSECTION_OBJECT_POINTERS SectionObjectPointer,
                                               _In_ BOOLEAN DelayClose);

/* ---- Unicode prefix tables ---------------------------------------------------- */

/* Opaque in the documentation; the members are an approximation. */
typedef struct _UNICODE_PREFIX_TABLE_ENTRY {
    CSHORT NodeTypeCode;
    CSHORT NameLength;
    struct _UNICODE_PREFIX_TABLE_ENTRY *NextPrefixTree;
    struct _UNICODE_PREFIX_TABLE_ENTRY *CaseMatch;
    RTL_SPLAY_LINKS Links;
    PUNICODE_STRING Prefix;
} UNICODE_PREFIX_TABLE_ENTRY, *PUNICODE_PREFIX_TABLE_ENTRY;

typedef struct _UNICODE_PREFIX_TABLE {
    CSHORT NodeTypeCode;
    CSHORT NameLength;
    PUNICODE_PREFIX_TABLE_ENTRY NextPrefixTree;
    PUNICODE_PREFIX_TABLE_ENTRY LastNextEntry;
} UNICODE_PREFIX_TABLE, *PUNICODE_PREFIX_TABLE;

NTSYSAPI VOID NTAPI RtlInitializeUnicodePrefix(_Out_ PUNICODE_PREFIX_TABLE PrefixTable);
NTSYSAPI BOOLEAN NTAPI RtlInsertUnicodePrefix(_In_ PUNICODE_PREFIX_TABLE PrefixTable,
                                              _In_ __drv_aliasesMem PUNICODE_STRING Prefix,
                                              _Out_ PUNICODE_PREFIX_TABLE_ENTRY PrefixTableEntry);
NTSYSAPI VOID NTAPI RtlRemoveUnicodePrefix(_In_ PUNICODE_PREFIX_TABLE PrefixTable,
                                           _In_ PUNICODE_PREFIX_TABLE_ENTRY PrefixTableEntry);
NTSYSAPI PUNICODE_PREFIX_TABLE_ENTRY NTAPI RtlFindUnicodePrefix(
    _In_ PUNICODE_PREFIX_TABLE PrefixTable, _In_ PCUNICODE_STRING FullName,
    _In_ ULONG CaseInsensitiveIndex);
NTSYSAPI PUNICODE_PREFIX_TABLE_ENTRY NTAPI RtlNextUnicodePrefix(
    _In_ PUNICODE_PREFIX_TABLE PrefixTable, _In_ BOOLEAN Restart);

/* ---- string conversions file systems use ----------------------------------- */

NTSYSAPI NTSTATUS NTAPI RtlDowncaseUnicodeString(
    _When_(AllocateDestinationString, _Out_) _When_(!AllocateDestinationString, _Inout_)
    PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString, _In_ BOOLEAN AllocateDestinationString);
NTSYSAPI NTSTATUS NTAPI RtlOemStringToCountedUnicodeString(
    PUNICODE_STRING DestinationString, _In_ PCOEM_STRING SourceString,
    _In_ BOOLEAN AllocateDestinationString);
NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToCountedOemString(
    POEM_STRING DestinationString, _In_ PCUNICODE_STRING SourceString,
    _In_ BOOLEAN AllocateDestinationString);
NTSYSAPI NTSTATUS NTAPI RtlUpcaseUnicodeStringToCountedOemString(
    POEM_STRING DestinationString, _In_ PCUNICODE_STRING SourceString,
    _In_ BOOLEAN AllocateDestinationString);
NTSYSAPI VOID NTAPI RtlFreeOemString(_Inout_ POEM_STRING OemString);
NTSYSAPI NTSTATUS NTAPI RtlOemToUnicodeN(
    _Out_writes_bytes_to_(MaxBytesInUnicodeString, *BytesInUnicodeString) PWCH UnicodeString,
    _In_ ULONG MaxBytesInUnicodeString, _Out_opt_ PULONG BytesInUnicodeString,
    _In_reads_bytes_(BytesInOemString) PCCH OemString, _In_ ULONG BytesInOemString);
NTSYSAPI NTSTATUS NTAPI RtlUnicodeToOemN(
    _Out_writes_bytes_to_(MaxBytesInOemString, *BytesInOemString) PCHAR OemString,
    _In_ ULONG MaxBytesInOemString, _Out_opt_ PULONG BytesInOemString,
    _In_reads_bytes_(BytesInUnicodeString) PCWCH UnicodeString, _In_ ULONG BytesInUnicodeString);
NTSYSAPI NTSTATUS NTAPI RtlUnicodeToUTF8N(
    _Out_writes_bytes_to_(UTF8StringMaxByteCount, *UTF8StringActualByteCount) PCHAR UTF8StringDestination,
    _In_ ULONG UTF8StringMaxByteCount, _Out_ PULONG UTF8StringActualByteCount,
    _In_reads_bytes_(UnicodeStringByteCount) PCWCH UnicodeStringSource,
    _In_ ULONG UnicodeStringByteCount);
NTSYSAPI NTSTATUS NTAPI RtlUTF8ToUnicodeN(
    _Out_writes_bytes_to_(UnicodeStringMaxByteCount, *UnicodeStringActualByteCount) PWSTR UnicodeStringDestination,
    _In_ ULONG UnicodeStringMaxByteCount, _Out_ PULONG UnicodeStringActualByteCount,
    _In_reads_bytes_(UTF8StringByteCount) PCCH UTF8StringSource, _In_ ULONG UTF8StringByteCount);

/* ---- privileges (SeSinglePrivilegeCheck) ------------------------------------ */

#define SE_CREATE_TOKEN_PRIVILEGE       (2L)
#define SE_ASSIGNPRIMARYTOKEN_PRIVILEGE (3L)
#define SE_LOCK_MEMORY_PRIVILEGE        (4L)
#define SE_INCREASE_QUOTA_PRIVILEGE     (5L)
#define SE_MACHINE_ACCOUNT_PRIVILEGE    (6L)
#define SE_TCB_PRIVILEGE                (7L)
#define SE_SECURITY_PRIVILEGE           (8L)
#define SE_TAKE_OWNERSHIP_PRIVILEGE     (9L)
#define SE_LOAD_DRIVER_PRIVILEGE        (10L)
#define SE_SYSTEM_PROFILE_PRIVILEGE     (11L)
#define SE_SYSTEMTIME_PRIVILEGE         (12L)
#define SE_PROF_SINGLE_PROCESS_PRIVILEGE (13L)
#define SE_INC_BASE_PRIORITY_PRIVILEGE  (14L)
#define SE_CREATE_PAGEFILE_PRIVILEGE    (15L)
#define SE_CREATE_PERMANENT_PRIVILEGE   (16L)
#define SE_BACKUP_PRIVILEGE             (17L)
#define SE_RESTORE_PRIVILEGE            (18L)
#define SE_SHUTDOWN_PRIVILEGE           (19L)
#define SE_DEBUG_PRIVILEGE              (20L)
#define SE_AUDIT_PRIVILEGE              (21L)
#define SE_SYSTEM_ENVIRONMENT_PRIVILEGE (22L)
#define SE_CHANGE_NOTIFY_PRIVILEGE      (23L)
#define SE_REMOTE_SHUTDOWN_PRIVILEGE    (24L)
#define SE_UNDOCK_PRIVILEGE             (25L)
#define SE_MANAGE_VOLUME_PRIVILEGE      (28L)
#define SE_IMPERSONATE_PRIVILEGE        (29L)
#define SE_CREATE_GLOBAL_PRIVILEGE      (30L)

NTKERNELAPI BOOLEAN NTAPI SeSinglePrivilegeCheck(_In_ LUID PrivilegeValue,
                                                 _In_ KPROCESSOR_MODE PreviousMode);

/* ---- security descriptors and ACLs (Rtl helpers file systems use) -------- */

#define OWNER_SECURITY_INFORMATION      0x00000001L
#define GROUP_SECURITY_INFORMATION      0x00000002L
#define DACL_SECURITY_INFORMATION       0x00000004L
#define SACL_SECURITY_INFORMATION       0x00000008L

#define TOKEN_QUERY                     0x0008

typedef USHORT SECURITY_DESCRIPTOR_CONTROL, *PSECURITY_DESCRIPTOR_CONTROL;
#define SE_OWNER_DEFAULTED              0x0001
#define SE_GROUP_DEFAULTED              0x0002
#define SE_DACL_PRESENT                 0x0004
#define SE_DACL_DEFAULTED               0x0008
#define SE_SACL_PRESENT                 0x0010
#define SE_SACL_DEFAULTED               0x0020
#define SE_DACL_PROTECTED               0x1000
#define SE_SACL_PROTECTED               0x2000
#define SE_SELF_RELATIVE                0x8000

#define SECURITY_DESCRIPTOR_REVISION    (1)
#define ACL_REVISION                    (2)

typedef struct _ACL {
    UCHAR AclRevision;
    UCHAR Sbz1;
    USHORT AclSize;
    USHORT AceCount;
    USHORT Sbz2;
} ACL, *PACL;

typedef struct _ACE_HEADER {
    UCHAR AceType;
    UCHAR AceFlags;
    USHORT AceSize;
} ACE_HEADER, *PACE_HEADER;

#define ACCESS_ALLOWED_ACE_TYPE         (0x0)
#define ACCESS_DENIED_ACE_TYPE          (0x1)
#define SYSTEM_AUDIT_ACE_TYPE           (0x2)

typedef struct _ACCESS_ALLOWED_ACE {
    ACE_HEADER Header;
    ACCESS_MASK Mask;
    ULONG SidStart;
} ACCESS_ALLOWED_ACE, *PACCESS_ALLOWED_ACE;

typedef struct _ACCESS_DENIED_ACE {
    ACE_HEADER Header;
    ACCESS_MASK Mask;
    ULONG SidStart;
} ACCESS_DENIED_ACE, *PACCESS_DENIED_ACE;

/* Absolute form; the self-relative form stores offsets in place of the
   pointers. */
typedef struct _SECURITY_DESCRIPTOR {
    UCHAR Revision;
    UCHAR Sbz1;
    SECURITY_DESCRIPTOR_CONTROL Control;
    PSID Owner;
    PSID Group;
    PACL Sacl;
    PACL Dacl;
} SECURITY_DESCRIPTOR, *PISECURITY_DESCRIPTOR;

FORCEINLINE LUID RtlConvertLongToLuid(_In_ LONG Long)
{
    LUID TempLuid;
    LARGE_INTEGER TempLi;
    TempLi.QuadPart = Long;
    TempLuid.LowPart = TempLi.LowPart;
    TempLuid.HighPart = TempLi.HighPart;
    return TempLuid;
}

NTSYSAPI ULONG NTAPI RtlLengthSecurityDescriptor(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor);
NTSYSAPI BOOLEAN NTAPI RtlValidSecurityDescriptor(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor);
NTSYSAPI BOOLEAN NTAPI RtlValidRelativeSecurityDescriptor(
    _In_reads_bytes_(SecurityDescriptorLength) PSECURITY_DESCRIPTOR SecurityDescriptorInput,
    _In_ ULONG SecurityDescriptorLength, _In_ SECURITY_INFORMATION RequiredInformation);
NTSYSAPI NTSTATUS NTAPI RtlCreateSecurityDescriptor(_Out_ PSECURITY_DESCRIPTOR SecurityDescriptor,
                                                    _In_ ULONG Revision);
NTSYSAPI NTSTATUS NTAPI RtlAbsoluteToSelfRelativeSD(
    _In_ PSECURITY_DESCRIPTOR AbsoluteSecurityDescriptor,
    _Out_writes_bytes_to_opt_(*BufferLength, *BufferLength) PSECURITY_DESCRIPTOR SelfRelativeSecurityDescriptor,
    _Inout_ PULONG BufferLength);
NTSYSAPI NTSTATUS NTAPI RtlSetDaclSecurityDescriptor(
    _Inout_ PSECURITY_DESCRIPTOR SecurityDescriptor, _In_ BOOLEAN DaclPresent,
    _In_opt_ PACL Dacl, _In_opt_ BOOLEAN DaclDefaulted);
NTSYSAPI NTSTATUS NTAPI RtlGetDaclSecurityDescriptor(
    _In_ PSECURITY_DESCRIPTOR SecurityDescriptor, _Out_ PBOOLEAN DaclPresent,
    _Outptr_result_maybenull_ PACL *Dacl, _Out_ PBOOLEAN DaclDefaulted);
NTSYSAPI NTSTATUS NTAPI RtlCreateAcl(_Out_writes_bytes_(AclLength) PACL Acl, _In_ ULONG AclLength,
                                     _In_ ULONG AclRevision);
NTSYSAPI NTSTATUS NTAPI RtlGetAce(_In_ PACL Acl, _In_ ULONG AceIndex, _Outptr_ PVOID *Ace);
NTSYSAPI NTSTATUS NTAPI RtlAddAccessAllowedAce(_Inout_ PACL Acl, _In_ ULONG AceRevision,
                                               _In_ ACCESS_MASK AccessMask, _In_ PSID Sid);
NTSYSAPI ULONG NTAPI RtlLengthSid(_In_ PSID Sid);

/* ---- sector size information (FileFsSectorSizeInformation) ---------------- */

typedef struct _FILE_FS_SECTOR_SIZE_INFORMATION {
    ULONG LogicalBytesPerSector;
    ULONG PhysicalBytesPerSectorForAtomicity;
    ULONG PhysicalBytesPerSectorForPerformance;
    ULONG FileSystemEffectivePhysicalBytesPerSectorForAtomicity;
    ULONG Flags;
    ULONG ByteOffsetForSectorAlignment;
    ULONG ByteOffsetForPartitionAlignment;
} FILE_FS_SECTOR_SIZE_INFORMATION, *PFILE_FS_SECTOR_SIZE_INFORMATION;

#define SSINFO_FLAGS_ALIGNED_DEVICE              0x00000001
#define SSINFO_FLAGS_PARTITION_ALIGNED_ON_DEVICE 0x00000002
#define SSINFO_FLAGS_NO_SEEK_PENALTY             0x00000004
#define SSINFO_FLAGS_TRIM_ENABLED                0x00000008
#define SSINFO_OFFSET_UNKNOWN                    (0xffffffff)

NTKERNELAPI NTSTATUS NTAPI FsRtlGetSectorSizeInformation(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Out_ PFILE_FS_SECTOR_SIZE_INFORMATION SectorSizeInfo);

/* ---- processes ----------------------------------------------------------- */

NTKERNELAPI NTSTATUS NTAPI PsLookupProcessByProcessId(_In_ HANDLE ProcessId,
                                                      _Outptr_ PEPROCESS *Process);
NTKERNELAPI NTSTATUS NTAPI PsLookupThreadByThreadId(_In_ HANDLE ThreadId,
                                                    _Outptr_ PETHREAD *Thread);
NTKERNELAPI VOID NTAPI KeStackAttachProcess(_Inout_ PRKPROCESS Process, _Out_ PRKAPC_STATE ApcState);
NTKERNELAPI VOID NTAPI KeUnstackDetachProcess(_In_ PRKAPC_STATE ApcState);
NTKERNELAPI NTSTATUS NTAPI ObOpenObjectByPointer(
    _In_ PVOID Object,
    _In_ ULONG HandleAttributes,
    _In_opt_ PVOID PassedAccessState,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_TYPE ObjectType,
    _In_ KPROCESSOR_MODE AccessMode,
    _Out_ PHANDLE Handle);

/* ---- system information (not in the WDK; opt-in, see the top comment) --- */

#ifdef HVCILINT_DECLARE_SYSINFO
typedef enum _SYSTEM_INFORMATION_CLASS {
    SystemBasicInformation = 0,
    SystemProcessInformation = 5,
    SystemModuleInformation = 11,
    SystemCodeIntegrityInformation = 103
} SYSTEM_INFORMATION_CLASS;

typedef struct _SYSTEM_CODEINTEGRITY_INFORMATION {
    ULONG Length;
    ULONG CodeIntegrityOptions;
} SYSTEM_CODEINTEGRITY_INFORMATION, *PSYSTEM_CODEINTEGRITY_INFORMATION;

#define CODEINTEGRITY_OPTION_ENABLED                      0x01
#define CODEINTEGRITY_OPTION_TESTSIGN                     0x02
#define CODEINTEGRITY_OPTION_UMCI_ENABLED                 0x04
#define CODEINTEGRITY_OPTION_UMCI_AUDITMODE_ENABLED       0x08
#define CODEINTEGRITY_OPTION_UMCI_EXCLUSIONPATHS_ENABLED  0x10
#define CODEINTEGRITY_OPTION_TEST_BUILD                   0x20
#define CODEINTEGRITY_OPTION_PREPRODUCTION_BUILD          0x40
#define CODEINTEGRITY_OPTION_DEBUGMODE_ENABLED            0x80
#define CODEINTEGRITY_OPTION_FLIGHT_BUILD                 0x100
#define CODEINTEGRITY_OPTION_FLIGHTING_ENABLED            0x200
#define CODEINTEGRITY_OPTION_HVCI_KMCI_ENABLED            0x400
#define CODEINTEGRITY_OPTION_HVCI_KMCI_AUDITMODE_ENABLED  0x800
#define CODEINTEGRITY_OPTION_HVCI_KMCI_STRICTMODE_ENABLED 0x1000
#define CODEINTEGRITY_OPTION_HVCI_IUM_ENABLED             0x2000

NTSYSAPI NTSTATUS NTAPI ZwQuerySystemInformation(
    _In_ SYSTEM_INFORMATION_CLASS SystemInformationClass,
    _Out_writes_bytes_opt_(SystemInformationLength) PVOID SystemInformation,
    _In_ ULONG SystemInformationLength,
    _Out_opt_ PULONG ReturnLength);
#endif /* HVCILINT_DECLARE_SYSINFO */

#ifdef __cplusplus
} /* extern "C" */
#endif

/* File-system control buffers, hard-link records, CcGetFileSizePointer. */
#include <ntifs_fsctl.h>

/* SE_EXPORTS and the kernel's SeExports pointer. */
#include <ntifs_se.h>

#endif /* _NTIFS_ */
