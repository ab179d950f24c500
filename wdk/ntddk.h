/*
 * ntddk.h - hvcilint's compact stand-in for the WDK's ntddk.h.
 *
 * Written for hvcilint from public facts (hvci-facts.md parameter lists
 * and values), not taken from the WDK.  Includes wdm.h and adds the
 * ntddk-only memory APIs of the facts (non-cached memory, MmCopyMemory,
 * system/session-space views, MmMapVideoDisplay, silo contexts) plus the
 * process/thread/image notification routines drivers commonly use, splay
 * links and the generic / AVL tables (RtlXxxGenericTable[Avl]), and
 * PROCESSINFOCLASS (the documented classes only) with
 * ZwQueryInformationProcess.
 *
 * Left out: nearly everything else of the real header (HAL, bus, power,
 * processor-group and ETW interfaces, ObRegisterCallbacks, ...).
 */
#pragma once
#ifndef _NTDDK_
#define _NTDDK_

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PROTECTED_POOL 0x0   /* deprecated: no longer has any effect */

/* Non-cached memory (executability undocumented). */
NTKERNELAPI PVOID NTAPI MmAllocateNonCachedMemory(_In_ SIZE_T NumberOfBytes);
NTKERNELAPI VOID NTAPI MmFreeNonCachedMemory(_In_ PVOID BaseAddress, _In_ SIZE_T NumberOfBytes);

/* MmCopyMemory (Windows 8.1+). */
typedef struct _MM_COPY_ADDRESS {
    union {
        PVOID VirtualAddress;
        PHYSICAL_ADDRESS PhysicalAddress;
    };
} MM_COPY_ADDRESS, *PMMCOPY_ADDRESS;

#define MM_COPY_MEMORY_PHYSICAL 0x1
#define MM_COPY_MEMORY_VIRTUAL  0x2

NTKERNELAPI NTSTATUS NTAPI MmCopyMemory(
    _In_ PVOID TargetAddress,
    _In_ MM_COPY_ADDRESS SourceAddress,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Flags,
    _Out_ PSIZE_T NumberOfBytesTransferred);

/* Views of section objects in system / session space (no protection arg). */
NTKERNELAPI NTSTATUS NTAPI MmMapViewInSystemSpace(
    _In_ PVOID Section,
    _Outptr_result_bytebuffer_(*ViewSize) PVOID *MappedBase,
    _Inout_ PSIZE_T ViewSize);
NTKERNELAPI NTSTATUS NTAPI MmMapViewInSystemSpaceEx(
    _In_ PVOID Section,
    _Outptr_result_bytebuffer_(*ViewSize) PVOID *MappedBase,
    _Inout_ PSIZE_T ViewSize,
    _Inout_ PLARGE_INTEGER SectionOffset,
    _In_ ULONG_PTR Flags);
NTKERNELAPI NTSTATUS NTAPI MmUnmapViewInSystemSpace(_In_ PVOID MappedBase);
NTKERNELAPI NTSTATUS NTAPI MmMapViewInSessionSpace(
    _In_ PVOID Section,
    _Outptr_result_bytebuffer_(*ViewSize) PVOID *MappedBase,
    _Inout_ PSIZE_T ViewSize);
NTKERNELAPI NTSTATUS NTAPI MmMapViewInSessionSpaceEx(
    _In_ PVOID Section,
    _Outptr_result_bytebuffer_(*ViewSize) PVOID *MappedBase,
    _Inout_ PSIZE_T ViewSize,
    _Inout_ PLARGE_INTEGER SectionOffset,
    _In_ ULONG_PTR Flags);
NTKERNELAPI NTSTATUS NTAPI MmUnmapViewInSessionSpace(_In_ PVOID MappedBase);

/* Like MmMapIoSpace (executability unconfirmed). */
NTKERNELAPI PVOID NTAPI MmMapVideoDisplay(
    _In_ PHYSICAL_ADDRESS PhysicalAddress,
    _In_ SIZE_T NumberOfBytes,
    _In_ MEMORY_CACHING_TYPE CacheType);
NTKERNELAPI VOID NTAPI MmUnmapVideoDisplay(_In_ PVOID BaseAddress, _In_ SIZE_T NumberOfBytes);

/* Transacted file operations: the miniversion and transaction a create
   uses (IoGetTransactionParameterBlock). */
