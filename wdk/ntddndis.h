/*
 * ntddndis.h - hvcilint's stand-in for the NDIS definitions shared by
 * miniports, protocols, filters and user mode.
 *
 * Written for hvcilint from the public reference pages (learn.microsoft.com,
 * ntddndis.h section) of NDIS_OBJECT_HEADER, NDIS_PORT_NUMBER and the
 * Hyper-V extensible-switch port and NIC index types, not taken from the
 * WDK.
 *
 * Left out: the OIDs, NDIS_OBJECT_TYPE_* and revision values (not restated
 * here), media and medium enumerations, offload structures, 802.11 types.
 */
#pragma once
#ifndef HVCILINT_NTDDNDIS_H
#define HVCILINT_NTDDNDIS_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NDIS_OBJECT_HEADER {
    UCHAR Type;
    UCHAR Revision;
    USHORT Size;
} NDIS_OBJECT_HEADER, *PNDIS_OBJECT_HEADER;

typedef ULONG NDIS_PORT_NUMBER, *PNDIS_PORT_NUMBER;

typedef UINT32 NDIS_SWITCH_PORT_ID, *PNDIS_SWITCH_PORT_ID;
typedef USHORT NDIS_SWITCH_NIC_INDEX, *PNDIS_SWITCH_NIC_INDEX;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NTDDNDIS_H */
