/*
 * ndis_driver.h - hvcilint's stand-in for the NDIS 6 driver framework:
 * what miniport, filter and protocol drivers register and call.
 * Included by ndis.h (after the net buffer declarations); including it
 * directly brings in ndis.h first.
 *
 * Written for hvcilint from the public NDIS reference pages on
 * learn.microsoft.com (ndis.h, ndis/oidrequest.h, ndis/objectheader.h,
 * ndis/ndisport.h sections), not taken from the WDK.  Declares:
 *   - NDIS_STATUS codes.  The error codes are given as the documented
 *     STATUS_NDIS_* NTSTATUS values (facility 0x23, [MS-ERREF]); some older
 *     documentation lists 0xC001xxxx numbers for the same names.  The
 *     indication codes (media connect, link state) keep their 0x4001xxxx
 *     numbers.
 *   - NDIS_OBJECT_TYPE_* and the revision numbers of the structures below.
 *   - NDIS_SPIN_LOCK, NDIS_EVENT, the reader/writer locks (NDIS_RW_LOCK
 *     and LOCK_STATE with their documented reserved layouts, NDIS_RW_LOCK_EX
 *     opaque) and their routines, the timer object and
 *     its characteristics, NdisMSleep/NdisStallExecution and the
 *     interlocked and system-time wrappers.
 *   - NDIS_OID_REQUEST (revision 2 layout; the reference page's
 *     "_REQUEST_DATA" line is a rendering of the DATA union and is not a
 *     separate member), NDIS_STATUS_INDICATION, NDIS_LINK_STATE,
 *     NET_DEVICE_PNP_EVENT, the halt/shutdown/pause/restart parameters,
 *     NDIS_MINIPORT_INIT_PARAMETERS and the registration attributes.
 *   - NET_PNP_EVENT_NOTIFICATION with NET_PNP_EVENT and its event codes
 *     (the codes after NetEventIMReEnableDevice in the order of the NDIS
 *     6.30+ pages), NDIS_NET_BUFFER_LIST_8021Q_INFO, the configuration
 *     object, parameter and routines, NDIS_FILTER_ATTRIBUTES, and the
 *     NDIS_SIZEOF_*_REVISION_n sizes the pages name for these structures.
 *     MAXIMUM_PROCESSORS (the size of NDIS_RW_LOCK's reserved array) is
 *     defined here when no other header has.
 *   - Through ndis_roles.h, the MINIPORT_*, FILTER_* and PROTOCOL_*
 *     callback role typedefs with their *_HANDLER pointer types and the
 *     three driver-characteristics structures; here, the registration,
 *     send, receive, status and OID request routines.
 * The callback role typedefs carry no calling convention (drivers are
 * built with the default one; /Gz on x86), the routines are NTAPI.
 *
 * Also: NDIS_MUTEX with NDIS_INIT_MUTEX, NDIS_WAIT_FOR_MUTEX and
 * NDIS_RELEASE_MUTEX (documented as wrappers of KeInitializeMutex,
 * KeWaitForSingleObject and KeReleaseMutex), NDIS_DEVICE_OBJECT_ATTRIBUTES
 * with NdisRegisterDeviceEx/NdisDeregisterDeviceEx, NET_FRAME_TYPE and
 * NDIS_OPEN_PARAMETERS (its layout as on the NDIS_OPEN_PARAMETERS page),
 * and the NDIS_INTERMEDIATE_DRIVER characteristics flag; revision numbers
 * and that flag as the Win32 metadata constant listings publish them.
 * NDIS_RECEIVE_THROTTLE_PARAMETERS as on its reference page, and
 * NDIS_STATUS_INDICATION_REQUIRED as STATUS_NDIS_INDICATION_REQUIRED.
 *
 * Left out: NDIS_FILTER_ATTACH_PARAMETERS, NDIS_BIND_PARAMETERS,
 * NDIS_RESTART_ATTRIBUTES, the adapter general
 * and offload attributes and NDIS_PM_CAPABILITIES are declared as
 * incomplete types here (ndis_adapter.h, included at the end, completes
 * the bind parameters, the general and offload attributes and
 * NDIS_PM_CAPABILITIES).  The Synchronous OID request handlers of filter
 * characteristics revision 3, NdisOpenAdapterEx, the connection-oriented (Co)
 * interface, DMA/shared memory, interrupts, RSS/VMQ/QoS and the Hyper-V
 * switch surface are not declared (NDIS ports are in ndis_adapter.h).
 */
