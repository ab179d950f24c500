/*
 * srb.h - hvcilint's stand-in for the SCSI request block definitions that
 * storage class drivers, DSMs and miniports share.
 *
 * Written for hvcilint from the public reference pages of
 * SCSI_REQUEST_BLOCK and STORAGE_REQUEST_BLOCK (learn.microsoft.com, srb.h
 * section), not taken from the WDK.  The SRB_FUNCTION_*, SRB_STATUS_* and
 * SRB_FLAGS_* values are the ones those pages give.  The pages list the
 * members of STORAGE_REQUEST_BLOCK without their types: the types below
 * follow the described contents (lengths, offsets and flags as ULONG,
 * buffers and contexts as pointers); its layout is not claimed to match.
 * Unlike the real header this one also serves storport.h, which includes
 * it.
 *
 * The extended-SRB function, signature and version, the SRBEX_DATA
 * extended-data blocks, STORAGE_REQUEST_BLOCK_HEADER and the address
 * blocks are in srb_ex.h, which this header includes at its end.
 *
 * The SRB_*_TAG_REQUEST queue actions are the SCSI-2 queue tag message
 * codes the pages refer to (simple 0x20, head of queue 0x21, ordered
 * 0x22); SP_UNTAGGED is the all-ones tag of untagged requests, as public
 * SRB header reimplementations give it.  The same public copies (MinGW-w64
 * / ReactOS ddk srb.h) give the SP_RETURN_* find-adapter results, the
 * SP_* error-log codes, the SCSI_DMA64_* bits and the
 * SRB_*_FLAGS_ADAPTER_REQUEST flags; SCSI_SUPPORTED_CONTROL_TYPE_LIST
 * follows its reference page (its trailing array is declared with
 * ANYSIZE_ARRAY).
 *
 * SRB_FUNCTION_CLAIM_DEVICE and its relatives (claim, attach, release,
 * flush queue, remove device) and the classic SCSI_NOTIFICATION_TYPE
 * values take their numbers and order from those public copies too; the
 * non-SCSI request blocks (SCSI_WMI/POWER/PNP_REQUEST_BLOCK) are in
 * srb_ex.h, after the power and PnP enumerations they use.
 *
 * Left out: SRB_FUNCTION_RESET_DEVICE (the two pages give different
 * values), the Storport-only notification types; the SCSI
 * port (ScsiPort*) routines, HW_INITIALIZATION_DATA and
 * PORT_CONFIGURATION_INFORMATION.
 */
#pragma once
#ifndef HVCILINT_SRB_H
#define HVCILINT_SRB_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _SCSI_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR ScsiStatus;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR QueueTag;
    UCHAR QueueAction;
    UCHAR CdbLength;
    UCHAR SenseInfoBufferLength;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    union {
        ULONG InternalStatus;
        ULONG QueueSortKey;
        ULONG LinkTimeoutValue;
    };
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Cdb[16];
} SCSI_REQUEST_BLOCK, *PSCSI_REQUEST_BLOCK;

#define SCSI_REQUEST_BLOCK_SIZE sizeof(SCSI_REQUEST_BLOCK)

/* QueueAction values (SCSI-2 queue tag messages) and the untagged tag. */
#define SRB_SIMPLE_TAG_REQUEST          0x20
#define SRB_HEAD_OF_QUEUE_TAG_REQUEST   0x21
#define SRB_ORDERED_QUEUE_TAG_REQUEST   0x22
#define SP_UNTAGGED                     ((UCHAR)~0)

/* The extended SRB (Windows 8 and later).  SrbExDataOffset locates the
   extended data blocks, AddressOffset the STOR_ADDRESS. */
typedef struct _STORAGE_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    ULONG ReservedUlong1;
    ULONG Signature;
    ULONG Version;
    ULONG SrbLength;
    ULONG SrbFunction;
    ULONG SrbFlags;
    ULONG ReservedUlong2;
    ULONG RequestTag;
    USHORT RequestPriority;
    USHORT RequestAttribute;
    ULONG TimeOutValue;
    ULONG SystemStatus;
    ULONG ZeroGuard1;
    ULONG AddressOffset;
    ULONG NumSrbExData;
    ULONG DataTransferLength;
    PVOID DataBuffer;
    PVOID ZeroGuard2;
    PVOID OriginalRequest;
    PVOID ClassContext;
    PVOID PortContext;
    PVOID MiniportContext;
    struct _STORAGE_REQUEST_BLOCK *NextSrb;
    ULONG SrbExDataOffset[ANYSIZE_ARRAY];
} STORAGE_REQUEST_BLOCK, *PSTORAGE_REQUEST_BLOCK;

