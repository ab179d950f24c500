/*
 * ks_events_metadata.h - hvcilint's compact stand-in for the event data,
 * stream metadata and simple framing parts of the kernel-streaming
 * header.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com: KSEVENTDATA, KSSTREAM_METADATA_INFO,
 * KSSTREAM_UVC_METADATA, KSSTREAM_UVC_METADATATYPE_TIMESTAMP,
 * DEFINE_KSEVENT_ITEM, DECLARE_SIMPLE_FRAMING_EX), not taken from the WDK.  Included at the
 * end of ks.h.
 *
 * Declares: the body of KSEVENTDATA (ks.h names the tag), the metadata
 * buffer description that accompanies a stream header, the UVC
 * payload-header timestamps, the DEFINE_KSEVENT_ITEM and
 * DECLARE_SIMPLE_FRAMING_EX macros and a
 * STATIC_ initializer for KSPROPTYPESETID_General.  The framing macro
 * declares the named KSALLOCATOR_FRAMING_EX with its item count only:
 * its other arguments (memory type, requirement flags, frame count,
 * alignment and sizes) are accepted but not stored, since the layout of
 * the expansion is not published.  KSPROPTYPESETID_General's value is
 * not published either: its STATIC_ initializer is a zero placeholder so
 * that static KSPROPERTY_VALUES tables parse; do not rely on its value.
 * Left out: the KSEVENTF_* notification-type values, KSWORKER (named
 * only) and the event-entry structure.
 */
#pragma once
#ifndef _HVCILINT_KS_EVENTS_METADATA_H
#define _HVCILINT_KS_EVENTS_METADATA_H

#include <ks.h>

typedef struct _KSWORKER *PKSWORKER;

/* Event data: how a client asks to be notified. */
struct _KSEVENTDATA {
    ULONG NotificationType;
    union {
        struct {
            HANDLE Event;
            ULONG_PTR Reserved[2];
        } EventHandle;
        struct {
            HANDLE Semaphore;
            ULONG Reserved;
            LONG Adjustment;
        } SemaphoreHandle;
        struct {
            PVOID Event;
            KPRIORITY Increment;
            ULONG_PTR Reserved;
        } EventObject;
        struct {
            PVOID Semaphore;
            KPRIORITY Increment;
            LONG Adjustment;
        } SemaphoreObject;
        struct {
            PKDPC Dpc;
            ULONG ReferenceCount;
            ULONG_PTR Reserved;
        } Dpc;
        struct {
            PWORK_QUEUE_ITEM WorkQueueItem;
            WORK_QUEUE_TYPE WorkQueueType;
            ULONG_PTR Reserved;
        } WorkItem;
        struct {
            PWORK_QUEUE_ITEM WorkQueueItem;
            PKSWORKER KsWorkerObject;
            ULONG_PTR Reserved;
        } KsWorkItem;
        struct {
            PVOID Unused;
            LONG_PTR Alignment[2];
        } Alignment;
    };
};

/* The metadata buffer that accompanies a stream header
   (KSSTREAM_HEADER_OPTIONSF_METADATA). */
typedef struct {
    ULONG BufferSize;
    ULONG UsedSize;
    PVOID Data;
    PVOID SystemVa;
    ULONG Flags;
    ULONG Reserved;
} KSSTREAM_METADATA_INFO, *PKSSTREAM_METADATA_INFO;

/* UVC payload-header clock and timestamp information. */
typedef struct {
    ULONG PresentationTimeStamp;
    ULONG SourceClockReference;
    union {
        struct {
            USHORT Counter : 11;
            USHORT Reserved : 5;
        };
        USHORT SCRToken;
    };
    USHORT Reserved0;
    ULONG Reserved1;
} KSSTREAM_UVC_METADATATYPE_TIMESTAMP, *PKSSTREAM_UVC_METADATATYPE_TIMESTAMP;

typedef struct {
    KSSTREAM_UVC_METADATATYPE_TIMESTAMP StartOfFrameTimestamp;
    KSSTREAM_UVC_METADATATYPE_TIMESTAMP EndOfFrameTimestamp;
} KSSTREAM_UVC_METADATA, *PKSSTREAM_UVC_METADATA;

/* One KSEVENT_ITEM initializer, its arguments in member order. */
#ifndef DEFINE_KSEVENT_ITEM
#define DEFINE_KSEVENT_ITEM(EventId, DataInput, ExtraEntryData, AddHandler, \
                            RemoveHandler, SupportHandler)                  \
    { EventId, DataInput, ExtraEntryData, (PFNKSADDEVENT)(AddHandler),      \
      (PFNKSREMOVEEVENT)(RemoveHandler), (PFNKSHANDLER)(SupportHandler) }
#endif

/* Simple allocator framing (see the note above). */
#ifndef DECLARE_SIMPLE_FRAMING_EX
#define DECLARE_SIMPLE_FRAMING_EX(FramingExName, MemoryType, Flags, Frames, \
                                  Alignment, MinFrameSize, MaxFrameSize)    \
    const KSALLOCATOR_FRAMING_EX FramingExName = { 1, 0, {}, 0, {} }
#endif

/* Zero placeholder (value not published). */
#define STATIC_KSPROPTYPESETID_General STATIC_GUID_NULL

#endif /* _HVCILINT_KS_EVENTS_METADATA_H */