#pragma once
#ifndef HVCILINT_NDIS_DRIVER_H
#define HVCILINT_NDIS_DRIVER_H

#include <ndis.h>
#include <ifdef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Status codes ---------------------------------------------------- */
#define NDIS_STATUS_NOT_RECOGNIZED        ((NDIS_STATUS)0x00010001L)
#define NDIS_STATUS_NOT_COPIED            ((NDIS_STATUS)0x00010002L)
#define NDIS_STATUS_NOT_ACCEPTED          ((NDIS_STATUS)0x00010003L)
#define NDIS_STATUS_MEDIA_CONNECT         ((NDIS_STATUS)0x4001000BL)
#define NDIS_STATUS_MEDIA_DISCONNECT      ((NDIS_STATUS)0x4001000CL)
#define NDIS_STATUS_LINK_STATE            ((NDIS_STATUS)0x40010017L)
#define NDIS_STATUS_INDICATION_REQUIRED   ((NDIS_STATUS)0x40230001L) /* STATUS_NDIS_INDICATION_REQUIRED */
#define NDIS_STATUS_SOFT_ERRORS           ((NDIS_STATUS)0x80010003L)
#define NDIS_STATUS_HARD_ERRORS           ((NDIS_STATUS)0x80010004L)
#define NDIS_STATUS_BUFFER_OVERFLOW       ((NDIS_STATUS)STATUS_BUFFER_OVERFLOW)
#define NDIS_STATUS_INVALID_DEVICE_REQUEST ((NDIS_STATUS)STATUS_INVALID_DEVICE_REQUEST)
#define NDIS_STATUS_CLOSING               ((NDIS_STATUS)0xC0230002L)
#define NDIS_STATUS_BAD_VERSION           ((NDIS_STATUS)0xC0230004L)
#define NDIS_STATUS_BAD_CHARACTERISTICS   ((NDIS_STATUS)0xC0230005L)
#define NDIS_STATUS_ADAPTER_NOT_FOUND     ((NDIS_STATUS)0xC0230006L)
#define NDIS_STATUS_OPEN_FAILED           ((NDIS_STATUS)0xC0230007L)
#define NDIS_STATUS_DEVICE_FAILED         ((NDIS_STATUS)0xC0230008L)
#define NDIS_STATUS_MULTICAST_FULL        ((NDIS_STATUS)0xC0230009L)
#define NDIS_STATUS_MULTICAST_EXISTS      ((NDIS_STATUS)0xC023000AL)
#define NDIS_STATUS_MULTICAST_NOT_FOUND   ((NDIS_STATUS)0xC023000BL)
#define NDIS_STATUS_REQUEST_ABORTED       ((NDIS_STATUS)0xC023000CL)
#define NDIS_STATUS_RESET_IN_PROGRESS     ((NDIS_STATUS)0xC023000DL)
#define NDIS_STATUS_INVALID_PACKET        ((NDIS_STATUS)0xC023000FL)
#define NDIS_STATUS_ADAPTER_NOT_READY     ((NDIS_STATUS)0xC0230011L)
#define NDIS_STATUS_INVALID_LENGTH        ((NDIS_STATUS)0xC0230014L)
#define NDIS_STATUS_INVALID_DATA          ((NDIS_STATUS)0xC0230015L)
#define NDIS_STATUS_BUFFER_TOO_SHORT      ((NDIS_STATUS)0xC0230016L)
#define NDIS_STATUS_INVALID_OID           ((NDIS_STATUS)0xC0230017L)
#define NDIS_STATUS_ADAPTER_REMOVED       ((NDIS_STATUS)0xC0230018L)
#define NDIS_STATUS_UNSUPPORTED_MEDIA     ((NDIS_STATUS)0xC0230019L)
#define NDIS_STATUS_MEDIA_DISCONNECTED    ((NDIS_STATUS)0xC023001FL)
#define NDIS_STATUS_PAUSED                ((NDIS_STATUS)0xC023002AL)
#define NDIS_STATUS_LOW_POWER_STATE       ((NDIS_STATUS)0xC023002FL)