#define TXF_MINIVERSION_DEFAULT_VIEW 0xFFFE
typedef struct _TXN_PARAMETER_BLOCK {
    USHORT Length;
    USHORT TxFsContext;
    PVOID TransactionObject;
} TXN_PARAMETER_BLOCK, *PTXN_PARAMETER_BLOCK;

/* Extra parameters of IoCreateFileEx / FltCreateFileEx2. */
typedef struct _IO_DRIVER_CREATE_CONTEXT {
    CSHORT Size;
    struct _ECP_LIST *ExtraCreateParameter;
    PVOID DeviceObjectHint;
    PTXN_PARAMETER_BLOCK TxnParameters;
    PESILO SiloContext;
} IO_DRIVER_CREATE_CONTEXT, *PIO_DRIVER_CREATE_CONTEXT;

/* Sets Size and clears the other members. */
FORCEINLINE VOID IoInitializeDriverCreateContext(_Out_ PIO_DRIVER_CREATE_CONTEXT DriverContext)
{
    RtlZeroMemory(DriverContext, sizeof(IO_DRIVER_CREATE_CONTEXT));
    DriverContext->Size = sizeof(IO_DRIVER_CREATE_CONTEXT);
}

/* IoCreateFileEx / FltCreateFileEx2 Options: skip the share-access check. */
#define IO_IGNORE_SHARE_ACCESS_CHECK 0x0800

/* Server silos. */
typedef VOID SILO_CONTEXT_CLEANUP_CALLBACK(_In_ PVOID SiloContext);
typedef SILO_CONTEXT_CLEANUP_CALLBACK *PSILO_CONTEXT_CLEANUP_CALLBACK;
NTKERNELAPI NTSTATUS NTAPI PsCreateSiloContext(
    _In_ PESILO Silo,
    _In_ ULONG Size,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PSILO_CONTEXT_CLEANUP_CALLBACK ContextCleanupCallback,
    _Outptr_result_bytebuffer_(Size) PVOID *ReturnedSiloContext);
NTKERNELAPI VOID NTAPI PsDereferenceSiloContext(_In_ PVOID SiloContext);

/* Process / thread / image notifications. */
typedef VOID CREATE_PROCESS_NOTIFY_ROUTINE(_In_ HANDLE ParentId, _In_ HANDLE ProcessId,
                                           _In_ BOOLEAN Create);
typedef CREATE_PROCESS_NOTIFY_ROUTINE *PCREATE_PROCESS_NOTIFY_ROUTINE;

typedef struct _PS_CREATE_NOTIFY_INFO {
    SIZE_T Size;
    union {
        ULONG Flags;
        struct {
            ULONG FileOpenNameAvailable : 1;
            ULONG IsSubsystemProcess : 1;
            ULONG Reserved : 30;
        };
    };
    HANDLE ParentProcessId;
    CLIENT_ID CreatingThreadId;
    struct _FILE_OBJECT *FileObject;
    PCUNICODE_STRING ImageFileName;
    PCUNICODE_STRING CommandLine;
    NTSTATUS CreationStatus;
} PS_CREATE_NOTIFY_INFO, *PPS_CREATE_NOTIFY_INFO;

typedef VOID CREATE_PROCESS_NOTIFY_ROUTINE_EX(_Inout_ PEPROCESS Process, _In_ HANDLE ProcessId,
                                              _Inout_opt_ PPS_CREATE_NOTIFY_INFO CreateInfo);
typedef CREATE_PROCESS_NOTIFY_ROUTINE_EX *PCREATE_PROCESS_NOTIFY_ROUTINE_EX;

typedef VOID CREATE_THREAD_NOTIFY_ROUTINE(_In_ HANDLE ProcessId, _In_ HANDLE ThreadId,
                                          _In_ BOOLEAN Create);
typedef CREATE_THREAD_NOTIFY_ROUTINE *PCREATE_THREAD_NOTIFY_ROUTINE;

