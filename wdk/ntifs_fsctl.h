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
 * Also more FSCTL codes (USN journal, FAT BPB, mark handle, purge-failure
 * mode, offload write, ...) with the buffers fastfat uses
 * (RETRIEVAL_POINTER_BASE, FSCTL_QUERY_FAT_BPB_BUFFER, MARK_HANDLE_INFO,
 * SET_PURGE_FAILURE_MODE_INPUT, REQUEST_OPLOCK_INPUT/OUTPUT_BUFFER), from
 * their reference pages and the Windows metadata (windows-sys) values.
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

/* More file-system control codes (values as the Windows metadata gives
   them: device FILE_DEVICE_FILE_SYSTEM, function, method, access). */
#define FSCTL_QUERY_RETRIEVAL_POINTERS   CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 14, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_QUERY_FAT_BPB              CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 22, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_MOVE_FILE                  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 29, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_FIND_FILES_BY_SID          CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 35, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_SET_OBJECT_ID              CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 38, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_GET_OBJECT_ID              CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 39, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_ENUM_USN_DATA              CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 44, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_READ_USN_JOURNAL           CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 46, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_SET_OBJECT_ID_EXTENDED     CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 47, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_CREATE_OR_GET_OBJECT_ID    CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 48, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_WRITE_RAW_ENCRYPTED        CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 55, METHOD_NEITHER, FILE_SPECIAL_ACCESS)
#define FSCTL_READ_FILE_USN_DATA         CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 58, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_MARK_HANDLE                CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 63, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_TXFS_SAVEPOINT_INFORMATION CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 94, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_SET_ZERO_ON_DEALLOCATION   CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 101, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_GET_BOOT_AREA_INFO         CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 140, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_GET_RETRIEVAL_POINTER_BASE CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 141, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_OFFLOAD_WRITE              CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 154, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define FSCTL_SET_PURGE_FAILURE_MODE     CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 156, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* FSCTL_GET_RETRIEVAL_POINTER_BASE output: sector offset of the cluster heap. */
typedef struct _RETRIEVAL_POINTER_BASE {
    LARGE_INTEGER FileAreaOffset;
} RETRIEVAL_POINTER_BASE, *PRETRIEVAL_POINTER_BASE;

/* Object-ID FSCTLs: a file's 16-byte object ID plus 48 bytes of either
   birth IDs or caller-defined extended data. */
typedef struct _FILE_OBJECTID_BUFFER {
    UCHAR ObjectId[16];
    union {
        struct {
            UCHAR BirthVolumeId[16];
            UCHAR BirthObjectId[16];
            UCHAR DomainId[16];
        };
        UCHAR ExtendedInfo[48];
    };
} FILE_OBJECTID_BUFFER, *PFILE_OBJECTID_BUFFER;

/* FSCTL_QUERY_FAT_BPB output: the first 0x24 bytes of sector 0. */
typedef struct _FSCTL_QUERY_FAT_BPB_BUFFER {
    UCHAR First0x24BytesOfBootSector[0x24];
} FSCTL_QUERY_FAT_BPB_BUFFER, *PFSCTL_QUERY_FAT_BPB_BUFFER;

/* FSCTL_MARK_HANDLE input. */
typedef struct _MARK_HANDLE_INFO {
    union {
        ULONG UsnSourceInfo;
        ULONG CopyNumber;
    };
    HANDLE VolumeHandle;
    ULONG HandleInfo;
} MARK_HANDLE_INFO, *PMARK_HANDLE_INFO;

#define MARK_HANDLE_PROTECT_CLUSTERS      0x00000001

/* USN source-information flags (MARK_HANDLE_INFO.UsnSourceInfo). */
#define USN_SOURCE_DATA_MANAGEMENT        0x00000001
#define USN_SOURCE_AUXILIARY_DATA         0x00000002
#define USN_SOURCE_REPLICATION_MANAGEMENT 0x00000004

/* FSCTL_SET_PURGE_FAILURE_MODE input. */
typedef struct _SET_PURGE_FAILURE_MODE_INPUT {
    ULONG Flags;
} SET_PURGE_FAILURE_MODE_INPUT, *PSET_PURGE_FAILURE_MODE_INPUT;

#define SET_PURGE_FAILURE_MODE_ENABLED  0x00000001
#define SET_PURGE_FAILURE_MODE_DISABLED 0x00000002

/* Oplock cache levels and request flags (FSCTL_REQUEST_OPLOCK). */
#define OPLOCK_LEVEL_CACHE_READ   0x00000001
#define OPLOCK_LEVEL_CACHE_HANDLE 0x00000002
#define OPLOCK_LEVEL_CACHE_WRITE  0x00000004

#define REQUEST_OPLOCK_INPUT_FLAG_REQUEST         0x00000001
#define REQUEST_OPLOCK_INPUT_FLAG_ACK             0x00000002
#define REQUEST_OPLOCK_OUTPUT_FLAG_ACK_REQUIRED   0x00000001
#define REQUEST_OPLOCK_OUTPUT_FLAG_MODES_PROVIDED 0x00000002

/* FSCTL_REQUEST_OPLOCK input and output buffers. */
typedef struct _REQUEST_OPLOCK_INPUT_BUFFER {
    USHORT StructureVersion;
    USHORT StructureLength;
    ULONG RequestedOplockLevel;
    ULONG Flags;
} REQUEST_OPLOCK_INPUT_BUFFER, *PREQUEST_OPLOCK_INPUT_BUFFER;

typedef struct _REQUEST_OPLOCK_OUTPUT_BUFFER {
    USHORT StructureVersion;
    USHORT StructureLength;
    ULONG OriginalOplockLevel;
    ULONG NewOplockLevel;
    ULONG Flags;
    ACCESS_MASK AccessMode;
    USHORT ShareMode;
} REQUEST_OPLOCK_OUTPUT_BUFFER, *PREQUEST_OPLOCK_OUTPUT_BUFFER;

/* Pointer to the file size the cache manager keeps for FileObject. */
#define CcGetFileSizePointer(FO) \
    ((PLARGE_INTEGER)((PCHAR)((FO)->SectionObjectPointer->SharedCacheMap) + sizeof(PVOID)))

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NTIFS_FSCTL_H */
