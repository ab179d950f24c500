/*
 * wdm.h - hvcilint's compact stand-in for the WDK's wdm.h.
 *
 * Written for hvcilint from public facts (hvci-facts.md: API parameter
 * lists, numeric values, the NX opt-in mechanics of WDK 10.0.22621), not
 * taken from the WDK.  It declares the kernel surface typical drivers use
 * and reproduces exactly what decides whether memory is executable:
 *   - POOL_TYPE / POOL_FLAGS / PAGE_* / MdlMapping* / cache-type values;
 *   - the POOL_NX_OPTIN / POOL_NX_OPTIN_AUTO / POOL_NX_OPTOUT remapping of
 *     NonPagedPool and NonPagedPoolCacheAligned, the automatic AUTO on
 *     non-x86/x64 targets, the wrappers around
 *     ExInitializeNPagedLookasideList and MmMapLockedPagesSpecifyCache,
 *     MmGetSystemAddressForMdlSafe as an inline function, and
 *     ExInitializeDriverRuntime.
 * Also, among the rest of the kernel surface: the bug-check codes
 * (bugcodes.h), KeSave/RestoreFloatingPointState, the KTM enlistment and
 * notification types, IRP_MJ_FLUSH_BUFFERS minor codes, FILE_*_ALIGNMENT,
 * system-DMA completion and version-3 device descriptions, the ISR and
 * DpcForIsr role types and COUNTED_REASON_CONTEXT; from their reference
 * pages: the transaction access masks, TRANSACTION_OUTCOME and
 * TRANSACTION_BASIC_INFORMATION, guarded mutexes, KeWaitForMultipleObjects
 * (KWAIT_BLOCK opaque), READ/WRITE_REGISTER_*, RtlHashUnicodeString,
 * RtlStringFromGUID/RtlGUIDFromString, the VER_* version-check constants
 * with VerSetConditionMask and RtlVerifyVersionInfo, and
 * ObReferenceObjectByHandleWithTag.
 *
 * Left out: most of the real header (power IRP parameters and power
 * management beyond the basic states and Po* calls, most PnP interfaces,
 * the DMA operations table, WMI, timers beyond the basics, ETW, registry
 * callbacks, ...);
 * struct layouts of opaque kernel objects are approximations (sizes do not
 * matter to hvcilint); SAL annotations are no-ops; callback typedefs carry
 * no calling convention (x86 code should be analysed with /Gz, as WDK x86
 * builds are); deprecation is noted in comments, never __declspec(deprecated).
 */
#pragma once
#ifndef _WDMDDK_
#define _WDMDDK_

/* Included directly rather than through ntddk.h: headers shared with
 * user mode test _WDM_INCLUDED_ to skip what wdm.h already defines. */
#ifndef _NTDDK_
#define _WDM_INCLUDED_
#define _DDK_DRIVER_
#endif

#include <ntdef.h>
/* Bug-check codes for KeBugCheckEx. */
#include <bugcodes.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ===================================================================== */
/* Basic kernel types                                                     */
/* ===================================================================== */

typedef UCHAR KIRQL, *PKIRQL;
typedef CCHAR KPROCESSOR_MODE;
typedef enum _MODE { KernelMode = 0, UserMode = 1, MaximumMode } MODE;
typedef ULONG_PTR KSPIN_LOCK, *PKSPIN_LOCK;
typedef struct _KLOCK_QUEUE_HANDLE {
    PVOID LockQueue[2];
    KIRQL OldIrql;
} KLOCK_QUEUE_HANDLE, *PKLOCK_QUEUE_HANDLE;

typedef struct _KPROCESS *PKPROCESS, *PRKPROCESS;
typedef struct _KTHREAD *PKTHREAD, *PRKTHREAD;
/* The executive's process and thread objects begin with the kernel's, and
 * the WDK says so where a driver may use both: under ntifs.h a PEPROCESS is
 * a PKPROCESS and a PETHREAD a PKTHREAD (so KeStackAttachProcess takes
 * PsGetCurrentProcess() as it is), under the HAL's headers a PEPROCESS is a
 * PKPROCESS; elsewhere they are types of their own. */
#if defined(_NTHAL_INCLUDED_)
typedef struct _KPROCESS *PEPROCESS;
typedef struct _ETHREAD *PETHREAD;
#elif defined(_NTIFS_INCLUDED_)
typedef struct _KPROCESS *PEPROCESS;
typedef struct _KTHREAD *PETHREAD;
#else
typedef struct _EPROCESS *PEPROCESS;
typedef struct _ETHREAD *PETHREAD;
#endif
typedef struct _ESILO *PESILO;
typedef struct _OBJECT_TYPE *POBJECT_TYPE;
typedef struct _KTRANSACTION *PKTRANSACTION;
typedef struct _VPB *PVPB;
typedef struct _IO_TIMER *PIO_TIMER;
typedef struct _IO_WORKITEM *PIO_WORKITEM;
typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef struct _FILE_OBJECT *PFILE_OBJECT;
typedef struct _IRP *PIRP;
typedef struct _IO_STACK_LOCATION *PIO_STACK_LOCATION;
typedef struct _SECTION_OBJECT_POINTERS *PSECTION_OBJECT_POINTERS;
typedef struct _IO_SECURITY_CONTEXT *PIO_SECURITY_CONTEXT;
typedef struct _CM_RESOURCE_LIST CM_RESOURCE_LIST, *PCM_RESOURCE_LIST;
typedef struct _IO_RESOURCE_REQUIREMENTS_LIST *PIO_RESOURCE_REQUIREMENTS_LIST;
typedef struct _EX_RUNDOWN_REF_CACHE_AWARE *PEX_RUNDOWN_REF_CACHE_AWARE;
typedef struct _EXCEPTION_POINTERS *PEXCEPTION_POINTERS;

typedef struct _CLIENT_ID {
    HANDLE UniqueProcess;
    HANDLE UniqueThread;
} CLIENT_ID, *PCLIENT_ID;

typedef struct _GENERIC_MAPPING {
    ACCESS_MASK GenericRead;
    ACCESS_MASK GenericWrite;
    ACCESS_MASK GenericExecute;
    ACCESS_MASK GenericAll;
} GENERIC_MAPPING, *PGENERIC_MAPPING;

/* Access tokens are opaque kernel objects. */
typedef PVOID PACCESS_TOKEN;

typedef struct _SECURITY_SUBJECT_CONTEXT {
    PVOID ClientToken;
    ULONG ImpersonationLevel;
    PVOID PrimaryToken;
    PVOID ProcessAuditId;
} SECURITY_SUBJECT_CONTEXT, *PSECURITY_SUBJECT_CONTEXT;

typedef struct _OBJECT_HANDLE_INFORMATION {
    ULONG HandleAttributes;
    ACCESS_MASK GrantedAccess;
} OBJECT_HANDLE_INFORMATION, *POBJECT_HANDLE_INFORMATION;

typedef struct _IO_STATUS_BLOCK {
    union {
        NTSTATUS Status;
        PVOID Pointer;
    };
    ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

typedef VOID IO_APC_ROUTINE(PVOID ApcContext, PIO_STATUS_BLOCK IoStatusBlock, ULONG Reserved);
typedef IO_APC_ROUTINE *PIO_APC_ROUTINE;

/* IRQL levels */
#define PASSIVE_LEVEL  0
#define LOW_LEVEL      0
#define APC_LEVEL      1
#define DISPATCH_LEVEL 2
#if defined(_X86_)
#define HIGH_LEVEL     31
#else
#define HIGH_LEVEL     15
#endif

/* Pages */
#define PAGE_SIZE  0x1000
#define PAGE_SHIFT 12L
#define BYTE_OFFSET(Va) ((ULONG)((LONG_PTR)(Va) & (PAGE_SIZE - 1)))
#define PAGE_ALIGN(Va)  ((PVOID)((ULONG_PTR)(Va) & ~((ULONG_PTR)PAGE_SIZE - 1)))
#define ROUND_TO_PAGES(Size) \
    (((ULONG_PTR)(Size) + PAGE_SIZE - 1) & ~((ULONG_PTR)PAGE_SIZE - 1))
#define BYTES_TO_PAGES(Size) \
    (((Size) >> PAGE_SHIFT) + (((Size) & (PAGE_SIZE - 1)) != 0))
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size)                              \
    ((ULONG)((((ULONG_PTR)(Size)) >> PAGE_SHIFT) +                            \
             ((BYTE_OFFSET(Va) + ((ULONG)(Size) & (PAGE_SIZE - 1)) +          \
               (PAGE_SIZE - 1)) >> PAGE_SHIFT)))

/* ===================================================================== */
/* Access rights, page protections, section and VM constants (facts 3.6, */
/* 3.8: only values confirmed from the WDK headers or mingw-w64)           */
/* ===================================================================== */

#define DELETE                   0x00010000L
#define READ_CONTROL             0x00020000L
#define WRITE_DAC                0x00040000L
#define WRITE_OWNER              0x00080000L
#define SYNCHRONIZE              0x00100000L
#define STANDARD_RIGHTS_REQUIRED 0x000F0000L
#define STANDARD_RIGHTS_READ     READ_CONTROL
#define STANDARD_RIGHTS_WRITE    READ_CONTROL
#define STANDARD_RIGHTS_EXECUTE  READ_CONTROL
#define STANDARD_RIGHTS_ALL      0x001F0000L
#define SPECIFIC_RIGHTS_ALL      0x0000FFFFL
#define MAXIMUM_ALLOWED          0x02000000L
#define ACCESS_SYSTEM_SECURITY   0x01000000L
#define GENERIC_READ             0x80000000L
#define GENERIC_WRITE            0x40000000L
#define GENERIC_EXECUTE          0x20000000L
#define GENERIC_ALL              0x10000000L

#define EVENT_QUERY_STATE        0x0001
#define EVENT_MODIFY_STATE       0x0002
#define EVENT_ALL_ACCESS         (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3)
#define THREAD_ALL_ACCESS        (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF)
#define PROCESS_ALL_ACCESS       (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF)

#define SECTION_QUERY                0x0001
#define SECTION_MAP_WRITE            0x0002
#define SECTION_MAP_READ             0x0004
#define SECTION_MAP_EXECUTE          0x0008
#define SECTION_EXTEND_SIZE          0x0010
#define SECTION_MAP_EXECUTE_EXPLICIT 0x0020
#define SECTION_ALL_ACCESS                                                \
    (STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_WRITE |       \
     SECTION_MAP_READ | SECTION_MAP_EXECUTE | SECTION_EXTEND_SIZE)

#define PAGE_NOACCESS                 0x01
#define PAGE_READONLY                 0x02
#define PAGE_READWRITE                0x04
#define PAGE_WRITECOPY                0x08
#define PAGE_EXECUTE                  0x10
#define PAGE_EXECUTE_READ             0x20
#define PAGE_EXECUTE_READWRITE        0x40
#define PAGE_EXECUTE_WRITECOPY        0x80
#define PAGE_GUARD                   0x100
#define PAGE_NOCACHE                 0x200
#define PAGE_WRITECOMBINE            0x400
#define PAGE_GRAPHICS_NOACCESS      0x0800
#define PAGE_GRAPHICS_READONLY      0x1000
#define PAGE_GRAPHICS_READWRITE     0x2000
#define PAGE_GRAPHICS_EXECUTE       0x4000
#define PAGE_GRAPHICS_EXECUTE_READ  0x8000
#define PAGE_GRAPHICS_EXECUTE_READWRITE 0x10000
#define PAGE_GRAPHICS_COHERENT      0x20000
#define PAGE_GRAPHICS_NOCACHE       0x40000
#define PAGE_ENCLAVE_THREAD_CONTROL 0x80000000
#define PAGE_REVERT_TO_FILE_MAP     0x80000000
#define PAGE_TARGETS_NO_UPDATE      0x40000000
#define PAGE_TARGETS_INVALID        0x40000000
#define PAGE_ENCLAVE_UNVALIDATED    0x20000000
#define PAGE_ENCLAVE_NO_CHANGE      0x20000000
#define PAGE_ENCLAVE_MASK           0x10000000

#define MEM_COMMIT                  0x00001000
#define MEM_RESERVE                 0x00002000
#define MEM_DECOMMIT                0x00004000
#define MEM_RELEASE                 0x00008000
#define MEM_FREE                    0x00010000
#define MEM_PRIVATE                 0x00020000
#define MEM_MAPPED                  0x00040000
#define MEM_RESET                   0x00080000
#define MEM_TOP_DOWN                0x00100000
#define MEM_RESET_UNDO              0x01000000
#define MEM_LARGE_PAGES             0x20000000
#define MEM_4MB_PAGES               0x80000000

#define SEC_HUGE_PAGES              0x00020000
#define SEC_PARTITION_OWNER_HANDLE  0x00040000
#define SEC_64K_PAGES               0x00080000
#define SEC_FILE                    0x00800000
#define SEC_IMAGE                   0x01000000
#define SEC_PROTECTED_IMAGE         0x02000000
#define SEC_RESERVE                 0x04000000
#define SEC_COMMIT                  0x08000000
#define SEC_NOCACHE                 0x10000000
#define SEC_WRITECOMBINE            0x40000000
#define SEC_LARGE_PAGES             0x80000000
#define SEC_IMAGE_NO_EXECUTE        (SEC_IMAGE | SEC_NOCACHE)

typedef enum _SECTION_INHERIT { ViewShare = 1, ViewUnmap = 2 } SECTION_INHERIT;

/* ===================================================================== */
/* C runtime pieces the Rtl memory macros need (declared here, no CRT)    */
/* ===================================================================== */

void *__HVCI_CDECL memcpy(void *_Dst, const void *_Src, size_t _Size);
void *__HVCI_CDECL memmove(void *_Dst, const void *_Src, size_t _Size);
void *__HVCI_CDECL memset(void *_Dst, int _Val, size_t _Size);
int __HVCI_CDECL memcmp(const void *_Buf1, const void *_Buf2, size_t _Size);

#define RtlEqualMemory(Destination, Source, Length) \
    (!memcmp((Destination), (Source), (Length)))
#define RtlMoveMemory(Destination, Source, Length) \
    memmove((Destination), (Source), (Length))
#define RtlCopyMemory(Destination, Source, Length) \
    memcpy((Destination), (Source), (Length))
#define RtlFillMemory(Destination, Length, Fill) \
    memset((Destination), (Fill), (Length))
#define RtlZeroMemory(Destination, Length) \
    memset((Destination), 0, (Length))
#define RtlCopyBytes RtlCopyMemory
#define RtlZeroBytes RtlZeroMemory
#define RtlFillBytes RtlFillMemory

NTSYSAPI SIZE_T NTAPI RtlCompareMemory(const VOID *Source1, const VOID *Source2, SIZE_T Length);

FORCEINLINE PVOID RtlSecureZeroMemory(PVOID ptr, SIZE_T cnt)
{
    volatile char *vptr = (volatile char *)ptr;
    while (cnt != 0) {
        *vptr = 0;
        vptr++;
        cnt--;
    }
    return ptr;
}

/* ===================================================================== */
/* Interlocked operations (compiler intrinsics)                           */
/* ===================================================================== */

#if defined(_MSC_VER) || defined(_MSC_EXTENSIONS)
#define InterlockedIncrement            _InterlockedIncrement
#define InterlockedDecrement            _InterlockedDecrement
#define InterlockedExchange             _InterlockedExchange
#define InterlockedExchangeAdd          _InterlockedExchangeAdd
#define InterlockedCompareExchange      _InterlockedCompareExchange
#define InterlockedOr                   _InterlockedOr
#define InterlockedAnd                  _InterlockedAnd
#define InterlockedXor                  _InterlockedXor
#define InterlockedExchangePointer      _InterlockedExchangePointer
#define InterlockedCompareExchangePointer _InterlockedCompareExchangePointer
#define InterlockedCompareExchange64    _InterlockedCompareExchange64
#if defined(_WIN64)
#define InterlockedIncrement64          _InterlockedIncrement64
#define InterlockedDecrement64          _InterlockedDecrement64
#define InterlockedExchange64           _InterlockedExchange64
#define InterlockedExchangeAdd64        _InterlockedExchangeAdd64
#endif
#else
#define InterlockedIncrement(p)          __sync_add_and_fetch((p), 1)
#define InterlockedDecrement(p)          __sync_sub_and_fetch((p), 1)
#define InterlockedExchange(p, v)        __sync_lock_test_and_set((p), (v))
#define InterlockedExchangeAdd(p, v)     __sync_fetch_and_add((p), (v))
#define InterlockedCompareExchange(p, e, c) __sync_val_compare_and_swap((p), (c), (e))
#define InterlockedOr(p, v)              __sync_fetch_and_or((p), (v))
#define InterlockedAnd(p, v)             __sync_fetch_and_and((p), (v))
#define InterlockedXor(p, v)             __sync_fetch_and_xor((p), (v))
#define InterlockedExchangePointer(p, v) __sync_lock_test_and_set((p), (v))
#define InterlockedCompareExchangePointer(p, e, c) __sync_val_compare_and_swap((p), (c), (e))
#define InterlockedCompareExchange64(p, e, c) __sync_val_compare_and_swap((p), (c), (e))
#define InterlockedIncrement64(p)        __sync_add_and_fetch((p), 1)
#define InterlockedDecrement64(p)        __sync_sub_and_fetch((p), 1)
#define InterlockedExchange64(p, v)      __sync_lock_test_and_set((p), (v))
#define InterlockedExchangeAdd64(p, v)   __sync_fetch_and_add((p), (v))
#endif

/* ===================================================================== */
/* Doubly/singly linked lists                                             */
/* ===================================================================== */

FORCEINLINE VOID InitializeListHead(PLIST_ENTRY ListHead)
{
    ListHead->Flink = ListHead->Blink = ListHead;
}

FORCEINLINE BOOLEAN IsListEmpty(const LIST_ENTRY *ListHead)
{
    return (BOOLEAN)(ListHead->Flink == ListHead);
}

FORCEINLINE BOOLEAN RemoveEntryList(PLIST_ENTRY Entry)
{
    PLIST_ENTRY Next = Entry->Flink;
    PLIST_ENTRY Prev = Entry->Blink;
    Prev->Flink = Next;
    Next->Blink = Prev;
    return (BOOLEAN)(Prev == Next);
}

FORCEINLINE PLIST_ENTRY RemoveHeadList(PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Flink;
    RemoveEntryList(Entry);
    return Entry;
}

FORCEINLINE PLIST_ENTRY RemoveTailList(PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Blink;
    RemoveEntryList(Entry);
    return Entry;
}

FORCEINLINE VOID InsertTailList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry)
{
    PLIST_ENTRY Last = ListHead->Blink;
    Entry->Flink = ListHead;
    Entry->Blink = Last;
    Last->Flink = Entry;
    ListHead->Blink = Entry;
}

FORCEINLINE VOID InsertHeadList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry)
{
    PLIST_ENTRY First = ListHead->Flink;
    Entry->Flink = First;
    Entry->Blink = ListHead;
    First->Blink = Entry;
    ListHead->Flink = Entry;
}

FORCEINLINE PSINGLE_LIST_ENTRY PopEntryList(PSINGLE_LIST_ENTRY ListHead)
{
    PSINGLE_LIST_ENTRY First = ListHead->Next;
    if (First != NULL) {
        ListHead->Next = First->Next;
    }
    return First;
}

FORCEINLINE VOID PushEntryList(PSINGLE_LIST_ENTRY ListHead, PSINGLE_LIST_ENTRY Entry)
{
    Entry->Next = ListHead->Next;
    ListHead->Next = Entry;
}

#if defined(_WIN64)
typedef struct DECLSPEC_ALIGN(16) _SLIST_ENTRY {
    struct _SLIST_ENTRY *Next;
} SLIST_ENTRY, *PSLIST_ENTRY;
typedef union DECLSPEC_ALIGN(16) _SLIST_HEADER {
    struct {
        ULONGLONG Alignment;
        ULONGLONG Region;
    };
} SLIST_HEADER, *PSLIST_HEADER;
#else
typedef struct _SINGLE_LIST_ENTRY SLIST_ENTRY, *PSLIST_ENTRY;
typedef union _SLIST_HEADER {
    ULONGLONG Alignment;
    struct {
        SLIST_ENTRY Next;
        USHORT Depth;
        USHORT CpuId;
    };
} SLIST_HEADER, *PSLIST_HEADER;
#endif

/* ===================================================================== */
/* Debug output and assertions                                            */
/* ===================================================================== */

ULONG __HVCI_CDECL DbgPrint(PCSTR Format, ...);
ULONG __HVCI_CDECL DbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, ...);
NTSYSAPI VOID NTAPI DbgBreakPoint(VOID);
NTSYSAPI VOID NTAPI RtlAssert(PVOID VoidFailedAssertion, PVOID VoidFileName,
                              ULONG LineNumber, PSTR MutableMessage);

#define DPFLTR_ERROR_LEVEL   0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL   2
#define DPFLTR_INFO_LEVEL    3
#define DPFLTR_MASK          0x80000000
typedef enum _DPFLTR_TYPE {
    DPFLTR_IHVDRIVER_ID = 77,
    DPFLTR_IHVVIDEO_ID = 78,
    DPFLTR_IHVAUDIO_ID = 79,
    DPFLTR_IHVNETWORK_ID = 80,
    DPFLTR_IHVSTREAMING_ID = 81,
    DPFLTR_IHVBUS_ID = 82
} DPFLTR_TYPE;