typedef struct _IMAGE_INFO {
    union {
        ULONG Properties;
        struct {
            ULONG ImageAddressingMode : 8;
            ULONG SystemModeImage : 1;
            ULONG ImageMappedToAllPids : 1;
            ULONG ExtendedInfoPresent : 1;
            ULONG MachineTypeMismatch : 1;
            ULONG ImageSignatureLevel : 4;
            ULONG ImageSignatureType : 3;
            ULONG ImagePartialMap : 1;
            ULONG Reserved : 12;
        };
    };
    PVOID ImageBase;
    ULONG ImageSelector;
    SIZE_T ImageSize;
    ULONG ImageSectionNumber;
} IMAGE_INFO, *PIMAGE_INFO;

typedef VOID LOAD_IMAGE_NOTIFY_ROUTINE(_In_opt_ PUNICODE_STRING FullImageName,
                                       _In_ HANDLE ProcessId, _In_ PIMAGE_INFO ImageInfo);
typedef LOAD_IMAGE_NOTIFY_ROUTINE *PLOAD_IMAGE_NOTIFY_ROUTINE;

NTKERNELAPI NTSTATUS NTAPI PsSetCreateProcessNotifyRoutine(
    _In_ PCREATE_PROCESS_NOTIFY_ROUTINE NotifyRoutine, _In_ BOOLEAN Remove);
NTKERNELAPI NTSTATUS NTAPI PsSetCreateProcessNotifyRoutineEx(
    _In_ PCREATE_PROCESS_NOTIFY_ROUTINE_EX NotifyRoutine, _In_ BOOLEAN Remove);
NTKERNELAPI NTSTATUS NTAPI PsSetCreateThreadNotifyRoutine(
    _In_ PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine);
NTKERNELAPI NTSTATUS NTAPI PsRemoveCreateThreadNotifyRoutine(
    _In_ PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine);
NTKERNELAPI NTSTATUS NTAPI PsSetLoadImageNotifyRoutine(
    _In_ PLOAD_IMAGE_NOTIFY_ROUTINE NotifyRoutine);
NTKERNELAPI NTSTATUS NTAPI PsRemoveLoadImageNotifyRoutine(
    _In_ PLOAD_IMAGE_NOTIFY_ROUTINE NotifyRoutine);

NTKERNELAPI BOOLEAN NTAPI PsGetVersion(_Out_opt_ PULONG MajorVersion, _Out_opt_ PULONG MinorVersion,
                                       _Out_opt_ PULONG BuildNumber,
                                       _Out_opt_ PUNICODE_STRING CSDVersion);

/* ---- splay links and generic tables (RtlXxxGenericTable[Avl]) ------------ */

typedef struct _RTL_SPLAY_LINKS {
    struct _RTL_SPLAY_LINKS *Parent;
    struct _RTL_SPLAY_LINKS *LeftChild;
    struct _RTL_SPLAY_LINKS *RightChild;
} RTL_SPLAY_LINKS, *PRTL_SPLAY_LINKS;

#define RtlInitializeSplayLinks(Links)                                        \
    do {                                                                      \
        PRTL_SPLAY_LINKS _SplayLinks = (PRTL_SPLAY_LINKS)(Links);             \
        _SplayLinks->Parent = _SplayLinks;                                    \
        _SplayLinks->LeftChild = NULL;                                        \
        _SplayLinks->RightChild = NULL;                                       \
    } while (0)
#define RtlParent(Links)     ((PRTL_SPLAY_LINKS)(Links)->Parent)
#define RtlLeftChild(Links)  ((PRTL_SPLAY_LINKS)(Links)->LeftChild)
#define RtlRightChild(Links) ((PRTL_SPLAY_LINKS)(Links)->RightChild)
#define RtlIsRoot(Links)     ((RtlParent(Links) == (PRTL_SPLAY_LINKS)(Links)))
#define RtlIsLeftChild(Links)  ((RtlLeftChild(RtlParent(Links)) == (PRTL_SPLAY_LINKS)(Links)))
#define RtlIsRightChild(Links) ((RtlRightChild(RtlParent(Links)) == (PRTL_SPLAY_LINKS)(Links)))
#define RtlInsertAsLeftChild(ParentLinks, ChildLinks)                         \
    do {                                                                      \
        PRTL_SPLAY_LINKS _SplayParent = (PRTL_SPLAY_LINKS)(ParentLinks);      \
        PRTL_SPLAY_LINKS _SplayChild = (PRTL_SPLAY_LINKS)(ChildLinks);        \
        _SplayParent->LeftChild = _SplayChild;                                \
        _SplayChild->Parent = _SplayParent;                                   \
    } while (0)
