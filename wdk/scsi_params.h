/*
 * scsi_params.h - hvcilint's compact stand-in for the SCSI parameter data
 * that storage class drivers and miniports build and parse next to the
 * CDBs of scsi.h: the MODE SENSE/SELECT parameter headers, the UNMAP
 * parameter list, GET LBA STATUS data, the logical block provisioning log
 * page, and the offload (token) read/write parameter lists (POPULATE TOKEN,
 * WRITE USING TOKEN, RECEIVE ROD TOKEN INFORMATION).  scsi.h includes it.
 *
 * Written for hvcilint from public facts, not taken from the WDK: the
 * token structures (POPULATE_TOKEN_HEADER, WRITE_USING_TOKEN_HEADER,
 * RECEIVE_TOKEN_INFORMATION_HEADER, RECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER,
 * BLOCK_DEVICE_TOKEN_DESCRIPTOR, BLOCK_DEVICE_RANGE_DESCRIPTOR) follow their
 * scsi.h/storport.h reference pages on learn.microsoft.com; the mode
 * parameter headers, UNMAP, LBA status and log page structures follow the
 * byte layouts of the SCSI Primary/Block Commands standards (SPC-4, SBC-3)
 * with the member names storage drivers use.  All multi-byte fields are
 * big-endian byte arrays, as on the wire.
 *
 * Left out: mode pages (MODE_CACHING_PAGE, MODE_CONTROL_PAGE, ...), mode
 * parameter block descriptors, VPD pages, the other log pages, and the
 * MODE_PAGE_* / MODE_SENSE_* / OPERATION_* / SERVICE_ACTION_* values of the
 * token commands.
 */
#pragma once
#ifndef HVCILINT_SCSI_PARAMS_H
#define HVCILINT_SCSI_PARAMS_H

#include <ntdef.h>

#include <pshpack1.h>

/* ---- MODE SENSE / MODE SELECT parameter headers (SPC-4) ------------------ */
typedef struct _MODE_PARAMETER_HEADER {
    UCHAR ModeDataLength;
    UCHAR MediumType;
    UCHAR DeviceSpecificParameter;
    UCHAR BlockDescriptorLength;
} MODE_PARAMETER_HEADER, *PMODE_PARAMETER_HEADER;

typedef struct _MODE_PARAMETER_HEADER10 {
    UCHAR ModeDataLength[2];
    UCHAR MediumType;
    UCHAR DeviceSpecificParameter;
    UCHAR Reserved[2];
    UCHAR BlockDescriptorLength[2];
} MODE_PARAMETER_HEADER10, *PMODE_PARAMETER_HEADER10;

/* Bits of DeviceSpecificParameter for direct-access devices (SBC-3):
   bit 7 WP, bit 4 DPOFUA. */
#define MODE_DSP_WRITE_PROTECT  0x80
#define MODE_DSP_FUA_SUPPORTED  0x10

/* ---- UNMAP parameter list (SBC-3) ---------------------------------------- */
typedef struct _UNMAP_BLOCK_DESCRIPTOR {
    UCHAR StartingLba[8];
    UCHAR LbaCount[4];
    UCHAR Reserved[4];
} UNMAP_BLOCK_DESCRIPTOR, *PUNMAP_BLOCK_DESCRIPTOR;

typedef struct _UNMAP_LIST_HEADER {
    UCHAR DataLength[2];
    UCHAR BlockDescrDataLength[2];
    UCHAR Reserved[4];
    UNMAP_BLOCK_DESCRIPTOR Descriptors[ANYSIZE_ARRAY];
} UNMAP_LIST_HEADER, *PUNMAP_LIST_HEADER;

/* ---- GET LBA STATUS parameter data (SBC-3) ------------------------------- */
typedef struct _LBA_STATUS_DESCRIPTOR {
    UCHAR StartingLBA[8];
    UCHAR LogicalBlockCount[4];
    UCHAR ProvisioningStatus : 4;
    UCHAR Reserved1 : 4;
    UCHAR Reserved2[3];
} LBA_STATUS_DESCRIPTOR, *PLBA_STATUS_DESCRIPTOR;

typedef struct _LBA_STATUS_LIST_HEADER {
    UCHAR ParameterLength[4];
    UCHAR Reserved[4];
    LBA_STATUS_DESCRIPTOR Descriptors[ANYSIZE_ARRAY];
} LBA_STATUS_LIST_HEADER, *PLBA_STATUS_LIST_HEADER;

/* PROVISIONING STATUS values (SBC-3). */
#define LBA_STATUS_MAPPED       0x0
#define LBA_STATUS_DEALLOCATED  0x1
#define LBA_STATUS_ANCHORED     0x2

/* ---- Log parameters and the logical block provisioning log page ---------- */
typedef struct _LOG_PARAMETER_HEADER {
    UCHAR ParameterCode[2];
    UCHAR FormatAndLinking : 2;
    UCHAR TMC : 2;
    UCHAR ETC : 1;
    UCHAR TSD : 1;
    UCHAR DS : 1;
    UCHAR DU : 1;
    UCHAR ParameterLength;
} LOG_PARAMETER_HEADER, *PLOG_PARAMETER_HEADER;

