/*
 * mountdev.h - hvcilint's compact stand-in for the mount-manager device
 * interface (IOCTL_MOUNTDEV_*) that volume drivers implement.
 *
 * Written for hvcilint from public facts (the mountdev.h and mountmgr.h
 * DDI reference on learn.microsoft.com), not taken from the WDK.
 * IOCTL_MOUNTDEV_QUERY_DEVICE_NAME and MOUNTDEV_NAME belong to mountmgr.h
 * in the WDK, which mountdev.h includes; they are here directly.
 *
 * Left out: the IOCTL_MOUNTMGR_* requests and their structures.
 */
#pragma once
#ifndef _MOUNTDEV_
#define _MOUNTDEV_

#include <ntdef.h>
#include <devioctl.h>

#define MOUNTDEVCONTROLTYPE 0x0000004D   /* 'M' */
#define MOUNTMGRCONTROLTYPE 0x0000006D   /* 'm' */

#define IOCTL_MOUNTDEV_QUERY_UNIQUE_ID          CTL_CODE(MOUNTDEVCONTROLTYPE, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MOUNTDEV_QUERY_SUGGESTED_LINK_NAME CTL_CODE(MOUNTDEVCONTROLTYPE, 3, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MOUNTDEV_LINK_CREATED             CTL_CODE(MOUNTDEVCONTROLTYPE, 4, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MOUNTDEV_LINK_DELETED             CTL_CODE(MOUNTDEVCONTROLTYPE, 5, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MOUNTDEV_QUERY_STABLE_GUID        CTL_CODE(MOUNTDEVCONTROLTYPE, 6, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MOUNTDEV_QUERY_DEVICE_NAME        CTL_CODE(MOUNTDEVCONTROLTYPE, 2, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _MOUNTDEV_UNIQUE_ID {
    USHORT UniqueIdLength;
    UCHAR UniqueId[1];
} MOUNTDEV_UNIQUE_ID, *PMOUNTDEV_UNIQUE_ID;

typedef struct _MOUNTDEV_SUGGESTED_LINK_NAME {
    BOOLEAN UseOnlyIfThereAreNoOtherLinks;
    USHORT NameLength;
    WCHAR Name[1];
} MOUNTDEV_SUGGESTED_LINK_NAME, *PMOUNTDEV_SUGGESTED_LINK_NAME;

typedef struct _MOUNTDEV_STABLE_GUID {
    GUID StableGuid;
} MOUNTDEV_STABLE_GUID, *PMOUNTDEV_STABLE_GUID;

typedef struct _MOUNTDEV_NAME {
    USHORT NameLength;
    WCHAR Name[1];
} MOUNTDEV_NAME, *PMOUNTDEV_NAME;

#endif /* _MOUNTDEV_ */