#define RtlInsertAsRightChild(ParentLinks, ChildLinks)                        \
    do {                                                                      \
        PRTL_SPLAY_LINKS _SplayParent = (PRTL_SPLAY_LINKS)(ParentLinks);      \
        PRTL_SPLAY_LINKS _SplayChild = (PRTL_SPLAY_LINKS)(ChildLinks);        \
        _SplayParent->RightChild = _SplayChild;                               \
        _SplayChild->Parent = _SplayParent;                                   \
    } while (0)

NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlSplay(_Inout_ PRTL_SPLAY_LINKS Links);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlDelete(_In_ PRTL_SPLAY_LINKS Links);
NTSYSAPI VOID NTAPI RtlDeleteNoSplay(_In_ PRTL_SPLAY_LINKS Links, _Inout_ PRTL_SPLAY_LINKS *Root);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlSubtreeSuccessor(_In_ PRTL_SPLAY_LINKS Links);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlSubtreePredecessor(_In_ PRTL_SPLAY_LINKS Links);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlRealSuccessor(_In_ PRTL_SPLAY_LINKS Links);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlRealPredecessor(_In_ PRTL_SPLAY_LINKS Links);

typedef enum _RTL_GENERIC_COMPARE_RESULTS {
    GenericLessThan,
    GenericGreaterThan,
    GenericEqual
} RTL_GENERIC_COMPARE_RESULTS;

struct _RTL_GENERIC_TABLE;
typedef RTL_GENERIC_COMPARE_RESULTS RTL_GENERIC_COMPARE_ROUTINE(
    _In_ struct _RTL_GENERIC_TABLE *Table, _In_ PVOID FirstStruct, _In_ PVOID SecondStruct);
typedef RTL_GENERIC_COMPARE_ROUTINE *PRTL_GENERIC_COMPARE_ROUTINE;
typedef PVOID RTL_GENERIC_ALLOCATE_ROUTINE(_In_ struct _RTL_GENERIC_TABLE *Table,
                                           _In_ CLONG ByteSize);
typedef RTL_GENERIC_ALLOCATE_ROUTINE *PRTL_GENERIC_ALLOCATE_ROUTINE;
typedef VOID RTL_GENERIC_FREE_ROUTINE(_In_ struct _RTL_GENERIC_TABLE *Table,
                                      _In_ __drv_freesMem(Mem) _Post_invalid_ PVOID Buffer);
typedef RTL_GENERIC_FREE_ROUTINE *PRTL_GENERIC_FREE_ROUTINE;

/* The documentation treats the table as opaque (callers allocate
   sizeof(RTL_GENERIC_TABLE)); these members are an approximation. */
typedef struct _RTL_GENERIC_TABLE {
    PRTL_SPLAY_LINKS TableRoot;
    LIST_ENTRY InsertOrderList;
    PLIST_ENTRY OrderedPointer;
    ULONG WhichOrderedElement;
    ULONG NumberGenericTableElements;
    PRTL_GENERIC_COMPARE_ROUTINE CompareRoutine;
    PRTL_GENERIC_ALLOCATE_ROUTINE AllocateRoutine;
    PRTL_GENERIC_FREE_ROUTINE FreeRoutine;
    PVOID TableContext;
} RTL_GENERIC_TABLE, *PRTL_GENERIC_TABLE;

NTSYSAPI VOID NTAPI RtlInitializeGenericTable(
    _Out_ PRTL_GENERIC_TABLE Table, _In_ PRTL_GENERIC_COMPARE_ROUTINE CompareRoutine,
    _In_ PRTL_GENERIC_ALLOCATE_ROUTINE AllocateRoutine, _In_ PRTL_GENERIC_FREE_ROUTINE FreeRoutine,
    _In_opt_ PVOID TableContext);
NTSYSAPI PVOID NTAPI RtlInsertElementGenericTable(
    _In_ PRTL_GENERIC_TABLE Table, _In_reads_bytes_(BufferSize) PVOID Buffer,
    _In_ CLONG BufferSize, _Out_opt_ PBOOLEAN NewElement);
NTSYSAPI BOOLEAN NTAPI RtlDeleteElementGenericTable(_In_ PRTL_GENERIC_TABLE Table,
                                                    _In_ PVOID Buffer);