/* ---- Object header types and revisions ------------------------------- */
#define NDIS_OBJECT_TYPE_DEFAULT                                  0x80
#define NDIS_OBJECT_TYPE_MINIPORT_INIT_PARAMETERS                 0x81
#define NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION                       0x83
#define NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT                       0x84
#define NDIS_OBJECT_TYPE_DEVICE_OBJECT_ATTRIBUTES                 0x85
#define NDIS_OBJECT_TYPE_BIND_PARAMETERS                          0x86
#define NDIS_OBJECT_TYPE_OPEN_PARAMETERS                          0x87
#define NDIS_OBJECT_TYPE_RSS_CAPABILITIES                         0x88
#define NDIS_OBJECT_TYPE_RSS_PARAMETERS                           0x89
#define NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS          0x8A
#define NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS            0x8B
#define NDIS_OBJECT_TYPE_FILTER_PARTIAL_CHARACTERISTICS           0x8C
#define NDIS_OBJECT_TYPE_FILTER_ATTRIBUTES                        0x8D
#define NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS          0x95
#define NDIS_OBJECT_TYPE_REQUEST_EX                               0x96
#define NDIS_OBJECT_TYPE_OID_REQUEST                              0x96
#define NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS                    0x97
#define NDIS_OBJECT_TYPE_STATUS_INDICATION                        0x98
#define NDIS_OBJECT_TYPE_FILTER_ATTACH_PARAMETERS                 0x99
#define NDIS_OBJECT_TYPE_FILTER_PAUSE_PARAMETERS                  0x9A
#define NDIS_OBJECT_TYPE_FILTER_RESTART_PARAMETERS                0x9B
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES 0x9E
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES      0x9F
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES      0xA0
#define NDIS_OBJECT_TYPE_RESTART_GENERAL_ATTRIBUTES               0xA2
#define NDIS_OBJECT_TYPE_PROTOCOL_RESTART_PARAMETERS              0xA3

#define NDIS_OID_REQUEST_REVISION_1                         1
#define NDIS_OID_REQUEST_REVISION_2                         2
#define NDIS_STATUS_INDICATION_REVISION_1                   1
#define NDIS_LINK_STATE_REVISION_1                          1
#define NDIS_TIMER_CHARACTERISTICS_REVISION_1               1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1     1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2     2
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3     3
#define NDIS_FILTER_CHARACTERISTICS_REVISION_1              1
#define NDIS_FILTER_CHARACTERISTICS_REVISION_2              2
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1     1
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2     2
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 2

/* Flags passed to the send, receive, return and complete routines. */
#define NDIS_SEND_FLAGS_DISPATCH_LEVEL           0x00000001
#define NDIS_SEND_FLAGS_CHECK_FOR_LOOPBACK       0x00000002
#define NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL  0x00000001
#define NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL        0x00000001
#define NDIS_RECEIVE_FLAGS_RESOURCES             0x00000002
#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL         0x00000001

#define NDIS_DEFAULT_PORT_NUMBER                 ((NDIS_PORT_NUMBER)0)

