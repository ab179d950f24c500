/*
 * smclib.h - hvcilint's stand-in for the smart card driver library
 * interface used by WDM smart card reader drivers: the smart card device
 * extension and the records it holds (vendor attributes, reader and card
 * capabilities, T=0 and T=1 protocol data, request and reply buffers, the
 * operating-system data of smcnt.h), the reader callback indexes, the
 * debug levels and the Smartcard* library routines.  Like the WDK's, it
 * brings in winsmcrd.h.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (smclib.h: SMARTCARD_EXTENSION, VENDOR_ATTR,
 * SCARD_CARD_CAPABILITIES, SCARD_READER_CAPABILITIES, PTS_DATA, T0_DATA,
 * T1_DATA, CLOCK_RATE_CONVERSION, SMARTCARD_REQUEST, SMARTCARD_REPLY;
 * smcnt.h: OS_DEP_DATA; "Smart Card Driver Debugging" for the DEBUG_*
 * levels; the WDM smart card driver routine pages), not taken from the
 * WDK.  Members are in the documented order; where a page prints a
 * reserved tail sized from other members, the same expression is used.
 * The reader-function indexes (RDF_*), MAXIMUM_ATR_LENGTH,
 * MAXIMUM_ATTR_STRING_LENGTH, MIN_BUFFER_SIZE and SMCLIB_VERSION are
 * named on the pages without values: the values below are the ones in
 * general use and are not claimed by those pages.  The performance
 * record is only pointed to.
 *
 * Left out: the Windows CE variant of the extension, the T=1 block
 * state machine constants and the vendor IOCTL helpers.
 */
#pragma once
#ifndef HVCILINT_SMCLIB_H
#define HVCILINT_SMCLIB_H

#include <wdm.h>
#include <winsmcrd.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SMCLIB_VERSION             0x150
#define MAXIMUM_ATR_LENGTH         33
#define MAXIMUM_ATTR_STRING_LENGTH 32
#define MIN_BUFFER_SIZE            288

/* Debug levels (SmartcardDebug, SmartcardSetDebugLevel). */
#define DEBUG_IOCTL    ((ULONG)0x00000001)
#define DEBUG_ATR      ((ULONG)0x00000002)
#define DEBUG_PROTOCOL ((ULONG)0x00000004)
#define DEBUG_DRIVER   ((ULONG)0x00000008)
#define DEBUG_TRACE    ((ULONG)0x00000010)
#define DEBUG_ERROR    ((ULONG)0x00000020)
#define DEBUG_BREAK    ((ULONG)0x80000000)
#define DEBUG_ALL      ((ULONG)0x7FFFFFFF)

/* Indexes into SMARTCARD_EXTENSION.ReaderFunction. */
#define RDF_CARD_POWER      0
#define RDF_TRANSMIT        1
#define RDF_CARD_EJECT      2
#define RDF_READER_SWALLOW  3
#define RDF_CARD_TRACKING   4
#define RDF_SET_PROTOCOL    5
#define RDF_DEBUG_LEVEL     6
#define RDF_CARD_CONFISCATE 7
#define RDF_IOCTL_VENDOR    8
#define RDF_ATR_PARSE       9

typedef struct _SMARTCARD_EXTENSION SMARTCARD_EXTENSION, *PSMARTCARD_EXTENSION;
typedef struct _READER_EXTENSION *PREADER_EXTENSION;
typedef struct _PERF_INFO *PPERF_INFO;

typedef struct _CLOCK_RATE_CONVERSION {
    const ULONG F;
    const ULONG fs;
} CLOCK_RATE_CONVERSION, *PCLOCK_RATE_CONVERSION;

typedef struct _BIT_RATE_ADJUSTMENT {
    const ULONG DNumerator;
    const ULONG DDivisor;
} BIT_RATE_ADJUSTMENT, *PBIT_RATE_ADJUSTMENT;