NTSYSAPI PVOID NTAPI RtlLookupElementGenericTable(_In_ PRTL_GENERIC_TABLE Table,
                                                  _In_ PVOID Buffer);
NTSYSAPI PVOID NTAPI RtlEnumerateGenericTable(_In_ PRTL_GENERIC_TABLE Table, _In_ BOOLEAN Restart);
NTSYSAPI PVOID NTAPI RtlEnumerateGenericTableWithoutSplaying(_In_ PRTL_GENERIC_TABLE Table,
                                                             _Inout_ PVOID *RestartKey);
NTSYSAPI PVOID NTAPI RtlGetElementGenericTable(_In_ PRTL_GENERIC_TABLE Table, _In_ ULONG I);
NTSYSAPI ULONG NTAPI RtlNumberGenericTableElements(_In_ PRTL_GENERIC_TABLE Table);
NTSYSAPI BOOLEAN NTAPI RtlIsGenericTableEmpty(_In_ PRTL_GENERIC_TABLE Table);

typedef struct _RTL_BALANCED_LINKS {
    struct _RTL_BALANCED_LINKS *Parent;
    struct _RTL_BALANCED_LINKS *LeftChild;
    struct _RTL_BALANCED_LINKS *RightChild;
    CHAR Balance;
    UCHAR Reserved[3];
} RTL_BALANCED_LINKS, *PRTL_BALANCED_LINKS;

struct _RTL_AVL_TABLE;
typedef RTL_GENERIC_COMPARE_RESULTS RTL_AVL_COMPARE_ROUTINE(
    _In_ struct _RTL_AVL_TABLE *Table, _In_ PVOID FirstStruct, _In_ PVOID SecondStruct);
typedef RTL_AVL_COMPARE_ROUTINE *PRTL_AVL_COMPARE_ROUTINE;
typedef PVOID RTL_AVL_ALLOCATE_ROUTINE(_In_ struct _RTL_AVL_TABLE *Table, _In_ CLONG ByteSize);
typedef RTL_AVL_ALLOCATE_ROUTINE *PRTL_AVL_ALLOCATE_ROUTINE;
typedef VOID RTL_AVL_FREE_ROUTINE(_In_ struct _RTL_AVL_TABLE *Table,
                                  _In_ __drv_freesMem(Mem) _Post_invalid_ PVOID Buffer);
typedef RTL_AVL_FREE_ROUTINE *PRTL_AVL_FREE_ROUTINE;
typedef NTSTATUS RTL_AVL_MATCH_FUNCTION(_In_ struct _RTL_AVL_TABLE *Table,
                                        _In_ PVOID UserData, _In_ PVOID MatchData);
typedef RTL_AVL_MATCH_FUNCTION *PRTL_AVL_MATCH_FUNCTION;

/* Opaque in the documentation as well; members are an approximation. */
typedef struct _RTL_AVL_TABLE {
    RTL_BALANCED_LINKS BalancedRoot;
    PVOID OrderedPointer;
    ULONG WhichOrderedElement;
    ULONG NumberGenericTableElements;
    ULONG DepthOfTree;
    PRTL_BALANCED_LINKS RestartKey;
    ULONG DeleteCount;
    PRTL_AVL_COMPARE_ROUTINE CompareRoutine;
    PRTL_AVL_ALLOCATE_ROUTINE AllocateRoutine;
    PRTL_AVL_FREE_ROUTINE FreeRoutine;
    PVOID TableContext;
} RTL_AVL_TABLE, *PRTL_AVL_TABLE;

NTSYSAPI VOID NTAPI RtlInitializeGenericTableAvl(
    _Out_ PRTL_AVL_TABLE Table, _In_ PRTL_AVL_COMPARE_ROUTINE CompareRoutine,
    _In_ PRTL_AVL_ALLOCATE_ROUTINE AllocateRoutine, _In_ PRTL_AVL_FREE_ROUTINE FreeRoutine,
    _In_opt_ PVOID TableContext);
NTSYSAPI PVOID NTAPI RtlInsertElementGenericTableAvl(
    _In_ PRTL_AVL_TABLE Table, _In_reads_bytes_(BufferSize) PVOID Buffer,
    _In_ CLONG BufferSize, _Out_opt_ PBOOLEAN NewElement);