/* ---- Spin locks and events ------------------------------------------- */
typedef struct _NDIS_SPIN_LOCK {
    KSPIN_LOCK SpinLock;
    KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

typedef struct _NDIS_EVENT {
    KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;

NDISAPI VOID NTAPI NdisAllocateSpinLock(_Out_ PNDIS_SPIN_LOCK SpinLock);
NDISAPI VOID NTAPI NdisFreeSpinLock(_In_ PNDIS_SPIN_LOCK SpinLock);
NDISAPI VOID NTAPI NdisAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
NDISAPI VOID NTAPI NdisReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
NDISAPI VOID NTAPI NdisDprAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
NDISAPI VOID NTAPI NdisDprReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);

NDISAPI VOID NTAPI NdisInitializeEvent(_Out_ PNDIS_EVENT Event);
NDISAPI VOID NTAPI NdisSetEvent(_In_ PNDIS_EVENT Event);
NDISAPI VOID NTAPI NdisResetEvent(_In_ PNDIS_EVENT Event);
NDISAPI BOOLEAN NTAPI NdisWaitEvent(_In_ PNDIS_EVENT Event, _In_ UINT MsToWait);

/* ---- Reader/writer locks (opaque to drivers; layouts as documented) -- */
#ifndef MAXIMUM_PROCESSORS
#if defined(_WIN64)
#define MAXIMUM_PROCESSORS 64
#else
#define MAXIMUM_PROCESSORS 32
#endif
#endif

typedef union _NDIS_RW_LOCK_REFCOUNT {
    UINT RefCount;
    UCHAR cacheLine[16];
} NDIS_RW_LOCK_REFCOUNT;

typedef struct _NDIS_RW_LOCK {
    union {
        struct {
            KSPIN_LOCK SpinLock;
            PVOID Context;
        };
        UCHAR Reserved[16];
    };
    union {
        NDIS_RW_LOCK_REFCOUNT RefCount[MAXIMUM_PROCESSORS];
        ULONG RefCountEx[sizeof(NDIS_RW_LOCK_REFCOUNT) / sizeof(ULONG) * MAXIMUM_PROCESSORS];
        struct {
            KSPIN_LOCK RefCountLock;
            volatile ULONG SharedRefCount;
            volatile BOOLEAN WriterWaiting;
        };
    };
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;

typedef struct _LOCK_STATE {
    USHORT LockState;
    KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;

typedef struct _LOCK_STATE_EX {
    KIRQL OldIrql;
    UCHAR LockState;
    UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;

typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;

#define NDIS_RWL_AT_DISPATCH_LEVEL 0x1

NDISAPI VOID NTAPI NdisInitializeReadWriteLock(_Out_ PNDIS_RW_LOCK Lock);
NDISAPI VOID NTAPI NdisAcquireReadWriteLock(
    _Inout_ PNDIS_RW_LOCK Lock,
    _In_ BOOLEAN fWrite,
    _Out_ PLOCK_STATE LockState);
NDISAPI VOID NTAPI NdisReleaseReadWriteLock(
    _Inout_ PNDIS_RW_LOCK Lock,
    _In_ PLOCK_STATE LockState);
NDISAPI PNDIS_RW_LOCK_EX NTAPI NdisAllocateRWLock(_In_ NDIS_HANDLE NdisHandle);
NDISAPI VOID NTAPI NdisFreeRWLock(_In_ PNDIS_RW_LOCK_EX Lock);
NDISAPI VOID NTAPI NdisAcquireRWLockRead(
    _In_ PNDIS_RW_LOCK_EX Lock,
    _Out_ PLOCK_STATE_EX LockState,
    _In_ UCHAR Flags);
NDISAPI VOID NTAPI NdisAcquireRWLockWrite(
    _In_ PNDIS_RW_LOCK_EX Lock,
    _Out_ PLOCK_STATE_EX LockState,
    _In_ UCHAR Flags);
NDISAPI VOID NTAPI NdisReleaseRWLock(
    _In_ PNDIS_RW_LOCK_EX Lock,
    _In_ PLOCK_STATE_EX LockState);

/* ---- Small helpers ---------------------------------------------------- */
#define NdisInterlockedIncrement(Addend)   InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend)   InterlockedDecrement(Addend)
#define NdisGetCurrentSystemTime(pSystemTime) KeQuerySystemTime(pSystemTime)
#define NdisStallExecution(MicrosecondsToStall) KeStallExecutionProcessor(MicrosecondsToStall)
NDISAPI VOID NTAPI NdisMSleep(_In_ ULONG MicrosecondsToSleep);

/* ---- Timer objects ----------------------------------------------------- */
typedef VOID (NDIS_TIMER_FUNCTION)(
    _In_ PVOID SystemSpecific1,
    _In_ PVOID FunctionContext,
    _In_ PVOID SystemSpecific2,
    _In_ PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION *PNDIS_TIMER_FUNCTION;

typedef struct _NDIS_TIMER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG AllocationTag;
    PNDIS_TIMER_FUNCTION TimerFunction;
    PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;

NDISAPI NDIS_STATUS NTAPI NdisAllocateTimerObject(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
    _Out_ PNDIS_HANDLE pTimerObject);
NDISAPI BOOLEAN NTAPI NdisSetTimerObject(
    _In_ NDIS_HANDLE TimerObject,
    _In_ LARGE_INTEGER DueTime,
    _In_opt_ LONG MillisecondsPeriod,
    _In_opt_ PVOID FunctionContext);
NDISAPI BOOLEAN NTAPI NdisCancelTimerObject(_In_ NDIS_HANDLE TimerObject);
NDISAPI VOID NTAPI NdisFreeTimerObject(_In_ NDIS_HANDLE TimerObject);

/* ---- OID requests and status indications ------------------------------ */
typedef ULONG NDIS_NIC_SWITCH_ID, *PNDIS_NIC_SWITCH_ID;
typedef ULONG NDIS_NIC_SWITCH_VPORT_ID, *PNDIS_NIC_SWITCH_VPORT_ID;

#define NDIS_OID_REQUEST_NDIS_RESERVED_SIZE 16

typedef struct _NDIS_OID_REQUEST {
    NDIS_OBJECT_HEADER Header;
    NDIS_REQUEST_TYPE RequestType;
    NDIS_PORT_NUMBER PortNumber;
    UINT Timeout;
    PVOID RequestId;
    NDIS_HANDLE RequestHandle;
    union _REQUEST_DATA {
        NDIS_OID Oid;
        struct _QUERY {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesWritten;
            UINT BytesNeeded;
        } QUERY_INFORMATION;
        struct _SET {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesRead;
            UINT BytesNeeded;
        } SET_INFORMATION;
        struct _METHOD {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            ULONG InputBufferLength;
            ULONG OutputBufferLength;
            ULONG MethodId;
            UINT BytesWritten;
            UINT BytesRead;
            UINT BytesNeeded;
        } METHOD_INFORMATION;
    } DATA;
    UCHAR NdisReserved[NDIS_OID_REQUEST_NDIS_RESERVED_SIZE * sizeof(PVOID)];
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
    UCHAR SourceReserved[2 * sizeof(PVOID)];
    UCHAR SupportedRevision;
    UCHAR Reserved1;
    USHORT Reserved2;
    NDIS_NIC_SWITCH_ID SwitchId;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
    ULONG Flags;
} NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;

typedef struct _NDIS_STATUS_INDICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE SourceHandle;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_STATUS StatusCode;
    ULONG Flags;
    NDIS_HANDLE DestinationHandle;
    PVOID RequestId;
    PVOID StatusBuffer;
    ULONG StatusBufferSize;
    GUID Guid;
    PVOID NdisReserved[4];
} NDIS_STATUS_INDICATION, *PNDIS_STATUS_INDICATION;

typedef struct _NDIS_LINK_STATE {
    NDIS_OBJECT_HEADER Header;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG64 XmitLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_SUPPORTED_PAUSE_FUNCTIONS PauseFunctions;
    ULONG AutoNegotiationFlags;
} NDIS_LINK_STATE, *PNDIS_LINK_STATE;

/* ---- Plug and Play, halt, shutdown, pause, restart --------------------- */
typedef enum _NDIS_DEVICE_PNP_EVENT {
    NdisDevicePnPEventQueryRemoved,
    NdisDevicePnPEventRemoved,
    NdisDevicePnPEventSurpriseRemoved,
    NdisDevicePnPEventQueryStopped,
    NdisDevicePnPEventStopped,
    NdisDevicePnPEventPowerProfileChanged,
    NdisDevicePnPEventFilterListChanged,
    NdisDevicePnPEventMaximum
} NDIS_DEVICE_PNP_EVENT, *PNDIS_DEVICE_PNP_EVENT;

typedef struct _NET_DEVICE_PNP_EVENT {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
    PVOID InformationBuffer;
    ULONG InformationBufferLength;
    UCHAR NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;

typedef enum _NDIS_HALT_ACTION {
    NdisHaltDeviceDisabled,
    NdisHaltDeviceInstanceDeInitialized,
    NdisHaltDevicePoweredDown,
    NdisHaltDeviceSurpriseRemoved,
    NdisHaltDeviceFailed,
    NdisHaltDeviceInitializationFailed,
    NdisHaltDeviceStopped
} NDIS_HALT_ACTION, *PNDIS_HALT_ACTION;

typedef enum _NDIS_SHUTDOWN_ACTION {
    NdisShutdownPowerOff,
    NdisShutdownBugCheck
} NDIS_SHUTDOWN_ACTION, *PNDIS_SHUTDOWN_ACTION;

typedef enum _NET_PNP_EVENT_CODE {
    NetEventSetPower,
    NetEventQueryPower,
    NetEventQueryRemoveDevice,
    NetEventCancelRemoveDevice,
    NetEventReconfigure,
    NetEventBindList,
    NetEventBindsComplete,
    NetEventPnPCapabilities,
    NetEventPause,
    NetEventRestart,
    NetEventPortActivation,
    NetEventPortDeactivation,
    NetEventIMReEnableDevice,
    NetEventNDKEnable,
    NetEventNDKDisable,
    NetEventFilterPreDetach,
    NetEventBindFailed,
    NetEventSwitchActivate,
    NetEventAllowBindsAbove,
    NetEventInhibitBindsAbove,
    NetEventAllowStart,
    NetEventRequirePause,
    NetEventUploadGftFlowEntries,
    NetEventMaximum
} NET_PNP_EVENT_CODE, *PNET_PNP_EVENT_CODE;

typedef struct _NET_PNP_EVENT {
    NET_PNP_EVENT_CODE NetEvent;
    PVOID Buffer;
    ULONG BufferLength;
    ULONG_PTR NdisReserved[4];
    ULONG_PTR TransportReserved[4];
    ULONG_PTR TdiReserved[4];
    ULONG_PTR TdiClientReserved[4];
} NET_PNP_EVENT, *PNET_PNP_EVENT;

typedef struct _NET_PNP_EVENT_NOTIFICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    NET_PNP_EVENT NetPnPEvent;
} NET_PNP_EVENT_NOTIFICATION, *PNET_PNP_EVENT_NOTIFICATION;

#define NET_PNP_EVENT_NOTIFICATION_REVISION_1 1
#define NDIS_SIZEOF_NET_PNP_EVENT_NOTIFICATION_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NET_PNP_EVENT_NOTIFICATION, NetPnPEvent)

/* One entry of the restart attributes list; Data holds what Oid names. */
typedef struct _NDIS_RESTART_ATTRIBUTES NDIS_RESTART_ATTRIBUTES, *PNDIS_RESTART_ATTRIBUTES;
struct _NDIS_RESTART_ATTRIBUTES {
    PNDIS_RESTART_ATTRIBUTES Next;
    NDIS_OID Oid;
    ULONG DataLength;
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) UCHAR Data[1];
};
typedef struct _NDIS_FILTER_ATTACH_PARAMETERS NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;
typedef struct _NDIS_BIND_PARAMETERS NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;
typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;
typedef struct _NDIS_PM_CAPABILITIES NDIS_PM_CAPABILITIES, *PNDIS_PM_CAPABILITIES;
typedef struct _NDIS_PORT_AUTHENTICATION_PARAMETERS NDIS_PORT_AUTHENTICATION_PARAMETERS, *PNDIS_PORT_AUTHENTICATION_PARAMETERS;
typedef struct _NDIS_PCI_DEVICE_CUSTOM_PROPERTIES NDIS_PCI_DEVICE_CUSTOM_PROPERTIES, *PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES;
/* NDIS_RESOURCE_LIST is the kernel's CM_PARTIAL_RESOURCE_LIST. */
typedef struct _CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;
typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;

typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;

typedef struct _NDIS_FILTER_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;

typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX LowerIfIndex;
    ULONG Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;

typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    PNDIS_RESOURCE_LIST AllocatedResources;
    NDIS_HANDLE IMDeviceInstanceContext;
    NDIS_HANDLE MiniportAddDeviceContext;
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates;
    PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;

typedef enum _NDIS_INTERFACE_TYPE {
    NdisInterfaceInternal = Internal,
    NdisInterfaceIsa = Isa,
    NdisInterfaceEisa = Eisa,
    NdisInterfaceMca = MicroChannel,
    NdisInterfaceTurboChannel = TurboChannel,
    NdisInterfacePci = PCIBus,
    NdisInterfacePcMcia = PCMCIABus,
    NdisInterfaceCBus = CBus,
    NdisInterfaceMPIBus = MPIBus,
    NdisInterfaceMPSABus = MPSABus,
    NdisInterfaceProcessorInternal = ProcessorInternal,
    NdisInterfaceInternalPowerBus = InternalPowerBus,
    NdisInterfacePNPISABus = PNPISABus,
    NdisInterfacePNPBus = PNPBus,
    NdisInterfaceUSB,
    NdisInterfaceIrda,
    NdisInterface1394,
    NdisMaximumInterfaceType
} NDIS_INTERFACE_TYPE, *PNDIS_INTERFACE_TYPE;

typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAdapterContext;
    ULONG AttributeFlags;
    UINT CheckForHangTimeInSeconds;
    NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;

#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE        0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM               0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK     0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS            0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO  0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND     0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER             0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT  0x00000080

/* The callback roles and the driver characteristics. */
#include <ndis_roles.h>
/* Bind parameters and adapter attributes. */
#include <ndis_adapter.h>

/* ---- Registration ------------------------------------------------------ */
NDISAPI NDIS_STATUS NTAPI NdisMRegisterMiniportDriver(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath,
    _In_opt_ NDIS_HANDLE MiniportDriverContext,
    _In_ PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    _Out_ PNDIS_HANDLE NdisMiniportDriverHandle);
NDISAPI VOID NTAPI NdisMDeregisterMiniportDriver(_In_ NDIS_HANDLE NdisMiniportDriverHandle);
NDISAPI NDIS_STATUS NTAPI NdisMSetMiniportAttributes(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);

NDISAPI NDIS_STATUS NTAPI NdisFRegisterFilterDriver(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_opt_ NDIS_HANDLE FilterDriverContext,
    _In_ PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterDriverCharacteristics,
    _Out_ PNDIS_HANDLE NdisFilterDriverHandle);
NDISAPI VOID NTAPI NdisFDeregisterFilterDriver(_In_ NDIS_HANDLE NdisFilterDriverHandle);

NDISAPI NDIS_STATUS NTAPI NdisRegisterProtocolDriver(
    _In_opt_ NDIS_HANDLE ProtocolDriverContext,
    _In_ PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics,
    _Out_ PNDIS_HANDLE NdisProtocolHandle);
NDISAPI VOID NTAPI NdisDeregisterProtocolDriver(_In_ NDIS_HANDLE NdisProtocolHandle);

/* ---- Data path, status and OID requests -------------------------------- */
NDISAPI VOID NTAPI NdisMSendNetBufferListsComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendCompleteFlags);
NDISAPI VOID NTAPI NdisMIndicateReceiveNetBufferLists(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG ReceiveFlags);
NDISAPI VOID NTAPI NdisMIndicateStatusEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNDIS_STATUS_INDICATION StatusIndication);
NDISAPI VOID NTAPI NdisMOidRequestComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

NDISAPI VOID NTAPI NdisFSendNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG SendFlags);
NDISAPI VOID NTAPI NdisFSendNetBufferListsComplete(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendCompleteFlags);
NDISAPI VOID NTAPI NdisFIndicateReceiveNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG ReceiveFlags);
NDISAPI VOID NTAPI NdisFReturnNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG ReturnFlags);
NDISAPI VOID NTAPI NdisFIndicateStatus(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNDIS_STATUS_INDICATION StatusIndication);
NDISAPI NDIS_STATUS NTAPI NdisFOidRequest(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNDIS_OID_REQUEST OidRequest);
NDISAPI VOID NTAPI NdisFOidRequestComplete(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

NDISAPI VOID NTAPI NdisSendNetBufferLists(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG SendFlags);
NDISAPI VOID NTAPI NdisReturnNetBufferLists(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG ReturnFlags);
NDISAPI NDIS_STATUS NTAPI NdisOidRequest(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PNDIS_OID_REQUEST OidRequest);

/* ---- 802.1Q information of a net buffer list (ndis/nbl8021q.h) ------- */
typedef struct _NDIS_NET_BUFFER_LIST_8021Q_INFO {
    union {
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 Reserved : 16;
        } TagHeader;
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 WMMInfo : 4;
            UINT32 Reserved : 12;
        } WLanTagHeader;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_8021Q_INFO, *PNDIS_NET_BUFFER_LIST_8021Q_INFO;

/* ---- Configuration (registry) access ----------------------------------- */
#define NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT           0xA9
#define NDIS_CONFIGURATION_OBJECT_REVISION_1            1
#define NDIS_CONFIG_FLAG_FILTER_INSTANCE_CONFIGURATION  0x00000001

typedef struct _NDIS_CONFIGURATION_OBJECT {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE NdisHandle;
    ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;

#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_CONFIGURATION_OBJECT, Flags)

typedef enum _NDIS_PARAMETER_TYPE {
    NdisParameterInteger,
    NdisParameterHexInteger,
    NdisParameterString,
    NdisParameterMultiString,
    NdisParameterBinary
} NDIS_PARAMETER_TYPE, *PNDIS_PARAMETER_TYPE;

typedef struct {
    USHORT Length;
    PVOID Buffer;
} BINARY_DATA;

typedef struct _NDIS_CONFIGURATION_PARAMETER {
    NDIS_PARAMETER_TYPE ParameterType;
    union {
        ULONG IntegerData;
        NDIS_STRING StringData;
        BINARY_DATA BinaryData;
    } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;

NDISAPI NDIS_STATUS NTAPI NdisOpenConfigurationEx(
    _In_ PNDIS_CONFIGURATION_OBJECT ConfigObject,
    _Out_ PNDIS_HANDLE ConfigurationHandle);
NDISAPI VOID NTAPI NdisCloseConfiguration(_In_ NDIS_HANDLE ConfigurationHandle);
NDISAPI VOID NTAPI NdisReadConfiguration(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
    _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING Keyword,
    _In_ NDIS_PARAMETER_TYPE ParameterType);
NDISAPI VOID NTAPI NdisWriteConfiguration(
    _Out_ PNDIS_STATUS Status,
    _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING Keyword,
    _In_ PNDIS_CONFIGURATION_PARAMETER ParameterValue);
NDISAPI VOID NTAPI NdisReadNetworkAddress(
    _Out_ PNDIS_STATUS Status,
    _Out_ PVOID *NetworkAddress,
    _Out_ PUINT NetworkAddressLength,
    _In_ NDIS_HANDLE ConfigurationHandle);

/* ---- Filter module attributes ------------------------------------------ */
#define NDIS_FILTER_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_FILTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
} NDIS_FILTER_ATTRIBUTES, *PNDIS_FILTER_ATTRIBUTES;

NDISAPI NDIS_STATUS NTAPI NdisFSetAttributes(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_FILTER_ATTRIBUTES FilterAttributes);

/* ---- Structure sizes by revision (the Header.Size values the pages name) */
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Reserved2)
#define NDIS_SIZEOF_OID_REQUEST_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Flags)
#define NDIS_SIZEOF_STATUS_INDICATION_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_STATUS_INDICATION, NdisReserved)
#define NDIS_SIZEOF_LINK_STATE_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_LINK_STATE, AutoNegotiationFlags)
#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_TIMER_CHARACTERISTICS, FunctionContext)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, SynchronousOidRequestHandler)
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, StatusHandler)
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, SendNetBufferListsCompleteHandler)
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, DirectOidRequestCompleteHandler)
#define NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTRIBUTES, Flags)

