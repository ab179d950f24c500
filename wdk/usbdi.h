/*
 * usbdi.h - hvcilint's compact stand-in for the USB driver interface
 * umbrella.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, usbdi.h reference), not taken from the WDK.
 *
 * Pulls in the stand-in usb.h (URBs, USBD_STATUS, pipe and interface
 * information) and usbspec.h (descriptors), and adds the USBD_* version
 * constants.  Left out: the legacy USB 1.1 pass-through declarations.
 */
#pragma once
#ifndef __USBDI_H__
#define __USBDI_H__

#include <usb.h>

#define USBDI_VERSION         0x00000600
#define USBD_VERSION_INFORMATION_VERSION 1

#endif /* __USBDI_H__ */
