/*
 * bthdef.h - hvcilint's stand-in for the basic Bluetooth definitions a
 * profile driver includes first: the address and class-of-device types,
 * BTH_DEVICE_INFO and the SDP definitions of bthsdpdef.h.
 *
 * Written for hvcilint from the public reference pages (learn.microsoft.com
 * BTH_DEVICE_INFO, BTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST; Microsoft's
 * Win32 metadata documentation for BTH_MAX_NAME_SIZE), not taken from the
 * WDK or SDK.  MAX_UUIDS_IN_QUERY is the limit of 12 UUIDs per query that
 * the search-request pages state.
 *
 * Left out: the service-class and protocol UUIDs, the BDIF_* and COD_*
 * values, the manufacturer codes, the radio and L2CAP event structures and
 * the bthdef.h GUIDs.
 */
#pragma once
#ifndef HVCILINT_BTHDEF_H
#define HVCILINT_BTHDEF_H

#include <ntdef.h>
#include <bthsdpdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef ULONGLONG BTH_ADDR, *PBTH_ADDR;
typedef ULONG BTH_COD, *PBTH_COD;

#define BTH_MAX_NAME_SIZE  248
#define MAX_UUIDS_IN_QUERY 12

typedef struct _BTH_DEVICE_INFO {
    ULONG flags;
    BTH_ADDR address;
    BTH_COD classOfDevice;
    CHAR name[BTH_MAX_NAME_SIZE];
} BTH_DEVICE_INFO, *PBTH_DEVICE_INFO;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_BTHDEF_H */