typedef struct _PTS_DATA {
    UCHAR Type;
    UCHAR Fl;
    UCHAR Dl;
    ULONG CLKFrequency;
    ULONG DataRate;
    UCHAR StopBits;
} PTS_DATA, *PPTS_DATA;

typedef struct _VENDOR_ATTR {
    struct {
        USHORT Length;
        UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
    } VendorName;
    struct {
        USHORT Length;
        UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
    } IfdType;
    ULONG UnitNo;
    struct {
        USHORT BuildNumber;
        UCHAR VersionMinor;
        UCHAR VersionMajor;
    } IfdVersion;
    struct {
        USHORT Length;
        UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
    } IfdSerialNo;
    ULONG Reserved[25];
} VENDOR_ATTR, *PVENDOR_ATTR;

typedef struct _SCARD_CARD_CAPABILITIES {
    BOOLEAN InversConvention;
    ULONG etu;
    struct {
        UCHAR Buffer[64];
        UCHAR Length;
    } ATR;
    struct {
        UCHAR Buffer[16];
        UCHAR Length;
    } HistoricalChars;
    PCLOCK_RATE_CONVERSION ClockRateConversion;
    PBIT_RATE_ADJUSTMENT BitRateAdjustment;
    UCHAR Fl;
    UCHAR Dl;
    UCHAR II;
    UCHAR P;
    UCHAR N;
    ULONG GT;
    struct {
        ULONG Supported;
        ULONG Selected;
    } Protocol;
    struct {
        UCHAR WI;
        ULONG WT;
    } T0;
    struct {
        UCHAR IFSC;
        UCHAR CWI;
        UCHAR BWI;
        UCHAR EDC;
        ULONG CWT;
        ULONG BWT;
        ULONG BGT;
    } T1;
    PTS_DATA PtsData;
    UCHAR Reserved[100 - sizeof(PTS_DATA)];
} SCARD_CARD_CAPABILITIES, *PSCARD_CARD_CAPABILITIES;

typedef struct _SCARD_READER_CAPABILITIES {
    ULONG SupportedProtocols;
    ULONG Reserved;
    ULONG ReaderType;
    ULONG MechProperties;
    ULONG CurrentState;
    ULONG Channel;
    struct {
        ULONG Default;
        ULONG Max;
    } CLKFrequency;
    struct {
        ULONG Default;
        ULONG Max;
    } DataRate;
    ULONG MaxIFSD;
    ULONG PowerMgmtSupport;
    ULONG CardConfiscated;
    struct _DataRatesSupported {
        PULONG List;
        UCHAR Entries;
    } DataRatesSupported;
    struct _CLKFrequenciesSupported {
        PULONG List;
        UCHAR Entries;
    } CLKFrequenciesSupported;
    UCHAR Reserved1[100 - sizeof(ULONG) - sizeof(struct _DataRatesSupported) -
                    sizeof(struct _CLKFrequenciesSupported)];
} SCARD_READER_CAPABILITIES, *PSCARD_READER_CAPABILITIES;

typedef struct _T0_DATA {
    ULONG Lc;
    ULONG Le;
} T0_DATA, *PT0_DATA;

typedef struct _T1_DATA {
    UCHAR IFSC;
    UCHAR IFSD;
    ULONG BytesReceived;
    ULONG BytesSent;
    ULONG BytesToSend;
    UCHAR LastError;
    BOOLEAN MoreData;
    UCHAR NAD;
    ULONG OriginalState;
    UCHAR Resend;
    UCHAR Resynch;
    UCHAR RSN;
    UCHAR SSN;
    ULONG State;
    UCHAR Wtx;
    PUCHAR ReplyData;
    BOOLEAN WaitForReply;
    UCHAR InfBytesSent;
    UCHAR Reserved[10 - sizeof(PUCHAR) - sizeof(BOOLEAN) - sizeof(UCHAR)];
} T1_DATA, *PT1_DATA;

typedef struct _SMARTCARD_REQUEST {
    PUCHAR Buffer;
    ULONG BufferSize;
    ULONG BufferLength;
} SMARTCARD_REQUEST, *PSMARTCARD_REQUEST;

