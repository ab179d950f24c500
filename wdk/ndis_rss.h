/*
 * ndis_rss.h - hvcilint's stand-in for the receive side scaling (RSS)
 * surface of NDIS 6.20 and later that miniports use beyond the RSS
 * capabilities in ndis_adapter.h: the RSS processor set
 * (NDIS_RSS_PROCESSOR_INFO, NdisGetRssProcessorInformation) and RSS
 * version 2 (NDIS 6.80: NDIS_RECEIVE_SCALE_PARAMETERS_V2, the
 * indirection-entry flags and sizes).  Included at the end of
 * ndis_adapter.h (so through ndis.h); including it directly brings in
 * ndis.h first.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ntddndis.h and ndis.h sections) and the Win32/WDK
 * metadata constant listings, not taken from the WDK.
 *
 * Left out: NDIS_RECEIVE_SCALE_PARAMETERS (version 1), the hash type and
 * function macros, the RSS OIDs and the NDIS_RSS_PROFILE values (the
 * profile member is a ULONG-sized enumeration declared without them).
 */
#pragma once
#ifndef HVCILINT_NDIS_RSS_H
#define HVCILINT_NDIS_RSS_H

#include <ndis.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- RSS processor set (NdisGetRssProcessorInformation) ---------------- */

typedef struct _NDIS_RSS_PROCESSOR {
    PROCESSOR_NUMBER ProcNum;
    USHORT PreferenceIndex;
    USHORT Reserved;
} NDIS_RSS_PROCESSOR, *PNDIS_RSS_PROCESSOR;

typedef enum _NDIS_RSS_PROFILE {
    NdisRssProfileReserved = 0
} NDIS_RSS_PROFILE, *PNDIS_RSS_PROFILE;

typedef struct _NDIS_RSS_PROCESSOR_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    PROCESSOR_NUMBER RssBaseProcessor;
    ULONG MaxNumRssProcessors;
    USHORT PreferredNumaNode;
    ULONG RssProcessorArrayOffset;
    ULONG RssProcessorCount;
    ULONG RssProcessorEntrySize;
    PROCESSOR_NUMBER RssMaxProcessor;
    NDIS_RSS_PROFILE RssProfile;
} NDIS_RSS_PROCESSOR_INFO, *PNDIS_RSS_PROCESSOR_INFO;

#define NDIS_RSS_PROCESSOR_INFO_REVISION_1 1
#define NDIS_RSS_PROCESSOR_INFO_REVISION_2 2
#define NDIS_SIZEOF_RSS_PROCESSOR_INFO_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RSS_PROCESSOR_INFO, RssProcessorEntrySize)
#define NDIS_SIZEOF_RSS_PROCESSOR_INFO_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RSS_PROCESSOR_INFO, RssProfile)

#define NDIS_RSS_PROCESSOR_INFO_ARRAY(_Info) \
    ((PNDIS_RSS_PROCESSOR)((PUCHAR)(_Info) + (_Info)->RssProcessorArrayOffset))

NDISAPI NDIS_STATUS NTAPI NdisGetRssProcessorInformation(
    _In_ NDIS_HANDLE NdisHandle,
    _Out_writes_bytes_to_opt_(*Size, *Size) PNDIS_RSS_PROCESSOR_INFO RssProcessorInfo,
    _Inout_ PSIZE_T Size);

/* ---- RSS version 2 (OID_GEN_RECEIVE_SCALE_PARAMETERS_V2) ---------------- */

typedef struct _NDIS_RECEIVE_SCALE_PARAMETERS_V2 {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG HashInformation;
    ULONG HashSecretKeySize;
    ULONG HashSecretKeyOffset;
    ULONG NumberOfQueues;
    ULONG NumberOfIndirectionTableEntries;
} NDIS_RECEIVE_SCALE_PARAMETERS_V2, *PNDIS_RECEIVE_SCALE_PARAMETERS_V2;

#define NDIS_RECEIVE_SCALE_PARAMETERS_V2_REVISION_1 1
#define NDIS_SIZEOF_RECEIVE_SCALE_PARAMETERS_V2_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_SCALE_PARAMETERS_V2, NumberOfIndirectionTableEntries)

#define NDIS_RECEIVE_SCALE_PARAM_ENABLE_RSS                 0x00000001
#define NDIS_RECEIVE_SCALE_PARAM_HASH_INFO_CHANGED          0x00000002
#define NDIS_RECEIVE_SCALE_PARAM_HASH_KEY_CHANGED           0x00000004
#define NDIS_RECEIVE_SCALE_PARAM_NUMBER_OF_QUEUES_CHANGED   0x00000008
#define NDIS_RECEIVE_SCALE_PARAM_NUMBER_OF_ENTRIES_CHANGED  0x00000010

#define NDIS_RSS_HASH_SECRET_KEY_MAX_SIZE_REVISION_1   40
#define NDIS_RSS_HASH_SECRET_KEY_MAX_SIZE_REVISION_2   40
#define NDIS_RSS_HASH_SECRET_KEY_MAX_SIZE_REVISION_3   40
#define NDIS_RSS_INDIRECTION_TABLE_MAX_SIZE_REVISION_1 128

/* Flags of NDIS_RSS_SET_INDIRECTION_ENTRY (declared in ndis_adapter.h). */
#define NDIS_RSS_SET_INDIRECTION_ENTRY_FLAG_PRIMARY_PROCESSOR  0x01
#define NDIS_RSS_SET_INDIRECTION_ENTRY_FLAG_DEFAULT_PROCESSOR  0x02

#define NDIS_SIZEOF_RSS_SET_INDIRECTION_ENTRIES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RSS_SET_INDIRECTION_ENTRIES, NumberOfRssEntries)

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NDIS_RSS_H */