/* SRB functions (Function, or SrbFunction of an extended SRB). */
#define SRB_FUNCTION_EXECUTE_SCSI       0x00
#define SRB_FUNCTION_IO_CONTROL         0x02
#define SRB_FUNCTION_RECEIVE_EVENT      0x03
#define SRB_FUNCTION_SHUTDOWN           0x07
#define SRB_FUNCTION_FLUSH              0x08
#define SRB_FUNCTION_ABORT_COMMAND      0x10
#define SRB_FUNCTION_RELEASE_RECOVERY   0x11
#define SRB_FUNCTION_RESET_BUS          0x12
#define SRB_FUNCTION_TERMINATE_IO       0x14
#define SRB_FUNCTION_WMI                0x17
#define SRB_FUNCTION_LOCK_QUEUE         0x18
#define SRB_FUNCTION_UNLOCK_QUEUE       0x19
#define SRB_FUNCTION_QUIESCE_DEVICE     0x1A
#define SRB_FUNCTION_RESET_LOGICAL_UNIT 0x20
#define SRB_FUNCTION_POWER              0x24
#define SRB_FUNCTION_PNP                0x25
#define SRB_FUNCTION_DUMP_POINTERS      0x26
#define SRB_FUNCTION_FREE_DUMP_POINTERS 0x27
/* Older class/port functions (claim, queue and device management). */
#define SRB_FUNCTION_CLAIM_DEVICE       0x01
#define SRB_FUNCTION_RELEASE_QUEUE      0x04
#define SRB_FUNCTION_ATTACH_DEVICE      0x05
#define SRB_FUNCTION_RELEASE_DEVICE     0x06
#define SRB_FUNCTION_FLUSH_QUEUE        0x15
#define SRB_FUNCTION_REMOVE_DEVICE      0x16

/* SRB status. */
#define SRB_STATUS_PENDING                0x00
#define SRB_STATUS_SUCCESS                0x01
#define SRB_STATUS_ABORTED                0x02
#define SRB_STATUS_ABORT_FAILED           0x03
#define SRB_STATUS_ERROR                  0x04
#define SRB_STATUS_BUSY                   0x05
#define SRB_STATUS_INVALID_REQUEST        0x06
#define SRB_STATUS_INVALID_PATH_ID        0x07
#define SRB_STATUS_NO_DEVICE              0x08
#define SRB_STATUS_TIMEOUT                0x09
#define SRB_STATUS_SELECTION_TIMEOUT      0x0A
#define SRB_STATUS_COMMAND_TIMEOUT        0x0B
#define SRB_STATUS_MESSAGE_REJECTED       0x0D
#define SRB_STATUS_BUS_RESET              0x0E
#define SRB_STATUS_PARITY_ERROR           0x0F
#define SRB_STATUS_REQUEST_SENSE_FAILED   0x10
#define SRB_STATUS_NO_HBA                 0x11
#define SRB_STATUS_DATA_OVERRUN           0x12
#define SRB_STATUS_UNEXPECTED_BUS_FREE    0x13
#define SRB_STATUS_PHASE_SEQUENCE_FAILURE 0x14
#define SRB_STATUS_BAD_SRB_BLOCK_LENGTH   0x15
#define SRB_STATUS_REQUEST_FLUSHED        0x16
#define SRB_STATUS_INVALID_LUN            0x20
#define SRB_STATUS_INVALID_TARGET_ID      0x21
#define SRB_STATUS_BAD_FUNCTION           0x22
#define SRB_STATUS_ERROR_RECOVERY         0x23
#define SRB_STATUS_NOT_POWERED            0x24
#define SRB_STATUS_LINK_DOWN              0x25
#define SRB_STATUS_INTERNAL_ERROR         0x30
#define SRB_STATUS_QUEUE_FROZEN           0x40
#define SRB_STATUS_AUTOSENSE_VALID        0x80

