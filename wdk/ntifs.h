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
 * Left out: file-system structures (FSRTL_COMMON_FCB_HEADER, oplocks,
 * byte-range locks, cache manager, reparse data, ...).
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
#define FSCTL_REQUEST_OPLOCK            CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 144, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* ---- processes ----------------------------------------------------------- */

NTKERNELAPI NTSTATUS NTAPI PsLookupProcessByProcessId(_In_ HANDLE ProcessId,
                                                      _Outptr_ PEPROCESS *Process);
NTKERNELAPI NTSTATUS NTAPI PsLookupThreadByThreadId(_In_ HANDLE ThreadId,
                                                    _Outptr_ PETHREAD *Thread);
NTKERNELAPI VOID NTAPI KeStackAttachProcess(_Inout_ PRKPROCESS Process, _Out_ PVOID ApcState);
NTKERNELAPI VOID NTAPI KeUnstackDetachProcess(_In_ PVOID ApcState);
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

#endif /* _NTIFS_ */