/* ---- Mutexes ---------------------------------------------------------- */
typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;
/* Initializes to the signaled state (KeInitializeMutex's level is reserved, 0). */
#define NDIS_INIT_MUTEX(_M_) KeInitializeMutex((_M_), 0)
/* PASSIVE_LEVEL; evaluates to the NTSTATUS of the wait. */
#define NDIS_WAIT_FOR_MUTEX(_M_) \
    KeWaitForSingleObject((_M_), Executive, KernelMode, FALSE, NULL)
/* Evaluates to the LONG KeReleaseMutex returns. */
#define NDIS_RELEASE_MUTEX(_M_) KeReleaseMutex((_M_), FALSE)

/* ---- Device objects of miniport and filter drivers --------------------- */
#define NDIS_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEVICE_OBJECT_ATTRIBUTES */
    PNDIS_STRING DeviceName;
    PNDIS_STRING SymbolicName;
    PDRIVER_DISPATCH *MajorFunctions;
    ULONG ExtensionSize;
    PCUNICODE_STRING DefaultSDDLString;
    LPCGUID DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;

#define NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_DEVICE_OBJECT_ATTRIBUTES, DeviceClassGuid)

/* NdisHandle: the miniport or filter driver handle from registration. */
NDISAPI NDIS_STATUS NTAPI NdisRegisterDeviceEx(
    _In_ NDIS_HANDLE NdisHandle, _In_ PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes,
    _Out_ PDEVICE_OBJECT *pDeviceObject, _Out_ PNDIS_HANDLE NdisDeviceHandle);