/* A threshold resource count parameter of the logical block provisioning
   log page: the count, then the scope of the resources in the low two bits
   of the byte after it (SBC-3). */
typedef struct _LOG_PARAMETER_THRESHOLD_RESOURCE_COUNT {
    LOG_PARAMETER_HEADER Header;
    UCHAR ResourceCount[4];
    UCHAR Scope : 2;
    UCHAR Reserved1 : 6;
    UCHAR Reserved2[3];
} LOG_PARAMETER_THRESHOLD_RESOURCE_COUNT, *PLOG_PARAMETER_THRESHOLD_RESOURCE_COUNT;

typedef struct _LOG_PAGE_LOGICAL_BLOCK_PROVISIONING {
    UCHAR PageCode : 6;
    UCHAR SPF : 1;
    UCHAR DS : 1;
    UCHAR SubPageCode;
    UCHAR PageLength[2];
    UCHAR Parameters[ANYSIZE_ARRAY];
} LOG_PAGE_LOGICAL_BLOCK_PROVISIONING, *PLOG_PAGE_LOGICAL_BLOCK_PROVISIONING;

/* Page and parameter codes (SBC-3) and the resource scopes the
   STORAGE_LB_PROVISIONING_MAP_RESOURCES reference page lists. */
#define LOG_PAGE_CODE_LOGICAL_BLOCK_PROVISIONING          0x0C
#define LOG_PAGE_LBP_PARAMETER_CODE_AVAILABLE             0x0001
#define LOG_PAGE_LBP_PARAMETER_CODE_USED                  0x0002
#define LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_REPORTED          0x0
#define LOG_PAGE_LBP_RESOURCE_SCOPE_DEDICATED_TO_LUN      0x1
#define LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_DEDICATED_TO_LUN  0x2

/* ---- Offload data transfer (token) parameter lists ----------------------- */
#define BLOCK_DEVICE_TOKEN_SIZE 512

typedef struct {
    UCHAR LogicalBlockAddress[8];
    UCHAR TransferLength[4];
    UCHAR Reserved[4];
} BLOCK_DEVICE_RANGE_DESCRIPTOR, *PBLOCK_DEVICE_RANGE_DESCRIPTOR;

typedef struct {
    UCHAR PopulateTokenDataLength[2];
    UCHAR Immediate : 1;
    UCHAR Reserved1 : 7;
    UCHAR Reserved2;
    UCHAR InactivityTimeout[4];
    UCHAR Reserved3[6];
    UCHAR BlockDeviceRangeDescriptorListLength[2];
    BLOCK_DEVICE_RANGE_DESCRIPTOR BlockDeviceRangeDescriptor[ANYSIZE_ARRAY];
} POPULATE_TOKEN_HEADER, *PPOPULATE_TOKEN_HEADER;

typedef struct {
    UCHAR WriteUsingTokenDataLength[2];
    UCHAR Immediate : 1;
    UCHAR Reserved1 : 7;
    UCHAR Reserved2[5];
    UCHAR BlockOffsetIntoToken[8];
    UCHAR Token[BLOCK_DEVICE_TOKEN_SIZE];
    UCHAR Reserved3[6];
    UCHAR BlockDeviceRangeDescriptorListLength[2];
    BLOCK_DEVICE_RANGE_DESCRIPTOR BlockDeviceRangeDescriptor[ANYSIZE_ARRAY];
} WRITE_USING_TOKEN_HEADER, *PWRITE_USING_TOKEN_HEADER;

typedef struct {
    UCHAR AvailableData[4];
    UCHAR ResponseToServiceAction : 5;
    UCHAR Reserved1 : 3;
    UCHAR OperationStatus : 7;
    UCHAR Reserved2 : 1;
    UCHAR OperationCounter[2];
    UCHAR EstimatedStatusUpdateDelay[4];
    UCHAR CompletionStatus;
    UCHAR SenseDataFieldLength;
    UCHAR SenseDataLength;
    UCHAR TransferCountUnits;
    UCHAR TransferCount[8];
    UCHAR SegmentsProcessed[2];
    UCHAR Reserved3[6];
    UCHAR SenseData[ANYSIZE_ARRAY];
} RECEIVE_TOKEN_INFORMATION_HEADER, *PRECEIVE_TOKEN_INFORMATION_HEADER;

typedef struct {
    UCHAR TokenDescriptorsLength[4];
    UCHAR TokenDescriptor[ANYSIZE_ARRAY];
} RECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER, *PRECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER;

typedef struct {
    UCHAR TokenIdentifier[2];
    UCHAR Token[BLOCK_DEVICE_TOKEN_SIZE];
} BLOCK_DEVICE_TOKEN_DESCRIPTOR, *PBLOCK_DEVICE_TOKEN_DESCRIPTOR;

#include <poppack.h>

#endif /* HVCILINT_SCSI_PARAMS_H */
