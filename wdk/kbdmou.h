/*
 * kbdmou.h - hvcilint's stand-in for the definitions shared by the
 * keyboard and mouse class drivers and the port and filter drivers below
 * them: the class connect record, the class service callback and the
 * internal connect/disconnect IOCTLs.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (kbdmou.h: CONNECT_DATA, PSERVICE_CALLBACK_ROUTINE,
 * IOCTL_INTERNAL_KEYBOARD_CONNECT, IOCTL_INTERNAL_KEYBOARD_DISCONNECT,
 * IOCTL_INTERNAL_MOUSE_CONNECT, IOCTL_INTERNAL_MOUSE_DISCONNECT), not
 * taken from the WDK.  The reference pages name the IOCTLs but not their
 * function numbers; the CTL_CODE function numbers here are the long-
 * standing ones of the class interface.  Like the WDK's, it brings in
 * ntddkbd.h and ntddmou.h.
 *
 * Left out: the enable/disable IOCTLs, the port and class device name
 * strings, the registry value names and the error-log codes.
 */
#pragma once
#ifndef HVCILINT_KBDMOU_H
#define HVCILINT_KBDMOU_H

#include <wdm.h>
#include <ntddkbd.h>
#include <ntddmou.h>

#ifdef __cplusplus
extern "C" {
#endif

#define IOCTL_INTERNAL_KEYBOARD_CONNECT \
    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0080, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_KEYBOARD_DISCONNECT \
    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0100, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_CONNECT \
    CTL_CODE(FILE_DEVICE_MOUSE, 0x0080, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_DISCONNECT \
    CTL_CODE(FILE_DEVICE_MOUSE, 0x0100, METHOD_NEITHER, FILE_ANY_ACCESS)

/* What the class driver hands the port driver on connect. */
typedef struct _CONNECT_DATA {
    IN PDEVICE_OBJECT ClassDeviceObject;
    IN PVOID ClassService;
} CONNECT_DATA, *PCONNECT_DATA;

/* The class service callback the port driver calls from its ISR DPC. */
typedef _Function_class_(SERVICE_CALLBACK_ROUTINE)
VOID (*PSERVICE_CALLBACK_ROUTINE)(_In_ PVOID NormalContext, _In_ PVOID SystemArgument1,
                                  _In_ PVOID SystemArgument2, _Inout_ PVOID SystemArgument3);

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_KBDMOU_H */
