/*
 * storduid.h - hvcilint's stand-in for the storage device unique
 * identifier (DUID) header used by storage class drivers.
 *
 * Written for hvcilint from the public reference pages of
 * STORAGE_DEVICE_UNIQUE_IDENTIFIER, STORAGE_DEVICE_LAYOUT_SIGNATURE,
 * DUID_MATCH_STATUS and CompareStorageDuids (learn.microsoft.com,
 * storduid.h), not taken from the WDK.  The enumeration is in its
 * documented order, numbered from 0 as the page gives no explicit values.
 * CompareStorageDuids is an inline routine in the WDK;
 * here it is only declared.
 *
 * Left out: the DUID_VERSION_1, DUID_HARDWARE_IDS_ONLY and
 * DUID_INCLUDE_SOFTWARE_IDS constants (their values are not given in the
 * reference pages used) and the helper routines CompareStorageDuids is
 * built from.
 */
#pragma once
#ifndef HVCILINT_STORDUID_H
#define HVCILINT_STORDUID_H

#include <ntdef.h>
#include <guiddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _DUID_MATCH_STATUS {
    DuidExactMatch,
    DuidSubIdMatch,
    DuidNoMatch,
    DuidErrorGeneral,
    DuidErrorMissingDuid,
    DuidErrorVersionMismatch,
    DuidErrorInvalidDuid,
    DuidErrorInvalidDeviceIdDescSize,
    DuidErrorInvalidDeviceDescSize,
    DuidErrorInvalidLayoutSigSize,
    DuidErrorInvalidLayoutSigVersion,
    DuidErrorMaximum
} DUID_MATCH_STATUS;

/* Header of a DUID; the descriptors it points to follow it. */
typedef struct _STORAGE_DEVICE_UNIQUE_IDENTIFIER {
    ULONG Version;
    ULONG Size;                         /* header plus the identifiers */
    ULONG StorageDeviceIdOffset;        /* STORAGE_DEVICE_ID_DESCRIPTOR */
    ULONG StorageDeviceOffset;          /* STORAGE_DEVICE_DESCRIPTOR */
    ULONG DriveLayoutSignatureOffset;   /* STORAGE_DEVICE_LAYOUT_SIGNATURE */
} STORAGE_DEVICE_UNIQUE_IDENTIFIER, *PSTORAGE_DEVICE_UNIQUE_IDENTIFIER;

/* Partition-table signature part of a DUID. */
typedef struct _STORAGE_DEVICE_LAYOUT_SIGNATURE {
    ULONG Version;
    ULONG Size;
    BOOLEAN Mbr;                        /* TRUE: MBR disk, FALSE: GPT */
    union {
        ULONG MbrSignature;
        GUID GptDiskId;
    } DeviceSpecific;
} STORAGE_DEVICE_LAYOUT_SIGNATURE, *PSTORAGE_DEVICE_LAYOUT_SIGNATURE;

DUID_MATCH_STATUS
CompareStorageDuids(
    _In_ PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid1,
    _In_ PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid2);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_STORDUID_H */
