/*
 * ntifs_fsctl.h - hvcilint's stand-in for more of the WDK's ntifs.h: the
 * buffers of the defragmentation and boot-area file-system controls
 * (FSCTL_GET_VOLUME_BITMAP, FSCTL_GET_RETRIEVAL_POINTERS,
 * FSCTL_MOVE_FILE, FSCTL_GET_BOOT_AREA_INFO), the hard-link enumeration
 * records (FileHardLinkInformation) and the cache manager's
 * CcGetFileSizePointer; ntifs.h includes it at its end.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (STARTING_LCN_INPUT_BUFFER, VOLUME_BITMAP_BUFFER,
 * STARTING_VCN_INPUT_BUFFER, RETRIEVAL_POINTERS_BUFFER, MOVE_FILE_DATA,
 * BOOT_AREA_INFO, FILE_LINKS_INFORMATION, FILE_LINK_ENTRY_INFORMATION,
 * CcGetFileSizePointer), not taken from the WDK.  The pages describe
 * CcGetFileSizePointer only as yielding a pointer to the file size the
 * cache manager keeps; here it yields a PLARGE_INTEGER into the shared
 * cache map, at an offset that is not claimed to match the real one.
 *
 * Left out: the other defragmentation and volume controls' buffers.
 */
#pragma once
#ifndef HVCILINT_NTIFS_FSCTL_H
#define HVCILINT_NTIFS_FSCTL_H

#include <ntifs.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _STARTING_LCN_INPUT_BUFFER {
    LARGE_INTEGER StartingLcn;
} STARTING_LCN_INPUT_BUFFER, *PSTARTING_LCN_INPUT_BUFFER;

typedef struct _VOLUME_BITMAP_BUFFER {
    LARGE_INTEGER StartingLcn;
    LARGE_INTEGER BitmapSize;
    UCHAR Buffer[1];
} VOLUME_BITMAP_BUFFER, *PVOLUME_BITMAP_BUFFER;

typedef struct _STARTING_VCN_INPUT_BUFFER {
    LARGE_INTEGER StartingVcn;
} STARTING_VCN_INPUT_BUFFER, *PSTARTING_VCN_INPUT_BUFFER;

typedef struct _RETRIEVAL_POINTERS_BUFFER {
    ULONG ExtentCount;
    LARGE_INTEGER StartingVcn;
    struct {
        LARGE_INTEGER NextVcn;
        LARGE_INTEGER Lcn;
    } Extents[1];
} RETRIEVAL_POINTERS_BUFFER, *PRETRIEVAL_POINTERS_BUFFER;

typedef struct _MOVE_FILE_DATA {
    HANDLE FileHandle;
    LARGE_INTEGER StartingVcn;
    LARGE_INTEGER StartingLcn;
    ULONG ClusterCount;
} MOVE_FILE_DATA, *PMOVE_FILE_DATA;

typedef struct _BOOT_AREA_INFO {
    ULONG BootSectorCount;
    struct {
        LARGE_INTEGER Offset;
    } BootSectors[2];
} BOOT_AREA_INFO, *PBOOT_AREA_INFO;

typedef struct _FILE_LINK_ENTRY_INFORMATION {
    ULONG NextEntryOffset;
    LONGLONG ParentFileId;
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_LINK_ENTRY_INFORMATION, *PFILE_LINK_ENTRY_INFORMATION;

typedef struct _FILE_LINKS_INFORMATION {
    ULONG BytesNeeded;
    ULONG EntriesReturned;
    FILE_LINK_ENTRY_INFORMATION Entry;
} FILE_LINKS_INFORMATION, *PFILE_LINKS_INFORMATION;

/* Pointer to the file size the cache manager keeps for FileObject. */
#define CcGetFileSizePointer(FO) \
    ((PLARGE_INTEGER)((PCHAR)((FO)->SectionObjectPointer->SharedCacheMap) + sizeof(PVOID)))

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NTIFS_FSCTL_H */
