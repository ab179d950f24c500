/*
 * devioctl.h - hvcilint's compact stand-in for the I/O control code
 * macros (CTL_CODE and its parts) that driver and application sources
 * share through a common header.
 *
 * Written for hvcilint from public facts (names and values), not taken
 * from the WDK.  wdm.h includes it, as the WDK's does, so the
 * definitions live only here.  Left out: the device types drivers rarely
 * name.
 */
#pragma once
#ifndef _DEVIOCTL_
#define _DEVIOCTL_

#define CTL_CODE(DeviceType, Function, Method, Access) \
    (((DeviceType) << 16) | ((Access) << 14) | ((Function) << 2) | (Method))
#define DEVICE_TYPE_FROM_CTL_CODE(ctrlCode) (((ULONG)(ctrlCode & 0xffff0000)) >> 16)
#define METHOD_FROM_CTL_CODE(ctrlCode)      ((ULONG)(ctrlCode & 3))

#define METHOD_BUFFERED   0
#define METHOD_IN_DIRECT  1
#define METHOD_OUT_DIRECT 2
#define METHOD_NEITHER    3
#define FILE_ANY_ACCESS     0
#define FILE_SPECIAL_ACCESS FILE_ANY_ACCESS
#define FILE_READ_ACCESS    0x0001
#define FILE_WRITE_ACCESS   0x0002

#define FILE_DEVICE_CD_ROM            0x00000002
#define FILE_DEVICE_DISK              0x00000007
#define FILE_DEVICE_FILE_SYSTEM       0x00000009
#define FILE_DEVICE_KEYBOARD          0x0000000b
#define FILE_DEVICE_MOUSE             0x0000000f
#define FILE_DEVICE_NETWORK           0x00000012
#define FILE_DEVICE_NULL              0x00000015
#define FILE_DEVICE_UNKNOWN           0x00000022
#define FILE_DEVICE_VIDEO             0x00000023
#define FILE_DEVICE_BUS_EXTENDER      0x0000002a

#endif /* _DEVIOCTL_ */