NDISAPI VOID NTAPI NdisDeregisterDeviceEx(_In_ NDIS_HANDLE NdisDeviceHandle);

/* ---- Opening an adapter (protocol drivers) ----------------------------- */
/* The frame type that follows the MAC addresses (and any VLAN tag). */
typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;

#define NDIS_OPEN_PARAMETERS_REVISION_1 1

typedef struct _NDIS_OPEN_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_OPEN_PARAMETERS */
    PNDIS_STRING AdapterName;
    PNDIS_MEDIUM MediumArray;
    UINT MediumArraySize;
    PUINT SelectedMediumIndex;
    PNET_FRAME_TYPE FrameTypeArray;
    UINT FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;

#define NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_OPEN_PARAMETERS, FrameTypeArraySize)

/* NDIS_MINIPORT_DRIVER_CHARACTERISTICS.Flags of an intermediate driver. */
#define NDIS_INTERMEDIATE_DRIVER 0x00000001

/* Receive side throttle (NDIS 6.20): on entry to the interrupt DPC NDIS
   gives the most receive NET_BUFFER_LISTs to indicate; the miniport sets
   MoreNblsPending when it leaves some unindicated. */
typedef struct _NDIS_RECEIVE_THROTTLE_PARAMETERS {
    ULONG MaxNblsToIndicate;
    ULONG MoreNblsPending : 1;
} NDIS_RECEIVE_THROTTLE_PARAMETERS, *PNDIS_RECEIVE_THROTTLE_PARAMETERS;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NDIS_DRIVER_H */
