/*
 * srb_ex.h - hvcilint's stand-in for the extended-SRB part of the WDK's
 * srb.h: the common header of both request-block kinds, the
 * STORAGE_REQUEST_BLOCK function, signature and version, the extended
 * data blocks an extended SRB carries (SRBEX_DATA_*), the address block
 * (STOR_ADDRESS, STOR_ADDR_BTL8) and the power and PnP enumerations those
 * blocks use; srb.h includes it at its end.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (srb.h section: STORAGE_REQUEST_BLOCK,
 * SRBEX_DATA, SRBEX_DATA_BIDIRECTIONAL, SRBEX_DATA_SCSI_CDB16,
 * SRBEX_DATA_SCSI_CDB32, SRBEX_DATA_SCSI_CDB_VAR, SRBEX_DATA_WMI,
 * SRBEX_DATA_POWER, SRBEX_DATA_PNP, SRBEX_DATA_IO_INFO, SRBEXDATATYPE,
 * STOR_ADDRESS, STOR_ADDR_BTL8, STOR_DEVICE_POWER_STATE,
 * STOR_POWER_ACTION, STOR_PNP_ACTION), not taken from the WDK.  Each
 * SRBEX_DATA_*_LENGTH is, as its page says, the size of the block from
 * the member after Length on.  The reference pages name
 * SRB_FUNCTION_STORAGE_REQUEST_BLOCK, SRB_SIGNATURE,
 * STORAGE_REQUEST_BLOCK_VERSION_1, the SRBEXDATATYPE values, the
 * STOR_ADDRESS_TYPE_* and SRB_TYPE_* values without giving them: the
 * values below are the ones in general use and are not claimed by those
 * pages.
 *
 * Left out: the SRBEX_DATA_NVME-style and other later data blocks (the
 * SRB_*_TAG_REQUEST queue actions are in srb.h).
 */
#pragma once
#ifndef HVCILINT_SRB_EX_H
#define HVCILINT_SRB_EX_H

#include <srb.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef POINTER_ALIGN
#define POINTER_ALIGN POINTER_ALIGNMENT
#endif

/* Function code, signature and version of an extended SRB. */
#define SRB_FUNCTION_STORAGE_REQUEST_BLOCK 0x28
#define SRB_SIGNATURE                      0x53524258
#define STORAGE_REQUEST_BLOCK_VERSION_1    0x10

/* Request-block kind in STORAGE_ADAPTER_DESCRIPTOR.SrbType, and the
   kinds a Storport miniport accepts (HW_INITIALIZATION_DATA). */
#define SRB_TYPE_SCSI_REQUEST_BLOCK         0
#define SRB_TYPE_STORAGE_REQUEST_BLOCK      1
#define SRB_TYPE_FLAG_SCSI_REQUEST_BLOCK    0x1
#define SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK 0x2

/* The part both request-block kinds share: enough to tell them apart
   (Function is SRB_FUNCTION_STORAGE_REQUEST_BLOCK for the extended one). */
typedef struct _STORAGE_REQUEST_BLOCK_HEADER {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
} STORAGE_REQUEST_BLOCK_HEADER, *PSTORAGE_REQUEST_BLOCK_HEADER;

/* ---- addresses ------------------------------------------------------------ */

#define STORAGE_ADDRESS_TYPE_BTL8    0
#define STOR_ADDRESS_TYPE_UNKNOWN    0x0
#define STOR_ADDRESS_TYPE_BTL8       0x1
#define STOR_ADDRESS_TYPE_MAX        0xffff
#define STOR_ADDR_BTL8_ADDRESS_LENGTH 4

typedef struct _STOR_ADDRESS {
    USHORT Type;
    USHORT Port;
    ULONG AddressLength;
    UCHAR AddressData[ANYSIZE_ARRAY];
} STOR_ADDRESS, *PSTOR_ADDRESS;

typedef struct _STOR_ADDR_BTL8 {
    USHORT Type;
    USHORT Port;
    ULONG AddressLength;
    UCHAR Path;
    UCHAR Target;
    UCHAR Lun;
    UCHAR Reserved;
} STOR_ADDR_BTL8, *PSTOR_ADDR_BTL8;

