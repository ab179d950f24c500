/*
 * ntddkbd.h - hvcilint's stand-in for the keyboard device interface: the
 * keyboard IOCTLs and the input, attribute, typematic and indicator
 * records that keyboard class, port and filter drivers exchange.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ntddkbd.h: KEYBOARD_INPUT_DATA,
 * KEYBOARD_ATTRIBUTES, KEYBOARD_ID, KEYBOARD_TYPEMATIC_PARAMETERS,
 * KEYBOARD_INDICATOR_PARAMETERS and the IOCTL_KEYBOARD_* requests), not
 * taken from the WDK.  The reference pages name the IOCTLs but not their
 * function numbers; the CTL_CODE function numbers here are the long-
 * standing ones of the keyboard class interface.
 *
 * Left out: the extended attributes, the IME status and indicator-
 * translation records, and the device name strings.
 */
#pragma once
#ifndef HVCILINT_NTDDKBD_H
#define HVCILINT_NTDDKBD_H

#include <ntdef.h>
#include <devioctl.h>

#ifdef __cplusplus
extern "C" {
#endif

#define IOCTL_KEYBOARD_QUERY_ATTRIBUTES \
    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0000, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_SET_TYPEMATIC \
    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0001, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_SET_INDICATORS \
    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0002, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_QUERY_TYPEMATIC \
    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0008, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_QUERY_INDICATORS \
    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0010, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_QUERY_INDICATOR_TRANSLATION \
    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0020, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* One keyboard input packet. */
typedef struct _KEYBOARD_INPUT_DATA {
    USHORT UnitId;
    USHORT MakeCode;
    USHORT Flags;
    USHORT Reserved;
    ULONG ExtraInformation;
} KEYBOARD_INPUT_DATA, *PKEYBOARD_INPUT_DATA;

/* KEYBOARD_INPUT_DATA.Flags */
#define KEY_MAKE  0
#define KEY_BREAK 1
#define KEY_E0    2
#define KEY_E1    4

typedef struct _KEYBOARD_ID {
    UCHAR Type;
    UCHAR Subtype;
} KEYBOARD_ID, *PKEYBOARD_ID;

typedef struct _KEYBOARD_TYPEMATIC_PARAMETERS {
    USHORT UnitId;
    USHORT Rate;
    USHORT Delay;
} KEYBOARD_TYPEMATIC_PARAMETERS, *PKEYBOARD_TYPEMATIC_PARAMETERS;

typedef struct _KEYBOARD_ATTRIBUTES {
    KEYBOARD_ID KeyboardIdentifier;
    USHORT KeyboardMode;
    USHORT NumberOfFunctionKeys;
    USHORT NumberOfIndicators;
    USHORT NumberOfKeysTotal;
    ULONG InputDataQueueLength;
    KEYBOARD_TYPEMATIC_PARAMETERS KeyRepeatMinimum;
    KEYBOARD_TYPEMATIC_PARAMETERS KeyRepeatMaximum;
} KEYBOARD_ATTRIBUTES, *PKEYBOARD_ATTRIBUTES;

typedef struct _KEYBOARD_INDICATOR_PARAMETERS {
    USHORT UnitId;
    USHORT LedFlags;
} KEYBOARD_INDICATOR_PARAMETERS, *PKEYBOARD_INDICATOR_PARAMETERS;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_NTDDKBD_H */