#if DBG
#define KdPrint(_x_)           DbgPrint _x_
#define KdPrintEx(_x_)         DbgPrintEx _x_
#define KdBreakPoint()         DbgBreakPoint()
#define ASSERT(exp)                                                        \
    ((!(exp)) ? (RtlAssert((PVOID)#exp, (PVOID)__FILE__, __LINE__, NULL), \
                 FALSE)                                                    \
              : TRUE)
#define ASSERTMSG(msg, exp)                                                \
    ((!(exp)) ? (RtlAssert((PVOID)#exp, (PVOID)__FILE__, __LINE__,        \
                           (PSTR)(msg)), FALSE)                            \
              : TRUE)
#else
#define KdPrint(_x_)
#define KdPrintEx(_x_)
#define KdBreakPoint()
#define ASSERT(exp)            ((void)0)
#define ASSERTMSG(msg, exp)    ((void)0)
#endif
#define NT_ASSERT(exp)         ASSERT(exp)
#define NT_ASSERTMSG(msg, exp) ASSERTMSG(msg, exp)
#define NT_VERIFY(exp)         ((exp) ? TRUE : FALSE)
/* Drivers write both `PAGED_CODE();` and `PAGED_CODE()`: the WDK's
 * free-build expansion is a complete statement, so is this one. */
#define PAGED_CODE()           ((void)0);
#define PAGED_CODE_LOCKED()    ((void)0);
#define INIT_CODE()            ((void)0)

/* ===================================================================== */
/* Pool types (facts 3.1), modifier bits (3.2), POOL_FLAGS (3.3)          */
/* ===================================================================== */

typedef _Enum_is_bitflag_ enum _POOL_TYPE {
    NonPagedPool = 0,
    NonPagedPoolExecute = 0,
    PagedPool = 1,
    NonPagedPoolMustSucceed = 2,
    DontUseThisType = 3,
    NonPagedPoolCacheAligned = 4,
    PagedPoolCacheAligned = 5,
    NonPagedPoolCacheAlignedMustS = 6,
    MaxPoolType = 7,

    NonPagedPoolBase = 0,
    NonPagedPoolBaseMustSucceed = 2,
    NonPagedPoolBaseCacheAligned = 4,
    NonPagedPoolBaseCacheAlignedMustS = 6,

    /* session pool types: deprecated */
    NonPagedPoolSession = 32,
    PagedPoolSession = 33,
    NonPagedPoolMustSucceedSession = 34,
    DontUseThisTypeSession = 35,
    NonPagedPoolCacheAlignedSession = 36,
    PagedPoolCacheAlignedSession = 37,
    NonPagedPoolCacheAlignedMustSSession = 38,

    NonPagedPoolNx = 512,
    NonPagedPoolNxCacheAligned = 516,   /* reserved for the OS */
    NonPagedPoolSessionNx = 544         /* reserved for the OS */
} _Enum_is_bitflag_ POOL_TYPE;

#define POOL_QUOTA_FAIL_INSTEAD_OF_RAISE 8
#define POOL_RAISE_IF_ALLOCATION_FAILURE 16
#define POOL_COLD_ALLOCATION             256
#define POOL_NX_ALLOCATION               512
#define POOL_ZERO_ALLOCATION             1024

#define POOL_TAGGING 1

typedef ULONG64 POOL_FLAGS;

#define POOL_FLAG_REQUIRED_START       0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA            0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED        0x0000000000000002ULL
#define POOL_FLAG_SESSION              0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED        0x0000000000000008ULL
#define POOL_FLAG_RESERVED1            0x0000000000000010ULL
#define POOL_FLAG_RAISE_ON_FAILURE     0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED            0x0000000000000040ULL  /* NX */
#define POOL_FLAG_NON_PAGED_EXECUTE    0x0000000000000080ULL  /* executable */
#define POOL_FLAG_PAGED                0x0000000000000100ULL
#define POOL_FLAG_RESERVED2            0x0000000000000200ULL
#define POOL_FLAG_RESERVED3            0x0000000000000400ULL
#define POOL_FLAG_LAST_KNOWN_REQUIRED  POOL_FLAG_RESERVED3
#define POOL_FLAG_REQUIRED_END         0x0000000080000000ULL
#define POOL_FLAG_OPTIONAL_START       0x0000000100000000ULL
#define POOL_FLAG_SPECIAL_POOL         0x0000000100000000ULL
#define POOL_FLAG_OPTIONAL_END         0x8000000000000000ULL
#define POOL_FLAG_REQUIRED_MASK        0x00000000FFFFFFFFULL
#define POOL_FLAG_UNUSED_REQUIRED_BITS                                      \
    (POOL_FLAG_REQUIRED_MASK &                                              \
     ~(POOL_FLAG_LAST_KNOWN_REQUIRED | (POOL_FLAG_LAST_KNOWN_REQUIRED - 1)))

typedef enum _EX_POOL_PRIORITY {
    LowPoolPriority = 0,
    LowPoolPrioritySpecialPoolOverrun = 8,
    LowPoolPrioritySpecialPoolUnderrun = 9,
    NormalPoolPriority = 16,
    NormalPoolPrioritySpecialPoolOverrun = 24,
    NormalPoolPrioritySpecialPoolUnderrun = 25,
    HighPoolPriority = 32,
    HighPoolPrioritySpecialPoolOverrun = 40,
    HighPoolPrioritySpecialPoolUnderrun = 41
} EX_POOL_PRIORITY;

typedef enum _POOL_EXTENDED_PARAMETER_TYPE {
    PoolExtendedParameterInvalidType = 0,
    PoolExtendedParameterPriority = 1,
    PoolExtendedParameterSecurePool = 2,
    PoolExtendedParameterNumaNode = 3,
    PoolExtendedParameterMax = 4
} POOL_EXTENDED_PARAMETER_TYPE, *PPOOL_EXTENDED_PARAMETER_TYPE;

#define POOL_EXTENDED_PARAMETER_TYPE_BITS           8
#define POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS 1
#define POOL_EXTENDED_PARAMETER_RESERVED_BITS       (64 - 8 - 1)

#define SECURE_POOL_FLAGS_NONE       0x0
#define SECURE_POOL_FLAGS_FREEABLE   0x1
#define SECURE_POOL_FLAGS_MODIFIABLE 0x2

typedef struct _POOL_EXTENDED_PARAMS_SECURE_POOL {
    HANDLE SecurePoolHandle;
    PVOID Buffer;
    ULONG_PTR Cookie;
    ULONG SecurePoolFlags;
} POOL_EXTENDED_PARAMS_SECURE_POOL;

typedef ULONG POOL_NODE_REQUIREMENT;

typedef struct _POOL_EXTENDED_PARAMETER {
    struct {
        ULONG64 Type : POOL_EXTENDED_PARAMETER_TYPE_BITS;
        ULONG64 Optional : POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS;
        ULONG64 Reserved : POOL_EXTENDED_PARAMETER_RESERVED_BITS;
    };
    union {
        ULONG64 Reserved2;
        PVOID Reserved3;
        EX_POOL_PRIORITY Priority;
        POOL_EXTENDED_PARAMS_SECURE_POOL *SecurePoolParams;
        POOL_NODE_REQUIREMENT PreferredNode;
    };
} POOL_EXTENDED_PARAMETER, *PPOOL_EXTENDED_PARAMETER;
typedef const POOL_EXTENDED_PARAMETER *PCPOOL_EXTENDED_PARAMETER;

/* ===================================================================== */
/* NX opt-in (facts section 4).                                           */
/* ===================================================================== */

/*
 * 1. Driver builds for anything but x86/x64 (ARM, ARM64) always get
 *    POOL_NX_OPTIN_AUTO.  (The #undef of POOL_NX_OPTIN_AUTO only avoids a
 *    redefinition warning when the build already set it.)
 */
#if !defined(_X86_) && !defined(_AMD64_) && !defined(_NTOS_)
#undef POOL_NX_OPTIN
#undef POOL_NX_OPTIN_AUTO
#define POOL_NX_OPTIN_AUTO 1
#endif

/*
 * 2. Remap NonPagedPool / NonPagedPoolCacheAligned unless POOL_NX_OPTOUT is
 *    non-zero.  AUTO: compile-time NX constants.  OPTIN: run-time variables
 *    that ExInitializeDriverRuntime(DrvRtPoolNxOptIn) switches to NX on
 *    Windows 8 and later; until then they keep the executable defaults.
 *    Nothing else is remapped.
 */
#if !defined(POOL_NX_OPTOUT) || !POOL_NX_OPTOUT
#if defined(POOL_NX_OPTIN_AUTO) && POOL_NX_OPTIN_AUTO
#define NonPagedPool             NonPagedPoolNx
#define NonPagedPoolCacheAligned NonPagedPoolNxCacheAligned
#elif defined(POOL_NX_OPTIN) && POOL_NX_OPTIN
DECLSPEC_SELECTANY POOL_TYPE ExDefaultNonPagedPoolType = NonPagedPoolExecute;
DECLSPEC_SELECTANY ULONG ExDefaultMdlProtection = 0;
#define NonPagedPool             ExDefaultNonPagedPoolType
#define NonPagedPoolCacheAligned ((POOL_TYPE)(ExDefaultNonPagedPoolType + 4))
#define _HVCILINT_NX_OPTIN_VARIABLES 1
#endif
#endif

/* ===================================================================== */
/* Executive pool allocators (facts 2.1)                                  */
/* ===================================================================== */

/* Deprecated (Windows 10 2004): use ExAllocatePool2. */
NTKERNELAPI PVOID NTAPI ExAllocatePool(
    _In_ __drv_strictTypeMatch(__drv_typeExpr) POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes);

/* Deprecated (Windows 10 2004): use ExAllocatePool2(... | POOL_FLAG_USE_QUOTA). */
NTKERNELAPI PVOID NTAPI ExAllocatePoolWithQuota(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes);

/* Deprecated (Windows 10 2004): use ExAllocatePool2. */
NTKERNELAPI PVOID NTAPI ExAllocatePoolWithTag(
    _In_ __drv_strictTypeMatch(__drv_typeExpr) POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

/* Deprecated (Windows 10 2004): use ExAllocatePool3. */
NTKERNELAPI PVOID NTAPI ExAllocatePoolWithTagPriority(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

/* Deprecated (Windows 10 2004): use ExAllocatePool2(... | POOL_FLAG_USE_QUOTA). */
NTKERNELAPI PVOID NTAPI ExAllocatePoolWithQuotaTag(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

NTKERNELAPI PVOID NTAPI ExAllocatePool2(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

NTKERNELAPI PVOID NTAPI ExAllocatePool3(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_reads_opt_(ExtendedParametersCount) PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
    _In_ ULONG ExtendedParametersCount);

NTKERNELAPI VOID NTAPI ExFreePool(_Pre_notnull_ __drv_freesMem(Mem) PVOID P);
NTKERNELAPI VOID NTAPI ExFreePoolWithTag(_Pre_notnull_ __drv_freesMem(Mem) PVOID P, _In_ ULONG Tag);

/* Down-level wrappers (WDK 2004 and later). */
FORCEINLINE PVOID ExAllocatePoolZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag)
{
    return ExAllocatePoolWithTag((POOL_TYPE)(PoolType | POOL_ZERO_ALLOCATION),
                                 NumberOfBytes, Tag);
}

FORCEINLINE PVOID ExAllocatePoolUninitialized(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag)
{
    return ExAllocatePoolWithTag(PoolType, NumberOfBytes, Tag);
}

FORCEINLINE PVOID ExAllocatePoolQuotaZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag)
{
    return ExAllocatePoolWithQuotaTag((POOL_TYPE)(PoolType | POOL_ZERO_ALLOCATION),
                                      NumberOfBytes, Tag);
}

FORCEINLINE PVOID ExAllocatePoolQuotaUninitialized(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag)
{
    return ExAllocatePoolWithQuotaTag(PoolType, NumberOfBytes, Tag);
}

FORCEINLINE PVOID ExAllocatePoolPriorityZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                             ULONG Tag, EX_POOL_PRIORITY Priority)
{
    return ExAllocatePoolWithTagPriority((POOL_TYPE)(PoolType | POOL_ZERO_ALLOCATION),
                                         NumberOfBytes, Tag, Priority);
}

FORCEINLINE PVOID ExAllocatePoolPriorityUninitialized(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                                      ULONG Tag, EX_POOL_PRIORITY Priority)
{
    return ExAllocatePoolWithTagPriority(PoolType, NumberOfBytes, Tag, Priority);
}

NTKERNELAPI PEX_RUNDOWN_REF_CACHE_AWARE NTAPI ExAllocateCacheAwareRundownProtection(
    _In_ POOL_TYPE PoolType,
    _In_ ULONG PoolTag);
NTKERNELAPI VOID NTAPI ExFreeCacheAwareRundownProtection(
    _Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);

/* ===================================================================== */
/* Lookaside lists (facts 2.2)                                            */
/* ===================================================================== */

typedef struct _LOOKASIDE_LIST_EX *PLOOKASIDE_LIST_EX;

typedef PVOID ALLOCATE_FUNCTION(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
typedef ALLOCATE_FUNCTION *PALLOCATE_FUNCTION;
typedef VOID FREE_FUNCTION(_In_ __drv_freesMem(Mem) PVOID Buffer);
typedef FREE_FUNCTION *PFREE_FUNCTION;
typedef PVOID ALLOCATE_FUNCTION_EX(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes,
                                   _In_ ULONG Tag, _Inout_ PLOOKASIDE_LIST_EX Lookaside);
typedef ALLOCATE_FUNCTION_EX *PALLOCATE_FUNCTION_EX;
typedef VOID FREE_FUNCTION_EX(_In_ __drv_freesMem(Mem) PVOID Buffer,
                              _Inout_ PLOOKASIDE_LIST_EX Lookaside);
typedef FREE_FUNCTION_EX *PFREE_FUNCTION_EX;

typedef struct _GENERAL_LOOKASIDE_POOL {
    union {
        SLIST_HEADER ListHead;
        SINGLE_LIST_ENTRY SingleListHead;
    };
    USHORT Depth;
    USHORT MaximumDepth;
    ULONG TotalAllocates;
    union {
        ULONG AllocateMisses;
        ULONG AllocateHits;
    };
    ULONG TotalFrees;
    union {
        ULONG FreeMisses;
        ULONG FreeHits;
    };
    POOL_TYPE Type;
    ULONG Tag;
    ULONG Size;
    union {
        PALLOCATE_FUNCTION_EX AllocateEx;
        PALLOCATE_FUNCTION Allocate;
    };
    union {
        PFREE_FUNCTION_EX FreeEx;
        PFREE_FUNCTION Free;
    };
    LIST_ENTRY ListEntry;
    ULONG LastTotalAllocates;
    union {
        ULONG LastAllocateMisses;
        ULONG LastAllocateHits;
    };
    ULONG Future[2];
} GENERAL_LOOKASIDE_POOL, *PGENERAL_LOOKASIDE_POOL,
  GENERAL_LOOKASIDE, *PGENERAL_LOOKASIDE;

typedef struct _LOOKASIDE_LIST_EX {
    GENERAL_LOOKASIDE_POOL L;
} LOOKASIDE_LIST_EX;

typedef struct _NPAGED_LOOKASIDE_LIST {
    GENERAL_LOOKASIDE L;
#if defined(_X86_)
    KSPIN_LOCK Lock__ObsoleteButDoNotDelete;
#endif
} NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;

typedef struct _PAGED_LOOKASIDE_LIST {
    GENERAL_LOOKASIDE L;
} PAGED_LOOKASIDE_LIST, *PPAGED_LOOKASIDE_LIST;

#define EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL 0x00000001UL
#define EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE 0x00000002UL
#define EX_MAXIMUM_LOOKASIDE_DEPTH_BASE          256
#define EX_MAXIMUM_LOOKASIDE_DEPTH_LIMIT         1024

NTKERNELAPI NTSTATUS NTAPI ExInitializeLookasideListEx(
    _Out_ PLOOKASIDE_LIST_EX Lookaside,
    _In_opt_ PALLOCATE_FUNCTION_EX Allocate,
    _In_opt_ PFREE_FUNCTION_EX Free,
    _In_ POOL_TYPE PoolType,
    _In_ ULONG Flags,
    _In_ SIZE_T Size,
    _In_ ULONG Tag,
    _In_ USHORT Depth);
NTKERNELAPI VOID NTAPI ExDeleteLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside);
NTKERNELAPI VOID NTAPI ExFlushLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside);
NTKERNELAPI PVOID NTAPI ExAllocateFromLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside);
NTKERNELAPI VOID NTAPI ExFreeToLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside,
                                               _In_ __drv_freesMem(Entry) PVOID Entry);

/* Flags must contain POOL_NX_ALLOCATION for NX buffers (0 = executable). */
NTKERNELAPI VOID NTAPI ExInitializeNPagedLookasideList(
    _Out_ PNPAGED_LOOKASIDE_LIST Lookaside,
    _In_opt_ PALLOCATE_FUNCTION Allocate,
    _In_opt_ PFREE_FUNCTION Free,
    _In_ ULONG Flags,
    _In_ SIZE_T Size,
    _In_ ULONG Tag,
    _In_ USHORT Depth);

/* 3. Under the NX opt-in the name is redirected to a wrapper. */
#if (!defined(POOL_NX_OPTOUT) || !POOL_NX_OPTOUT) &&                        \
    ((defined(POOL_NX_OPTIN) && POOL_NX_OPTIN) ||                           \
     (defined(POOL_NX_OPTIN_AUTO) && POOL_NX_OPTIN_AUTO))
FORCEINLINE VOID ExInitializeNPagedLookasideList_NXPoolOptIn(
    _Out_ PNPAGED_LOOKASIDE_LIST Lookaside,
    _In_opt_ PALLOCATE_FUNCTION Allocate,
    _In_opt_ PFREE_FUNCTION Free,
    _In_ ULONG Flags,
    _In_ SIZE_T Size,
    _In_ ULONG Tag,
    _In_ USHORT Depth)
{
    ExInitializeNPagedLookasideList(Lookaside, Allocate, Free,
#if defined(POOL_NX_OPTIN_AUTO) && POOL_NX_OPTIN_AUTO
                                    Flags | POOL_NX_ALLOCATION,
#else
                                    Flags | (ULONG)ExDefaultNonPagedPoolType,
#endif
                                    Size, Tag, Depth);
}
#define ExInitializeNPagedLookasideList ExInitializeNPagedLookasideList_NXPoolOptIn
#endif

NTKERNELAPI VOID NTAPI ExDeleteNPagedLookasideList(_Inout_ PNPAGED_LOOKASIDE_LIST Lookaside);
NTKERNELAPI PVOID NTAPI ExAllocateFromNPagedLookasideList(_Inout_ PNPAGED_LOOKASIDE_LIST Lookaside);
NTKERNELAPI VOID NTAPI ExFreeToNPagedLookasideList(_Inout_ PNPAGED_LOOKASIDE_LIST Lookaside,
                                                   _In_ __drv_freesMem(Mem) PVOID Entry);

NTKERNELAPI VOID NTAPI ExInitializePagedLookasideList(
    _Out_ PPAGED_LOOKASIDE_LIST Lookaside,
    _In_opt_ PALLOCATE_FUNCTION Allocate,
    _In_opt_ PFREE_FUNCTION Free,
    _In_ ULONG Flags,
    _In_ SIZE_T Size,
    _In_ ULONG Tag,
    _In_ USHORT Depth);
NTKERNELAPI VOID NTAPI ExDeletePagedLookasideList(_Inout_ PPAGED_LOOKASIDE_LIST Lookaside);
NTKERNELAPI PVOID NTAPI ExAllocateFromPagedLookasideList(_Inout_ PPAGED_LOOKASIDE_LIST Lookaside);
NTKERNELAPI VOID NTAPI ExFreeToPagedLookasideList(_Inout_ PPAGED_LOOKASIDE_LIST Lookaside,
                                                  _In_ __drv_freesMem(Mem) PVOID Entry);

/* ===================================================================== */
/* Memory manager: caching types, MDLs, mappings (facts 2.3, 2.4, 3.5-3.7) */
/* ===================================================================== */

typedef enum _MEMORY_CACHING_TYPE_ORIG { MmFrameBufferCached = 2 } MEMORY_CACHING_TYPE_ORIG;
typedef enum _MEMORY_CACHING_TYPE {
    MmNotMapped = -1,
    MmNonCached = FALSE,
    MmCached = TRUE,
    MmWriteCombined = MmFrameBufferCached,
    MmHardwareCoherentCached,
    MmNonCachedUnordered,
    MmUSWCCached,
    MmMaximumCacheType
} MEMORY_CACHING_TYPE;

typedef enum _MM_PAGE_PRIORITY {
    LowPagePriority = 0,
    NormalPagePriority = 16,
    HighPagePriority = 32
} MM_PAGE_PRIORITY;

#define MdlMappingNoWrite       0x80000000
#define MdlMappingNoExecute     0x40000000
#define MdlMappingWithGuardPtes 0x20000000

#define MM_ANY_NODE_OK                          0x80000000
#define MM_ALLOCATE_CONTIGUOUS_MEMORY_FAST_ONLY 0x00000001
/* MmAllocatePagesForMdlEx flags. */
#define MM_DONT_ZERO_ALLOCATION                 0x00000001
#define MM_ALLOCATE_FROM_LOCAL_NODE_ONLY        0x00000002
#define MM_ALLOCATE_FULLY_REQUIRED              0x00000004
#define MM_ALLOCATE_PREFER_CONTIGUOUS           0x00000010
#define MM_ALLOCATE_REQUIRE_CONTIGUOUS_CHUNKS   0x00000020
#define MM_PROTECT_DRIVER_SECTION_ALLOW_UNLOAD  0x00000001

typedef enum _LOCK_OPERATION {
    IoReadAccess,
    IoWriteAccess,
    IoModifyAccess
} LOCK_OPERATION;

typedef struct _MDL {
    struct _MDL *Next;
    CSHORT Size;
    CSHORT MdlFlags;
    struct _EPROCESS *Process;
    PVOID MappedSystemVa;
    PVOID StartVa;
    ULONG ByteCount;
    ULONG ByteOffset;
} MDL, *PMDL;
typedef MDL *PMDLX;

#define MDL_MAPPED_TO_SYSTEM_VA     0x0001
#define MDL_PAGES_LOCKED            0x0002
#define MDL_SOURCE_IS_NONPAGED_POOL 0x0004
#define MDL_ALLOCATED_FIXED_SIZE    0x0008
#define MDL_PARTIAL                 0x0010
#define MDL_PARTIAL_HAS_BEEN_MAPPED 0x0020
#define MDL_IO_PAGE_READ            0x0040
#define MDL_WRITE_OPERATION         0x0080
#define MDL_LOCKED_PAGE_TABLES      0x0100
#define MDL_FREE_EXTRA_PTES         0x0200
#define MDL_DESCRIBES_AWE           0x0400
#define MDL_IO_SPACE                0x0800
#define MDL_NETWORK_HEADER          0x1000
#define MDL_MAPPING_CAN_FAIL        0x2000
#define MDL_PAGE_CONTENTS_INVARIANT 0x4000
#define MDL_INTERNAL                0x8000

#define MmGetMdlVirtualAddress(Mdl) \
    ((PVOID)((PCHAR)((Mdl)->StartVa) + (Mdl)->ByteOffset))
#define MmGetMdlByteCount(Mdl)  ((Mdl)->ByteCount)
#define MmGetMdlByteOffset(Mdl) ((Mdl)->ByteOffset)
#define MmGetMdlBaseVa(Mdl)     ((Mdl)->StartVa)
#define MmGetMdlPfnArray(Mdl)   ((PULONG_PTR)((Mdl) + 1))

NTKERNELAPI VOID NTAPI MmProbeAndLockPages(
    _Inout_ PMDL MemoryDescriptorList,
    _In_ KPROCESSOR_MODE AccessMode,
    _In_ LOCK_OPERATION Operation);
NTKERNELAPI VOID NTAPI MmUnlockPages(_Inout_ PMDL MemoryDescriptorList);
NTKERNELAPI VOID NTAPI MmBuildMdlForNonPagedPool(_Inout_ PMDL MemoryDescriptorList);
NTKERNELAPI SIZE_T NTAPI MmSizeOfMdl(_In_opt_ PVOID Base, _In_ SIZE_T Length);

/* Obsolete since Windows 2000: no way to ask for an NX mapping; not wrapped. */
NTKERNELAPI PVOID NTAPI MmMapLockedPages(
    _Inout_ PMDL MemoryDescriptorList,
    _In_ KPROCESSOR_MODE AccessMode);

/* Priority: MM_PAGE_PRIORITY | MdlMapping* flags; needs MdlMappingNoExecute. */
NTKERNELAPI PVOID NTAPI MmMapLockedPagesSpecifyCache(
    _Inout_ PMDL MemoryDescriptorList,
    _In_ KPROCESSOR_MODE AccessMode,
    _In_ MEMORY_CACHING_TYPE CacheType,
    _In_opt_ PVOID RequestedAddress,
    _In_ ULONG BugCheckOnFailure,
    _In_ ULONG Priority);

/* 4. Under the NX opt-in the name is redirected to a wrapper. */
#if (!defined(POOL_NX_OPTOUT) || !POOL_NX_OPTOUT) &&                        \
    ((defined(POOL_NX_OPTIN) && POOL_NX_OPTIN) ||                           \
     (defined(POOL_NX_OPTIN_AUTO) && POOL_NX_OPTIN_AUTO))
FORCEINLINE PVOID MmMapLockedPagesSpecifyCache_NXOptIn(
    _Inout_ PMDL MemoryDescriptorList,
    _In_ KPROCESSOR_MODE AccessMode,
    _In_ MEMORY_CACHING_TYPE CacheType,
    _In_opt_ PVOID RequestedAddress,
    _In_ ULONG BugCheckOnFailure,
    _In_ ULONG Priority)
{
    return MmMapLockedPagesSpecifyCache(MemoryDescriptorList, AccessMode, CacheType,
                                        RequestedAddress, BugCheckOnFailure,
#if defined(POOL_NX_OPTIN_AUTO) && POOL_NX_OPTIN_AUTO
                                        Priority | MdlMappingNoExecute
#else
                                        Priority | ExDefaultMdlProtection
#endif
                                        );
}
#define MmMapLockedPagesSpecifyCache MmMapLockedPagesSpecifyCache_NXOptIn
#endif

NTKERNELAPI VOID NTAPI MmUnmapLockedPages(_In_ PVOID BaseAddress, _Inout_ PMDL MemoryDescriptorList);

NTKERNELAPI PVOID NTAPI MmAllocateMappingAddress(_In_ SIZE_T NumberOfBytes, _In_ ULONG PoolTag);
NTKERNELAPI VOID NTAPI MmFreeMappingAddress(_In_ PVOID BaseAddress, _In_ ULONG PoolTag);
NTKERNELAPI PVOID NTAPI MmMapLockedPagesWithReservedMapping(
    _In_ PVOID MappingAddress,
    _In_ ULONG PoolTag,
    _Inout_ PMDL MemoryDescriptorList,
    _In_ MEMORY_CACHING_TYPE CacheType);
NTKERNELAPI VOID NTAPI MmUnmapReservedMapping(_In_ PVOID BaseAddress, _In_ ULONG PoolTag,
                                              _Inout_ PMDL MemoryDescriptorList);

NTKERNELAPI NTSTATUS NTAPI MmProtectMdlSystemAddress(
    _In_ PMDL MemoryDescriptorList,
    _In_ ULONG NewProtect);

typedef VOID MM_MDL_ROUTINE(_In_opt_ PVOID DriverContext, _In_ PVOID MappedVa);
typedef MM_MDL_ROUTINE *PMM_MDL_ROUTINE;
NTKERNELAPI NTSTATUS NTAPI MmMapMdl(
    _In_ PMDL MemoryDescriptorList,
    _In_ ULONG Protection,
    _In_ PMM_MDL_ROUTINE DriverRoutine,
    _In_opt_ PVOID DriverContext);

/* 5. Defined after the wrapper above, so the opt-in applies to it too. */
FORCEINLINE PVOID MmGetSystemAddressForMdlSafe(_Inout_ PMDL Mdl, _In_ ULONG Priority)
{
    if (Mdl->MdlFlags & (MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL)) {
        return Mdl->MappedSystemVa;
    } else {
        return MmMapLockedPagesSpecifyCache(Mdl, KernelMode, MmCached, NULL, FALSE, Priority);
    }
}

/* 6. Obsolete: always MmMapLockedPages, no NX possible. */
#define MmGetSystemAddressForMdl(MDL)                                       \
    (((MDL)->MdlFlags & (MDL_MAPPED_TO_SYSTEM_VA |                          \
                         MDL_SOURCE_IS_NONPAGED_POOL))                      \
         ? ((MDL)->MappedSystemVa)                                          \
         : (MmMapLockedPages((MDL), KernelMode)))

/* I/O space (MmMapIoSpace: C30029 - only executable memory). */
NTKERNELAPI PVOID NTAPI MmMapIoSpace(
    _In_ PHYSICAL_ADDRESS PhysicalAddress,
    _In_ SIZE_T NumberOfBytes,
    _In_ MEMORY_CACHING_TYPE CacheType);
NTKERNELAPI PVOID NTAPI MmMapIoSpaceEx(
    _In_ PHYSICAL_ADDRESS PhysicalAddress,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Protect);
NTKERNELAPI VOID NTAPI MmUnmapIoSpace(_In_ PVOID BaseAddress, _In_ SIZE_T NumberOfBytes);
/* Memory-mapped device registers (each access is a memory barrier). */
NTKERNELAPI UCHAR NTAPI READ_REGISTER_UCHAR(_In_ volatile UCHAR *Register);
NTKERNELAPI USHORT NTAPI READ_REGISTER_USHORT(_In_ volatile USHORT *Register);
NTKERNELAPI ULONG NTAPI READ_REGISTER_ULONG(_In_ volatile ULONG *Register);
NTKERNELAPI ULONG64 NTAPI READ_REGISTER_ULONG64(_In_ volatile ULONG64 *Register);
NTKERNELAPI VOID NTAPI WRITE_REGISTER_UCHAR(_In_ volatile UCHAR *Register, _In_ UCHAR Value);
NTKERNELAPI VOID NTAPI WRITE_REGISTER_USHORT(_In_ volatile USHORT *Register, _In_ USHORT Value);
NTKERNELAPI VOID NTAPI WRITE_REGISTER_ULONG(_In_ volatile ULONG *Register, _In_ ULONG Value);
NTKERNELAPI VOID NTAPI WRITE_REGISTER_ULONG64(_In_ volatile ULONG64 *Register, _In_ ULONG64 Value);
NTKERNELAPI PHYSICAL_ADDRESS NTAPI MmGetPhysicalAddress(_In_ PVOID BaseAddress);
NTKERNELAPI BOOLEAN NTAPI MmIsAddressValid(_In_ PVOID VirtualAddress);
NTKERNELAPI PVOID NTAPI MmGetSystemRoutineAddress(_In_ PUNICODE_STRING SystemRoutineName);

/* Contiguous memory (MmAllocateContiguousMemory* are executable). */
NTKERNELAPI PVOID NTAPI MmAllocateContiguousMemory(
    _In_ SIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress);
NTKERNELAPI PVOID NTAPI MmAllocateContiguousMemorySpecifyCache(
    _In_ SIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
    _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ MEMORY_CACHING_TYPE CacheType);
NTKERNELAPI PVOID NTAPI MmAllocateContiguousMemorySpecifyCacheNode(
    _In_ SIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
    _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ MEMORY_CACHING_TYPE CacheType,
    _In_ NODE_REQUIREMENT PreferredNode);
NTKERNELAPI PVOID NTAPI MmAllocateContiguousNodeMemory(
    _In_ SIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
    _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ ULONG Protect,
    _In_ NODE_REQUIREMENT PreferredNode);
NTKERNELAPI NTSTATUS NTAPI MmAllocateContiguousMemoryEx(
    _In_ PSIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ NODE_REQUIREMENT PreferredNode,
    _In_ ULONG Protect,
    _In_opt_ PVOID PartitionObject,
    _In_ ULONG Tag,
    _In_ ULONG Flags,
    _Out_ PVOID *BaseAddress);
NTKERNELAPI VOID NTAPI MmFreeContiguousMemory(_In_ PVOID BaseAddress);
NTKERNELAPI VOID NTAPI MmFreeContiguousMemorySpecifyCache(
    _In_ PVOID BaseAddress,
    _In_ SIZE_T NumberOfBytes,
    _In_ MEMORY_CACHING_TYPE CacheType);

/* Makes a driver data section read-only (fails on executable sections). */
NTKERNELAPI NTSTATUS NTAPI MmProtectDriverSection(
    _In_ PVOID AddressWithinSection,
    _In_ SIZE_T Size,
    _In_ ULONG Flags);

/* ===================================================================== */
/* Dispatcher objects, spin locks, time                                    */
/* ===================================================================== */

