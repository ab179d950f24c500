/*
 * usbioctl.h - hvcilint's stand-in for the USB I/O control header: the
 * internal I/O control codes a USB client driver sends to the hub PDO and
 * the selective-suspend (idle notification) callback structure.
 *
 * Written for hvcilint from the public reference pages of
 * IOCTL_INTERNAL_USB_SUBMIT_URB, IOCTL_INTERNAL_USB_RESET_PORT,
 * IOCTL_INTERNAL_USB_GET_PORT_STATUS, IOCTL_INTERNAL_USB_CYCLE_PORT and
 * IOCTL_INTERNAL_USB_SUBMIT_IDLE_NOTIFICATION (learn.microsoft.com,
 * usbioctl.h), not taken from the WDK; the codes match the values in
 * Microsoft's metadata (windows-sys / windows crates, Win32::Devices::Usb).
 *
 * Left out: the user-mode hub query IOCTLs (IOCTL_USB_GET_NODE_*, ...) and
 * their structures, the host-controller IOCTLs, USB_IDLE_CALLBACK_INFO_EX
 * and the USB 3.0 hub/port property structures.
 */
#pragma once
#ifndef HVCILINT_USBIOCTL_H
#define HVCILINT_USBIOCTL_H

#include <ntdef.h>
#include <usbiodef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Internal requests (IRP_MJ_INTERNAL_DEVICE_CONTROL), METHOD_NEITHER. */
#define IOCTL_INTERNAL_USB_SUBMIT_URB \
    CTL_CODE(FILE_DEVICE_USB, USB_SUBMIT_URB, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_USB_RESET_PORT \
    CTL_CODE(FILE_DEVICE_USB, USB_RESET_PORT, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_USB_GET_PORT_STATUS \
    CTL_CODE(FILE_DEVICE_USB, USB_GET_PORT_STATUS, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_USB_CYCLE_PORT \
    CTL_CODE(FILE_DEVICE_USB, USB_CYCLE_PORT, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_USB_SUBMIT_IDLE_NOTIFICATION \
    CTL_CODE(FILE_DEVICE_USB, USB_IDLE_NOTIFICATION, METHOD_NEITHER, FILE_ANY_ACCESS)

/* Port status bits returned by IOCTL_INTERNAL_USB_GET_PORT_STATUS. */
#define USBD_PORT_ENABLED       0x00000001
#define USBD_PORT_CONNECTED     0x00000002

/* Selective suspend: the bus driver calls back when the device may idle. */
typedef VOID (*USB_IDLE_CALLBACK)(PVOID Context);

typedef struct _USB_IDLE_CALLBACK_INFO {
    USB_IDLE_CALLBACK IdleCallback;
    PVOID IdleContext;
} USB_IDLE_CALLBACK_INFO, *PUSB_IDLE_CALLBACK_INFO;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_USBIOCTL_H */
