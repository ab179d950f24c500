/*
 * hidclass.h - hvcilint's stand-in for the HID class definitions that HID
 * minidrivers and virtual HID sources share.
 *
 * Written for hvcilint from Microsoft's public documentation (the
 * HID_XFER_PACKET reference page, hidclass.h section; HID_REVISION as the
 * Win32 metadata constant listings publish it), not taken from the WDK.
 * hidport.h includes this header, as the HID_XFER_PACKET page says.
 *
 * Declares: HID_REVISION (the value a minidriver puts in
 * HID_MINIDRIVER_REGISTRATION.Revision) and HID_XFER_PACKET, the report
 * buffer description of the get/set report requests.
 *
 * Left out: the IOCTL_HID_* and IOCTL_GET_* control codes, the HID
 * collection information structures and the device interface GUIDs.
 */
#pragma once
#ifndef HVCILINT_HIDCLASS_H
#define HVCILINT_HIDCLASS_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HID_REVISION 0x00000001

/* A HID report passed with a get/set report request: the buffer, its
   length and the report ID (zero when the device uses no report IDs). */
typedef struct _HID_XFER_PACKET {
    PUCHAR reportBuffer;
    ULONG reportBufferLen;
    UCHAR reportId;
} HID_XFER_PACKET, *PHID_XFER_PACKET;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_HIDCLASS_H */
