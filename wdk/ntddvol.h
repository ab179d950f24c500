/*
 * ntddvol.h - hvcilint's compact stand-in for the volume device I/O
 * controls: IOCTL_VOLUME_BASE, IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS and
 * the VOLUME_DISK_EXTENTS / DISK_EXTENT structures it returns.
 *
 * Written for hvcilint from the ntddvol.h DDI reference on
 * learn.microsoft.com (control code, structure layouts), not taken from
 * the WDK.
 *
 * Left out: the other IOCTL_VOLUME_* controls (online/offline, GPT
 * attributes, logical/physical offset translation) and their structures.
 */
#pragma once
#ifndef _NTDDVOL_
#define _NTDDVOL_

#include <ntdef.h>
#include <devioctl.h>

#define IOCTL_VOLUME_BASE ((ULONG)'V')

#define IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS \
    CTL_CODE(IOCTL_VOLUME_BASE, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _DISK_EXTENT {
    ULONG DiskNumber;
    LARGE_INTEGER StartingOffset;
    LARGE_INTEGER ExtentLength;
} DISK_EXTENT, *PDISK_EXTENT;

typedef struct _VOLUME_DISK_EXTENTS {
    ULONG NumberOfDiskExtents;
    DISK_EXTENT Extents[ANYSIZE_ARRAY];
} VOLUME_DISK_EXTENTS, *PVOLUME_DISK_EXTENTS;

#endif /* _NTDDVOL_ */