/* SRB flags. */
#define SRB_FLAGS_NO_DATA_TRANSFER         0x00000000
#define SRB_FLAGS_QUEUE_ACTION_ENABLE      0x00000002
#define SRB_FLAGS_DISABLE_DISCONNECT       0x00000004
#define SRB_FLAGS_DISABLE_SYNCH_TRANSFER   0x00000008
#define SRB_FLAGS_BYPASS_FROZEN_QUEUE      0x00000010
#define SRB_FLAGS_DISABLE_AUTOSENSE        0x00000020
#define SRB_FLAGS_DATA_IN                  0x00000040
#define SRB_FLAGS_DATA_OUT                 0x00000080
#define SRB_FLAGS_UNSPECIFIED_DIRECTION    (SRB_FLAGS_DATA_IN | SRB_FLAGS_DATA_OUT)
#define SRB_FLAGS_NO_QUEUE_FREEZE          0x00000100
#define SRB_FLAGS_ADAPTER_CACHE_ENABLE     0x00000200
#define SRB_FLAGS_FREE_SENSE_BUFFER        0x00000400
#define SRB_FLAGS_D3_PROCESSING            0x00000800
#define SRB_FLAGS_SEQUENTIAL_REQUIRED      0x00001000
#define SRB_FLAGS_IS_ACTIVE                0x00010000
#define SRB_FLAGS_ALLOCATED_FROM_ZONE      0x00020000
#define SRB_FLAGS_SGLIST_FROM_POOL         0x00040000
#define SRB_FLAGS_BYPASS_LOCKED_QUEUE      0x00080000
#define SRB_FLAGS_NO_KEEP_AWAKE            0x00100000
#define SRB_FLAGS_PORT_DRIVER_ALLOCSENSE   0x00200000
#define SRB_FLAGS_PORT_DRIVER_SENSEHASPORT 0x00400000
#define SRB_FLAGS_DONT_START_NEXT_PACKET   0x00800000
#define SRB_FLAGS_PORT_DRIVER_RESERVED     0x0F000000
#define SRB_FLAGS_CLASS_DRIVER_RESERVED    0xF0000000


/* Return values of HwFindAdapter / HwStorFindAdapter. */
#define SP_RETURN_NOT_FOUND     0
#define SP_RETURN_FOUND         1
#define SP_RETURN_ERROR         2
#define SP_RETURN_BAD_CONFIG    3

/* Error codes for ScsiPortLogError / StorPortLogError. */
#define SP_BUS_PARITY_ERROR           0x0001
#define SP_UNEXPECTED_DISCONNECT      0x0002
#define SP_INVALID_RESELECTION        0x0003
#define SP_BUS_TIME_OUT               0x0004
#define SP_PROTOCOL_ERROR             0x0005
#define SP_INTERNAL_ADAPTER_ERROR     0x0006
#define SP_REQUEST_TIMEOUT            0x0007
#define SP_IRQ_NOT_RESPONDING         0x0008
#define SP_BAD_FW_WARNING             0x0009
#define SP_BAD_FW_ERROR               0x000a
#define SP_LOST_WMI_MINIPORT_REQUEST  0x000b

/* PORT_CONFIGURATION_INFORMATION.Dma64BitAddresses: set by the port when
   the system supports 64-bit physical addresses, by the miniport when it
   can take them. */
#define SCSI_DMA64_MINIPORT_SUPPORTED            0x01
#define SCSI_DMA64_MINIPORT_FULL64BIT_SUPPORTED  0x02
#define SCSI_DMA64_SYSTEM_SUPPORTED              0x80

/* The request is for the adapter rather than a unit (WMI, power and PnP
   request blocks). */
#define SRB_WMI_FLAGS_ADAPTER_REQUEST    0x01
#define SRB_POWER_FLAGS_ADAPTER_REQUEST  0x01
#define SRB_PNP_FLAGS_ADAPTER_REQUEST    0x01

/* ScsiQuerySupportedControlTypes: the miniport marks the adapter control
   types it handles, up to MaxControlType. */
typedef struct _SCSI_SUPPORTED_CONTROL_TYPE_LIST {
    ULONG MaxControlType;
    BOOLEAN SupportedTypeList[ANYSIZE_ARRAY];
} SCSI_SUPPORTED_CONTROL_TYPE_LIST, *PSCSI_SUPPORTED_CONTROL_TYPE_LIST;


/* Notifications a SCSI port / Storport miniport sends to its port driver
   (the classic set, in the order public copies of the header give). */
typedef enum _SCSI_NOTIFICATION_TYPE {
    RequestComplete,
    NextRequest,
    NextLuRequest,
    ResetDetected,
    CallDisableInterrupts,
    CallEnableInterrupts,
    RequestTimerCall,
    BusChangeDetected,
    WMIEvent,
    WMIReregister,
    LinkUp,
    LinkDown,
    QueryTickCount,
    BufferOverrunDetected,
    TraceNotification
} SCSI_NOTIFICATION_TYPE, *PSCSI_NOTIFICATION_TYPE;

#ifdef __cplusplus
} /* extern "C" */
#endif

/* Extended SRB data blocks, addresses, the common request-block header. */
#include <srb_ex.h>

#endif /* HVCILINT_SRB_H */
