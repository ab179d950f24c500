/*
 * dot11wdi.h - hvcilint's stand-in for the WLAN Device Driver Interface
 * (WDI) header: the identifier types and the message header that WDI
 * miniports and their TLV code share.
 *
 * Written for hvcilint from the public WDI reference pages on
 * learn.microsoft.com (WDI_PORT_ID, WDI_PEER_ID, WDI_EXTENDED_TID,
 * WDI_FRAME_ID, WDI_MESSAGE_HEADER), not taken from the WDK.
 *
 * Left out: the MINIPORT_WDI_* and NDIS_WDI_* callback types, the
 * NDIS_WDI_INIT_PARAMETERS and NDIS_WDI_DATA_API tables, the TX/RX
 * metadata and every TLV structure (the TLV types come from generated
 * C++ headers that are not documented as C declarations).
 */
#pragma once
#ifndef HVCILINT_DOT11WDI_H
#define HVCILINT_DOT11WDI_H

#include <ndis.h>
#include <windot11.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef UINT16 WDI_PORT_ID, *PWDI_PORT_ID;
typedef UINT16 WDI_PEER_ID, *PWDI_PEER_ID;
typedef UINT8 WDI_EXTENDED_TID, *PWDI_EXTENDED_TID;
typedef UINT16 WDI_FRAME_ID, *PWDI_FRAME_ID;

#define WDI_PORT_ANY          ((WDI_PORT_ID)0xFFFF)
#define WDI_PEER_ANY          ((WDI_PEER_ID)0xFFFF)
#define WDI_EXT_TID_NON_QOS   ((WDI_EXTENDED_TID)16)
#define WDI_EXT_TID_UNKNOWN   ((WDI_EXTENDED_TID)31)

/* Every WDI command message begins with this header. */
typedef struct _WDI_MESSAGE_HEADER {
    WDI_PORT_ID PortId;
    UINT16 Reserved;
    NDIS_STATUS Status;
    UINT32 TransactionId;
    UINT32 IhvSpecificId;
} WDI_MESSAGE_HEADER, *PWDI_MESSAGE_HEADER;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_DOT11WDI_H */