NTSYSAPI BOOLEAN NTAPI RtlDeleteElementGenericTableAvl(_In_ PRTL_AVL_TABLE Table,
                                                       _In_ PVOID Buffer);
NTSYSAPI PVOID NTAPI RtlLookupElementGenericTableAvl(_In_ PRTL_AVL_TABLE Table, _In_ PVOID Buffer);
NTSYSAPI PVOID NTAPI RtlEnumerateGenericTableAvl(_In_ PRTL_AVL_TABLE Table, _In_ BOOLEAN Restart);
NTSYSAPI PVOID NTAPI RtlEnumerateGenericTableWithoutSplayingAvl(_In_ PRTL_AVL_TABLE Table,
                                                                _Inout_ PVOID *RestartKey);
NTSYSAPI PVOID NTAPI RtlEnumerateGenericTableLikeADirectory(
    _In_ PRTL_AVL_TABLE Table, _In_opt_ PRTL_AVL_MATCH_FUNCTION MatchFunction,
    _In_opt_ PVOID MatchData, _In_ ULONG NextFlag, _Inout_ PVOID *RestartKey,
    _Inout_ PULONG DeleteCount, _In_ PVOID Buffer);
NTSYSAPI PVOID NTAPI RtlGetElementGenericTableAvl(_In_ PRTL_AVL_TABLE Table, _In_ ULONG I);
NTSYSAPI ULONG NTAPI RtlNumberGenericTableElementsAvl(_In_ PRTL_AVL_TABLE Table);
NTSYSAPI BOOLEAN NTAPI RtlIsGenericTableEmptyAvl(_In_ PRTL_AVL_TABLE Table);

/* ---- process information (documented classes only) ----------------------- */

typedef enum _PROCESSINFOCLASS {
    ProcessBasicInformation = 0,
    ProcessDebugPort = 7,
    ProcessWow64Information = 26,
    ProcessImageFileName = 27,
    ProcessBreakOnTermination = 29,
    ProcessProtectionInformation = 61,
    ProcessSubsystemInformation = 75
} PROCESSINFOCLASS;

NTSYSAPI NTSTATUS NTAPI ZwQueryInformationProcess(
    _In_ HANDLE ProcessHandle, _In_ PROCESSINFOCLASS ProcessInformationClass,
    _Out_writes_bytes_(ProcessInformationLength) PVOID ProcessInformation,
    _In_ ULONG ProcessInformationLength, _Out_opt_ PULONG ReturnLength);

/* ---- FILE_DISPOSITION_INFORMATION_EX (FileDispositionInformationEx) ------- */

#define FILE_DISPOSITION_DO_NOT_DELETE              0x00000000
#define FILE_DISPOSITION_DELETE                     0x00000001
#define FILE_DISPOSITION_POSIX_SEMANTICS            0x00000002
#define FILE_DISPOSITION_FORCE_IMAGE_SECTION_CHECK  0x00000004
#define FILE_DISPOSITION_ON_CLOSE                   0x00000008
#define FILE_DISPOSITION_IGNORE_READONLY_ATTRIBUTE  0x00000010

typedef struct _FILE_DISPOSITION_INFORMATION_EX {
    ULONG Flags;
} FILE_DISPOSITION_INFORMATION_EX, *PFILE_DISPOSITION_INFORMATION_EX;

/* ---- Disk signature and firmware INT 13 drive parameters ---------------
   (the CM_INT13_DRIVE_PARAMETER and DISK_SIGNATURE reference pages; disk
   class drivers match BIOS-reported drives with them). */
typedef struct _CM_INT13_DRIVE_PARAMETER {
    USHORT DriveSelect;
    ULONG MaxCylinders;
    USHORT SectorsPerTrack;
    USHORT MaxHeads;
    USHORT NumberDrives;
} CM_INT13_DRIVE_PARAMETER, *PCM_INT13_DRIVE_PARAMETER;

typedef struct _DISK_SIGNATURE {
    ULONG PartitionStyle;
    union {
        struct {
            ULONG Signature;
            ULONG CheckSum;
        } Mbr;
        struct {
            GUID DiskId;
        } Gpt;
    };
} DISK_SIGNATURE, *PDISK_SIGNATURE;

/* TARGET_DEVICE_CUSTOM_NOTIFICATION is in wdm_pnp.h, with the other PnP
   notification records. */

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _NTDDK_ */
