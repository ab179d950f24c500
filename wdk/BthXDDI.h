/*
 * BthXDDI.h - hvcilint's stand-in for the WDK's Bluetooth extensible
 * transport interface: the records and requests by which the Bluetooth
 * stack exchanges HCI packets with a transport driver (UART, SDIO, ...).
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (bthxddi.h section: BTHX_CAPABILITIES,
 * BTHX_HCI_READ_WRITE_CONTEXT, BTHX_VERSION, BTHX_HCI_PACKET_TYPE,
 * BTHX_SCO_SUPPORT and the IOCTL_BTHX_* requests), not taken from the WDK.
 * The HCI packet types carry the packet indicator values of the Bluetooth
 * UART transport (command 1, ACL data 2, event 4).  The pages do not give
 * the IOCTL_BTHX_* codes: the values below are distinct stand-ins on the
 * Bluetooth device type and are not claimed to match the WDK; nor is the
 * version the stack advertises (Microsoft_BTHX_DDI_Version is declared,
 * not given a value).
 *
 * Left out: the profile-driver interfaces (bthddi.h, BRBs), SDP and the
 * user-mode Bluetooth headers.
 */
#pragma once
#ifndef HVCILINT_BTHXDDI_H
#define HVCILINT_BTHXDDI_H

#include <ntdef.h>
#include <devioctl.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _BTHX_HCI_PACKET_TYPE {
    HciPacketCommand = 0x01,
    HciPacketAclData = 0x02,
    HciPacketEvent   = 0x04
} BTHX_HCI_PACKET_TYPE;

typedef enum _BTHX_SCO_SUPPORT {
    ScoSupportNone = 0,
    ScoSupportHCIBypass,
    ScoSupportMax
} BTHX_SCO_SUPPORT;

typedef struct _BTHX_CAPABILITIES {
    ULONG MaxAclTransferInSize;
    BTHX_SCO_SUPPORT ScoSupport;
    ULONG MaxScoChannels;
    BOOLEAN IsDeviceIdleCapable;
    BOOLEAN IsDeviceWakeCapable;
} BTHX_CAPABILITIES, *PBTHX_CAPABILITIES;

/* The packet type byte is followed directly by the packet bytes. */
#include <pshpack1.h>
typedef struct _BTHX_HCI_READ_WRITE_CONTEXT {
    ULONG DataLen;
    UCHAR Type;
    _Field_size_bytes_(DataLen) UCHAR Data[1];
} BTHX_HCI_READ_WRITE_CONTEXT, *PBTHX_HCI_READ_WRITE_CONTEXT;
#include <poppack.h>

typedef struct _BTHX_VERSION {
    ULONG Version;
} BTHX_VERSION, *PBTHX_VERSION;

extern const BTHX_VERSION Microsoft_BTHX_DDI_Version;

/* Requests to the transport driver (codes are stand-ins, see above). */
#define IOCTL_BTHX_GET_VERSION \
    CTL_CODE(FILE_DEVICE_BLUETOOTH, 0x300, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BTHX_SET_VERSION \
    CTL_CODE(FILE_DEVICE_BLUETOOTH, 0x301, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BTHX_QUERY_CAPABILITIES \
    CTL_CODE(FILE_DEVICE_BLUETOOTH, 0x302, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BTHX_WRITE_HCI \
    CTL_CODE(FILE_DEVICE_BLUETOOTH, 0x303, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BTHX_READ_HCI \
    CTL_CODE(FILE_DEVICE_BLUETOOTH, 0x304, METHOD_BUFFERED, FILE_ANY_ACCESS)

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_BTHXDDI_H */
