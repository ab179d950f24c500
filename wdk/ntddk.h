/*
 * ntddk.h - hvcilint's compact stand-in for the WDK's ntddk.h.
 *
 * Written for hvcilint from public facts (hvci-facts.md parameter lists
 * and values), not taken from the WDK.  Includes wdm.h and adds the
 * ntddk-only memory APIs of the facts (non-cached memory, MmCopyMemory,
 * system/session-space views, MmMapVideoDisplay, silo contexts) plus the
 * process/thread/image notification routines drivers commonly use.
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

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _NTDDK_ */