/* Opaque to drivers, but code that reads an object's type byte compiles
 * against the WDK's: the first 32 bits are also the type, signalling,
 * size and a reserved byte. */
typedef struct _DISPATCHER_HEADER {
    union {
        struct {
            UCHAR Type;
            UCHAR Signalling;
            UCHAR Size;
            UCHAR Reserved1;
        };
        LONG Lock;
    };
    LONG SignalState;
    LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER;

typedef enum _EVENT_TYPE { NotificationEvent, SynchronizationEvent } EVENT_TYPE;
typedef enum _KWAIT_REASON {   /* partial */
    Executive = 0,
    FreePage = 1,
    PageIn = 2,
    PoolAllocation = 3,
    DelayExecution = 4,
    Suspended = 5,
    UserRequest = 6
} KWAIT_REASON;
typedef enum _WAIT_TYPE { WaitAll, WaitAny } WAIT_TYPE;

typedef struct _KEVENT { DISPATCHER_HEADER Header; } KEVENT, *PKEVENT, *PRKEVENT;
typedef struct _KSEMAPHORE { DISPATCHER_HEADER Header; LONG Limit; } KSEMAPHORE, *PKSEMAPHORE, *PRKSEMAPHORE;
typedef struct _KMUTANT {
    DISPATCHER_HEADER Header;
    LIST_ENTRY MutantListEntry;
    PKTHREAD OwnerThread;
    BOOLEAN Abandoned;
    UCHAR ApcDisable;
} KMUTANT, *PKMUTANT, *PRKMUTANT, KMUTEX, *PKMUTEX, *PRKMUTEX;

typedef struct _FAST_MUTEX {
    LONG Count;
    PVOID Owner;
    ULONG Contention;
    KEVENT Event;
    ULONG OldIrql;
} FAST_MUTEX, *PFAST_MUTEX, KGUARDED_MUTEX, *PKGUARDED_MUTEX;

struct _KDPC;
typedef VOID KDEFERRED_ROUTINE(_In_ struct _KDPC *Dpc, _In_opt_ PVOID DeferredContext,
                               _In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;

typedef struct _KDPC {
    UCHAR Type;
    UCHAR Importance;
    volatile USHORT Number;
    SINGLE_LIST_ENTRY DpcListEntry;
    KAFFINITY ProcessorHistory;
    PKDEFERRED_ROUTINE DeferredRoutine;
    PVOID DeferredContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    PVOID DpcData;
} KDPC, *PKDPC, *PRKDPC;

typedef struct _KTIMER {
    DISPATCHER_HEADER Header;
    ULARGE_INTEGER DueTime;
    LIST_ENTRY TimerListEntry;
    struct _KDPC *Dpc;
    ULONG Processor;
    LONG Period;
} KTIMER, *PKTIMER, *PRKTIMER;

NTKERNELAPI VOID NTAPI KeInitializeEvent(_Out_ PRKEVENT Event, _In_ EVENT_TYPE Type, _In_ BOOLEAN State);
NTKERNELAPI LONG NTAPI KeSetEvent(_Inout_ PRKEVENT Event, _In_ KPRIORITY Increment, _In_ BOOLEAN Wait);
NTKERNELAPI LONG NTAPI KeResetEvent(_Inout_ PRKEVENT Event);
NTKERNELAPI VOID NTAPI KeClearEvent(_Inout_ PRKEVENT Event);
NTKERNELAPI LONG NTAPI KeReadStateEvent(_In_ PRKEVENT Event);
NTKERNELAPI NTSTATUS NTAPI KeWaitForSingleObject(
    _In_ PVOID Object,
    _In_ KWAIT_REASON WaitReason,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout);
#define KeWaitForMutexObject KeWaitForSingleObject
/* Waiting on several dispatcher objects; WaitBlockArray (opaque here) may be
   NULL for a small Count. */
typedef struct _KWAIT_BLOCK KWAIT_BLOCK, *PKWAIT_BLOCK, *PRKWAIT_BLOCK;
NTKERNELAPI NTSTATUS NTAPI KeWaitForMultipleObjects(
    _In_ ULONG Count,
    _In_reads_(Count) PVOID Object[],
    _In_ WAIT_TYPE WaitType,
    _In_ KWAIT_REASON WaitReason,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout,
    _Out_opt_ PKWAIT_BLOCK WaitBlockArray);
NTKERNELAPI VOID NTAPI KeInitializeMutex(_Out_ PRKMUTEX Mutex, _In_ ULONG Level);
NTKERNELAPI LONG NTAPI KeReleaseMutex(_Inout_ PRKMUTEX Mutex, _In_ BOOLEAN Wait);
NTKERNELAPI VOID NTAPI KeInitializeSemaphore(_Out_ PRKSEMAPHORE Semaphore, _In_ LONG Count, _In_ LONG Limit);
NTKERNELAPI LONG NTAPI KeReleaseSemaphore(_Inout_ PRKSEMAPHORE Semaphore, _In_ KPRIORITY Increment,
                                          _In_ LONG Adjustment, _In_ BOOLEAN Wait);

NTKERNELAPI VOID FASTCALL ExInitializeFastMutex(_Out_ PFAST_MUTEX FastMutex);
NTKERNELAPI VOID FASTCALL ExAcquireFastMutex(_Inout_ PFAST_MUTEX FastMutex);
NTKERNELAPI VOID FASTCALL ExReleaseFastMutex(_Inout_ PFAST_MUTEX FastMutex);
NTKERNELAPI BOOLEAN FASTCALL ExTryToAcquireFastMutex(_Inout_ PFAST_MUTEX FastMutex);
/* Guarded mutexes (acquiring one enters a guarded region: all APCs off). */
NTKERNELAPI VOID FASTCALL KeInitializeGuardedMutex(_Out_ PKGUARDED_MUTEX Mutex);
NTKERNELAPI VOID FASTCALL KeAcquireGuardedMutex(_Inout_ PKGUARDED_MUTEX Mutex);
NTKERNELAPI VOID FASTCALL KeReleaseGuardedMutex(_Inout_ PKGUARDED_MUTEX Mutex);
NTKERNELAPI BOOLEAN FASTCALL KeTryToAcquireGuardedMutex(_Inout_ PKGUARDED_MUTEX Mutex);
NTKERNELAPI VOID FASTCALL KeAcquireGuardedMutexUnsafe(_Inout_ PKGUARDED_MUTEX FastMutex);
NTKERNELAPI VOID FASTCALL KeReleaseGuardedMutexUnsafe(_Inout_ PKGUARDED_MUTEX FastMutex);

/* Executive resources (ERESOURCE).  The structure is opaque in the DDI
   reference; the size here approximates the x64 one (sizes do not matter
   to hvcilint). */
typedef ULONG_PTR ERESOURCE_THREAD, *PERESOURCE_THREAD;
typedef struct _ERESOURCE {
    LIST_ENTRY SystemResourcesList;
    ULONG_PTR Opaque[11];
} ERESOURCE, *PERESOURCE;

NTKERNELAPI NTSTATUS NTAPI ExInitializeResourceLite(_Out_ PERESOURCE Resource);
NTKERNELAPI NTSTATUS NTAPI ExReinitializeResourceLite(_Inout_ PERESOURCE Resource);
NTKERNELAPI NTSTATUS NTAPI ExDeleteResourceLite(_Inout_ PERESOURCE Resource);
NTKERNELAPI BOOLEAN NTAPI ExAcquireResourceExclusiveLite(_Inout_ PERESOURCE Resource,
                                                         _In_ BOOLEAN Wait);
NTKERNELAPI BOOLEAN NTAPI ExAcquireResourceSharedLite(_Inout_ PERESOURCE Resource,
                                                      _In_ BOOLEAN Wait);
NTKERNELAPI BOOLEAN NTAPI ExAcquireSharedStarveExclusive(_Inout_ PERESOURCE Resource,
                                                         _In_ BOOLEAN Wait);
NTKERNELAPI BOOLEAN NTAPI ExAcquireSharedWaitForExclusive(_Inout_ PERESOURCE Resource,
                                                          _In_ BOOLEAN Wait);
NTKERNELAPI BOOLEAN NTAPI ExTryToAcquireResourceExclusiveLite(_Inout_ PERESOURCE Resource);
NTKERNELAPI VOID FASTCALL ExReleaseResourceLite(_Inout_ PERESOURCE Resource);
NTKERNELAPI VOID NTAPI ExReleaseResourceForThreadLite(_Inout_ PERESOURCE Resource,
                                                      _In_ ERESOURCE_THREAD ResourceThreadId);
NTKERNELAPI VOID NTAPI ExSetResourceOwnerPointer(_Inout_ PERESOURCE Resource,
                                                 _In_ PVOID OwnerPointer);
NTKERNELAPI VOID NTAPI ExConvertExclusiveToSharedLite(_Inout_ PERESOURCE Resource);
NTKERNELAPI BOOLEAN NTAPI ExIsResourceAcquiredExclusiveLite(_In_ PERESOURCE Resource);
NTKERNELAPI ULONG NTAPI ExIsResourceAcquiredSharedLite(_In_ PERESOURCE Resource);
NTKERNELAPI ULONG NTAPI ExGetExclusiveWaiterCount(_In_ PERESOURCE Resource);
NTKERNELAPI ULONG NTAPI ExGetSharedWaiterCount(_In_ PERESOURCE Resource);
NTKERNELAPI PVOID NTAPI ExEnterCriticalRegionAndAcquireResourceExclusive(
    _Inout_ PERESOURCE Resource);
NTKERNELAPI PVOID NTAPI ExEnterCriticalRegionAndAcquireResourceShared(
    _Inout_ PERESOURCE Resource);
NTKERNELAPI VOID FASTCALL ExReleaseResourceAndLeaveCriticalRegion(_Inout_ PERESOURCE Resource);
#define ExIsResourceAcquiredLite    ExIsResourceAcquiredSharedLite
#define ExGetCurrentResourceThread() ((ERESOURCE_THREAD)PsGetCurrentThread())
#define ExAcquireResourceExclusive  ExAcquireResourceExclusiveLite
#define ExReleaseResource(R)        (ExReleaseResourceLite(R))

/* Push locks (Windows 10 1809+ in wdm.h; the lock is one pointer-sized
   word). */
typedef ULONG_PTR EX_PUSH_LOCK, *PEX_PUSH_LOCK;
#define EX_DEFAULT_PUSH_LOCK_FLAGS 0
NTKERNELAPI VOID NTAPI ExInitializePushLock(_Out_ PEX_PUSH_LOCK PushLock);
NTKERNELAPI VOID NTAPI ExAcquirePushLockExclusiveEx(_Inout_ PEX_PUSH_LOCK PushLock,
                                                    _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI ExAcquirePushLockSharedEx(_Inout_ PEX_PUSH_LOCK PushLock,
                                                 _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI ExReleasePushLockExclusiveEx(_Inout_ PEX_PUSH_LOCK PushLock,
                                                    _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI ExReleasePushLockSharedEx(_Inout_ PEX_PUSH_LOCK PushLock,
                                                 _In_ ULONG Flags);
NTKERNELAPI BOOLEAN NTAPI ExTryAcquirePushLockExclusiveEx(_Inout_ PEX_PUSH_LOCK PushLock,
                                                          _In_ ULONG Flags);
NTKERNELAPI BOOLEAN NTAPI ExTryAcquirePushLockSharedEx(_Inout_ PEX_PUSH_LOCK PushLock,
                                                       _In_ ULONG Flags);
#define ExAcquirePushLockExclusive(L)    ExAcquirePushLockExclusiveEx((L), EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExAcquirePushLockShared(L)       ExAcquirePushLockSharedEx((L), EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExReleasePushLockExclusive(L)    ExReleasePushLockExclusiveEx((L), EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExReleasePushLockShared(L)       ExReleasePushLockSharedEx((L), EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExTryAcquirePushLockExclusive(L) ExTryAcquirePushLockExclusiveEx((L), EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExTryAcquirePushLockShared(L)    ExTryAcquirePushLockSharedEx((L), EX_DEFAULT_PUSH_LOCK_FLAGS)

/* Kernel queues (the routines are in ntifs.h). */
typedef struct _KQUEUE {
    DISPATCHER_HEADER Header;
    LIST_ENTRY EntryListHead;
    volatile ULONG CurrentCount;
    ULONG MaximumCount;
    LIST_ENTRY ThreadListHead;
} KQUEUE, *PKQUEUE, *PRKQUEUE;

/* APC objects: opaque in the DDI reference; sizes approximate x64. */
typedef struct _KAPC {
    UCHAR Type;
    UCHAR AllApcFlags;
    UCHAR Size;
    UCHAR SpareByte1;
    ULONG SpareLong0;
    PKTHREAD Thread;
    LIST_ENTRY ApcListEntry;
    PVOID Reserved[3];
    PVOID NormalContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    CCHAR ApcStateIndex;
    KPROCESSOR_MODE ApcMode;
    BOOLEAN Inserted;
} KAPC, *PKAPC, *PRKAPC;
typedef struct _KAPC_STATE {
    LIST_ENTRY ApcListHead[2];
    PKPROCESS Process;
    ULONG_PTR Opaque[1];
} KAPC_STATE, *PKAPC_STATE, *PRKAPC_STATE;

NTKERNELAPI VOID NTAPI KeInitializeDpc(_Out_ PRKDPC Dpc, _In_ PKDEFERRED_ROUTINE DeferredRoutine,
                                       _In_opt_ PVOID DeferredContext);
NTKERNELAPI BOOLEAN NTAPI KeInsertQueueDpc(_Inout_ PRKDPC Dpc, _In_opt_ PVOID SystemArgument1,
                                           _In_opt_ PVOID SystemArgument2);
NTKERNELAPI BOOLEAN NTAPI KeRemoveQueueDpc(_Inout_ PRKDPC Dpc);
NTKERNELAPI VOID NTAPI KeInitializeTimer(_Out_ PKTIMER Timer);
NTKERNELAPI VOID NTAPI KeInitializeTimerEx(_Out_ PKTIMER Timer, _In_ ULONG Type);
NTKERNELAPI BOOLEAN NTAPI KeSetTimer(_Inout_ PKTIMER Timer, _In_ LARGE_INTEGER DueTime,
                                     _In_opt_ PKDPC Dpc);
NTKERNELAPI BOOLEAN NTAPI KeSetTimerEx(_Inout_ PKTIMER Timer, _In_ LARGE_INTEGER DueTime,
                                       _In_ LONG Period, _In_opt_ PKDPC Dpc);
NTKERNELAPI BOOLEAN NTAPI KeCancelTimer(_Inout_ PKTIMER Timer);

NTKERNELAPI VOID NTAPI KeInitializeSpinLock(_Out_ PKSPIN_LOCK SpinLock);
NTKERNELAPI KIRQL NTAPI KeAcquireSpinLockRaiseToDpc(_Inout_ PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID NTAPI KeReleaseSpinLock(_Inout_ PKSPIN_LOCK SpinLock, _In_ KIRQL NewIrql);
NTKERNELAPI VOID FASTCALL KeAcquireSpinLockAtDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID FASTCALL KeReleaseSpinLockFromDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID FASTCALL KeAcquireInStackQueuedSpinLock(_Inout_ PKSPIN_LOCK SpinLock,
                                                         _Out_ PKLOCK_QUEUE_HANDLE LockHandle);
NTKERNELAPI VOID FASTCALL KeReleaseInStackQueuedSpinLock(_In_ PKLOCK_QUEUE_HANDLE LockHandle);
#define KeAcquireSpinLock(SpinLock, OldIrql) \
    *(OldIrql) = KeAcquireSpinLockRaiseToDpc(SpinLock)

NTHALAPI KIRQL NTAPI KeGetCurrentIrql(VOID);
NTHALAPI VOID NTAPI KeLowerIrql(_In_ KIRQL NewIrql);
NTHALAPI KIRQL NTAPI KfRaiseIrql(_In_ KIRQL NewIrql);
#define KeRaiseIrql(a, b) *(b) = KfRaiseIrql(a)
NTKERNELAPI KIRQL NTAPI KeRaiseIrqlToDpcLevel(VOID);
NTKERNELAPI VOID NTAPI KeEnterCriticalRegion(VOID);
NTKERNELAPI VOID NTAPI KeLeaveCriticalRegion(VOID);
NTKERNELAPI VOID NTAPI KeEnterGuardedRegion(VOID);
NTKERNELAPI VOID NTAPI KeLeaveGuardedRegion(VOID);

NTKERNELAPI VOID NTAPI KeQuerySystemTime(_Out_ PLARGE_INTEGER CurrentTime);
NTKERNELAPI VOID NTAPI KeQuerySystemTimePrecise(_Out_ PLARGE_INTEGER CurrentTime);
NTKERNELAPI VOID NTAPI KeQueryTickCount(_Out_ PLARGE_INTEGER CurrentCount);
NTKERNELAPI ULONGLONG NTAPI KeQueryInterruptTime(VOID);
NTKERNELAPI ULONG64 NTAPI KeQueryInterruptTimePrecise(_Out_ PULONG64 QpcTimeStamp);
NTKERNELAPI ULONG NTAPI KeQueryTimeIncrement(VOID);
NTKERNELAPI LARGE_INTEGER NTAPI KeQueryPerformanceCounter(_Out_opt_ PLARGE_INTEGER PerformanceFrequency);
NTHALAPI VOID NTAPI KeStallExecutionProcessor(_In_ ULONG MicroSeconds);
NTKERNELAPI NTSTATUS NTAPI KeDelayExecutionThread(_In_ KPROCESSOR_MODE WaitMode,
                                                  _In_ BOOLEAN Alertable,
                                                  _In_ PLARGE_INTEGER Interval);
NTKERNELAPI ULONG NTAPI KeGetCurrentProcessorNumber(VOID);
NTKERNELAPI PKTHREAD NTAPI KeGetCurrentThread(VOID);
#define LOW_PRIORITY           0
#define LOW_REALTIME_PRIORITY  16
#define HIGH_PRIORITY          31
#define MAXIMUM_PRIORITY       32
NTKERNELAPI KPRIORITY NTAPI KeSetPriorityThread(_Inout_ PKTHREAD Thread, _In_ KPRIORITY Priority);
NTKERNELAPI DECLSPEC_NORETURN VOID NTAPI KeBugCheckEx(_In_ ULONG BugCheckCode,
                                                      _In_ ULONG_PTR BugCheckParameter1,
                                                      _In_ ULONG_PTR BugCheckParameter2,
                                                      _In_ ULONG_PTR BugCheckParameter3,
                                                      _In_ ULONG_PTR BugCheckParameter4);

/* Saving the nonvolatile floating-point context around kernel-mode
   floating-point code.  The reference pages keep the saved data opaque to
   the caller; this layout is an approximation (its size does not matter
   to hvcilint). */
typedef struct _KFLOATING_SAVE {
    ULONG Opaque[8];
} KFLOATING_SAVE, *PKFLOATING_SAVE;
NTKERNELAPI NTSTATUS NTAPI KeSaveFloatingPointState(_Out_ PKFLOATING_SAVE FloatSave);
NTKERNELAPI NTSTATUS NTAPI KeRestoreFloatingPointState(_In_ PKFLOATING_SAVE FloatSave);

/* Size of a thread's kernel-mode stack: 12K on x86 and 24K on x64
   platforms, as the driver-development tip on kernel-mode stack use states.
   Not defined for other architectures (no published figure). */
#if defined(_X86_)
#define KERNEL_STACK_SIZE 12288
#elif defined(_AMD64_)
#define KERNEL_STACK_SIZE 0x6000
#endif

/* ===================================================================== */
/* Processes, threads, objects                                             */
/* ===================================================================== */

typedef VOID KSTART_ROUTINE(_In_ PVOID StartContext);
typedef KSTART_ROUTINE *PKSTART_ROUTINE;

NTKERNELAPI HANDLE NTAPI PsGetCurrentProcessId(VOID);
NTKERNELAPI HANDLE NTAPI PsGetCurrentThreadId(VOID);
NTKERNELAPI PEPROCESS NTAPI PsGetCurrentProcess(VOID);
NTKERNELAPI PETHREAD NTAPI PsGetCurrentThread(VOID);
NTKERNELAPI PEPROCESS NTAPI IoGetCurrentProcess(VOID);
NTKERNELAPI HANDLE NTAPI PsGetProcessId(_In_ PEPROCESS Process);
NTKERNELAPI BOOLEAN NTAPI PsIsSystemThread(_In_ PETHREAD Thread);
NTKERNELAPI NTSTATUS NTAPI PsCreateSystemThread(
    _Out_ PHANDLE ThreadHandle,
    _In_ ULONG DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ HANDLE ProcessHandle,
    _Out_opt_ PCLIENT_ID ClientId,
    _In_ PKSTART_ROUTINE StartRoutine,
    _In_opt_ PVOID StartContext);
NTKERNELAPI NTSTATUS NTAPI PsTerminateSystemThread(_In_ NTSTATUS ExitStatus);

extern NTKERNELAPI POBJECT_TYPE *PsProcessType;
extern NTKERNELAPI POBJECT_TYPE *PsThreadType;
extern NTKERNELAPI POBJECT_TYPE *IoFileObjectType;
extern NTKERNELAPI POBJECT_TYPE *ExEventObjectType;
extern NTKERNELAPI POBJECT_TYPE *SeTokenObjectType;
extern NTKERNELAPI POBJECT_TYPE *ExSemaphoreObjectType;
/* The kernel transaction manager's object types (ObReferenceObjectByHandle). */
extern NTKERNELAPI POBJECT_TYPE *TmEnlistmentObjectType;
extern NTKERNELAPI POBJECT_TYPE *TmResourceManagerObjectType;
extern NTKERNELAPI POBJECT_TYPE *TmTransactionManagerObjectType;
extern NTKERNELAPI POBJECT_TYPE *TmTransactionObjectType;

/* Resource managers of the kernel transaction manager: the enlistment
   object, the notification mask (TRANSACTION_NOTIFY_* bits as the
   NOTIFICATION_MASK reference lists them) and the ResourceManagerNotification
   callback (PTM_RM_NOTIFICATION). */
typedef struct _KENLISTMENT *PKENLISTMENT, *PRKENLISTMENT;
typedef ULONG NOTIFICATION_MASK;
#define TRANSACTION_NOTIFY_MASK                0x3FFFFFFF
#define TRANSACTION_NOTIFY_PREPREPARE          0x00000001
#define TRANSACTION_NOTIFY_PREPARE             0x00000002
#define TRANSACTION_NOTIFY_COMMIT              0x00000004
#define TRANSACTION_NOTIFY_ROLLBACK            0x00000008
#define TRANSACTION_NOTIFY_PREPREPARE_COMPLETE 0x00000010
#define TRANSACTION_NOTIFY_PREPARE_COMPLETE    0x00000020
#define TRANSACTION_NOTIFY_COMMIT_COMPLETE     0x00000040
#define TRANSACTION_NOTIFY_ROLLBACK_COMPLETE   0x00000080
#define TRANSACTION_NOTIFY_COMMIT_FINALIZE     0x40000000

/* Access rights for KTM objects (ZwCreateTransaction & co.). */
#define TRANSACTION_QUERY_INFORMATION   0x000001
#define TRANSACTION_SET_INFORMATION     0x000002
#define TRANSACTION_ENLIST              0x000004
#define TRANSACTION_COMMIT              0x000008
#define TRANSACTION_ROLLBACK            0x000010
#define TRANSACTION_PROPAGATE           0x000020
#define TRANSACTION_GENERIC_READ        0x120001
#define TRANSACTION_GENERIC_WRITE       0x12003E
#define TRANSACTION_GENERIC_EXECUTE     0x120018
#define TRANSACTION_ALL_ACCESS          0x12003F
#define TRANSACTIONMANAGER_ALL_ACCESS   0xF003F

/* ZwQueryInformationTransaction (TransactionBasicInformation). */
typedef enum _TRANSACTION_INFORMATION_CLASS {
    TransactionBasicInformation = 0
} TRANSACTION_INFORMATION_CLASS;

typedef enum _TRANSACTION_OUTCOME {
    TransactionOutcomeUndetermined = 1,
    TransactionOutcomeCommitted,
    TransactionOutcomeAborted
} TRANSACTION_OUTCOME;

typedef struct _TRANSACTION_BASIC_INFORMATION {
    GUID TransactionId;
    ULONG State;   /* a TRANSACTION_STATE value */
    ULONG Outcome; /* a TRANSACTION_OUTCOME value */
} TRANSACTION_BASIC_INFORMATION, *PTRANSACTION_BASIC_INFORMATION;
typedef NTSTATUS (*PTM_RM_NOTIFICATION)(_In_ PKENLISTMENT EnlistmentObject,
                                        _In_ PVOID RMContext,
                                        _In_ PVOID TransactionContext,
                                        _In_ ULONG TransactionNotification,
                                        _Inout_ PLARGE_INTEGER TmVirtualClock,
                                        _In_ ULONG ArgumentLength,
                                        _In_ PVOID Argument);

NTKERNELAPI NTSTATUS NTAPI ObReferenceObjectByHandle(
    _In_ HANDLE Handle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_TYPE ObjectType,
    _In_ KPROCESSOR_MODE AccessMode,
    _Out_ PVOID *Object,
    _Out_opt_ POBJECT_HANDLE_INFORMATION HandleInformation);
/* As ObReferenceObjectByHandle, recording a pool-style tag for tracking. */
NTKERNELAPI NTSTATUS NTAPI ObReferenceObjectByHandleWithTag(
    _In_ HANDLE Handle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_TYPE ObjectType,
    _In_ KPROCESSOR_MODE AccessMode,
    _In_ ULONG Tag,
    _Out_ PVOID *Object,
    _Out_opt_ POBJECT_HANDLE_INFORMATION HandleInformation);
NTKERNELAPI NTSTATUS NTAPI ObReferenceObjectByPointer(
    _In_ PVOID Object,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_TYPE ObjectType,
    _In_ KPROCESSOR_MODE AccessMode);
NTKERNELAPI LONG_PTR FASTCALL ObfReferenceObject(_In_ PVOID Object);
NTKERNELAPI LONG_PTR FASTCALL ObfDereferenceObject(_In_ PVOID Object);
#define ObReferenceObject(Object)   ObfReferenceObject(Object)
#define ObDereferenceObject(Object) ObfDereferenceObject(Object)

/* ===================================================================== */
/* I/O manager: objects, IRPs, stack locations                            */
/* ===================================================================== */

#define IRP_MJ_CREATE                   0x00
#define IRP_MJ_CREATE_NAMED_PIPE        0x01
#define IRP_MJ_CLOSE                    0x02
#define IRP_MJ_READ                     0x03
#define IRP_MJ_WRITE                    0x04
#define IRP_MJ_QUERY_INFORMATION        0x05
#define IRP_MJ_SET_INFORMATION          0x06
#define IRP_MJ_QUERY_EA                 0x07
#define IRP_MJ_SET_EA                   0x08
#define IRP_MJ_FLUSH_BUFFERS            0x09
#define IRP_MJ_QUERY_VOLUME_INFORMATION 0x0a
#define IRP_MJ_SET_VOLUME_INFORMATION   0x0b
#define IRP_MJ_DIRECTORY_CONTROL        0x0c
#define IRP_MJ_FILE_SYSTEM_CONTROL      0x0d
#define IRP_MJ_DEVICE_CONTROL           0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL  0x0f
#define IRP_MJ_SCSI                     IRP_MJ_INTERNAL_DEVICE_CONTROL
#define IRP_MJ_SHUTDOWN                 0x10
#define IRP_MJ_LOCK_CONTROL             0x11
#define IRP_MJ_CLEANUP                  0x12
#define IRP_MJ_CREATE_MAILSLOT          0x13
#define IRP_MJ_QUERY_SECURITY           0x14
#define IRP_MJ_SET_SECURITY             0x15
#define IRP_MJ_POWER                    0x16
#define IRP_MJ_SYSTEM_CONTROL           0x17
#define IRP_MJ_DEVICE_CHANGE            0x18
#define IRP_MJ_QUERY_QUOTA              0x19
#define IRP_MJ_SET_QUOTA                0x1a
#define IRP_MJ_PNP                      0x1b
#define IRP_MJ_PNP_POWER                IRP_MJ_PNP
#define IRP_MJ_MAXIMUM_FUNCTION         0x1b

#define IRP_MN_START_DEVICE             0x00
#define IRP_MN_QUERY_REMOVE_DEVICE      0x01
#define IRP_MN_REMOVE_DEVICE            0x02
#define IRP_MN_CANCEL_REMOVE_DEVICE     0x03
#define IRP_MN_STOP_DEVICE              0x04
#define IRP_MN_QUERY_STOP_DEVICE        0x05
#define IRP_MN_CANCEL_STOP_DEVICE       0x06
#define IRP_MN_QUERY_DEVICE_RELATIONS   0x07
#define IRP_MN_QUERY_INTERFACE          0x08
#define IRP_MN_QUERY_CAPABILITIES       0x09
#define IRP_MN_QUERY_RESOURCES          0x0A
#define IRP_MN_QUERY_RESOURCE_REQUIREMENTS 0x0B
#define IRP_MN_QUERY_DEVICE_TEXT        0x0C
#define IRP_MN_FILTER_RESOURCE_REQUIREMENTS 0x0D
#define IRP_MN_READ_CONFIG              0x0F
#define IRP_MN_WRITE_CONFIG             0x10
#define IRP_MN_EJECT                    0x11
#define IRP_MN_SET_LOCK                 0x12
#define IRP_MN_QUERY_ID                 0x13
#define IRP_MN_QUERY_PNP_DEVICE_STATE   0x14
#define IRP_MN_QUERY_BUS_INFORMATION    0x15
#define IRP_MN_DEVICE_USAGE_NOTIFICATION 0x16
#define IRP_MN_SURPRISE_REMOVAL         0x17

/* IRP_MJ_POWER minor codes. */
#define IRP_MN_WAIT_WAKE                0x00
#define IRP_MN_POWER_SEQUENCE           0x01
#define IRP_MN_SET_POWER                0x02
#define IRP_MN_QUERY_POWER              0x03

/* IRP_MJ_DIRECTORY_CONTROL and IRP_MJ_FILE_SYSTEM_CONTROL minor codes. */
#define IRP_MN_QUERY_DIRECTORY          0x01
#define IRP_MN_NOTIFY_CHANGE_DIRECTORY  0x02
#define IRP_MN_USER_FS_REQUEST          0x00
#define IRP_MN_MOUNT_VOLUME             0x01
#define IRP_MN_VERIFY_VOLUME            0x02
#define IRP_MN_LOAD_FILE_SYSTEM         0x03

/* IRP_MJ_READ / IRP_MJ_WRITE minor codes (flags, combined). */
#define IRP_MN_NORMAL                   0x00
#define IRP_MN_DPC                      0x01
#define IRP_MN_MDL                      0x02
#define IRP_MN_COMPLETE                 0x04
#define IRP_MN_COMPRESSED               0x08
#define IRP_MN_MDL_DPC                  (IRP_MN_MDL | IRP_MN_DPC)
#define IRP_MN_COMPLETE_MDL             (IRP_MN_COMPLETE | IRP_MN_MDL)
#define IRP_MN_COMPLETE_MDL_DPC         (IRP_MN_COMPLETE_MDL | IRP_MN_DPC)

/* IRP_MJ_LOCK_CONTROL minor codes. */
#define IRP_MN_LOCK                     0x01
#define IRP_MN_UNLOCK_SINGLE            0x02
#define IRP_MN_UNLOCK_ALL               0x03
#define IRP_MN_UNLOCK_ALL_BY_KEY        0x04

/* IRP_MJ_FLUSH_BUFFERS minor codes (Windows 8 and later; 0 is a full flush). */
#define IRP_MN_FLUSH_AND_PURGE          0x01
#define IRP_MN_FLUSH_DATA_ONLY          0x02
#define IRP_MN_FLUSH_NO_SYNC            0x03
#define IRP_MN_FLUSH_DATA_SYNC_ONLY     0x04

/* More IRP_MJ_FILE_SYSTEM_CONTROL and PnP minor codes. */
#define IRP_MN_KERNEL_CALL              0x04
#define IRP_MN_QUERY_LEGACY_BUS_INFORMATION 0x18

#define IO_NO_INCREMENT          0
#define IO_DISK_INCREMENT        1
#define IO_NETWORK_INCREMENT     2
#define IO_KEYBOARD_INCREMENT    6
#define IO_SERIAL_INCREMENT      2
#define IO_SOUND_INCREMENT       8
#define IO_VIDEO_INCREMENT       1
#define IO_CD_ROM_INCREMENT      1

#define SL_PENDING_RETURNED      0x01
#define SL_ERROR_RETURNED        0x02
#define SL_INVOKE_ON_CANCEL      0x20
#define SL_INVOKE_ON_SUCCESS     0x40
#define SL_INVOKE_ON_ERROR       0x80

/* IO_STACK_LOCATION.Flags, by major function. */
#define SL_FORCE_ACCESS_CHECK           0x01    /* IRP_MJ_CREATE */
#define SL_OPEN_PAGING_FILE             0x02
#define SL_OPEN_TARGET_DIRECTORY        0x04
#define SL_STOP_ON_SYMLINK              0x08
#define SL_CASE_SENSITIVE               0x80
#define SL_KEY_SPECIFIED                0x01    /* IRP_MJ_READ / IRP_MJ_WRITE */
#define SL_OVERRIDE_VERIFY_VOLUME       0x02
#define SL_WRITE_THROUGH                0x04
#define SL_FT_SEQUENTIAL_WRITE          0x08
#define SL_FORCE_DIRECT_WRITE           0x10
#define SL_REALTIME_STREAM              0x20
#define SL_FAIL_IMMEDIATELY             0x01    /* IRP_MJ_LOCK_CONTROL */
#define SL_EXCLUSIVE_LOCK               0x02
#define SL_RESTART_SCAN                 0x01    /* IRP_MJ_QUERY_EA, IRP_MJ_DIRECTORY_CONTROL */
#define SL_RETURN_SINGLE_ENTRY          0x02
#define SL_INDEX_SPECIFIED              0x04
#define SL_RETURN_ON_DISK_ENTRIES_ONLY  0x08
#define SL_WATCH_TREE                   0x01    /* IRP_MN_NOTIFY_CHANGE_DIRECTORY */
#define SL_ALLOW_RAW_MOUNT              0x01    /* IRP_MN_MOUNT_VOLUME */

/* IRP.Flags. */
#define IRP_NOCACHE                     0x00000001
#define IRP_PAGING_IO                   0x00000002
#define IRP_MOUNT_COMPLETION            0x00000002
#define IRP_SYNCHRONOUS_API             0x00000004
#define IRP_ASSOCIATED_IRP              0x00000008
#define IRP_BUFFERED_IO                 0x00000010
#define IRP_DEALLOCATE_BUFFER           0x00000020
#define IRP_INPUT_OPERATION             0x00000040
#define IRP_SYNCHRONOUS_PAGING_IO       0x00000040
#define IRP_CREATE_OPERATION            0x00000080
#define IRP_READ_OPERATION              0x00000100
#define IRP_WRITE_OPERATION             0x00000200
#define IRP_CLOSE_OPERATION             0x00000400
#define IRP_DEFER_IO_COMPLETION         0x00000800
#define IRP_OB_QUERY_NAME               0x00001000
#define IRP_HOLD_DEVICE_QUEUE           0x00002000

/* FILE_OBJECT.Flags. */
#define FO_FILE_OPEN                    0x00000001
#define FO_SYNCHRONOUS_IO               0x00000002
#define FO_ALERTABLE_IO                 0x00000004
#define FO_NO_INTERMEDIATE_BUFFERING    0x00000008
#define FO_WRITE_THROUGH                0x00000010
#define FO_SEQUENTIAL_ONLY              0x00000020
#define FO_CACHE_SUPPORTED              0x00000040
#define FO_NAMED_PIPE                   0x00000080
#define FO_STREAM_FILE                  0x00000100
#define FO_MAILSLOT                     0x00000200
#define FO_GENERATE_AUDIT_ON_CLOSE      0x00000400
#define FO_QUEUE_IRP_TO_THREAD          FO_GENERATE_AUDIT_ON_CLOSE
#define FO_DIRECT_DEVICE_OPEN           0x00000800
#define FO_FILE_MODIFIED                0x00001000
#define FO_FILE_SIZE_CHANGED            0x00002000
#define FO_CLEANUP_COMPLETE             0x00004000
#define FO_TEMPORARY_FILE               0x00008000
#define FO_DELETE_ON_CLOSE              0x00010000
#define FO_OPENED_CASE_SENSITIVE        0x00020000
#define FO_HANDLE_CREATED               0x00040000
#define FO_FILE_FAST_IO_READ            0x00080000
#define FO_RANDOM_ACCESS                0x00100000
#define FO_FILE_OPEN_CANCELLED          0x00200000
#define FO_VOLUME_OPEN                  0x00400000
#define FO_REMOTE_ORIGIN                0x01000000
#define FO_SKIP_COMPLETION_PORT         0x02000000
#define FO_SKIP_SET_EVENT               0x04000000
#define FO_SKIP_SET_FAST_IO             0x08000000

/* Object types (the Type member of I/O manager objects). */
#define IO_TYPE_ADAPTER                 1
#define IO_TYPE_CONTROLLER              2
#define IO_TYPE_DEVICE                  3
#define IO_TYPE_DRIVER                  4
#define IO_TYPE_FILE                    5
#define IO_TYPE_IRP                     6
#define IO_TYPE_MASTER_ADAPTER          7
#define IO_TYPE_OPEN_PACKET             8
#define IO_TYPE_TIMER                   9
#define IO_TYPE_VPB                     10
#define IO_TYPE_ERROR_LOG               11
#define IO_TYPE_ERROR_MESSAGE           12
#define IO_TYPE_DEVICE_OBJECT_EXTENSION 13

#define DO_VERIFY_VOLUME         0x00000002
#define DO_BUFFERED_IO           0x00000004
#define DO_EXCLUSIVE             0x00000008
#define DO_DIRECT_IO             0x00000010
#define DO_MAP_IO_BUFFER         0x00000020
#define DO_DEVICE_INITIALIZING   0x00000080
#define DO_SYSTEM_BOOT_PARTITION 0x00000100
#define DO_SHUTDOWN_REGISTERED   0x00000800
#define DO_BUS_ENUMERATED_DEVICE 0x00001000
#define DO_POWER_PAGABLE         0x00002000
#define DO_POWER_INRUSH          0x00004000

/* DEVICE_OBJECT.AlignmentRequirement and FILE_ALIGNMENT_INFORMATION values
   ([MS-FSCC] 2.4.3 FileAlignmentInformation). */
#define FILE_BYTE_ALIGNMENT     0x00000000
#define FILE_WORD_ALIGNMENT     0x00000001
#define FILE_LONG_ALIGNMENT     0x00000003
#define FILE_QUAD_ALIGNMENT     0x00000007
#define FILE_OCTA_ALIGNMENT     0x0000000f
#define FILE_32_BYTE_ALIGNMENT  0x0000001f
#define FILE_64_BYTE_ALIGNMENT  0x0000003f
#define FILE_128_BYTE_ALIGNMENT 0x0000007f
#define FILE_256_BYTE_ALIGNMENT 0x000000ff
#define FILE_512_BYTE_ALIGNMENT 0x000001ff

/* Device types, transfer methods, access bits and CTL_CODE. */
#include <devioctl.h>

#define FILE_DEVICE_SECURE_OPEN       0x00000100
#define FILE_DEVICE_SECURE_OPEN_CHAR  FILE_DEVICE_SECURE_OPEN
#define FILE_AUTOGENERATED_DEVICE_NAME 0x00000080

/* DEVICE_OBJECT.Characteristics. */
#define FILE_REMOVABLE_MEDIA            0x00000001
#define FILE_READ_ONLY_DEVICE           0x00000002
#define FILE_FLOPPY_DISKETTE            0x00000004
#define FILE_WRITE_ONCE_MEDIA           0x00000008
#define FILE_REMOTE_DEVICE              0x00000010
#define FILE_DEVICE_IS_MOUNTED          0x00000020
#define FILE_VIRTUAL_VOLUME             0x00000040
#define FILE_CHARACTERISTIC_PNP_DEVICE  0x00000800

/* File access and create options used with ZwCreateFile. */
#define FILE_READ_DATA            0x0001
#define FILE_WRITE_DATA           0x0002
#define FILE_APPEND_DATA          0x0004
#define FILE_READ_EA              0x0008
#define FILE_WRITE_EA             0x0010
#define FILE_EXECUTE              0x0020
#define FILE_READ_ATTRIBUTES      0x0080
#define FILE_WRITE_ATTRIBUTES     0x0100
#define FILE_ALL_ACCESS           (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF)
#define FILE_GENERIC_READ                                                   \
    (STANDARD_RIGHTS_READ | FILE_READ_DATA | FILE_READ_ATTRIBUTES |         \
     FILE_READ_EA | SYNCHRONIZE)
#define FILE_GENERIC_WRITE                                                  \
    (STANDARD_RIGHTS_WRITE | FILE_WRITE_DATA | FILE_WRITE_ATTRIBUTES |      \
     FILE_WRITE_EA | FILE_APPEND_DATA | SYNCHRONIZE)
#define FILE_SHARE_READ           0x00000001
#define FILE_SHARE_WRITE          0x00000002
#define FILE_SHARE_DELETE         0x00000004
#define FILE_ATTRIBUTE_READONLY   0x00000001
#define FILE_ATTRIBUTE_HIDDEN     0x00000002
#define FILE_ATTRIBUTE_SYSTEM     0x00000004
#define FILE_ATTRIBUTE_DIRECTORY  0x00000010
#define FILE_ATTRIBUTE_ARCHIVE    0x00000020
#define FILE_ATTRIBUTE_NORMAL     0x00000080
#define FILE_ATTRIBUTE_DEVICE              0x00000040
#define FILE_ATTRIBUTE_TEMPORARY           0x00000100
#define FILE_ATTRIBUTE_SPARSE_FILE         0x00000200
#define FILE_ATTRIBUTE_REPARSE_POINT       0x00000400
#define FILE_ATTRIBUTE_COMPRESSED          0x00000800
#define FILE_ATTRIBUTE_OFFLINE             0x00001000
#define FILE_ATTRIBUTE_NOT_CONTENT_INDEXED 0x00002000
#define FILE_ATTRIBUTE_ENCRYPTED           0x00004000
#define FILE_ATTRIBUTE_INTEGRITY_STREAM    0x00008000
#define FILE_ATTRIBUTE_VIRTUAL             0x00010000
#define FILE_ATTRIBUTE_NO_SCRUB_DATA       0x00020000
#define FILE_ATTRIBUTE_VALID_FLAGS         0x00007fb7
#define FILE_ATTRIBUTE_VALID_SET_FLAGS     0x000031a7

/* Directory access rights (same bits as the file rights above). */
#define FILE_LIST_DIRECTORY       0x0001
#define FILE_ADD_FILE             0x0002
#define FILE_ADD_SUBDIRECTORY     0x0004
#define FILE_CREATE_PIPE_INSTANCE 0x0004
#define FILE_TRAVERSE             0x0020
#define FILE_DELETE_CHILD         0x0040
#define FILE_GENERIC_EXECUTE                                                \
    (STANDARD_RIGHTS_EXECUTE | FILE_READ_ATTRIBUTES | FILE_EXECUTE | SYNCHRONIZE)
#define FILE_SHARE_VALID_FLAGS    0x00000007
#define FILE_SUPERSEDE            0x00000000
#define FILE_OPEN                 0x00000001
#define FILE_CREATE               0x00000002
#define FILE_OPEN_IF              0x00000003
#define FILE_OVERWRITE            0x00000004
#define FILE_OVERWRITE_IF         0x00000005
#define FILE_DIRECTORY_FILE             0x00000001
#define FILE_WRITE_THROUGH              0x00000002
#define FILE_SEQUENTIAL_ONLY            0x00000004
#define FILE_NO_INTERMEDIATE_BUFFERING  0x00000008
#define FILE_SYNCHRONOUS_IO_ALERT       0x00000010
#define FILE_SYNCHRONOUS_IO_NONALERT    0x00000020
#define FILE_NON_DIRECTORY_FILE         0x00000040
#define FILE_COMPLETE_IF_OPLOCKED       0x00000100
#define FILE_DELETE_ON_CLOSE            0x00001000
#define FILE_OPEN_BY_FILE_ID            0x00002000
#define FILE_OPEN_FOR_BACKUP_INTENT     0x00004000
#define FILE_OPEN_REPARSE_POINT         0x00200000
#define FILE_MAXIMUM_DISPOSITION        0x00000005
#define FILE_CREATE_TREE_CONNECTION     0x00000080
#define FILE_NO_EA_KNOWLEDGE            0x00000200
#define FILE_OPEN_REMOTE_INSTANCE       0x00000400
#define FILE_RANDOM_ACCESS              0x00000800
#define FILE_NO_COMPRESSION             0x00008000
#define FILE_OPEN_REQUIRING_OPLOCK      0x00010000
#define FILE_RESERVE_OPFILTER           0x00100000
#define FILE_OPEN_NO_RECALL             0x00400000
#define FILE_OPEN_FOR_FREE_SPACE_QUERY  0x00800000
#define FILE_VALID_OPTION_FLAGS         0x00ffffff

/* IO_STATUS_BLOCK.Information after a create. */
#define FILE_SUPERSEDED                 0x00000000
#define FILE_OPENED                     0x00000001
#define FILE_CREATED                    0x00000002
#define FILE_OVERWRITTEN                0x00000003
#define FILE_EXISTS                     0x00000004
#define FILE_DOES_NOT_EXIST             0x00000005

/* Special byte offsets for IRP_MJ_WRITE. */
#define FILE_WRITE_TO_END_OF_FILE       0xffffffff
#define FILE_USE_FILE_POINTER_POSITION  0xfffffffe

/* The classes up to 75, as numbered in the documentation of the enumeration. */
typedef enum _FILE_INFORMATION_CLASS {
    FileDirectoryInformation = 1,
    FileFullDirectoryInformation = 2,
    FileBothDirectoryInformation = 3,
    FileBasicInformation = 4,
    FileStandardInformation = 5,
    FileInternalInformation = 6,
    FileEaInformation = 7,
    FileAccessInformation = 8,
    FileNameInformation = 9,
    FileRenameInformation = 10,
    FileLinkInformation = 11,
    FileNamesInformation = 12,
    FileDispositionInformation = 13,
    FilePositionInformation = 14,
    FileFullEaInformation = 15,
    FileModeInformation = 16,
    FileAlignmentInformation = 17,
    FileAllInformation = 18,
    FileAllocationInformation = 19,
    FileEndOfFileInformation = 20,
    FileAlternateNameInformation = 21,
    FileStreamInformation = 22,
    FilePipeInformation = 23,
    FilePipeLocalInformation = 24,
    FilePipeRemoteInformation = 25,
    FileMailslotQueryInformation = 26,
    FileMailslotSetInformation = 27,
    FileCompressionInformation = 28,
    FileObjectIdInformation = 29,
    FileCompletionInformation = 30,
    FileMoveClusterInformation = 31,
    FileQuotaInformation = 32,
    FileReparsePointInformation = 33,
    FileNetworkOpenInformation = 34,
    FileAttributeTagInformation = 35,
    FileTrackingInformation = 36,
    FileIdBothDirectoryInformation = 37,
    FileIdFullDirectoryInformation = 38,
    FileValidDataLengthInformation = 39,
    FileShortNameInformation = 40,
    FileIoCompletionNotificationInformation = 41,
    FileIoStatusBlockRangeInformation = 42,
    FileIoPriorityHintInformation = 43,
    FileSfioReserveInformation = 44,
    FileSfioVolumeInformation = 45,
    FileHardLinkInformation = 46,
    FileProcessIdsUsingFileInformation = 47,
    FileNormalizedNameInformation = 48,
    FileNetworkPhysicalNameInformation = 49,
    FileIdGlobalTxDirectoryInformation = 50,
    FileIsRemoteDeviceInformation = 51,
    FileUnusedInformation = 52,
    FileNumaNodeInformation = 53,
    FileStandardLinkInformation = 54,
    FileRemoteProtocolInformation = 55,
    FileRenameInformationBypassAccessCheck = 56,
    FileLinkInformationBypassAccessCheck = 57,
    FileVolumeNameInformation = 58,
    FileIdInformation = 59,
    FileIdExtdDirectoryInformation = 60,
    FileReplaceCompletionInformation = 61,
    FileHardLinkFullIdInformation = 62,
    FileIdExtdBothDirectoryInformation = 63,
    FileDispositionInformationEx = 64,
    FileRenameInformationEx = 65,
    FileRenameInformationExBypassAccessCheck = 66,
    FileDesiredStorageClassInformation = 67,
    FileStatInformation = 68,
    FileMemoryPartitionInformation = 69,
    FileStatLxInformation = 70,
    FileCaseSensitiveInformation = 71,
    FileLinkInformationEx = 72,
    FileLinkInformationExBypassAccessCheck = 73,
    FileStorageReserveIdInformation = 74,
    FileCaseSensitiveInformationForceAccessCheck = 75
} FILE_INFORMATION_CLASS, *PFILE_INFORMATION_CLASS;

typedef struct _FILE_STANDARD_INFORMATION {
    LARGE_INTEGER AllocationSize;
    LARGE_INTEGER EndOfFile;
    ULONG NumberOfLinks;
    BOOLEAN DeletePending;
    BOOLEAN Directory;
} FILE_STANDARD_INFORMATION, *PFILE_STANDARD_INFORMATION;

typedef struct _FILE_BASIC_INFORMATION {
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    ULONG FileAttributes;
} FILE_BASIC_INFORMATION, *PFILE_BASIC_INFORMATION;

typedef struct _FILE_POSITION_INFORMATION {
    LARGE_INTEGER CurrentByteOffset;
} FILE_POSITION_INFORMATION, *PFILE_POSITION_INFORMATION;

/* Interfaces returned by IRP_MN_QUERY_INTERFACE. */
typedef VOID INTERFACE_REFERENCE(_In_ PVOID Context);
typedef INTERFACE_REFERENCE *PINTERFACE_REFERENCE;
typedef VOID INTERFACE_DEREFERENCE(_In_ PVOID Context);
typedef INTERFACE_DEREFERENCE *PINTERFACE_DEREFERENCE;
typedef struct _INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
} INTERFACE, *PINTERFACE;

/* ---- file-system and PnP types the stack location refers to ------------- */

typedef enum _FS_INFORMATION_CLASS {
    FileFsVolumeInformation = 1,
    FileFsLabelInformation = 2,
    FileFsSizeInformation = 3,
    FileFsDeviceInformation = 4,
    FileFsAttributeInformation = 5,
    FileFsControlInformation = 6,
    FileFsFullSizeInformation = 7,
    FileFsObjectIdInformation = 8,
    FileFsDriverPathInformation = 9,
    FileFsVolumeFlagsInformation = 10,
    FileFsSectorSizeInformation = 11,
    FileFsDataCopyInformation = 12,
    FileFsMetadataSizeInformation = 13,
    FileFsFullSizeInformationEx = 14,
    FileFsGuidInformation = 15,
    FileFsMaximumInformation
} FS_INFORMATION_CLASS, *PFS_INFORMATION_CLASS;

typedef enum _DIRECTORY_NOTIFY_INFORMATION_CLASS {
    DirectoryNotifyInformation = 1,
    DirectoryNotifyExtendedInformation = 2,
    DirectoryNotifyFullInformation = 3,
    DirectoryNotifyMaximumInformation
} DIRECTORY_NOTIFY_INFORMATION_CLASS, *PDIRECTORY_NOTIFY_INFORMATION_CLASS;

typedef struct _FILE_NETWORK_OPEN_INFORMATION {
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    LARGE_INTEGER AllocationSize;
    LARGE_INTEGER EndOfFile;
    ULONG FileAttributes;
} FILE_NETWORK_OPEN_INFORMATION, *PFILE_NETWORK_OPEN_INFORMATION;

typedef struct _FILE_FULL_EA_INFORMATION {
    ULONG NextEntryOffset;
    UCHAR Flags;
    UCHAR EaNameLength;
    USHORT EaValueLength;
    CHAR EaName[1];
} FILE_FULL_EA_INFORMATION, *PFILE_FULL_EA_INFORMATION;
/* FILE_FULL_EA_INFORMATION.Flags ([MS-FSCC] 2.4.15). */
#define FILE_NEED_EA 0x00000080

typedef struct _FILE_GET_EA_INFORMATION {
    ULONG NextEntryOffset;
    UCHAR EaNameLength;
    CHAR EaName[1];
} FILE_GET_EA_INFORMATION, *PFILE_GET_EA_INFORMATION;

typedef struct _FILE_VALID_DATA_LENGTH_INFORMATION {
    LARGE_INTEGER ValidDataLength;
} FILE_VALID_DATA_LENGTH_INFORMATION, *PFILE_VALID_DATA_LENGTH_INFORMATION;

typedef enum _IO_PRIORITY_HINT {
    IoPriorityVeryLow = 0,
    IoPriorityLow,
    IoPriorityNormal,
    IoPriorityHigh,
    IoPriorityCritical,
    MaxIoPriorityTypes
} IO_PRIORITY_HINT;

typedef struct _FILE_IO_PRIORITY_HINT_INFORMATION {
    IO_PRIORITY_HINT PriorityHint;
} FILE_IO_PRIORITY_HINT_INFORMATION, *PFILE_IO_PRIORITY_HINT_INFORMATION;

/* Security of a create request. */
typedef enum _SECURITY_IMPERSONATION_LEVEL {
    SecurityAnonymous,
    SecurityIdentification,
    SecurityImpersonation,
    SecurityDelegation
} SECURITY_IMPERSONATION_LEVEL, *PSECURITY_IMPERSONATION_LEVEL;

typedef BOOLEAN SECURITY_CONTEXT_TRACKING_MODE, *PSECURITY_CONTEXT_TRACKING_MODE;
#define SECURITY_DYNAMIC_TRACKING ((SECURITY_CONTEXT_TRACKING_MODE)TRUE)
#define SECURITY_STATIC_TRACKING  ((SECURITY_CONTEXT_TRACKING_MODE)FALSE)

typedef struct _SECURITY_QUALITY_OF_SERVICE {
    ULONG Length;
    SECURITY_IMPERSONATION_LEVEL ImpersonationLevel;
    SECURITY_CONTEXT_TRACKING_MODE ContextTrackingMode;
    BOOLEAN EffectiveOnly;
} SECURITY_QUALITY_OF_SERVICE, *PSECURITY_QUALITY_OF_SERVICE;

typedef struct _LUID_AND_ATTRIBUTES {
    LUID Luid;
    ULONG Attributes;
} LUID_AND_ATTRIBUTES, *PLUID_AND_ATTRIBUTES;

typedef struct _PRIVILEGE_SET {
    ULONG PrivilegeCount;
    ULONG Control;
    LUID_AND_ATTRIBUTES Privilege[ANYSIZE_ARRAY];
} PRIVILEGE_SET, *PPRIVILEGE_SET;

/* PRIVILEGE_SET.Control: every listed privilege is required. */
#define PRIVILEGE_SET_ALL_NECESSARY 1

#define INITIAL_PRIVILEGE_COUNT 3

typedef struct _INITIAL_PRIVILEGE_SET {
    ULONG PrivilegeCount;
    ULONG Control;
    LUID_AND_ATTRIBUTES Privilege[INITIAL_PRIVILEGE_COUNT];
} INITIAL_PRIVILEGE_SET, *PINITIAL_PRIVILEGE_SET;

/* ACCESS_STATE as documented; members after ObjectTypeName are left out. */
typedef struct _ACCESS_STATE {
    LUID OperationID;
    BOOLEAN SecurityEvaluated;
    BOOLEAN GenerateAudit;
    BOOLEAN GenerateOnClose;
    BOOLEAN PrivilegesAllocated;
    ULONG Flags;
    ACCESS_MASK RemainingDesiredAccess;
    ACCESS_MASK PreviouslyGrantedAccess;
    ACCESS_MASK OriginalDesiredAccess;
    SECURITY_SUBJECT_CONTEXT SubjectSecurityContext;
    PSECURITY_DESCRIPTOR SecurityDescriptor;
    PVOID AuxData;
    union {
        INITIAL_PRIVILEGE_SET InitialPrivilegeSet;
        PRIVILEGE_SET PrivilegeSet;
    } Privileges;
    BOOLEAN AuditPrivileges;
    UNICODE_STRING ObjectName;
    UNICODE_STRING ObjectTypeName;
} ACCESS_STATE, *PACCESS_STATE;

typedef struct _IO_SECURITY_CONTEXT {
    PSECURITY_QUALITY_OF_SERVICE SecurityQos;
    PACCESS_STATE AccessState;
    ACCESS_MASK DesiredAccess;
    ULONG FullCreateOptions;
} IO_SECURITY_CONTEXT;

/* PnP queries. */
typedef enum _DEVICE_RELATION_TYPE {
    BusRelations,
    EjectionRelations,
    PowerRelations,
    RemovalRelations,
    TargetDeviceRelation,
    SingleBusRelations,
    TransportRelations
} DEVICE_RELATION_TYPE, *PDEVICE_RELATION_TYPE;

typedef struct _DEVICE_RELATIONS {
    ULONG Count;
    PDEVICE_OBJECT Objects[1];
} DEVICE_RELATIONS, *PDEVICE_RELATIONS;

typedef enum {
    BusQueryDeviceID = 0,
    BusQueryHardwareIDs = 1,
    BusQueryCompatibleIDs = 2,
    BusQueryInstanceID = 3,
    BusQueryDeviceSerialNumber = 4,
    BusQueryContainerID = 5
} BUS_QUERY_ID_TYPE, *PBUS_QUERY_ID_TYPE;

typedef enum {
    DeviceTextDescription = 0,
    DeviceTextLocationInformation = 1
} DEVICE_TEXT_TYPE, *PDEVICE_TEXT_TYPE;

typedef enum _DEVICE_USAGE_NOTIFICATION_TYPE {
    DeviceUsageTypeUndefined,
    DeviceUsageTypePaging,
    DeviceUsageTypeHibernation,
    DeviceUsageTypeDumpFile,
    DeviceUsageTypeBoot,
    DeviceUsageTypePostDisplay,
    DeviceUsageTypeGuestAssigned
} DEVICE_USAGE_NOTIFICATION_TYPE;

/* Power states (used by the stack location's Power and WaitWake members). */
typedef enum _SYSTEM_POWER_STATE {
    PowerSystemUnspecified = 0,
    PowerSystemWorking = 1,
    PowerSystemSleeping1 = 2,
    PowerSystemSleeping2 = 3,
    PowerSystemSleeping3 = 4,
    PowerSystemHibernate = 5,
    PowerSystemShutdown = 6,
    PowerSystemMaximum = 7
} SYSTEM_POWER_STATE, *PSYSTEM_POWER_STATE;

typedef enum _DEVICE_POWER_STATE {
    PowerDeviceUnspecified = 0,
    PowerDeviceD0,
    PowerDeviceD1,
    PowerDeviceD2,
    PowerDeviceD3,
    PowerDeviceMaximum
} DEVICE_POWER_STATE, *PDEVICE_POWER_STATE;

typedef union _POWER_STATE {
    SYSTEM_POWER_STATE SystemState;
    DEVICE_POWER_STATE DeviceState;
} POWER_STATE, *PPOWER_STATE;

typedef enum _POWER_STATE_TYPE {
    SystemPowerState = 0,
    DevicePowerState
} POWER_STATE_TYPE, *PPOWER_STATE_TYPE;

typedef enum {
    PowerActionNone = 0,
    PowerActionReserved,
    PowerActionSleep,
    PowerActionHibernate,
    PowerActionShutdown,
    PowerActionShutdownReset,
    PowerActionShutdownOff,
    PowerActionWarmEject,
    PowerActionDisplayOff
} POWER_ACTION, *PPOWER_ACTION;

typedef struct _SYSTEM_POWER_STATE_CONTEXT {
    union {
        struct {
            ULONG Reserved1 : 8;
            ULONG TargetSystemState : 4;
            ULONG EffectiveSystemState : 4;
            ULONG CurrentSystemState : 4;
            ULONG IgnoreHibernationPath : 1;
            ULONG PseudoTransition : 1;
            ULONG KernelSoftReboot : 1;
            ULONG DirectedDripsTransition : 1;
            ULONG Reserved2 : 8;
        };
        ULONG ContextAsUlong;
    };
} SYSTEM_POWER_STATE_CONTEXT, *PSYSTEM_POWER_STATE_CONTEXT;

typedef struct _DEVICE_CAPABILITIES {
    USHORT Size;
    USHORT Version;
    ULONG DeviceD1 : 1;
    ULONG DeviceD2 : 1;
    ULONG LockSupported : 1;
    ULONG EjectSupported : 1;
    ULONG Removable : 1;
    ULONG DockDevice : 1;
    ULONG UniqueID : 1;
    ULONG SilentInstall : 1;
    ULONG RawDeviceOK : 1;
    ULONG SurpriseRemovalOK : 1;
    ULONG WakeFromD0 : 1;
    ULONG WakeFromD1 : 1;
    ULONG WakeFromD2 : 1;
    ULONG WakeFromD3 : 1;
    ULONG HardwareDisabled : 1;
    ULONG NonDynamic : 1;
    ULONG WarmEjectSupported : 1;
    ULONG NoDisplayInUI : 1;
    ULONG Reserved1 : 1;
    ULONG WakeFromInterrupt : 1;
    ULONG SecureDevice : 1;
    ULONG ChildOfVgaEnabledBridge : 1;
    ULONG DecodeIoOnBoot : 1;
    ULONG Reserved : 9;
    ULONG Address;
    ULONG UINumber;
    DEVICE_POWER_STATE DeviceState[PowerSystemMaximum];
    SYSTEM_POWER_STATE SystemWake;
    DEVICE_POWER_STATE DeviceWake;
    ULONG D1Latency;
    ULONG D2Latency;
    ULONG D3Latency;
} DEVICE_CAPABILITIES, *PDEVICE_CAPABILITIES;

typedef struct _POWER_SEQUENCE {
    ULONG SequenceD1;
    ULONG SequenceD2;
    ULONG SequenceD3;
} POWER_SEQUENCE, *PPOWER_SEQUENCE;

/* Volume parameter block (mounted volumes). */
#define MAXIMUM_VOLUME_LABEL_LENGTH (32 * sizeof(WCHAR))

typedef struct _VPB {
    CSHORT Type;
    CSHORT Size;
    USHORT Flags;
    USHORT VolumeLabelLength;
    struct _DEVICE_OBJECT *DeviceObject;
    struct _DEVICE_OBJECT *RealDevice;
    ULONG SerialNumber;
    ULONG ReferenceCount;
    WCHAR VolumeLabel[MAXIMUM_VOLUME_LABEL_LENGTH / sizeof(WCHAR)];
} VPB;

#define VPB_MOUNTED                     0x00000001
#define VPB_LOCKED                      0x00000002
#define VPB_PERSISTENT                  0x00000004
#define VPB_REMOVE_PENDING              0x00000008
#define VPB_RAW_MOUNT                   0x00000010
#define VPB_DIRECT_WRITES_ALLOWED       0x00000020

/* Section object pointers of a file stream (file systems own them). */
typedef struct _SECTION_OBJECT_POINTERS {
    PVOID DataSectionObject;
    PVOID SharedCacheMap;
    PVOID ImageSectionObject;
} SECTION_OBJECT_POINTERS;

/* Driver callbacks. */
typedef NTSTATUS DRIVER_INITIALIZE(_In_ struct _DRIVER_OBJECT *DriverObject,
                                   _In_ PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;
typedef VOID DRIVER_UNLOAD(_In_ struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;
typedef NTSTATUS DRIVER_DISPATCH(_In_ struct _DEVICE_OBJECT *DeviceObject,
                                 _Inout_ struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;
typedef DRIVER_DISPATCH DRIVER_DISPATCH_RAISED;
typedef DRIVER_DISPATCH DRIVER_DISPATCH_PAGED;
typedef NTSTATUS DRIVER_ADD_DEVICE(_In_ struct _DRIVER_OBJECT *DriverObject,
                                   _In_ struct _DEVICE_OBJECT *PhysicalDeviceObject);
typedef DRIVER_ADD_DEVICE *PDRIVER_ADD_DEVICE;
typedef VOID DRIVER_STARTIO(_Inout_ struct _DEVICE_OBJECT *DeviceObject,
                            _Inout_ struct _IRP *Irp);
typedef DRIVER_STARTIO *PDRIVER_STARTIO;
typedef VOID DRIVER_CANCEL(_Inout_ struct _DEVICE_OBJECT *DeviceObject,
                           _Inout_ struct _IRP *Irp);
typedef DRIVER_CANCEL *PDRIVER_CANCEL;
typedef NTSTATUS IO_COMPLETION_ROUTINE(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
                                       _In_reads_opt_(_Inexpressible_("varies")) PVOID Context);
typedef IO_COMPLETION_ROUTINE *PIO_COMPLETION_ROUTINE;
typedef VOID IO_WORKITEM_ROUTINE(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context);
typedef IO_WORKITEM_ROUTINE *PIO_WORKITEM_ROUTINE;
typedef struct _FAST_IO_DISPATCH *PFAST_IO_DISPATCH;

typedef struct _DRIVER_EXTENSION {
    struct _DRIVER_OBJECT *DriverObject;
    PDRIVER_ADD_DEVICE AddDevice;
    ULONG Count;
    UNICODE_STRING ServiceKeyName;
} DRIVER_EXTENSION, *PDRIVER_EXTENSION;

typedef struct _DRIVER_OBJECT {
    CSHORT Type;
    CSHORT Size;
    PDEVICE_OBJECT DeviceObject;
    ULONG Flags;
    PVOID DriverStart;
    ULONG DriverSize;
    PVOID DriverSection;
    PDRIVER_EXTENSION DriverExtension;
    UNICODE_STRING DriverName;
    PUNICODE_STRING HardwareDatabase;
    PFAST_IO_DISPATCH FastIoDispatch;
    PDRIVER_INITIALIZE DriverInit;
    PDRIVER_STARTIO DriverStartIo;
    PDRIVER_UNLOAD DriverUnload;
    PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
} DRIVER_OBJECT;

typedef struct _DEVICE_OBJECT {
    CSHORT Type;
    USHORT Size;
    LONG ReferenceCount;
    struct _DRIVER_OBJECT *DriverObject;
    struct _DEVICE_OBJECT *NextDevice;
    struct _DEVICE_OBJECT *AttachedDevice;
    struct _IRP *CurrentIrp;
    PIO_TIMER Timer;
    ULONG Flags;
    ULONG Characteristics;
    PVPB Vpb;
    PVOID DeviceExtension;
    DEVICE_TYPE DeviceType;
    CCHAR StackSize;
    ULONG AlignmentRequirement;   /* Queue (before) and DeviceQueue (after) are left out */
    KDPC Dpc;
    ULONG ActiveThreadCount;
    PSECURITY_DESCRIPTOR SecurityDescriptor;
    KEVENT DeviceLock;
    USHORT SectorSize;
    USHORT Spare1;
    struct _DEVOBJ_EXTENSION *DeviceObjectExtension;
    PVOID Reserved;
} DEVICE_OBJECT;

typedef struct _FILE_OBJECT {
    CSHORT Type;
    CSHORT Size;
    PDEVICE_OBJECT DeviceObject;
    PVPB Vpb;
    PVOID FsContext;
    PVOID FsContext2;
    PSECTION_OBJECT_POINTERS SectionObjectPointer;
    PVOID PrivateCacheMap;
    NTSTATUS FinalStatus;
    struct _FILE_OBJECT *RelatedFileObject;
    BOOLEAN LockOperation;
    BOOLEAN DeletePending;
    BOOLEAN ReadAccess;
    BOOLEAN WriteAccess;
    BOOLEAN DeleteAccess;
    BOOLEAN SharedRead;
    BOOLEAN SharedWrite;
    BOOLEAN SharedDelete;
    ULONG Flags;
    UNICODE_STRING FileName;
    LARGE_INTEGER CurrentByteOffset;
    volatile ULONG Waiters;
    volatile ULONG Busy;
    PVOID LastLock;
    KEVENT Lock;
    KEVENT Event;
    PVOID CompletionContext;   /* PIO_COMPLETION_CONTEXT */
    KSPIN_LOCK IrpListLock;
    LIST_ENTRY IrpList;
    volatile PVOID FileObjectExtension;
} FILE_OBJECT;

/* Fast I/O entry points of file systems and legacy file-system filters. */
struct _COMPRESSED_DATA_INFO;
typedef BOOLEAN FAST_IO_CHECK_IF_POSSIBLE(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ BOOLEAN Wait, _In_ ULONG LockKey, _In_ BOOLEAN CheckForReadOperation,
    _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_CHECK_IF_POSSIBLE *PFAST_IO_CHECK_IF_POSSIBLE;
typedef BOOLEAN FAST_IO_READ(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ BOOLEAN Wait, _In_ ULONG LockKey, _Out_ PVOID Buffer, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_READ *PFAST_IO_READ;
typedef BOOLEAN FAST_IO_WRITE(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ BOOLEAN Wait, _In_ ULONG LockKey, _In_ PVOID Buffer, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_WRITE *PFAST_IO_WRITE;
typedef BOOLEAN FAST_IO_QUERY_BASIC_INFO(
    _In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait, _Out_ PFILE_BASIC_INFORMATION Buffer,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_BASIC_INFO *PFAST_IO_QUERY_BASIC_INFO;
typedef BOOLEAN FAST_IO_QUERY_STANDARD_INFO(
    _In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait, _Out_ PFILE_STANDARD_INFORMATION Buffer,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_STANDARD_INFO *PFAST_IO_QUERY_STANDARD_INFO;
typedef BOOLEAN FAST_IO_LOCK(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ PLARGE_INTEGER Length,
    _In_ PEPROCESS ProcessId, _In_ ULONG Key, _In_ BOOLEAN FailImmediately,
    _In_ BOOLEAN ExclusiveLock, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_LOCK *PFAST_IO_LOCK;
typedef BOOLEAN FAST_IO_UNLOCK_SINGLE(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ PLARGE_INTEGER Length,
    _In_ PEPROCESS ProcessId, _In_ ULONG Key, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_UNLOCK_SINGLE *PFAST_IO_UNLOCK_SINGLE;
typedef BOOLEAN FAST_IO_UNLOCK_ALL(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PEPROCESS ProcessId, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_UNLOCK_ALL *PFAST_IO_UNLOCK_ALL;
typedef BOOLEAN FAST_IO_UNLOCK_ALL_BY_KEY(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PVOID ProcessId, _In_ ULONG Key,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_UNLOCK_ALL_BY_KEY *PFAST_IO_UNLOCK_ALL_BY_KEY;
typedef BOOLEAN FAST_IO_DEVICE_CONTROL(
    _In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
    _In_opt_ PVOID InputBuffer, _In_ ULONG InputBufferLength,
    _Out_opt_ PVOID OutputBuffer, _In_ ULONG OutputBufferLength, _In_ ULONG IoControlCode,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_DEVICE_CONTROL *PFAST_IO_DEVICE_CONTROL;
typedef VOID FAST_IO_ACQUIRE_FILE(_In_ struct _FILE_OBJECT *FileObject);
typedef FAST_IO_ACQUIRE_FILE *PFAST_IO_ACQUIRE_FILE;
typedef VOID FAST_IO_RELEASE_FILE(_In_ struct _FILE_OBJECT *FileObject);
typedef FAST_IO_RELEASE_FILE *PFAST_IO_RELEASE_FILE;
typedef VOID FAST_IO_DETACH_DEVICE(_In_ struct _DEVICE_OBJECT *SourceDevice,
                                   _In_ struct _DEVICE_OBJECT *TargetDevice);
typedef FAST_IO_DETACH_DEVICE *PFAST_IO_DETACH_DEVICE;
typedef BOOLEAN FAST_IO_QUERY_NETWORK_OPEN_INFO(
    _In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
    _Out_ struct _FILE_NETWORK_OPEN_INFORMATION *Buffer, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_NETWORK_OPEN_INFO *PFAST_IO_QUERY_NETWORK_OPEN_INFO;
typedef NTSTATUS FAST_IO_ACQUIRE_FOR_MOD_WRITE(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER EndingOffset,
    _Out_ struct _ERESOURCE **ResourceToRelease, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_ACQUIRE_FOR_MOD_WRITE *PFAST_IO_ACQUIRE_FOR_MOD_WRITE;
typedef BOOLEAN FAST_IO_MDL_READ(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ ULONG LockKey, _Outptr_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_READ *PFAST_IO_MDL_READ;
typedef BOOLEAN FAST_IO_MDL_READ_COMPLETE(_In_ struct _FILE_OBJECT *FileObject, _In_ PMDL MdlChain,
                                          _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_READ_COMPLETE *PFAST_IO_MDL_READ_COMPLETE;
typedef BOOLEAN FAST_IO_PREPARE_MDL_WRITE(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ ULONG LockKey, _Outptr_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_PREPARE_MDL_WRITE *PFAST_IO_PREPARE_MDL_WRITE;
typedef BOOLEAN FAST_IO_MDL_WRITE_COMPLETE(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ PMDL MdlChain,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_WRITE_COMPLETE *PFAST_IO_MDL_WRITE_COMPLETE;
typedef BOOLEAN FAST_IO_READ_COMPRESSED(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ ULONG LockKey, _Out_ PVOID Buffer, _Outptr_ PMDL *MdlChain,
    _Out_ PIO_STATUS_BLOCK IoStatus, _Out_ struct _COMPRESSED_DATA_INFO *CompressedDataInfo,
    _In_ ULONG CompressedDataInfoLength, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_READ_COMPRESSED *PFAST_IO_READ_COMPRESSED;
typedef BOOLEAN FAST_IO_WRITE_COMPRESSED(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _In_ ULONG LockKey, _In_ PVOID Buffer, _Outptr_ PMDL *MdlChain,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _COMPRESSED_DATA_INFO *CompressedDataInfo,
    _In_ ULONG CompressedDataInfoLength, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_WRITE_COMPRESSED *PFAST_IO_WRITE_COMPRESSED;
typedef BOOLEAN FAST_IO_MDL_READ_COMPLETE_COMPRESSED(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PMDL MdlChain, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_READ_COMPLETE_COMPRESSED *PFAST_IO_MDL_READ_COMPLETE_COMPRESSED;
typedef BOOLEAN FAST_IO_MDL_WRITE_COMPLETE_COMPRESSED(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ PMDL MdlChain,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_WRITE_COMPLETE_COMPRESSED *PFAST_IO_MDL_WRITE_COMPLETE_COMPRESSED;
typedef BOOLEAN FAST_IO_QUERY_OPEN(
    _Inout_ struct _IRP *Irp, _Out_ PFILE_NETWORK_OPEN_INFORMATION NetworkInformation,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_OPEN *PFAST_IO_QUERY_OPEN;
typedef NTSTATUS FAST_IO_RELEASE_FOR_MOD_WRITE(
    _In_ struct _FILE_OBJECT *FileObject, _In_ struct _ERESOURCE *ResourceToRelease,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_RELEASE_FOR_MOD_WRITE *PFAST_IO_RELEASE_FOR_MOD_WRITE;
typedef NTSTATUS FAST_IO_ACQUIRE_FOR_CCFLUSH(_In_ struct _FILE_OBJECT *FileObject,
                                             _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_ACQUIRE_FOR_CCFLUSH *PFAST_IO_ACQUIRE_FOR_CCFLUSH;
typedef NTSTATUS FAST_IO_RELEASE_FOR_CCFLUSH(_In_ struct _FILE_OBJECT *FileObject,
                                             _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_RELEASE_FOR_CCFLUSH *PFAST_IO_RELEASE_FOR_CCFLUSH;

typedef struct _FAST_IO_DISPATCH {
    ULONG SizeOfFastIoDispatch;
    PFAST_IO_CHECK_IF_POSSIBLE FastIoCheckIfPossible;
    PFAST_IO_READ FastIoRead;
    PFAST_IO_WRITE FastIoWrite;
    PFAST_IO_QUERY_BASIC_INFO FastIoQueryBasicInfo;
    PFAST_IO_QUERY_STANDARD_INFO FastIoQueryStandardInfo;
    PFAST_IO_LOCK FastIoLock;
    PFAST_IO_UNLOCK_SINGLE FastIoUnlockSingle;
    PFAST_IO_UNLOCK_ALL FastIoUnlockAll;
    PFAST_IO_UNLOCK_ALL_BY_KEY FastIoUnlockAllByKey;
    PFAST_IO_DEVICE_CONTROL FastIoDeviceControl;
    PFAST_IO_ACQUIRE_FILE AcquireFileForNtCreateSection;
    PFAST_IO_RELEASE_FILE ReleaseFileForNtCreateSection;
    PFAST_IO_DETACH_DEVICE FastIoDetachDevice;
    PFAST_IO_QUERY_NETWORK_OPEN_INFO FastIoQueryNetworkOpenInfo;
    PFAST_IO_ACQUIRE_FOR_MOD_WRITE AcquireForModWrite;
    PFAST_IO_MDL_READ MdlRead;
    PFAST_IO_MDL_READ_COMPLETE MdlReadComplete;
    PFAST_IO_PREPARE_MDL_WRITE PrepareMdlWrite;
    PFAST_IO_MDL_WRITE_COMPLETE MdlWriteComplete;
    PFAST_IO_READ_COMPRESSED FastIoReadCompressed;
    PFAST_IO_WRITE_COMPRESSED FastIoWriteCompressed;
    PFAST_IO_MDL_READ_COMPLETE_COMPRESSED MdlReadCompleteCompressed;
    PFAST_IO_MDL_WRITE_COMPLETE_COMPRESSED MdlWriteCompleteCompressed;
    PFAST_IO_QUERY_OPEN FastIoQueryOpen;
    PFAST_IO_RELEASE_FOR_MOD_WRITE ReleaseForModWrite;
    PFAST_IO_ACQUIRE_FOR_CCFLUSH AcquireForCcFlush;
    PFAST_IO_RELEASE_FOR_CCFLUSH ReleaseForCcFlush;
} FAST_IO_DISPATCH;


typedef struct _IRP {
    CSHORT Type;
    USHORT Size;
    PMDL MdlAddress;
    ULONG Flags;
    union {
        struct _IRP *MasterIrp;
        LONG IrpCount;
        PVOID SystemBuffer;
    } AssociatedIrp;
    LIST_ENTRY ThreadListEntry;
    IO_STATUS_BLOCK IoStatus;
    KPROCESSOR_MODE RequestorMode;
    BOOLEAN PendingReturned;
    CHAR StackCount;
    CHAR CurrentLocation;
    BOOLEAN Cancel;
    KIRQL CancelIrql;
    CCHAR ApcEnvironment;
    UCHAR AllocationFlags;
    PIO_STATUS_BLOCK UserIosb;
    PKEVENT UserEvent;
    union {
        struct {
            PIO_APC_ROUTINE UserApcRoutine;
            PVOID UserApcContext;
        } AsynchronousParameters;
        LARGE_INTEGER AllocationSize;
    } Overlay;
    PDRIVER_CANCEL CancelRoutine;
    PVOID UserBuffer;
    union {
        struct {
            union {
                struct { PVOID DriverContext[4]; };
            };
            PETHREAD Thread;
            PCHAR AuxiliaryBuffer;
            struct {
                LIST_ENTRY ListEntry;
                union {
                    struct _IO_STACK_LOCATION *CurrentStackLocation;
                    ULONG PacketType;
                };
            };
            PFILE_OBJECT OriginalFileObject;
        } Overlay;
        PVOID CompletionKey;
    } Tail;
} IRP;

typedef struct _IO_STACK_LOCATION {
    UCHAR MajorFunction;
    UCHAR MinorFunction;
    UCHAR Flags;
    UCHAR Control;
    union {
        struct {
            PIO_SECURITY_CONTEXT SecurityContext;
            ULONG Options;
            USHORT POINTER_ALIGNMENT FileAttributes;
            USHORT ShareAccess;
            ULONG POINTER_ALIGNMENT EaLength;
        } Create;
        struct {
            ULONG Length;
            ULONG POINTER_ALIGNMENT Key;
#if defined(_WIN64)
            ULONG Flags;
#endif
            LARGE_INTEGER ByteOffset;
        } Read;
        struct {
            ULONG Length;
            ULONG POINTER_ALIGNMENT Key;
#if defined(_WIN64)
            ULONG Flags;
#endif
            LARGE_INTEGER ByteOffset;
        } Write;
        struct {
            ULONG Length;
            PUNICODE_STRING FileName;
            FILE_INFORMATION_CLASS FileInformationClass;
            ULONG POINTER_ALIGNMENT FileIndex;
        } QueryDirectory;
        struct {
            ULONG Length;
            ULONG POINTER_ALIGNMENT CompletionFilter;
        } NotifyDirectory;
        struct {
            ULONG Length;
            ULONG POINTER_ALIGNMENT CompletionFilter;
            DIRECTORY_NOTIFY_INFORMATION_CLASS POINTER_ALIGNMENT DirectoryNotifyInformationClass;
        } NotifyDirectoryEx;
        struct {
            ULONG Length;
            FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass;
        } QueryFile;
        struct {
            ULONG Length;
            FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass;
            PFILE_OBJECT FileObject;
            union {
                struct {
                    BOOLEAN ReplaceIfExists;
                    BOOLEAN AdvanceOnly;
                };
                ULONG ClusterCount;
                HANDLE DeleteHandle;
            };
        } SetFile;
        struct {
            ULONG Length;
            PVOID EaList;
            ULONG EaListLength;
            ULONG POINTER_ALIGNMENT EaIndex;
        } QueryEa;
        struct {
            ULONG Length;
        } SetEa;
        struct {
            ULONG Length;
            FS_INFORMATION_CLASS POINTER_ALIGNMENT FsInformationClass;
        } QueryVolume;
        struct {
            ULONG Length;
            FS_INFORMATION_CLASS POINTER_ALIGNMENT FsInformationClass;
        } SetVolume;
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT FsControlCode;
            PVOID Type3InputBuffer;
        } FileSystemControl;
        struct {
            PLARGE_INTEGER Length;
            ULONG POINTER_ALIGNMENT Key;
            LARGE_INTEGER ByteOffset;
        } LockControl;
        struct {
            ULONG OutputBufferLength;
            ULONG POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT IoControlCode;
            PVOID Type3InputBuffer;
        } DeviceIoControl;
        struct {
            SECURITY_INFORMATION SecurityInformation;
            ULONG POINTER_ALIGNMENT Length;
        } QuerySecurity;
        struct {
            SECURITY_INFORMATION SecurityInformation;
            PSECURITY_DESCRIPTOR SecurityDescriptor;
        } SetSecurity;
        struct {
            PVPB Vpb;
            PDEVICE_OBJECT DeviceObject;
        } MountVolume;
        struct {
            PVPB Vpb;
            PDEVICE_OBJECT DeviceObject;
        } VerifyVolume;
        struct {
            ULONG Length;
            PSID StartSid;
            PVOID SidList;   /* PFILE_GET_QUOTA_INFORMATION */
            ULONG SidListLength;
        } QueryQuota;
        struct {
            ULONG Length;
        } SetQuota;
        struct {
            DEVICE_RELATION_TYPE Type;
        } QueryDeviceRelations;
        struct {
            CONST GUID *InterfaceType;
            USHORT Size;
            USHORT Version;
            PINTERFACE Interface;
            PVOID InterfaceSpecificData;
        } QueryInterface;
        struct {
            PDEVICE_CAPABILITIES Capabilities;
        } DeviceCapabilities;
        struct {
            PIO_RESOURCE_REQUIREMENTS_LIST IoResourceRequirementList;
        } FilterResourceRequirements;
        struct {
            ULONG WhichSpace;
            PVOID Buffer;
            ULONG Offset;
            ULONG POINTER_ALIGNMENT Length;
        } ReadWriteConfig;
        struct {
            BOOLEAN Lock;
        } SetLock;
        struct {
            BUS_QUERY_ID_TYPE IdType;
        } QueryId;
        struct {
            DEVICE_TEXT_TYPE DeviceTextType;
            LCID POINTER_ALIGNMENT LocaleId;
        } QueryDeviceText;
        struct {
            BOOLEAN InPath;
            BOOLEAN Reserved[3];
            DEVICE_USAGE_NOTIFICATION_TYPE POINTER_ALIGNMENT Type;
        } UsageNotification;
        struct {
            SYSTEM_POWER_STATE PowerState;
        } WaitWake;
        struct {
            PPOWER_SEQUENCE PowerSequence;
        } PowerSequence;
        struct {
            union {
                ULONG SystemContext;
                SYSTEM_POWER_STATE_CONTEXT SystemPowerStateContext;
            };
            POWER_STATE_TYPE POINTER_ALIGNMENT Type;
            POWER_STATE POINTER_ALIGNMENT State;
            POWER_ACTION POINTER_ALIGNMENT ShutdownType;
        } Power;
        struct {
            PCM_RESOURCE_LIST AllocatedResources;
            PCM_RESOURCE_LIST AllocatedResourcesTranslated;
        } StartDevice;
        struct {
            PVOID Srb;
        } Scsi;
        struct {
            ULONG_PTR ProviderId;
            PVOID DataPath;
            ULONG BufferSize;
            PVOID Buffer;
        } WMI;
        struct {
            PVOID Argument1;
            PVOID Argument2;
            PVOID Argument3;
            PVOID Argument4;
        } Others;
    } Parameters;
    PDEVICE_OBJECT DeviceObject;
    PFILE_OBJECT FileObject;
    PIO_COMPLETION_ROUTINE CompletionRoutine;
    PVOID Context;
} IO_STACK_LOCATION;

FORCEINLINE PIO_STACK_LOCATION IoGetCurrentIrpStackLocation(_In_ PIRP Irp)
{
    return Irp->Tail.Overlay.CurrentStackLocation;
}

FORCEINLINE PIO_STACK_LOCATION IoGetNextIrpStackLocation(_In_ PIRP Irp)
{
    return Irp->Tail.Overlay.CurrentStackLocation - 1;
}

FORCEINLINE VOID IoSkipCurrentIrpStackLocation(_Inout_ PIRP Irp)
{
    Irp->CurrentLocation++;
    Irp->Tail.Overlay.CurrentStackLocation++;
}

FORCEINLINE VOID IoCopyCurrentIrpStackLocationToNext(_Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION irpSp = IoGetCurrentIrpStackLocation(Irp);
    PIO_STACK_LOCATION nextIrpSp = IoGetNextIrpStackLocation(Irp);
    RtlCopyMemory(nextIrpSp, irpSp, FIELD_OFFSET(IO_STACK_LOCATION, CompletionRoutine));
    nextIrpSp->Control = 0;
}

FORCEINLINE VOID IoMarkIrpPending(_Inout_ PIRP Irp)
{
    IoGetCurrentIrpStackLocation(Irp)->Control |= SL_PENDING_RETURNED;
}

FORCEINLINE VOID IoSetCompletionRoutine(
    _In_ PIRP Irp,
    _In_opt_ PIO_COMPLETION_ROUTINE CompletionRoutine,
    _In_opt_ PVOID Context,
    _In_ BOOLEAN InvokeOnSuccess,
    _In_ BOOLEAN InvokeOnError,
    _In_ BOOLEAN InvokeOnCancel)
{
    PIO_STACK_LOCATION irpSp = IoGetNextIrpStackLocation(Irp);
    irpSp->CompletionRoutine = CompletionRoutine;
    irpSp->Context = Context;
    irpSp->Control = 0;
    if (InvokeOnSuccess) {
        irpSp->Control = SL_INVOKE_ON_SUCCESS;
    }
    if (InvokeOnError) {
        irpSp->Control |= SL_INVOKE_ON_ERROR;
    }
    if (InvokeOnCancel) {
        irpSp->Control |= SL_INVOKE_ON_CANCEL;
    }
}

NTKERNELAPI VOID FASTCALL IofCompleteRequest(_In_ PIRP Irp, _In_ CCHAR PriorityBoost);
NTKERNELAPI NTSTATUS FASTCALL IofCallDriver(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);
#define IoCompleteRequest(a, b) IofCompleteRequest(a, b)
#define IoCallDriver(a, b)      IofCallDriver(a, b)

NTKERNELAPI NTSTATUS NTAPI IoCreateDevice(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ ULONG DeviceExtensionSize,
    _In_opt_ PUNICODE_STRING DeviceName,
    _In_ DEVICE_TYPE DeviceType,
    _In_ ULONG DeviceCharacteristics,
    _In_ BOOLEAN Exclusive,
    _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);
NTKERNELAPI VOID NTAPI IoDeleteDevice(_In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI NTSTATUS NTAPI IoCreateSymbolicLink(_In_ PUNICODE_STRING SymbolicLinkName,
                                                _In_ PUNICODE_STRING DeviceName);
NTKERNELAPI NTSTATUS NTAPI IoDeleteSymbolicLink(_In_ PUNICODE_STRING SymbolicLinkName);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoAttachDeviceToDeviceStack(_In_ PDEVICE_OBJECT SourceDevice,
                                                             _In_ PDEVICE_OBJECT TargetDevice);
NTKERNELAPI VOID NTAPI IoDetachDevice(_Inout_ PDEVICE_OBJECT TargetDevice);
NTKERNELAPI NTSTATUS NTAPI IoRegisterDeviceInterface(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ const GUID *InterfaceClassGuid,
    _In_opt_ PUNICODE_STRING ReferenceString,
    _Out_ PUNICODE_STRING SymbolicLinkName);
NTKERNELAPI NTSTATUS NTAPI IoSetDeviceInterfaceState(_In_ PUNICODE_STRING SymbolicLinkName,
                                                     _In_ BOOLEAN Enable);

NTKERNELAPI PMDL NTAPI IoAllocateMdl(
    _In_opt_ PVOID VirtualAddress,
    _In_ ULONG Length,
    _In_ BOOLEAN SecondaryBuffer,
    _In_ BOOLEAN ChargeQuota,
    _Inout_opt_ PIRP Irp);
NTKERNELAPI VOID NTAPI IoFreeMdl(PMDL Mdl);
/* Obsolete (IoAllocateMdl replaces it); drivers that patch code still use it. */
NTKERNELAPI PMDL NTAPI MmCreateMdl(_Out_opt_ PMDL MemoryDescriptorList,
                                   _In_opt_ PVOID Base, _In_ SIZE_T Length);
NTKERNELAPI VOID NTAPI IoBuildPartialMdl(_In_ PMDL SourceMdl, _Inout_ PMDL TargetMdl,
                                         _In_ PVOID VirtualAddress, _In_ ULONG Length);

NTKERNELAPI PIRP NTAPI IoAllocateIrp(_In_ CCHAR StackSize, _In_ BOOLEAN ChargeQuota);
NTKERNELAPI VOID NTAPI IoFreeIrp(_In_ PIRP Irp);
NTKERNELAPI PIRP NTAPI IoBuildDeviceIoControlRequest(
    _In_ ULONG IoControlCode,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_opt_ PVOID InputBuffer,
    _In_ ULONG InputBufferLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ ULONG OutputBufferLength,
    _In_ BOOLEAN InternalDeviceIoControl,
    _In_opt_ PKEVENT Event,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock);

typedef enum _WORK_QUEUE_TYPE {
    CriticalWorkQueue,
    DelayedWorkQueue,
    HyperCriticalWorkQueue,
    NormalWorkQueue,
    BackgroundWorkQueue,
    RealTimeWorkQueue,
    SuperCriticalWorkQueue,
    MaximumWorkQueue,
    CustomPriorityWorkQueue = 32
} WORK_QUEUE_TYPE;

/* System worker threads (ExQueueWorkItem is deprecated in favour of
   IoQueueWorkItem but still common). */
typedef VOID WORKER_THREAD_ROUTINE(_In_ PVOID Parameter);
typedef WORKER_THREAD_ROUTINE *PWORKER_THREAD_ROUTINE;
typedef struct _WORK_QUEUE_ITEM {
    LIST_ENTRY List;
    PWORKER_THREAD_ROUTINE WorkerRoutine;
    volatile PVOID Parameter;
} WORK_QUEUE_ITEM, *PWORK_QUEUE_ITEM;
#define ExInitializeWorkItem(Item, Routine, Context) \
    do {                                             \
        (Item)->WorkerRoutine = (Routine);           \
        (Item)->Parameter = (Context);               \
        (Item)->List.Flink = NULL;                   \
    } while (0)
NTKERNELAPI VOID NTAPI ExQueueWorkItem(_Inout_ PWORK_QUEUE_ITEM WorkItem,
                                       _In_ WORK_QUEUE_TYPE QueueType);

/* I/O timers (once a second, at DISPATCH_LEVEL). */
typedef VOID IO_TIMER_ROUTINE(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context);
typedef IO_TIMER_ROUTINE *PIO_TIMER_ROUTINE;
NTKERNELAPI NTSTATUS NTAPI IoInitializeTimer(_In_ PDEVICE_OBJECT DeviceObject,
                                             _In_ PIO_TIMER_ROUTINE TimerRoutine,
                                             _In_opt_ PVOID Context);
NTKERNELAPI VOID NTAPI IoStartTimer(_In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI VOID NTAPI IoStopTimer(_In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI PIO_WORKITEM NTAPI IoAllocateWorkItem(_In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI VOID NTAPI IoFreeWorkItem(_In_ PIO_WORKITEM IoWorkItem);
NTKERNELAPI VOID NTAPI IoQueueWorkItem(_Inout_ PIO_WORKITEM IoWorkItem,
                                       _In_ PIO_WORKITEM_ROUTINE WorkerRoutine,
                                       _In_ WORK_QUEUE_TYPE QueueType,
                                       _In_opt_ PVOID Context);

NTKERNELAPI VOID NTAPI ProbeForRead(_In_reads_bytes_(Length) const volatile VOID *Address,
                                    _In_ SIZE_T Length, _In_ ULONG Alignment);
NTKERNELAPI VOID NTAPI ProbeForWrite(_Inout_updates_bytes_(Length) volatile VOID *Address,
                                     _In_ SIZE_T Length, _In_ ULONG Alignment);

/* IRP cancellation. */
NTKERNELAPI VOID NTAPI IoAcquireCancelSpinLock(_Out_ PKIRQL Irql);
NTKERNELAPI VOID NTAPI IoReleaseCancelSpinLock(_In_ KIRQL Irql);
/* Swaps in a new cancel routine and returns the previous one. */
FORCEINLINE PDRIVER_CANCEL IoSetCancelRoutine(_Inout_ PIRP Irp,
                                              _In_opt_ PDRIVER_CANCEL CancelRoutine)
{
    return (PDRIVER_CANCEL)(ULONG_PTR)InterlockedExchangePointer(
        (PVOID volatile *)&Irp->CancelRoutine, (PVOID)(ULONG_PTR)CancelRoutine);
}

/* Remove locks (the layout is an approximation). */
typedef struct _IO_REMOVE_LOCK_COMMON_BLOCK {
    BOOLEAN Removed;
    BOOLEAN Reserved[3];
    LONG IoCount;
    KEVENT RemoveEvent;
} IO_REMOVE_LOCK_COMMON_BLOCK;
typedef struct _IO_REMOVE_LOCK {
    IO_REMOVE_LOCK_COMMON_BLOCK Common;
} IO_REMOVE_LOCK, *PIO_REMOVE_LOCK;
NTKERNELAPI VOID NTAPI IoInitializeRemoveLockEx(_Out_ PIO_REMOVE_LOCK Lock, _In_ ULONG AllocateTag,
                                                _In_ ULONG MaxLockedMinutes, _In_ ULONG HighWatermark,
                                                _In_ ULONG RemlockSize);
NTKERNELAPI NTSTATUS NTAPI IoAcquireRemoveLockEx(_Inout_ PIO_REMOVE_LOCK RemoveLock,
                                                 _In_opt_ PVOID Tag, _In_ PCSTR File,
                                                 _In_ ULONG Line, _In_ ULONG RemlockSize);
NTKERNELAPI VOID NTAPI IoReleaseRemoveLockEx(_Inout_ PIO_REMOVE_LOCK RemoveLock,
                                             _In_opt_ PVOID Tag, _In_ ULONG RemlockSize);
NTKERNELAPI VOID NTAPI IoReleaseRemoveLockAndWaitEx(_Inout_ PIO_REMOVE_LOCK RemoveLock,
                                                    _In_opt_ PVOID Tag, _In_ ULONG RemlockSize);
#define IoInitializeRemoveLock(Lock, Tag, Maxmin, HighWater) \
    IoInitializeRemoveLockEx((Lock), (Tag), (Maxmin), (HighWater), sizeof(IO_REMOVE_LOCK))
#define IoAcquireRemoveLock(RemoveLock, Tag) \
    IoAcquireRemoveLockEx((RemoveLock), (Tag), __FILE__, __LINE__, sizeof(IO_REMOVE_LOCK))
#define IoReleaseRemoveLock(RemoveLock, Tag) \
    IoReleaseRemoveLockEx((RemoveLock), (Tag), sizeof(IO_REMOVE_LOCK))
#define IoReleaseRemoveLockAndWait(RemoveLock, Tag) \
    IoReleaseRemoveLockAndWaitEx((RemoveLock), (Tag), sizeof(IO_REMOVE_LOCK))

/* Cancel-safe IRP queues. */
struct _IO_CSQ;
typedef VOID IO_CSQ_INSERT_IRP(_In_ struct _IO_CSQ *Csq, _In_ PIRP Irp);
typedef NTSTATUS IO_CSQ_INSERT_IRP_EX(_In_ struct _IO_CSQ *Csq, _In_ PIRP Irp,
                                      _In_ PVOID InsertContext);
typedef VOID IO_CSQ_REMOVE_IRP(_In_ struct _IO_CSQ *Csq, _In_ PIRP Irp);
typedef PIRP IO_CSQ_PEEK_NEXT_IRP(_In_ struct _IO_CSQ *Csq, _In_opt_ PIRP Irp,
                                  _In_opt_ PVOID PeekContext);
typedef VOID IO_CSQ_ACQUIRE_LOCK(_In_ struct _IO_CSQ *Csq, _Out_ PKIRQL Irql);
typedef VOID IO_CSQ_RELEASE_LOCK(_In_ struct _IO_CSQ *Csq, _In_ KIRQL Irql);
typedef VOID IO_CSQ_COMPLETE_CANCELED_IRP(_In_ struct _IO_CSQ *Csq, _In_ PIRP Irp);
typedef IO_CSQ_INSERT_IRP *PIO_CSQ_INSERT_IRP;
typedef IO_CSQ_INSERT_IRP_EX *PIO_CSQ_INSERT_IRP_EX;
typedef IO_CSQ_REMOVE_IRP *PIO_CSQ_REMOVE_IRP;
typedef IO_CSQ_PEEK_NEXT_IRP *PIO_CSQ_PEEK_NEXT_IRP;
typedef IO_CSQ_ACQUIRE_LOCK *PIO_CSQ_ACQUIRE_LOCK;
typedef IO_CSQ_RELEASE_LOCK *PIO_CSQ_RELEASE_LOCK;
typedef IO_CSQ_COMPLETE_CANCELED_IRP *PIO_CSQ_COMPLETE_CANCELED_IRP;
typedef struct _IO_CSQ {
    ULONG Type;
    PIO_CSQ_INSERT_IRP CsqInsertIrp;
    PIO_CSQ_REMOVE_IRP CsqRemoveIrp;
    PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp;
    PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock;
    PIO_CSQ_RELEASE_LOCK CsqReleaseLock;
    PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp;
    PVOID ReservePointer;
} IO_CSQ, *PIO_CSQ;
typedef struct _IO_CSQ_IRP_CONTEXT {
    ULONG Type;
    PIRP Irp;
    PIO_CSQ Csq;
} IO_CSQ_IRP_CONTEXT, *PIO_CSQ_IRP_CONTEXT;
NTKERNELAPI NTSTATUS NTAPI IoCsqInitialize(_Out_ PIO_CSQ Csq, _In_ PIO_CSQ_INSERT_IRP CsqInsertIrp,
                                           _In_ PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
                                           _In_ PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
                                           _In_ PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock,
                                           _In_ PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
                                           _In_ PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);
NTKERNELAPI NTSTATUS NTAPI IoCsqInitializeEx(_Out_ PIO_CSQ Csq,
                                             _In_ PIO_CSQ_INSERT_IRP_EX CsqInsertIrp,
                                             _In_ PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
                                             _In_ PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
                                             _In_ PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock,
                                             _In_ PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
                                             _In_ PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);
NTKERNELAPI VOID NTAPI IoCsqInsertIrp(_Inout_ PIO_CSQ Csq, _Inout_ PIRP Irp,
                                      _Out_opt_ PIO_CSQ_IRP_CONTEXT Context);
NTKERNELAPI NTSTATUS NTAPI IoCsqInsertIrpEx(_Inout_ PIO_CSQ Csq, _Inout_ PIRP Irp,
                                            _Out_opt_ PIO_CSQ_IRP_CONTEXT Context,
                                            _In_opt_ PVOID InsertContext);
NTKERNELAPI PIRP NTAPI IoCsqRemoveNextIrp(_Inout_ PIO_CSQ Csq, _In_opt_ PVOID PeekContext);
NTKERNELAPI PIRP NTAPI IoCsqRemoveIrp(_Inout_ PIO_CSQ Csq, _Inout_ PIO_CSQ_IRP_CONTEXT Context);

/* ===================================================================== */
/* Zw services: handles, files, registry, sections (facts 2.5)            */
/* ===================================================================== */

NTSYSAPI NTSTATUS NTAPI ZwClose(_In_ HANDLE Handle);

NTSYSAPI NTSTATUS NTAPI ZwCreateFile(
    _Out_ PHANDLE FileHandle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ POBJECT_ATTRIBUTES ObjectAttributes,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock,
    _In_opt_ PLARGE_INTEGER AllocationSize,
    _In_ ULONG FileAttributes,
    _In_ ULONG ShareAccess,
    _In_ ULONG CreateDisposition,
    _In_ ULONG CreateOptions,
    _In_reads_bytes_opt_(EaLength) PVOID EaBuffer,
    _In_ ULONG EaLength);
NTSYSAPI NTSTATUS NTAPI ZwOpenFile(
    _Out_ PHANDLE FileHandle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ POBJECT_ATTRIBUTES ObjectAttributes,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock,
    _In_ ULONG ShareAccess,
    _In_ ULONG OpenOptions);
NTSYSAPI NTSTATUS NTAPI ZwReadFile(
    _In_ HANDLE FileHandle,
    _In_opt_ HANDLE Event,
    _In_opt_ PIO_APC_ROUTINE ApcRoutine,
    _In_opt_ PVOID ApcContext,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock,
    _Out_writes_bytes_(Length) PVOID Buffer,
    _In_ ULONG Length,
    _In_opt_ PLARGE_INTEGER ByteOffset,
    _In_opt_ PULONG Key);
NTSYSAPI NTSTATUS NTAPI ZwWriteFile(
    _In_ HANDLE FileHandle,
    _In_opt_ HANDLE Event,
    _In_opt_ PIO_APC_ROUTINE ApcRoutine,
    _In_opt_ PVOID ApcContext,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock,
    _In_reads_bytes_(Length) PVOID Buffer,
    _In_ ULONG Length,
    _In_opt_ PLARGE_INTEGER ByteOffset,
    _In_opt_ PULONG Key);
NTSYSAPI NTSTATUS NTAPI ZwQueryInformationFile(
    _In_ HANDLE FileHandle,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock,
    _Out_writes_bytes_(Length) PVOID FileInformation,
    _In_ ULONG Length,
    _In_ FILE_INFORMATION_CLASS FileInformationClass);

#define KEY_QUERY_VALUE        0x0001
#define KEY_SET_VALUE          0x0002
#define KEY_CREATE_SUB_KEY     0x0004
#define KEY_ENUMERATE_SUB_KEYS 0x0008
#define KEY_NOTIFY             0x0010
#define KEY_READ                                                            \
    ((STANDARD_RIGHTS_READ | KEY_QUERY_VALUE | KEY_ENUMERATE_SUB_KEYS |     \
      KEY_NOTIFY) & (~SYNCHRONIZE))
#define KEY_WRITE                                                           \
    ((STANDARD_RIGHTS_WRITE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY) &         \
     (~SYNCHRONIZE))
#define KEY_ALL_ACCESS 0x000F003F
#define REG_NONE       0
#define REG_SZ         1
#define REG_EXPAND_SZ  2
#define REG_BINARY     3
#define REG_DWORD      4
#define REG_MULTI_SZ   7
#define REG_QWORD      11

typedef enum _KEY_VALUE_INFORMATION_CLASS {
    KeyValueBasicInformation = 0,
    KeyValueFullInformation = 1,
    KeyValuePartialInformation = 2
} KEY_VALUE_INFORMATION_CLASS;

typedef struct _KEY_VALUE_PARTIAL_INFORMATION {
    ULONG TitleIndex;
    ULONG Type;
    ULONG DataLength;
    UCHAR Data[1];
} KEY_VALUE_PARTIAL_INFORMATION, *PKEY_VALUE_PARTIAL_INFORMATION;

NTSYSAPI NTSTATUS NTAPI ZwOpenKey(_Out_ PHANDLE KeyHandle, _In_ ACCESS_MASK DesiredAccess,
                                  _In_ POBJECT_ATTRIBUTES ObjectAttributes);
NTSYSAPI NTSTATUS NTAPI ZwQueryValueKey(
    _In_ HANDLE KeyHandle,
    _In_ PUNICODE_STRING ValueName,
    _In_ KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
    _Out_writes_bytes_opt_(Length) PVOID KeyValueInformation,
    _In_ ULONG Length,
    _Out_ PULONG ResultLength);
NTSYSAPI NTSTATUS NTAPI ZwSetValueKey(
    _In_ HANDLE KeyHandle,
    _In_ PUNICODE_STRING ValueName,
    _In_opt_ ULONG TitleIndex,
    _In_ ULONG Type,
    _In_reads_bytes_opt_(DataSize) PVOID Data,
    _In_ ULONG DataSize);

/* Sections: SectionPageProtection (4) and AllocationAttributes (5) decide. */
NTSYSAPI NTSTATUS NTAPI ZwCreateSection(
    _Out_ PHANDLE SectionHandle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ PLARGE_INTEGER MaximumSize,
    _In_ ULONG SectionPageProtection,
    _In_ ULONG AllocationAttributes,
    _In_opt_ HANDLE FileHandle);
NTSYSAPI NTSTATUS NTAPI ZwOpenSection(_Out_ PHANDLE SectionHandle, _In_ ACCESS_MASK DesiredAccess,
                                      _In_ POBJECT_ATTRIBUTES ObjectAttributes);
/* Win32Protect (9) decides. */
NTSYSAPI NTSTATUS NTAPI ZwMapViewOfSection(
    _In_ HANDLE SectionHandle,
    _In_ HANDLE ProcessHandle,
    _Outptr_result_bytebuffer_(*ViewSize) PVOID *BaseAddress,
    _In_ ULONG_PTR ZeroBits,
    _In_ SIZE_T CommitSize,
    _Inout_opt_ PLARGE_INTEGER SectionOffset,
    _Inout_ PSIZE_T ViewSize,
    _In_ SECTION_INHERIT InheritDisposition,
    _In_ ULONG AllocationType,
    _In_ ULONG Win32Protect);
NTSYSAPI NTSTATUS NTAPI ZwUnmapViewOfSection(_In_ HANDLE ProcessHandle,
                                             _In_opt_ PVOID BaseAddress);

#define NtCurrentProcess() ((HANDLE)(LONG_PTR)-1)
#define ZwCurrentProcess() NtCurrentProcess()
#define NtCurrentThread()  ((HANDLE)(LONG_PTR)-2)
#define ZwCurrentThread()  NtCurrentThread()

/* ===================================================================== */
/* Rtl: strings, version                                                   */
/* ===================================================================== */

typedef struct _OSVERSIONINFOW {
    ULONG dwOSVersionInfoSize;
    ULONG dwMajorVersion;
    ULONG dwMinorVersion;
    ULONG dwBuildNumber;
    ULONG dwPlatformId;
    WCHAR szCSDVersion[128];
} OSVERSIONINFOW, *POSVERSIONINFOW, *LPOSVERSIONINFOW,
  RTL_OSVERSIONINFOW, *PRTL_OSVERSIONINFOW;

typedef struct _OSVERSIONINFOEXW {
    ULONG dwOSVersionInfoSize;
    ULONG dwMajorVersion;
    ULONG dwMinorVersion;
    ULONG dwBuildNumber;
    ULONG dwPlatformId;
    WCHAR szCSDVersion[128];
    USHORT wServicePackMajor;
    USHORT wServicePackMinor;
    USHORT wSuiteMask;
    UCHAR wProductType;
    UCHAR wReserved;
} OSVERSIONINFOEXW, *POSVERSIONINFOEXW, *LPOSVERSIONINFOEXW,
  RTL_OSVERSIONINFOEXW, *PRTL_OSVERSIONINFOEXW;

NTSYSAPI NTSTATUS NTAPI RtlGetVersion(_Out_ PRTL_OSVERSIONINFOW lpVersionInformation);
NTKERNELAPI BOOLEAN NTAPI RtlIsNtDdiVersionAvailable(_In_ ULONG Version);
/* Version checks: RtlVerifyVersionInfo's TypeMask bits and the comparison
   operators VER_SET_CONDITION stores in its ConditionMask. */
#define VER_MINORVERSION     0x0000001
#define VER_MAJORVERSION     0x0000002
#define VER_BUILDNUMBER      0x0000004
#define VER_PLATFORMID       0x0000008
#define VER_SERVICEPACKMINOR 0x0000010
#define VER_SERVICEPACKMAJOR 0x0000020
#define VER_SUITENAME        0x0000040
#define VER_PRODUCT_TYPE     0x0000080
#define VER_EQUAL            1
#define VER_GREATER          2
#define VER_GREATER_EQUAL    3
#define VER_LESS             4
#define VER_LESS_EQUAL       5
#define VER_AND              6
#define VER_OR               7
NTSYSAPI ULONGLONG NTAPI VerSetConditionMask(_In_ ULONGLONG ConditionMask, _In_ ULONG TypeMask,
                                             _In_ UCHAR Condition);
#define VER_SET_CONDITION(_m_, _t_, _c_) ((_m_) = VerSetConditionMask((_m_), (_t_), (_c_)))
NTSYSAPI NTSTATUS NTAPI RtlVerifyVersionInfo(_In_ PRTL_OSVERSIONINFOEXW VersionInfo,
                                             _In_ ULONG TypeMask,
                                             _In_ ULONGLONG ConditionMask);

NTSYSAPI VOID NTAPI RtlInitUnicodeString(_Out_ PUNICODE_STRING DestinationString,
                                         _In_opt_z_ PCWSTR SourceString);
NTSYSAPI VOID NTAPI RtlInitAnsiString(_Out_ PANSI_STRING DestinationString,
                                      _In_opt_z_ PCSTR SourceString);
NTSYSAPI VOID NTAPI RtlInitString(_Out_ PSTRING DestinationString, _In_opt_z_ PCSTR SourceString);
NTSYSAPI VOID NTAPI RtlCopyUnicodeString(_Inout_ PUNICODE_STRING DestinationString,
                                         _In_opt_ PCUNICODE_STRING SourceString);
NTSYSAPI NTSTATUS NTAPI RtlAppendUnicodeStringToString(_Inout_ PUNICODE_STRING Destination,
                                                       _In_ PCUNICODE_STRING Source);
NTSYSAPI NTSTATUS NTAPI RtlAppendUnicodeToString(_Inout_ PUNICODE_STRING Destination,
                                                 _In_opt_z_ PCWSTR Source);
NTSYSAPI LONG NTAPI RtlCompareUnicodeString(_In_ PCUNICODE_STRING String1,
                                            _In_ PCUNICODE_STRING String2,
                                            _In_ BOOLEAN CaseInSensitive);
NTSYSAPI BOOLEAN NTAPI RtlEqualUnicodeString(_In_ PCUNICODE_STRING String1,
                                             _In_ PCUNICODE_STRING String2,
                                             _In_ BOOLEAN CaseInSensitive);
NTSYSAPI BOOLEAN NTAPI RtlPrefixUnicodeString(_In_ PCUNICODE_STRING String1,
                                              _In_ PCUNICODE_STRING String2,
                                              _In_ BOOLEAN CaseInSensitive);
/* Hashing a counted string (RtlHashUnicodeString's HashAlgorithm). */
#define HASH_STRING_ALGORITHM_DEFAULT 0
#define HASH_STRING_ALGORITHM_X65599  1
#define HASH_STRING_ALGORITHM_INVALID 0xffffffff
NTSYSAPI NTSTATUS NTAPI RtlHashUnicodeString(_In_ PCUNICODE_STRING String,
                                             _In_ BOOLEAN CaseInSensitive,
                                             _In_ ULONG HashAlgorithm,
                                             _Out_ PULONG HashValue);
NTSYSAPI NTSTATUS NTAPI RtlAnsiStringToUnicodeString(_Inout_ PUNICODE_STRING DestinationString,
                                                     _In_ PCANSI_STRING SourceString,
                                                     _In_ BOOLEAN AllocateDestinationString);
NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToAnsiString(_Inout_ PANSI_STRING DestinationString,
                                                     _In_ PCUNICODE_STRING SourceString,
                                                     _In_ BOOLEAN AllocateDestinationString);
NTSYSAPI VOID NTAPI RtlFreeUnicodeString(_Inout_ PUNICODE_STRING UnicodeString);
/* GUID <-> "{xxxxxxxx-...}" text; RtlStringFromGUID allocates the buffer,
   which the caller frees with RtlFreeUnicodeString. */
NTSYSAPI NTSTATUS NTAPI RtlStringFromGUID(_In_ REFGUID Guid, _Out_ PUNICODE_STRING GuidString);
NTSYSAPI NTSTATUS NTAPI RtlGUIDFromString(_In_ PCUNICODE_STRING GuidString, _Out_ GUID *Guid);
NTSYSAPI VOID NTAPI RtlFreeAnsiString(_Inout_ PANSI_STRING AnsiString);
NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToInteger(_In_ PCUNICODE_STRING String, _In_opt_ ULONG Base,
                                                  _Out_ PULONG Value);
NTSYSAPI NTSTATUS NTAPI RtlIntegerToUnicodeString(_In_ ULONG Value, _In_opt_ ULONG Base,
                                                  _Inout_ PUNICODE_STRING String);

/* ===================================================================== */
/* Security (facts 2.8)                                                    */
/* ===================================================================== */

NTKERNELAPI NTSTATUS NTAPI SeAssignSecurity(
    _In_opt_ PSECURITY_DESCRIPTOR ParentDescriptor,
    _In_opt_ PSECURITY_DESCRIPTOR ExplicitDescriptor,
    _Out_ PSECURITY_DESCRIPTOR *NewDescriptor,
    _In_ BOOLEAN IsDirectoryObject,
    _In_ PSECURITY_SUBJECT_CONTEXT SubjectContext,
    _In_ PGENERIC_MAPPING GenericMapping,
    _In_ POOL_TYPE PoolType);
NTKERNELAPI NTSTATUS NTAPI SeAssignSecurityEx(
    _In_opt_ PSECURITY_DESCRIPTOR ParentDescriptor,
    _In_opt_ PSECURITY_DESCRIPTOR ExplicitDescriptor,
    _Out_ PSECURITY_DESCRIPTOR *NewDescriptor,
    _In_opt_ GUID *ObjectType,
    _In_ BOOLEAN IsDirectoryObject,
    _In_ ULONG AutoInheritFlags,
    _In_ PSECURITY_SUBJECT_CONTEXT SubjectContext,
    _In_ PGENERIC_MAPPING GenericMapping,
    _In_ POOL_TYPE PoolType);
NTKERNELAPI NTSTATUS NTAPI SeDeassignSecurity(_Inout_ PSECURITY_DESCRIPTOR *SecurityDescriptor);

/* Secure (VTL1) section for a device; DevicePageProtection (3) decides. */
NTKERNELAPI NTSTATUS NTAPI VslCreateSecureSection(
    _Out_ PHANDLE Handle,
    _In_ PEPROCESS TargetProcess,
    _In_ PMDL Mdl,
    _In_ ULONG DevicePageProtection,
    _In_ ULONG Attributes);

/* ===================================================================== */
/* CLFS marshalling areas (facts 2.6)                                     */
/* ===================================================================== */

typedef PFILE_OBJECT PLOG_FILE_OBJECT;

NTKERNELAPI NTSTATUS NTAPI ClfsCreateMarshallingArea(
    _In_ PLOG_FILE_OBJECT plfoLog,
    _In_ POOL_TYPE ePoolType,
    _In_opt_ PALLOCATE_FUNCTION pfnAllocBuffer,
    _In_opt_ PFREE_FUNCTION pfnFreeBuffer,
    _In_ ULONG cbMarshallingBuffer,
    _In_ ULONG cMaxWriteBuffers,
    _In_ ULONG cMaxReadBuffers,
    _Out_ PVOID *ppvMarshalContext);
NTKERNELAPI NTSTATUS NTAPI ClfsCreateMarshallingAreaEx(
    _In_ PLOG_FILE_OBJECT plfoLog,
    _In_ POOL_TYPE ePoolType,
    _In_opt_ PALLOCATE_FUNCTION pfnAllocBuffer,
    _In_opt_ PFREE_FUNCTION pfnFreeBuffer,
    _In_ ULONG cbMarshallingBuffer,
    _In_ ULONG cMaxWriteBuffers,
    _In_ ULONG cMaxReadBuffers,
    _In_ ULONG cAlignmentSize,
    _In_ ULONGLONG fFlags,
    _Out_ PVOID *ppvMarshalContext);
NTKERNELAPI NTSTATUS NTAPI ClfsDeleteMarshallingArea(_In_ PVOID pvMarshalContext);

/* ===================================================================== */
/* Device properties, DMA description (used by WDF / PortCls stand-ins)   */
/* ===================================================================== */

typedef enum _DEVICE_REGISTRY_PROPERTY {
    DevicePropertyDeviceDescription = 0,
    DevicePropertyHardwareID,
    DevicePropertyCompatibleIDs,
    DevicePropertyBootConfiguration,
    DevicePropertyBootConfigurationTranslated,
    DevicePropertyClassName,
    DevicePropertyClassGuid,
    DevicePropertyDriverKeyName,
    DevicePropertyManufacturer,
    DevicePropertyFriendlyName,
    DevicePropertyLocationInformation,
    DevicePropertyPhysicalDeviceObjectName,
    DevicePropertyBusTypeGuid,
    DevicePropertyLegacyBusType,
    DevicePropertyBusNumber,
    DevicePropertyEnumeratorName,
    DevicePropertyAddress,
    DevicePropertyUINumber,
    DevicePropertyInstallState,
    DevicePropertyRemovalPolicy,
    DevicePropertyResourceRequirements,
    DevicePropertyAllocatedResources,
    DevicePropertyContainerID
} DEVICE_REGISTRY_PROPERTY;

NTKERNELAPI NTSTATUS NTAPI IoGetDeviceProperty(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_writes_bytes_opt_(BufferLength) PVOID PropertyBuffer,
    _Out_ PULONG ResultLength);

#ifndef DEVPROPKEY_DEFINED
#define DEVPROPKEY_DEFINED
typedef ULONG DEVPROPTYPE, *PDEVPROPTYPE;
typedef ULONG DEVPROPID;
typedef struct _DEVPROPKEY {
    GUID fmtid;
    DEVPROPID pid;
} DEVPROPKEY, *PDEVPROPKEY;
typedef const DEVPROPKEY *PCDEVPROPKEY;
#define DEVPROP_TYPE_EMPTY     0x00000000
#define DEVPROP_TYPE_NULL      0x00000001
#define DEVPROP_TYPE_UINT32    0x00000007
#define DEVPROP_TYPE_GUID      0x0000000D
#define DEVPROP_TYPE_BOOLEAN   0x00000011
#define DEVPROP_TYPE_STRING    0x00000012
#define DEVPROP_TYPE_BINARY    0x00001003
#define DEVPROP_TYPEMOD_ARRAY  0x00001000
#define DEVPROP_TYPEMOD_LIST   0x00002000
#endif

typedef enum _INTERFACE_TYPE {
    InterfaceTypeUndefined = -1,
    Internal,
    Isa,
    Eisa,
    MicroChannel,
    TurboChannel,
    PCIBus,
    VMEBus,
    NuBus,
    PCMCIABus,
    CBus,
    MPIBus,
    MPSABus,
    ProcessorInternal,
    InternalPowerBus,
    PNPISABus,
    PNPBus,
    Vmcs,
    ACPIBus,
    MaximumInterfaceType
} INTERFACE_TYPE, *PINTERFACE_TYPE;

/* Exception records, as exception filters see them through
   GetExceptionInformation().  CONTEXT (processor-specific) is left
   incomplete. */
#define EXCEPTION_MAXIMUM_PARAMETERS 15

typedef struct _EXCEPTION_RECORD {
    NTSTATUS ExceptionCode;
    ULONG ExceptionFlags;
    struct _EXCEPTION_RECORD *ExceptionRecord;
    PVOID ExceptionAddress;
    ULONG NumberParameters;
    ULONG_PTR ExceptionInformation[EXCEPTION_MAXIMUM_PARAMETERS];
} EXCEPTION_RECORD, *PEXCEPTION_RECORD;

typedef struct _EXCEPTION_POINTERS {
    PEXCEPTION_RECORD ExceptionRecord;
    struct _CONTEXT *ContextRecord;
} EXCEPTION_POINTERS, *PEXCEPTION_POINTERS;

/* The header of an error log entry (IoAllocateErrorLogEntry). */
typedef struct _IO_ERROR_LOG_PACKET {
    UCHAR MajorFunctionCode;
    UCHAR RetryCount;
    USHORT DumpDataSize;
    USHORT NumberOfStrings;
    USHORT StringOffset;
    USHORT EventCategory;
    NTSTATUS ErrorCode;
    ULONG UniqueErrorValue;
    NTSTATUS FinalStatus;
    ULONG SequenceNumber;
    ULONG IoControlCode;
    LARGE_INTEGER DeviceOffset;
    ULONG DumpData[1];
} IO_ERROR_LOG_PACKET, *PIO_ERROR_LOG_PACKET;

NTKERNELAPI PVOID NTAPI IoAllocateErrorLogEntry(_In_ PVOID IoObject, _In_ UCHAR EntrySize);
NTKERNELAPI VOID NTAPI IoWriteErrorLogEntry(_In_ PVOID ElEntry);
NTKERNELAPI VOID NTAPI IoFreeErrorLogEntry(_In_ PVOID ElEntry);

/* IRP_MN_QUERY_BUS_INFORMATION's answer. */
typedef struct _PNP_BUS_INFORMATION {
    GUID BusTypeGuid;
    INTERFACE_TYPE LegacyBusType;
    ULONG BusNumber;
} PNP_BUS_INFORMATION, *PPNP_BUS_INFORMATION;

typedef enum _DMA_WIDTH {
    Width8Bits,
    Width16Bits,
    Width32Bits,
    Width64Bits,
    WidthNoWrap,
    MaximumDmaWidth
} DMA_WIDTH, *PDMA_WIDTH;

typedef enum _DMA_SPEED {
    Compatible,
    TypeA,
    TypeB,
    TypeC,
    TypeF,
    MaximumDmaSpeed
} DMA_SPEED, *PDMA_SPEED;

typedef struct _DEVICE_DESCRIPTION {
    ULONG Version;
    BOOLEAN Master;
    BOOLEAN ScatterGather;
    BOOLEAN DemandMode;
    BOOLEAN AutoInitialize;
    BOOLEAN Dma32BitAddresses;
    BOOLEAN IgnoreCount;
    BOOLEAN Reserved1;
    BOOLEAN Dma64BitAddresses;
    ULONG BusNumber;
    ULONG DmaChannel;
    INTERFACE_TYPE InterfaceType;
    DMA_WIDTH DmaWidth;
    DMA_SPEED DmaSpeed;
    ULONG MaximumLength;
    ULONG DmaPort;
    ULONG DmaAddressWidth;
    ULONG DmaControllerInstance;
    ULONG DmaRequestLine;
    PHYSICAL_ADDRESS DeviceAddress;
} DEVICE_DESCRIPTION, *PDEVICE_DESCRIPTION;

/* DEVICE_DESCRIPTION.Version; version 3 adds the DMA_OPERATIONS version-3
   routines (InitializeDmaTransferContext and the ...Ex calls). */
#define DEVICE_DESCRIPTION_VERSION  0
#define DEVICE_DESCRIPTION_VERSION1 1
#define DEVICE_DESCRIPTION_VERSION3 3

/* Size in bytes of the opaque context InitializeDmaTransferContext fills. */
#define DMA_TRANSFER_CONTEXT_SIZE_V1 128


/* ===================================================================== */
/* Scatter/gather lists, power states, bus interfaces, PCI configuration, */
/* bitmaps, time fields, processor groups, CONTEXT                        */
/* ===================================================================== */

typedef struct _SCATTER_GATHER_ELEMENT {
    PHYSICAL_ADDRESS Address;
    ULONG Length;
    ULONG_PTR Reserved;
} SCATTER_GATHER_ELEMENT, *PSCATTER_GATHER_ELEMENT;

typedef struct _SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    SCATTER_GATHER_ELEMENT Elements[ANYSIZE_ARRAY];
} SCATTER_GATHER_LIST, *PSCATTER_GATHER_LIST;

/* DMA adapters (IoGetDmaAdapter) and their operations table, as the
 * DMA_ADAPTER and DMA_OPERATIONS reference pages give them.  The version-1
 * operations (up to PutScatterGatherList) have their callback types; the
 * later ones are declared in the page's order with their return types but
 * without parameter types (any arguments are accepted), so calls through
 * them parse but are not checked against the WDK's prototypes. */
typedef enum _IO_ALLOCATION_ACTION {
    KeepObject = 1,
    DeallocateObject,
    DeallocateObjectKeepRegisters
} IO_ALLOCATION_ACTION, *PIO_ALLOCATION_ACTION;

typedef IO_ALLOCATION_ACTION DRIVER_CONTROL(_In_ struct _DEVICE_OBJECT *DeviceObject,
                                            _Inout_ struct _IRP *Irp,
                                            _In_ PVOID MapRegisterBase, _In_ PVOID Context);
typedef DRIVER_CONTROL *PDRIVER_CONTROL;
typedef VOID DRIVER_LIST_CONTROL(_In_ struct _DEVICE_OBJECT *DeviceObject,
                                 _In_ struct _IRP *Irp,
                                 _In_ PSCATTER_GATHER_LIST ScatterGather, _In_ PVOID Context);
typedef DRIVER_LIST_CONTROL *PDRIVER_LIST_CONTROL;

typedef struct _DMA_ADAPTER *PDMA_ADAPTER;

/* Completion of a system-DMA transfer (MapTransferEx, FlushAdapterBuffersEx). */
typedef enum {
    DmaComplete,
    DmaAborted,
    DmaError,
    DmaCancelled
} DMA_COMPLETION_STATUS;
typedef VOID DMA_COMPLETION_ROUTINE(_In_ PDMA_ADAPTER DmaAdapter,
                                    _In_ struct _DEVICE_OBJECT *DeviceObject,
                                    _In_ PVOID CompletionContext,
                                    _In_ DMA_COMPLETION_STATUS Status);
typedef DMA_COMPLETION_ROUTINE *PDMA_COMPLETION_ROUTINE;

typedef VOID PUT_DMA_ADAPTER(_In_ PDMA_ADAPTER DmaAdapter);
typedef PVOID ALLOCATE_COMMON_BUFFER(_In_ PDMA_ADAPTER DmaAdapter, _In_ ULONG Length,
                                     _Out_ PPHYSICAL_ADDRESS LogicalAddress,
                                     _In_ BOOLEAN CacheEnabled);
typedef VOID FREE_COMMON_BUFFER(_In_ PDMA_ADAPTER DmaAdapter, _In_ ULONG Length,
                                _In_ PHYSICAL_ADDRESS LogicalAddress, _In_ PVOID VirtualAddress,
                                _In_ BOOLEAN CacheEnabled);
typedef NTSTATUS ALLOCATE_ADAPTER_CHANNEL(_In_ PDMA_ADAPTER DmaAdapter,
                                          _In_ struct _DEVICE_OBJECT *DeviceObject,
                                          _In_ ULONG NumberOfMapRegisters,
                                          _In_ PDRIVER_CONTROL ExecutionRoutine,
                                          _In_ PVOID Context);
typedef BOOLEAN FLUSH_ADAPTER_BUFFERS(_In_ PDMA_ADAPTER DmaAdapter, _In_ struct _MDL *Mdl,
                                      _In_ PVOID MapRegisterBase, _In_ PVOID CurrentVa,
                                      _In_ ULONG Length, _In_ BOOLEAN WriteToDevice);
typedef VOID FREE_ADAPTER_CHANNEL(_In_ PDMA_ADAPTER DmaAdapter);
typedef VOID FREE_MAP_REGISTERS(_In_ PDMA_ADAPTER DmaAdapter, _In_ PVOID MapRegisterBase,
                                _In_ ULONG NumberOfMapRegisters);
typedef PHYSICAL_ADDRESS MAP_TRANSFER(_In_ PDMA_ADAPTER DmaAdapter, _In_ struct _MDL *Mdl,
                                      _In_ PVOID MapRegisterBase, _In_ PVOID CurrentVa,
                                      _Inout_ PULONG Length, _In_ BOOLEAN WriteToDevice);
typedef ULONG GET_DMA_ALIGNMENT(_In_ PDMA_ADAPTER DmaAdapter);
typedef ULONG READ_DMA_COUNTER(_In_ PDMA_ADAPTER DmaAdapter);
typedef NTSTATUS GET_SCATTER_GATHER_LIST(_In_ PDMA_ADAPTER DmaAdapter,
                                         _In_ struct _DEVICE_OBJECT *DeviceObject,
                                         _In_ struct _MDL *Mdl, _In_ PVOID CurrentVa,
                                         _In_ ULONG Length,
                                         _In_ PDRIVER_LIST_CONTROL ExecutionRoutine,
                                         _In_ PVOID Context, _In_ BOOLEAN WriteToDevice);
typedef VOID PUT_SCATTER_GATHER_LIST(_In_ PDMA_ADAPTER DmaAdapter,
                                     _In_ PSCATTER_GATHER_LIST ScatterGather,
                                     _In_ BOOLEAN WriteToDevice);

typedef struct _DMA_OPERATIONS {
    ULONG Size;
    PUT_DMA_ADAPTER *PutDmaAdapter;
    ALLOCATE_COMMON_BUFFER *AllocateCommonBuffer;
    FREE_COMMON_BUFFER *FreeCommonBuffer;
    ALLOCATE_ADAPTER_CHANNEL *AllocateAdapterChannel;
    FLUSH_ADAPTER_BUFFERS *FlushAdapterBuffers;
    FREE_ADAPTER_CHANNEL *FreeAdapterChannel;
    FREE_MAP_REGISTERS *FreeMapRegisters;
    MAP_TRANSFER *MapTransfer;
    GET_DMA_ALIGNMENT *GetDmaAlignment;
    READ_DMA_COUNTER *ReadDmaCounter;
    GET_SCATTER_GATHER_LIST *GetScatterGatherList;
    PUT_SCATTER_GATHER_LIST *PutScatterGatherList;
#ifdef __cplusplus
#define _HVCI_DMA_OP(R, name) R(NTAPI *name)(...)
#else
#define _HVCI_DMA_OP(R, name) R(NTAPI *name)()
#endif
    _HVCI_DMA_OP(NTSTATUS, CalculateScatterGatherList);
    _HVCI_DMA_OP(NTSTATUS, BuildScatterGatherList);
    _HVCI_DMA_OP(NTSTATUS, BuildMdlFromScatterGatherList);
    _HVCI_DMA_OP(NTSTATUS, GetDmaAdapterInfo);
    _HVCI_DMA_OP(NTSTATUS, GetDmaTransferInfo);
    _HVCI_DMA_OP(NTSTATUS, InitializeDmaTransferContext);
    _HVCI_DMA_OP(PVOID, AllocateCommonBufferEx);
    _HVCI_DMA_OP(NTSTATUS, AllocateAdapterChannelEx);
    _HVCI_DMA_OP(NTSTATUS, ConfigureAdapterChannel);
    _HVCI_DMA_OP(BOOLEAN, CancelAdapterChannel);
    _HVCI_DMA_OP(NTSTATUS, MapTransferEx);
    _HVCI_DMA_OP(NTSTATUS, GetScatterGatherListEx);
    _HVCI_DMA_OP(NTSTATUS, BuildScatterGatherListEx);
    _HVCI_DMA_OP(NTSTATUS, FlushAdapterBuffersEx);
    _HVCI_DMA_OP(VOID, FreeAdapterObject);
    _HVCI_DMA_OP(NTSTATUS, CancelMappedTransfer);
    _HVCI_DMA_OP(NTSTATUS, AllocateDomainCommonBuffer);
    _HVCI_DMA_OP(NTSTATUS, FlushDmaBuffer);
    _HVCI_DMA_OP(NTSTATUS, JoinDmaDomain);
    _HVCI_DMA_OP(NTSTATUS, LeaveDmaDomain);
    _HVCI_DMA_OP(HANDLE, GetDmaDomain);
    _HVCI_DMA_OP(PVOID, AllocateCommonBufferWithBounds);
    _HVCI_DMA_OP(NTSTATUS, AllocateCommonBufferVector);
    _HVCI_DMA_OP(VOID, GetCommonBufferFromVectorByIndex);
    _HVCI_DMA_OP(VOID, FreeCommonBufferFromVector);
    _HVCI_DMA_OP(VOID, FreeCommonBufferVector);
    _HVCI_DMA_OP(NTSTATUS, CreateCommonBufferFromMdl);
#undef _HVCI_DMA_OP
} DMA_OPERATIONS, *PDMA_OPERATIONS;

typedef struct _DMA_ADAPTER {
    USHORT Version;
    USHORT Size;
    PDMA_OPERATIONS DmaOperations;
} DMA_ADAPTER;

typedef VOID REQUEST_POWER_COMPLETE(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR MinorFunction,
                                    _In_ POWER_STATE PowerState, _In_opt_ PVOID Context,
                                    _In_ PIO_STATUS_BLOCK IoStatus);
typedef REQUEST_POWER_COMPLETE *PREQUEST_POWER_COMPLETE;

NTKERNELAPI VOID NTAPI PoStartNextPowerIrp(_Inout_ PIRP Irp);
NTKERNELAPI NTSTATUS NTAPI PoCallDriver(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);
NTKERNELAPI POWER_STATE NTAPI PoSetPowerState(_In_ PDEVICE_OBJECT DeviceObject,
                                              _In_ POWER_STATE_TYPE Type,
                                              _In_ POWER_STATE State);
NTKERNELAPI NTSTATUS NTAPI PoRequestPowerIrp(_In_ PDEVICE_OBJECT DeviceObject,
                                             _In_ UCHAR MinorFunction,
                                             _In_ POWER_STATE PowerState,
                                             _In_opt_ PREQUEST_POWER_COMPLETE CompletionFunction,
                                             _In_opt_ PVOID Context,
                                             _Outptr_opt_ PIRP *Irp);

/* BUS_INTERFACE_STANDARD (IRP_MN_QUERY_INTERFACE with
   GUID_BUS_INTERFACE_STANDARD from wdmguid.h). */
typedef BOOLEAN TRANSLATE_BUS_ADDRESS(_Inout_opt_ PVOID Context, _In_ PHYSICAL_ADDRESS BusAddress,
                                      _In_ ULONG Length, _Out_ PULONG AddressSpace,
                                      _Out_ PPHYSICAL_ADDRESS TranslatedAddress);
typedef TRANSLATE_BUS_ADDRESS *PTRANSLATE_BUS_ADDRESS;
typedef struct _DMA_ADAPTER *GET_DMA_ADAPTER(_Inout_opt_ PVOID Context,
                                             _In_ struct _DEVICE_DESCRIPTION *DeviceDescriptor,
                                             _Out_ PULONG NumberOfMapRegisters);
typedef GET_DMA_ADAPTER *PGET_DMA_ADAPTER;
typedef ULONG GET_SET_DEVICE_DATA(_Inout_opt_ PVOID Context, _In_ ULONG DataType,
                                  _Inout_updates_bytes_(Length) PVOID Buffer,
                                  _In_ ULONG Offset, _In_ ULONG Length);
typedef GET_SET_DEVICE_DATA *PGET_SET_DEVICE_DATA;

typedef struct _BUS_INTERFACE_STANDARD {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    PTRANSLATE_BUS_ADDRESS TranslateBusAddress;
    PGET_DMA_ADAPTER GetDmaAdapter;
    PGET_SET_DEVICE_DATA SetBusData;
    PGET_SET_DEVICE_DATA GetBusData;
} BUS_INTERFACE_STANDARD, *PBUS_INTERFACE_STANDARD;

#define PCI_WHICHSPACE_CONFIG 0x0
#define PCI_WHICHSPACE_ROM    0x52696350

/* PCI configuration space header (type 0 devices, type 1 bridges). */
#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5

#define PCI_COMMON_HEADER_LAYOUT                                              \
    USHORT VendorID;                                                          \
    USHORT DeviceID;                                                          \
    USHORT Command;                                                           \
    USHORT Status;                                                            \
    UCHAR RevisionID;                                                         \
    UCHAR ProgIf;                                                             \
    UCHAR SubClass;                                                           \
    UCHAR BaseClass;                                                          \
    UCHAR CacheLineSize;                                                      \
    UCHAR LatencyTimer;                                                       \
    UCHAR HeaderType;                                                         \
    UCHAR BIST;                                                               \
    union {                                                                   \
        struct {                                                              \
            ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];                         \
            ULONG CIS;                                                        \
            USHORT SubVendorID;                                               \
            USHORT SubSystemID;                                               \
            ULONG ROMBaseAddress;                                             \
            UCHAR CapabilitiesPtr;                                            \
            UCHAR Reserved1[3];                                               \
            ULONG Reserved2;                                                  \
            UCHAR InterruptLine;                                              \
            UCHAR InterruptPin;                                               \
            UCHAR MinimumGrant;                                               \
            UCHAR MaximumLatency;                                             \
        } type0;                                                              \
        struct {                                                              \
            ULONG BaseAddresses[PCI_TYPE1_ADDRESSES];                         \
            UCHAR PrimaryBus;                                                 \
            UCHAR SecondaryBus;                                               \
            UCHAR SubordinateBus;                                             \
            UCHAR SecondaryLatency;                                           \
            UCHAR IOBase;                                                     \
            UCHAR IOLimit;                                                    \
            USHORT SecondaryStatus;                                           \
            USHORT MemoryBase;                                                \
            USHORT MemoryLimit;                                               \
            USHORT PrefetchBase;                                              \
            USHORT PrefetchLimit;                                             \
            ULONG PrefetchBaseUpper32;                                        \
            ULONG PrefetchLimitUpper32;                                       \
            USHORT IOBaseUpper16;                                             \
            USHORT IOLimitUpper16;                                            \
            UCHAR CapabilitiesPtr;                                            \
            UCHAR Reserved1[3];                                               \
            ULONG ROMBaseAddress;                                             \
            UCHAR InterruptLine;                                              \
            UCHAR InterruptPin;                                               \
            USHORT BridgeControl;                                             \
        } type1;                                                              \
    } u;

typedef struct _PCI_COMMON_HEADER {
    PCI_COMMON_HEADER_LAYOUT
} PCI_COMMON_HEADER, *PPCI_COMMON_HEADER;

/* The same fields plus the device-specific area (C++ code gets the flat
   layout too, so that FIELD_OFFSET stays valid). */
typedef struct _PCI_COMMON_CONFIG {
    PCI_COMMON_HEADER_LAYOUT
    UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;

#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#define PCI_INVALID_VENDORID  0xFFFF
#define PCI_MULTIFUNCTION     0x80
#define PCI_DEVICE_TYPE       0x00
#define PCI_BRIDGE_TYPE       0x01
#define PCI_CARDBUS_BRIDGE_TYPE 0x02
#define PCI_CONFIGURATION_TYPE(PciData) (((PPCI_COMMON_CONFIG)(PciData))->HeaderType & ~PCI_MULTIFUNCTION)
#define PCI_ENABLE_IO_SPACE     0x0001
#define PCI_ENABLE_MEMORY_SPACE 0x0002
#define PCI_ENABLE_BUS_MASTER   0x0004
#define PCI_STATUS_CAPABILITIES_LIST 0x0010

/* Bitmaps. */
typedef struct _RTL_BITMAP {
    ULONG SizeOfBitMap;
    PULONG Buffer;
} RTL_BITMAP, *PRTL_BITMAP;

NTSYSAPI VOID NTAPI RtlInitializeBitMap(_Out_ PRTL_BITMAP BitMapHeader,
                                        _In_opt_ PULONG BitMapBuffer, _In_opt_ ULONG SizeOfBitMap);
NTSYSAPI VOID NTAPI RtlClearBit(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG BitNumber);
NTSYSAPI VOID NTAPI RtlSetBit(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG BitNumber);
NTSYSAPI BOOLEAN NTAPI RtlTestBit(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG BitNumber);
NTSYSAPI VOID NTAPI RtlClearAllBits(_In_ PRTL_BITMAP BitMapHeader);
NTSYSAPI VOID NTAPI RtlSetAllBits(_In_ PRTL_BITMAP BitMapHeader);
NTSYSAPI ULONG NTAPI RtlFindClearBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind,
                                      _In_ ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlFindSetBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind,
                                    _In_ ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlFindClearBitsAndSet(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind,
                                            _In_ ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlFindSetBitsAndClear(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind,
                                            _In_ ULONG HintIndex);
NTSYSAPI VOID NTAPI RtlClearBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex,
                                 _In_ ULONG NumberToClear);
NTSYSAPI VOID NTAPI RtlSetBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex,
                               _In_ ULONG NumberToSet);
NTSYSAPI BOOLEAN NTAPI RtlAreBitsClear(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex,
                                       _In_ ULONG Length);
NTSYSAPI BOOLEAN NTAPI RtlAreBitsSet(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex,
                                     _In_ ULONG Length);
NTSYSAPI ULONG NTAPI RtlNumberOfClearBits(_In_ PRTL_BITMAP BitMapHeader);
NTSYSAPI ULONG NTAPI RtlNumberOfSetBits(_In_ PRTL_BITMAP BitMapHeader);
#define RtlCheckBit(BMH, BP) (((BMH)->Buffer[(BP) / 32] >> ((BP) % 32)) & 0x1)

/* Calendar time. */
typedef struct _TIME_FIELDS {
    CSHORT Year;
    CSHORT Month;
    CSHORT Day;
    CSHORT Hour;
    CSHORT Minute;
    CSHORT Second;
    CSHORT Milliseconds;
    CSHORT Weekday;
} TIME_FIELDS, *PTIME_FIELDS;
NTSYSAPI VOID NTAPI RtlTimeToTimeFields(_In_ PLARGE_INTEGER Time, _Out_ PTIME_FIELDS TimeFields);
NTSYSAPI BOOLEAN NTAPI RtlTimeFieldsToTime(_In_ PTIME_FIELDS TimeFields, _Out_ PLARGE_INTEGER Time);
NTKERNELAPI VOID NTAPI ExSystemTimeToLocalTime(_In_ PLARGE_INTEGER SystemTime,
                                               _Out_ PLARGE_INTEGER LocalTime);
NTKERNELAPI VOID NTAPI ExLocalTimeToSystemTime(_In_ PLARGE_INTEGER LocalTime,
                                               _Out_ PLARGE_INTEGER SystemTime);

/* Processor groups. */
typedef struct _GROUP_AFFINITY {
    KAFFINITY Mask;
    USHORT Group;
    USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;
#define ALL_PROCESSOR_GROUPS 0xffff
NTKERNELAPI ULONG NTAPI KeGetCurrentProcessorNumberEx(_Out_opt_ PPROCESSOR_NUMBER ProcNumber);
NTKERNELAPI ULONG NTAPI KeQueryActiveProcessorCountEx(_In_ USHORT GroupNumber);
NTKERNELAPI ULONG NTAPI KeQueryActiveProcessorCount(_Out_opt_ PKAFFINITY ActiveProcessors);
NTKERNELAPI USHORT NTAPI KeQueryActiveGroupCount(VOID);
NTKERNELAPI NTSTATUS NTAPI KeGetProcessorNumberFromIndex(_In_ ULONG ProcIndex,
                                                         _Out_ PPROCESSOR_NUMBER ProcNumber);
NTKERNELAPI ULONG NTAPI KeGetProcessorIndexFromNumber(_In_ PPROCESSOR_NUMBER ProcNumber);
NTKERNELAPI VOID NTAPI KeSetSystemGroupAffinityThread(_In_ PGROUP_AFFINITY Affinity,
                                                      _Out_opt_ PGROUP_AFFINITY PreviousAffinity);
NTKERNELAPI VOID NTAPI KeRevertToUserGroupAffinityThread(_In_ PGROUP_AFFINITY PreviousAffinity);
NTKERNELAPI VOID NTAPI KeFlushQueuedDpcs(VOID);
NTKERNELAPI BOOLEAN NTAPI KeReadStateTimer(_In_ PKTIMER Timer);

/* Interlocked lists guarded by a spin lock. */
NTKERNELAPI PLIST_ENTRY FASTCALL ExInterlockedInsertHeadList(_Inout_ PLIST_ENTRY ListHead,
                                                             _Inout_ PLIST_ENTRY ListEntry,
                                                             _Inout_ PKSPIN_LOCK Lock);
NTKERNELAPI PLIST_ENTRY FASTCALL ExInterlockedInsertTailList(_Inout_ PLIST_ENTRY ListHead,
                                                             _Inout_ PLIST_ENTRY ListEntry,
                                                             _Inout_ PKSPIN_LOCK Lock);
NTKERNELAPI PLIST_ENTRY FASTCALL ExInterlockedRemoveHeadList(_Inout_ PLIST_ENTRY ListHead,
                                                             _Inout_ PKSPIN_LOCK Lock);

/* Page frame numbers. */
typedef ULONG PFN_COUNT;
#ifdef _WIN64
typedef ULONG64 PFN_NUMBER, *PPFN_NUMBER;
#else
typedef ULONG PFN_NUMBER, *PPFN_NUMBER;
#endif

/* Thread context: the x64 layout (other targets get the same shape, which
   is enough for parsing). */
typedef struct DECLSPEC_ALIGN(16) _M128A {
    ULONGLONG Low;
    LONGLONG High;
} M128A, *PM128A;

typedef struct DECLSPEC_ALIGN(16) _CONTEXT {
    ULONG64 P1Home;
    ULONG64 P2Home;
    ULONG64 P3Home;
    ULONG64 P4Home;
    ULONG64 P5Home;
    ULONG64 P6Home;
    ULONG ContextFlags;
    ULONG MxCsr;
    USHORT SegCs;
    USHORT SegDs;
    USHORT SegEs;
    USHORT SegFs;
    USHORT SegGs;
    USHORT SegSs;
    ULONG EFlags;
    ULONG64 Dr0;
    ULONG64 Dr1;
    ULONG64 Dr2;
    ULONG64 Dr3;
    ULONG64 Dr6;
    ULONG64 Dr7;
    ULONG64 Rax;
    ULONG64 Rcx;
    ULONG64 Rdx;
    ULONG64 Rbx;
    ULONG64 Rsp;
    ULONG64 Rbp;
    ULONG64 Rsi;
    ULONG64 Rdi;
    ULONG64 R8;
    ULONG64 R9;
    ULONG64 R10;
    ULONG64 R11;
    ULONG64 R12;
    ULONG64 R13;
    ULONG64 R14;
    ULONG64 R15;
    ULONG64 Rip;
    union {
        UCHAR FltSave[512];   /* XMM_SAVE_AREA32, left opaque */
        struct {
            M128A Header[2];
            M128A Legacy[8];
            M128A Xmm0, Xmm1, Xmm2, Xmm3, Xmm4, Xmm5, Xmm6, Xmm7;
            M128A Xmm8, Xmm9, Xmm10, Xmm11, Xmm12, Xmm13, Xmm14, Xmm15;
        };
    };
    M128A VectorRegister[26];
    ULONG64 VectorControl;
    ULONG64 DebugControl;
    ULONG64 LastBranchToRip;
    ULONG64 LastBranchFromRip;
    ULONG64 LastExceptionToRip;
    ULONG64 LastExceptionFromRip;
} CONTEXT, *PCONTEXT;
#define CONTEXT_AMD64   0x00100000L
#define CONTEXT_CONTROL (CONTEXT_AMD64 | 0x1L)
#define CONTEXT_INTEGER (CONTEXT_AMD64 | 0x2L)
#define CONTEXT_SEGMENTS (CONTEXT_AMD64 | 0x4L)
#define CONTEXT_FLOATING_POINT (CONTEXT_AMD64 | 0x8L)
#define CONTEXT_DEBUG_REGISTERS (CONTEXT_AMD64 | 0x10L)
#define CONTEXT_FULL (CONTEXT_CONTROL | CONTEXT_INTEGER | CONTEXT_FLOATING_POINT)
#define CONTEXT_ALL (CONTEXT_CONTROL | CONTEXT_INTEGER | CONTEXT_SEGMENTS | \
                     CONTEXT_FLOATING_POINT | CONTEXT_DEBUG_REGISTERS)
NTSYSAPI VOID NTAPI RtlCaptureContext(_Out_ PCONTEXT ContextRecord);
/* ===================================================================== */
/* 7. ExInitializeDriverRuntime (facts 4.5)                               */
/* ===================================================================== */

typedef enum _DRIVER_RUNTIME_INIT_FLAGS {
    DrvRtPoolNxOptIn = 0x00000001,
    LastDrvRtFlag = 2
} DRIVER_RUNTIME_INIT_FLAGS;

/*
 * The NX part is compiled only when POOL_NX_OPTIN && !POOL_NX_OPTOUT in the
 * translation unit that calls it.  hvcilint notes: when the build also sets
 * POOL_NX_OPTIN_AUTO the remapping above is the AUTO one and the run-time
 * variables do not exist; everything is NX already, so the body reduces to
 * UNREFERENCED_PARAMETER.  Left out: the POOL_ZERO_DOWN_LEVEL_SUPPORT probe
 * of pool-zeroing support (system information class 227).
 */
FORCEINLINE VOID ExInitializeDriverRuntime(_In_ ULONG RuntimeFlags)
{
#if defined(POOL_NX_OPTIN) && POOL_NX_OPTIN &&                              \
    (!defined(POOL_NX_OPTOUT) || !POOL_NX_OPTOUT) &&                        \
    defined(_HVCILINT_NX_OPTIN_VARIABLES)
    if ((RuntimeFlags & DrvRtPoolNxOptIn) != 0) {
        RTL_OSVERSIONINFOW VersionInfo;
        ULONG MajorVersion;
        ULONG MinorVersion;

        RtlZeroMemory(&VersionInfo, sizeof(VersionInfo));
        VersionInfo.dwOSVersionInfoSize = sizeof(VersionInfo);
        if (NT_SUCCESS(RtlGetVersion(&VersionInfo))) {
            MajorVersion = VersionInfo.dwMajorVersion;
            MinorVersion = VersionInfo.dwMinorVersion;
        } else {
            MajorVersion = 5;   /* assume Windows 2000: no NX pool */
            MinorVersion = 0;
        }
        if (MajorVersion > 6 || (MajorVersion == 6 && MinorVersion >= 2)) {
            ExDefaultNonPagedPoolType = NonPagedPoolNx;
            ExDefaultMdlProtection = MdlMappingNoExecute;
        }
    }
#else
    UNREFERENCED_PARAMETER(RuntimeFlags);
#endif
}

/* ---- helpers file systems and storage drivers use (wdm.h level) ----------- */

#define RtlInitEmptyUnicodeString(UnicodeString, Buf, BufSize)                \
    ((UnicodeString)->Buffer = (Buf), (UnicodeString)->Length = 0,            \
     (UnicodeString)->MaximumLength = (USHORT)(BufSize))

NTSYSAPI BOOLEAN NTAPI RtlEqualString(_In_ const STRING *String1, _In_ const STRING *String2,
                                      _In_ BOOLEAN CaseInSensitive);
NTSYSAPI WCHAR NTAPI RtlUpcaseUnicodeChar(_In_ WCHAR SourceCharacter);
NTSYSAPI NTSTATUS NTAPI RtlUpcaseUnicodeString(_When_(AllocateDestinationString, _Out_)
                                               _When_(!AllocateDestinationString, _Inout_)
                                               PUNICODE_STRING DestinationString,
                                               _In_ PCUNICODE_STRING SourceString,
                                               _In_ BOOLEAN AllocateDestinationString);

NTKERNELAPI DECLSPEC_NORETURN VOID NTAPI ExRaiseStatus(_In_ NTSTATUS Status);
NTKERNELAPI VOID FASTCALL ExAcquireFastMutexUnsafe(_Inout_ PFAST_MUTEX FastMutex);
NTKERNELAPI VOID FASTCALL ExReleaseFastMutexUnsafe(_Inout_ PFAST_MUTEX FastMutex);
NTKERNELAPI ULONG NTAPI ExInterlockedAddUlong(_Inout_ PULONG Addend, _In_ ULONG Increment,
                                              _Inout_ PKSPIN_LOCK Lock);
NTKERNELAPI BOOLEAN NTAPI KeAreAllApcsDisabled(VOID);
NTKERNELAPI VOID NTAPI KeFlushIoBuffers(_In_ PMDL Mdl, _In_ BOOLEAN ReadOperation,
                                        _In_ BOOLEAN DmaOperation);
NTKERNELAPI BOOLEAN NTAPI PsIsThreadTerminating(_In_ PETHREAD Thread);
NTKERNELAPI PEPROCESS NTAPI PsGetThreadProcess(_In_ PETHREAD Thread);
NTKERNELAPI NTSTATUS NTAPI ObCloseHandle(_In_ HANDLE Handle, _In_ KPROCESSOR_MODE PreviousMode);
NTKERNELAPI VOID NTAPI SeCaptureSubjectContext(_Out_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
NTKERNELAPI VOID NTAPI SeReleaseSubjectContext(_Inout_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
NTKERNELAPI VOID NTAPI SeLockSubjectContext(_In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
NTKERNELAPI VOID NTAPI SeUnlockSubjectContext(_In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);

typedef enum _MM_SYSTEM_SIZE {
    MmSmallSystem,
    MmMediumSystem,
    MmLargeSystem
} MM_SYSTEMSIZE;
NTKERNELAPI MM_SYSTEMSIZE NTAPI MmQuerySystemSize(VOID);

/* Requests built for lower drivers. */
NTKERNELAPI PIRP NTAPI IoBuildSynchronousFsdRequest(
    _In_ ULONG MajorFunction, _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_opt_ PVOID Buffer, _In_opt_ ULONG Length, _In_opt_ PLARGE_INTEGER StartingOffset,
    _In_ PKEVENT Event, _Out_ PIO_STATUS_BLOCK IoStatusBlock);
NTKERNELAPI PIRP NTAPI IoMakeAssociatedIrp(_In_ PIRP Irp, _In_ CCHAR StackSize);
NTKERNELAPI VOID NTAPI IoReuseIrp(_Inout_ PIRP Irp, _In_ NTSTATUS Iostatus);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetAttachedDeviceReference(_In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetRelatedDeviceObject(_In_ PFILE_OBJECT FileObject);
NTKERNELAPI BOOLEAN NTAPI IoIsOperationSynchronous(_In_ PIRP Irp);
NTKERNELAPI VOID NTAPI IoSetHardErrorOrVerifyDevice(_In_ PIRP Irp, _In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI PGENERIC_MAPPING NTAPI IoGetFileObjectGenericMapping(VOID);

FORCEINLINE VOID IoSetNextIrpStackLocation(_Inout_ PIRP Irp)
{
    Irp->CurrentLocation--;
    Irp->Tail.Overlay.CurrentStackLocation--;
}

/* Errors a user can cause by handling removable media. */
#define IoIsErrorUserInduced(Status)                                          \
    ((BOOLEAN)(((Status) == STATUS_DEVICE_NOT_READY) ||                       \
               ((Status) == STATUS_IO_TIMEOUT) ||                             \
               ((Status) == STATUS_MEDIA_WRITE_PROTECTED) ||                  \
               ((Status) == STATUS_NO_MEDIA_IN_DEVICE) ||                     \
               ((Status) == STATUS_UNRECOGNIZED_MEDIA) ||                     \
               ((Status) == STATUS_VERIFY_REQUIRED) ||                        \
               ((Status) == STATUS_WRONG_VOLUME)))

/* Share access of a file (checked and recorded on create). */
typedef struct _SHARE_ACCESS {
    ULONG OpenCount;
    ULONG Readers;
    ULONG Writers;
    ULONG Deleters;
    ULONG SharedRead;
    ULONG SharedWrite;
    ULONG SharedDelete;
} SHARE_ACCESS, *PSHARE_ACCESS;

NTKERNELAPI NTSTATUS NTAPI IoCheckShareAccess(
    _In_ ACCESS_MASK DesiredAccess, _In_ ULONG DesiredShareAccess,
    _Inout_ PFILE_OBJECT FileObject, _Inout_ PSHARE_ACCESS ShareAccess, _In_ BOOLEAN Update);
NTKERNELAPI VOID NTAPI IoSetShareAccess(
    _In_ ACCESS_MASK DesiredAccess, _In_ ULONG DesiredShareAccess,
    _Inout_ PFILE_OBJECT FileObject, _Out_ PSHARE_ACCESS ShareAccess);
NTKERNELAPI VOID NTAPI IoRemoveShareAccess(_In_ PFILE_OBJECT FileObject,
                                           _Inout_ PSHARE_ACCESS ShareAccess);
NTKERNELAPI VOID NTAPI IoUpdateShareAccess(_In_ PFILE_OBJECT FileObject,
                                           _Inout_ PSHARE_ACCESS ShareAccess);

/* File information structures declared by wdm.h. */
typedef struct _FILE_NAME_INFORMATION {
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_NAME_INFORMATION, *PFILE_NAME_INFORMATION;

typedef struct _FILE_ALIGNMENT_INFORMATION {
    ULONG AlignmentRequirement;
} FILE_ALIGNMENT_INFORMATION, *PFILE_ALIGNMENT_INFORMATION;

typedef struct _FILE_ATTRIBUTE_TAG_INFORMATION {
    ULONG FileAttributes;
    ULONG ReparseTag;
} FILE_ATTRIBUTE_TAG_INFORMATION, *PFILE_ATTRIBUTE_TAG_INFORMATION;

typedef struct _FILE_DISPOSITION_INFORMATION {
    BOOLEAN DeleteFile;
} FILE_DISPOSITION_INFORMATION, *PFILE_DISPOSITION_INFORMATION;

typedef struct _FILE_END_OF_FILE_INFORMATION {
    LARGE_INTEGER EndOfFile;
} FILE_END_OF_FILE_INFORMATION, *PFILE_END_OF_FILE_INFORMATION;

typedef struct _FILE_FS_DEVICE_INFORMATION {
    DEVICE_TYPE DeviceType;
    ULONG Characteristics;
} FILE_FS_DEVICE_INFORMATION, *PFILE_FS_DEVICE_INFORMATION;

/* Interrupt objects and the role types of an ISR (InterruptService) and a
   DpcForIsr routine. */
typedef struct _KINTERRUPT *PKINTERRUPT, *PRKINTERRUPT;
typedef BOOLEAN KSERVICE_ROUTINE(_In_ struct _KINTERRUPT *Interrupt,
                                 _In_ PVOID ServiceContext);
typedef KSERVICE_ROUTINE *PKSERVICE_ROUTINE;
typedef VOID IO_DPC_ROUTINE(_In_ PKDPC Dpc, _In_ struct _DEVICE_OBJECT *DeviceObject,
                            _Inout_ struct _IRP *Irp, _In_opt_ PVOID Context);
typedef IO_DPC_ROUTINE *PIO_DPC_ROUTINE;

/* Reasons given with power requests (COUNTED_REASON_CONTEXT). */
#define DIAGNOSTIC_REASON_VERSION         0
#define DIAGNOSTIC_REASON_SIMPLE_STRING   0x00000001
#define DIAGNOSTIC_REASON_DETAILED_STRING 0x00000002
#define DIAGNOSTIC_REASON_NOT_SPECIFIED   0x80000000
typedef struct _COUNTED_REASON_CONTEXT {
    ULONG Version;
    ULONG Flags;
    union {
        struct {
            UNICODE_STRING ResourceFileName;
            USHORT ResourceReasonId;
            ULONG StringCount;
            PUNICODE_STRING ReasonStrings;
        };
        UNICODE_STRING SimpleString;
    };
} COUNTED_REASON_CONTEXT, *PCOUNTED_REASON_CONTEXT;

#ifdef __cplusplus
} /* extern "C" */
#endif

/* The power management framework (PoFx): structures, callbacks, PoFx* calls. */
#include <wdmpofx.h>
/* Hardware resource lists (CM_*) and interrupt modes. */
#include <wdm_cm.h>
/* Run-down protection, callback objects and other executive helpers. */
#include <wdm_ex.h>
/* Executive timer objects (ExAllocateTimer and friends). */
#include <wdm_extimer.h>
/* Extended work items, registry query tables, device reset, counters. */
#include <wdm_io.h>
/* Registry and object-handle filtering callbacks. */
#include <wdm_cb.h>
/* PnP notifications, device interfaces and registry key enumeration. */
#include <wdm_pnp.h>

/* Kernel-mode C++ drivers name std::align_val_t in their aligned operator
   new/delete without including <new> (the compiler knows the type); this
   opaque declaration agrees with <new>'s definition. */
#if defined(__cplusplus) && defined(__cpp_aligned_new)
namespace std {
enum class align_val_t : size_t;
}
#endif

#endif /* _WDMDDK_ */
