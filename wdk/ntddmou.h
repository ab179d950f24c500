/*
 * ntddmou.h - hvcilint's stand-in for the mouse device interface: the
 * mouse attribute IOCTL and the input and attribute records that mouse
 * class, port and filter drivers exchange.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ntddmou.h: MOUSE_INPUT_DATA, MOUSE_ATTRIBUTES and
 * IOCTL_MOUSE_QUERY_ATTRIBUTES), not taken from the WDK.  The reference
 * pages name the IOCTL but not its function number; the CTL_CODE
 * function number here is the long-standing one of the mouse class
 * interface.
 *
 * Left out: the button and movement flag values of MOUSE_INPUT_DATA, the
 * mouse identifiers, the wheel and insert-data IOCTLs, and the device
 * name strings.
 */
#pragma once
#ifndef HVCILINT_NTDDMOU_H
#define HVCILINT_NTDDMOU_H

#include <ntdef.h>
#include <devioctl.h>

#ifdef __cplusplus
extern "C" {
#endif

#define IOCTL_MOUSE_QUERY_ATTRIBUTES \
    CTL_CODE(FILE_DEVICE_MOUSE, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* One mouse input packet. */
typedef struct _MOUSE_INPUT_DATA {
    USHORT UnitId;
    USHORT Flags;
    union {
        ULONG Buttons;
        struct {
            USHORT ButtonFlags;
            USHORT ButtonData;
        };
    };
    ULONG RawButtons;
    LONG LastX;
    LONG LastY;
    ULONG ExtraInformation;
} MOUSE_INPUT_DATA, *PMOUSE_INPUT_DATA;

typedef struct _MOUSE_ATTRIBUTES {
    USHORT MouseIdentifier;
    USHORT NumberOfButtons;
    USHORT SampleRate;
    ULONG InputDataQueueLength;
} MOUSE_ATTRIBUTES, *PMOUSE_ATTRIBUTES;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_NTDDMOU_H */