/* ---- power and PnP requests ------------------------------------------------ */

typedef enum _STOR_DEVICE_POWER_STATE {
    StorPowerDeviceUnspecified = 0,
    StorPowerDeviceD0,
    StorPowerDeviceD1,
    StorPowerDeviceD2,
    StorPowerDeviceD3,
    StorPowerDeviceMaximum
} STOR_DEVICE_POWER_STATE, *PSTOR_DEVICE_POWER_STATE;

typedef enum _STOR_POWER_ACTION {
    StorPowerActionNone = 0,
    StorPowerActionReserved,
    StorPowerActionSleep,
    StorPowerActionHibernate,
    StorPowerActionShutdown,
    StorPowerActionShutdownReset,
    StorPowerActionShutdownOff,
    StorPowerActionWarmEject
} STOR_POWER_ACTION, *PSTOR_POWER_ACTION;

typedef enum _STOR_PNP_ACTION {
    StorStartDevice = 0x0,
    StorRemoveDevice = 0x2,
    StorStopDevice = 0x4,
    StorQueryCapabilities = 0x9,
    StorQueryResourceRequirements = 0xB,
    StorFilterResourceRequirements = 0xD,
    StorSurpriseRemoval = 0x17
} STOR_PNP_ACTION, *PSTOR_PNP_ACTION;

/* ---- extended data blocks -------------------------------------------------- */

typedef enum _SRBEXDATATYPE {
    SrbExDataTypeUnknown = 0,
    SrbExDataTypeBidirectional,
    SrbExDataTypeScsiCdb16 = 0x40,
    SrbExDataTypeScsiCdb32,
    SrbExDataTypeScsiCdbVar,
    SrbExDataTypeWmi = 0x60,
    SrbExDataTypePower,
    SrbExDataTypePnP,
    SrbExDataTypeIoInfo = 0x80,
    SrbExDataTypeMSReservedStart = 0xf0000000,
    SrbExDataTypeReserved = 0xffffffff
} SRBEXDATATYPE, *PSRBEXDATATYPE;

typedef struct _SRBEX_DATA {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR Data[ANYSIZE_ARRAY];
} SRBEX_DATA, *PSRBEX_DATA;

typedef struct _SRBEX_DATA_BIDIRECTIONAL {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG DataInTransferLength;
    ULONG Reserved1;
    PVOID POINTER_ALIGN DataInBuffer;
} SRBEX_DATA_BIDIRECTIONAL, *PSRBEX_DATA_BIDIRECTIONAL;

typedef struct _SRBEX_DATA_SCSI_CDB16 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID POINTER_ALIGN SenseInfoBuffer;
    UCHAR POINTER_ALIGN Cdb[16];
} SRBEX_DATA_SCSI_CDB16, *PSRBEX_DATA_SCSI_CDB16;

typedef struct _SRBEX_DATA_SCSI_CDB32 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID POINTER_ALIGN SenseInfoBuffer;
    UCHAR POINTER_ALIGN Cdb[32];
} SRBEX_DATA_SCSI_CDB32, *PSRBEX_DATA_SCSI_CDB32;

typedef struct _SRBEX_DATA_SCSI_CDB_VAR {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR Reserved[2];
    ULONG CdbLength;
    ULONG Reserved1[2];
    PVOID POINTER_ALIGN SenseInfoBuffer;
    UCHAR POINTER_ALIGN Cdb[ANYSIZE_ARRAY];
} SRBEX_DATA_SCSI_CDB_VAR, *PSRBEX_DATA_SCSI_CDB_VAR;

typedef struct _SRBEX_DATA_WMI {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR WMISubFunction;
    UCHAR WMIFlags;
    UCHAR Reserved[2];
    ULONG Reserved1;
    PVOID POINTER_ALIGN DataPath;
} SRBEX_DATA_WMI, *PSRBEX_DATA_WMI;

typedef struct _SRBEX_DATA_POWER {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR SrbPowerFlags;
    UCHAR Reserved[3];
    STOR_DEVICE_POWER_STATE DevicePowerState;
    STOR_POWER_ACTION PowerAction;
} SRBEX_DATA_POWER, *PSRBEX_DATA_POWER;

