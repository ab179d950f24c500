/*
 * dot11wdi.h - hvcilint's stand-in for the WLAN Device Driver Interface
 * (WDI) header: the message header that WDI miniports and their TLV code
 * share.
 *
 * Written for hvcilint from the public WDI reference page of
 * WDI_MESSAGE_HEADER on learn.microsoft.com, not taken from the WDK.
 *
 * Left out: the identifier types (WDI_PORT_ID, WDI_PEER_ID,
 * WDI_EXTENDED_TID, WDI_FRAME_ID; the header's PortId is declared with
 * the 16-bit type the WDI_PORT_ID page gives) together with the
 * MINIPORT_WDI_* and NDIS_WDI_* callback types whose prototypes use them,
 * the NDIS_WDI_INIT_PARAMETERS and NDIS_WDI_DATA_API tables, the TX/RX
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

/* Every WDI command message begins with this header. */
typedef struct _WDI_MESSAGE_HEADER {
    UINT16 PortId;              /* a WDI_PORT_ID */
    UINT16 Reserved;
    NDIS_STATUS Status;
    UINT32 TransactionId;
    UINT32 IhvSpecificId;
} WDI_MESSAGE_HEADER, *PWDI_MESSAGE_HEADER;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_DOT11WDI_H */