typedef struct _SMARTCARD_REPLY {
    PUCHAR Buffer;
    ULONG BufferSize;
    ULONG BufferLength;
} SMARTCARD_REPLY, *PSMARTCARD_REPLY;

/* smcnt.h: the WDM part of the extension. */
typedef struct _OS_DEP_DATA {
    PDEVICE_OBJECT DeviceObject;
    PIRP CurrentIrp;
    PIRP NotificationIrp;
    KMUTEX Mutex;
    KSPIN_LOCK SpinLock;
    struct {
        BOOLEAN Removed;
        LONG RefCount;
        KEVENT RemoveEvent;
        LIST_ENTRY TagList;
    } RemoveLock;
    PDEVICE_OBJECT DebugDeviceObject;
} OS_DEP_DATA, *POS_DEP_DATA;

struct _SMARTCARD_EXTENSION {
    ULONG Version;
    VENDOR_ATTR VendorAttr;
    NTSTATUS (*ReaderFunction[16])(PSMARTCARD_EXTENSION);
    SCARD_CARD_CAPABILITIES CardCapabilities;
    ULONG LastError;
    struct {
        PULONG Information;
        PUCHAR RequestBuffer;
        ULONG RequestBufferLength;
        PUCHAR ReplyBuffer;
        ULONG ReplyBufferLength;
    } IoRequest;
    ULONG MajorIoControlCode;
    ULONG MinorIoControlCode;
    POS_DEP_DATA OsData;
    SCARD_READER_CAPABILITIES ReaderCapabilities;
    PREADER_EXTENSION ReaderExtension;
    SMARTCARD_REPLY SmartcardReply;
    SMARTCARD_REQUEST SmartcardRequest;
    T0_DATA T0;
    T1_DATA T1;
    PPERF_INFO PerfInfo;
    ULONG Reserved[25 - sizeof(PPERF_INFO)];
};

/* ---- Library routines ----------------------------------------------- */

NTSTATUS SmartcardInitialize(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardExit(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardDeviceControl(_In_ PSMARTCARD_EXTENSION SmartcardExtension, _In_ PIRP Irp);
NTSTATUS SmartcardCreateLink(_Out_ PUNICODE_STRING LinkName, _In_ PUNICODE_STRING DeviceName);
NTSTATUS SmartcardUpdateCardCapabilities(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardCompleteCardTracking(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardInvertData(_Inout_updates_(Length) PUCHAR Buffer, _In_ ULONG Length);
NTSTATUS SmartcardRawRequest(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardRawReply(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT0Request(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT0Reply(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Request(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Reply(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardAcquireRemoveLock(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardAcquireRemoveLockWithTag(_In_ PSMARTCARD_EXTENSION SmartcardExtension,
                                           _In_ ULONG Tag);
VOID SmartcardReleaseRemoveLock(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardReleaseRemoveLockWithTag(_In_ PSMARTCARD_EXTENSION SmartcardExtension,
                                       _In_ ULONG Tag);
VOID SmartcardReleaseRemoveLockAndWait(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardLogError(_In_ PVOID Object, _In_ NTSTATUS ErrorCode,
                       _In_opt_ PUNICODE_STRING Insertion, _In_ ULONG DumpData);
ULONG SmartcardGetDebugLevel(VOID);
VOID SmartcardSetDebugLevel(_In_ ULONG Level);

/* SmartcardDebug(Level, (Format, ...)): prints when Level is enabled, in
   debug builds (DBG) only; otherwise it expands to nothing. */
#if DBG
#define SmartcardDebug(LEVEL, STRING)                                       \
    do {                                                                    \
        if (SmartcardGetDebugLevel() & (LEVEL))                             \
            DbgPrint STRING;                                                \
    } while (0)
#else
#define SmartcardDebug(LEVEL, STRING)
#endif

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_SMCLIB_H */
