/*
 * usbiodef.h - hvcilint's stand-in for the common USB I/O control
 * definitions: the USB device type and the function numbers from which
 * usbioctl.h builds the USB I/O control codes.
 *
 * Written for hvcilint from public documentation, not taken from the WDK:
 * the function numbers are those behind the documented control codes of
 * usbioctl.h (learn.microsoft.com), with the values Microsoft's metadata
 * publishes in the windows-sys / windows crates (Win32::Devices::Usb).
 *
 * Left out: the user-mode hub and host-controller function numbers
 * (USB_GET_NODE_*, HCD_*), the device interface GUIDs and the USB
 * user-request (USBUSER_*) codes.
 */
#pragma once
#ifndef HVCILINT_USBIODEF_H
#define HVCILINT_USBIODEF_H

#include <devioctl.h>

/* USB requests use the "unknown" device type. */
#define FILE_DEVICE_USB         FILE_DEVICE_UNKNOWN

/* Function numbers of the internal (kernel-mode) USB requests. */
#define USB_SUBMIT_URB          0
#define USB_RESET_PORT          1
#define USB_GET_ROOTHUB_PDO     3
#define USB_GET_PORT_STATUS     4
#define USB_ENABLE_PORT         5
#define USB_GET_HUB_COUNT       6
#define USB_CYCLE_PORT          7
#define USB_GET_HUB_NAME        8
#define USB_IDLE_NOTIFICATION   9

#endif /* HVCILINT_USBIODEF_H */