typedef struct _SRBEX_DATA_PNP {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR PnPSubFunction;
    UCHAR Reserved[3];
    STOR_PNP_ACTION PnPAction;
    ULONG SrbPnPFlags;
    ULONG Reserved1;
} SRBEX_DATA_PNP, *PSRBEX_DATA_PNP;

typedef struct _SRBEX_DATA_IO_INFO {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG Flags;
    ULONG Key;
    ULONG RWLength;
    BOOLEAN IsWriteRequest;
    UCHAR CachePriority;
    UCHAR Reserved[2];
    ULONG Reserved1[2];
} SRBEX_DATA_IO_INFO, *PSRBEX_DATA_IO_INFO;

/* Length member values: the block's size from the member after Length. */
#define HVCILINT_SRBEX_TAIL(T) ((ULONG)(sizeof(T) - sizeof(SRBEXDATATYPE) - sizeof(ULONG)))
#define SRBEX_DATA_BIDIRECTIONAL_LENGTH   HVCILINT_SRBEX_TAIL(SRBEX_DATA_BIDIRECTIONAL)
#define SRBEX_DATA_SCSI_CDB16_LENGTH      HVCILINT_SRBEX_TAIL(SRBEX_DATA_SCSI_CDB16)
#define SRBEX_DATA_SCSI_CDB32_LENGTH      HVCILINT_SRBEX_TAIL(SRBEX_DATA_SCSI_CDB32)
#define SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MIN \
    ((ULONG)(FIELD_OFFSET(SRBEX_DATA_SCSI_CDB_VAR, Cdb) - sizeof(SRBEXDATATYPE) - sizeof(ULONG)))
#define SRBEX_DATA_WMI_LENGTH             HVCILINT_SRBEX_TAIL(SRBEX_DATA_WMI)
#define SRBEX_DATA_POWER_LENGTH           HVCILINT_SRBEX_TAIL(SRBEX_DATA_POWER)
#define SRBEX_DATA_PNP_LENGTH             HVCILINT_SRBEX_TAIL(SRBEX_DATA_PNP)
#define SRBEX_DATA_IO_INFO_LENGTH         HVCILINT_SRBEX_TAIL(SRBEX_DATA_IO_INFO)


/* The request blocks of the WMI, power and PnP SRB functions: each keeps
   the SCSI_REQUEST_BLOCK header fields where the SRB has them. */
typedef struct _SCSI_WMI_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;             /* SRB_FUNCTION_WMI */
    UCHAR SrbStatus;
    UCHAR WMISubFunction;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR Reserved1;
    UCHAR WMIFlags;             /* SRB_WMI_FLAGS_ADAPTER_REQUEST */
    UCHAR Reserved2[2];
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID DataPath;
    PVOID Reserved3;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    ULONG Reserved4;
#if defined(_WIN64)
    ULONG Reserved6;
#endif
    UCHAR Reserved5[16];
} SCSI_WMI_REQUEST_BLOCK, *PSCSI_WMI_REQUEST_BLOCK;

typedef struct _SCSI_POWER_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;             /* SRB_FUNCTION_POWER */
    UCHAR SrbStatus;
    UCHAR SrbPowerFlags;        /* SRB_POWER_FLAGS_ADAPTER_REQUEST */
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    STOR_DEVICE_POWER_STATE DevicePowerState;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    STOR_POWER_ACTION PowerAction;
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Reserved5[16];
} SCSI_POWER_REQUEST_BLOCK, *PSCSI_POWER_REQUEST_BLOCK;

typedef struct _SCSI_PNP_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;             /* SRB_FUNCTION_PNP */
    UCHAR SrbStatus;
    UCHAR PnPSubFunction;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    STOR_PNP_ACTION PnPAction;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    ULONG SrbPnPFlags;          /* SRB_PNP_FLAGS_ADAPTER_REQUEST */
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Reserved4[16];
} SCSI_PNP_REQUEST_BLOCK, *PSCSI_PNP_REQUEST_BLOCK;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_SRB_EX_H */
