/*
 * hidpddi.h - hvcilint's compact stand-in for the HID parser DDI.
 * Written for hvcilint from public facts (hvci-facts.md 2.8), not taken
 * from the WDK.  Left out: report parsing, usages, caps.
 */
#pragma once
#ifndef _HIDPDDI_H
#define _HIDPDDI_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef UCHAR HIDP_REPORT_DESCRIPTOR, *PHIDP_REPORT_DESCRIPTOR;
typedef struct _HIDP_PREPARSED_DATA *PHIDP_PREPARSED_DATA;

typedef struct _HIDP_COLLECTION_DESC {
    USHORT UsagePage;
    USHORT Usage;
    UCHAR CollectionNumber;
    UCHAR Reserved[15];
    USHORT InputLength;
    USHORT OutputLength;
    USHORT FeatureLength;
    USHORT PreparsedDataLength;
    PHIDP_PREPARSED_DATA PreparsedData;
} HIDP_COLLECTION_DESC, *PHIDP_COLLECTION_DESC;

typedef struct _HIDP_REPORT_IDS {
    UCHAR ReportID;
    UCHAR CollectionNumber;
    USHORT InputLength;
    USHORT OutputLength;
    USHORT FeatureLength;
} HIDP_REPORT_IDS, *PHIDP_REPORT_IDS;

typedef struct _HIDP_GETCOLDESC_DBG {
    ULONG BreakOffset;
    ULONG ErrorCode;
    ULONG Args[6];
} HIDP_GETCOLDESC_DBG, *PHIDP_GETCOLDESC_DBG;

typedef struct _HIDP_DEVICE_DESC {
    PHIDP_COLLECTION_DESC CollectionDesc;
    ULONG CollectionDescLength;
    PHIDP_REPORT_IDS ReportIDs;
    ULONG ReportIDsLength;
    HIDP_GETCOLDESC_DBG Dbg;
} HIDP_DEVICE_DESC, *PHIDP_DEVICE_DESC;

/* PoolType (2) decides. */
NTSTATUS NTAPI HidP_GetCollectionDescription(
    _In_reads_bytes_(DescLength) PHIDP_REPORT_DESCRIPTOR ReportDesc,
    _In_ ULONG DescLength,
    _In_ POOL_TYPE PoolType,
    _Out_ PHIDP_DEVICE_DESC DeviceDescription);
VOID NTAPI HidP_FreeCollectionDescription(_In_ PHIDP_DEVICE_DESC DeviceDescription);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _HIDPDDI_H */
