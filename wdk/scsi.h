/*
 * scsi.h - hvcilint's compact stand-in for the SCSI definitions storage
 * drivers share: command descriptor blocks, fixed-format sense data,
 * operation codes, status, sense keys and additional sense codes.
 *
 * Written for hvcilint from public facts (the scsi.h DDI reference on
 * learn.microsoft.com and the SCSI command formats it describes), not
 * taken from the WDK.
 *
 * The CDB forms for INQUIRY, MODE SENSE/SELECT (6), START STOP UNIT,
 * PREVENT ALLOW MEDIUM REMOVAL and PERSISTENT RESERVE IN/OUT follow the
 * byte layouts of the SCSI Primary/Block Commands standards (SPC-2/SBC);
 * their member names are the ones storage drivers use.
 *
 * The ten- to sixteen-byte forms (MODE SENSE/SELECT (10), LOG SENSE,
 * SYNCHRONIZE CACHE (10), GET EVENT STATUS NOTIFICATION, UNMAP, WRITE
 * BUFFER, SECURITY PROTOCOL IN, READ CAPACITY (16), GET LBA STATUS, the
 * token operations, READ BUFFER (16), the element commands and ATA
 * PASS-THROUGH (16)) follow the SPC/SBC/SAT byte layouts the same way,
 * and so does READ_CAPACITY16_DATA; SENSE_DATA_EX is the union of the
 * fixed and descriptor views that public copies of the header show.  The
 * operation codes and service actions of the token commands are the
 * SPC-4/SBC-3 ones (EXTENDED COPY 0x83 with POPULATE TOKEN 0x10 and WRITE
 * USING TOKEN 0x11, RECEIVE COPY RESULTS 0x84 with RECEIVE ROD TOKEN
 * INFORMATION 0x07), and so are the PROVISIONING_TYPE_* values.
 *
 * The parameter data of MODE SENSE/SELECT, UNMAP, GET LBA STATUS, LOG
 * SENSE and the token commands is in scsi_params.h, included at the end.
 *
 * The further operation codes (SCSIOP_*), the SCSI bus message codes
 * (SCSIMESS_*), SCSISTAT_INTERMEDIATE_COND_MET, FILE_DEVICE_SCSI with the
 * IOCTL_SCSI_EXECUTE_* and IOCTL_SCSI_MINIPORT_* (SMART, cluster) codes,
 * the further additional sense codes and qualifiers (SCSI_ADSENSE_*,
 * SCSI_SENSEQ_*), MAX_SENSE_BUFFER_SIZE, the sense descriptor header and
 * the ATA status return descriptor, SCSI_SENSE_OPTIONS with its two
 * values and the ScsiGetSenseKeyAndCodes prototype (its reference page)
 * take their values and layouts from
 * public copies of the header (MinGW-w64 / ReactOS style ddk headers),
 * which agree with the SPC/SAT code tables.
 *
 * Left out: the other CDB forms (CD/DVD, tape and changer commands, ...);
 * SENSE_BUFFER_SIZE_EX, the thin-provisioning and other newer codes
 * (SCSI_ADSENSE_LB_PROVISIONING, SCSI_SENSEQ_SOFT_THRESHOLD_REACHED, ...)
 * and the other sense descriptor types (no value found);
 * mode-page and VPD structures (MODE_CACHING_PAGE, VPD_*, ...); the
 * DEVICE_QUALIFIER_* values (the INQUIRYDATA page names them without
 * values); the SRB definitions (srb.h).
 */
#pragma once
#ifndef _NTSCSI_
#define _NTSCSI_

#include <ntdef.h>

#include <pshpack1.h>

typedef union _CDB {
    struct _CDB6GENERIC {
        UCHAR OperationCode;
        UCHAR Immediate : 1;
        UCHAR CommandUniqueBits : 4;
        UCHAR LogicalUnitNumber : 3;
        UCHAR CommandUniqueBytes[3];
        UCHAR Link : 1;
        UCHAR Flag : 1;
        UCHAR Reserved : 4;
        UCHAR VendorUnique : 2;
    } CDB6GENERIC;
    /* Any six-byte CDB, as MODE SENSE error handling reads it. */
    struct _CDB6FORMAT {
        UCHAR OperationCode;
        UCHAR Reserved : 5;
        UCHAR LogicalUnitNumber : 3;
        UCHAR FormatUnit[3];
        UCHAR Link : 1;
        UCHAR Flag : 1;
        UCHAR Reserved2 : 4;
        UCHAR VendorUnique : 2;
    } CDB6FORMAT;
    /* Ten-, twelve- and sixteen-byte forms of SPC/SBC commands, in their
       standard byte layouts (multi-byte fields big-endian byte arrays). */
    struct _MODE_SENSE10 {
        UCHAR OperationCode;
        UCHAR Reserved1 : 3;
        UCHAR Dbd : 1;
        UCHAR Reserved2 : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR PageCode : 6;
        UCHAR Pc : 2;
        UCHAR Reserved3[4];
        UCHAR AllocationLength[2];
        UCHAR Control;
    } MODE_SENSE10;
    struct _MODE_SELECT10 {
        UCHAR OperationCode;
        UCHAR SPBit : 1;
        UCHAR Reserved1 : 3;
        UCHAR PFBit : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Reserved2[5];
        UCHAR ParameterListLength[2];
        UCHAR Control;
    } MODE_SELECT10;
    struct _LOGSENSE {
        UCHAR OperationCode;
        UCHAR SPBit : 1;
        UCHAR PPCBit : 1;
        UCHAR Reserved1 : 3;
        UCHAR LogicalUnitNumber : 3;
        UCHAR PageCode : 6;
        UCHAR PCBit : 2;
        UCHAR SubPageCode;
        UCHAR Reserved2;
        UCHAR ParameterPointer[2];
        UCHAR AllocationLength[2];
        UCHAR Control;
    } LOGSENSE;
    struct _SYNCHRONIZE_CACHE10 {
        UCHAR OperationCode;
        UCHAR RelAddr : 1;
        UCHAR Immediate : 1;
        UCHAR Reserved : 3;
        UCHAR Lun : 3;
        UCHAR LogicalBlockAddress[4];
        UCHAR Reserved2;
        UCHAR BlockCount[2];
        UCHAR Control;
    } SYNCHRONIZE_CACHE10;
    struct _GET_EVENT_STATUS_NOTIFICATION {
        UCHAR OperationCode;
        UCHAR Immediate : 1;
        UCHAR Reserved : 4;
        UCHAR Lun : 3;
        UCHAR Reserved2[2];
        UCHAR NotificationClassRequest;
        UCHAR Reserved3[2];
        UCHAR EventListLength[2];
        UCHAR Control;
    } GET_EVENT_STATUS_NOTIFICATION;
    struct _UNMAP {
        UCHAR OperationCode;
        UCHAR Anchor : 1;
        UCHAR Reserved1 : 7;
        UCHAR Reserved2[4];
        UCHAR GroupNumber : 5;
        UCHAR Reserved3 : 3;
        UCHAR AllocationLength[2];
        UCHAR Control;
    } UNMAP;
    struct _WRITE_BUFFER {
        UCHAR OperationCode;
        UCHAR Mode : 5;
        UCHAR ModeSpecific : 3;
        UCHAR BufferID;
        UCHAR BufferOffset[3];
        UCHAR ParameterListLength[3];
        UCHAR Control;
    } WRITE_BUFFER;
    struct _SECURITY_PROTOCOL_IN {
        UCHAR OperationCode;
        UCHAR SecurityProtocol;
        UCHAR SecurityProtocolSpecific[2];
        UCHAR Reserved1 : 7;
        UCHAR INC_512 : 1;
        UCHAR Reserved2;
        UCHAR AllocationLength[4];
        UCHAR Reserved3;
        UCHAR Control;
    } SECURITY_PROTOCOL_IN;
    struct _READ_CAPACITY16 {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR LogicalBlock[8];
        UCHAR AllocationLength[4];
        UCHAR PMI : 1;
        UCHAR Reserved2 : 7;
        UCHAR Control;
    } READ_CAPACITY16;
    struct _GET_LBA_STATUS {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR StartingLBA[8];
        UCHAR AllocationLength[4];
        UCHAR Reserved2;
        UCHAR Control;
    } GET_LBA_STATUS;
    struct _TOKEN_OPERATION {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR Reserved2[4];
        UCHAR ListIdentifier[4];
        UCHAR ParameterListLength[4];
        UCHAR GroupNumber : 5;
        UCHAR Reserved3 : 3;
        UCHAR Control;
    } TOKEN_OPERATION;
    struct _RECEIVE_TOKEN_INFORMATION {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR ListIdentifier[4];
        UCHAR Reserved2[4];
        UCHAR AllocationLength[4];
        UCHAR Reserved3;
        UCHAR Control;
    } RECEIVE_TOKEN_INFORMATION;
    struct _READ_BUFFER_16 {
        UCHAR OperationCode;
        UCHAR Mode : 5;
        UCHAR ModeSpecific : 3;
        UCHAR BufferOffset[8];
        UCHAR AllocationLength[4];
        UCHAR BufferId;
        UCHAR Control;
    } READ_BUFFER_16;
    struct _GET_PHYSICAL_ELEMENT_STATUS {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR Reserved2[4];
        UCHAR StartingElement[4];
        UCHAR AllocationLength[4];
        UCHAR ReportType : 4;
        UCHAR Reserved3 : 2;
        UCHAR Filter : 2;
        UCHAR Control;
    } GET_PHYSICAL_ELEMENT_STATUS;
    struct _REMOVE_ELEMENT_AND_TRUNCATE {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR RequestedCapacity[8];
        UCHAR ElementIdentifier[4];
        UCHAR Reserved2;
        UCHAR Control;
    } REMOVE_ELEMENT_AND_TRUNCATE;
    struct _ATA_PASSTHROUGH16 {
        UCHAR OperationCode;
        UCHAR Extend : 1;
        UCHAR Protocol : 4;
        UCHAR MultipleCount : 3;
        UCHAR TLength : 2;
        UCHAR ByteBlock : 1;
        UCHAR TDir : 1;
        UCHAR Reserved1 : 1;
        UCHAR CkCond : 1;
        UCHAR Offline : 2;
        UCHAR Features15_8;
        UCHAR Features7_0;
        UCHAR SectorCount15_8;
        UCHAR SectorCount7_0;
        UCHAR LbaLow15_8;
        UCHAR LbaLow7_0;
        UCHAR LbaMid15_8;
        UCHAR LbaMid7_0;
        UCHAR LbaHigh15_8;
        UCHAR LbaHigh7_0;
        UCHAR Device;
        UCHAR Command;
        UCHAR Control;
    } ATA_PASSTHROUGH16;
    struct _CDB6READWRITE {
        UCHAR OperationCode;
        UCHAR LogicalBlockMsb1 : 5;
        UCHAR LogicalUnitNumber : 3;
        UCHAR LogicalBlockMsb0;
        UCHAR LogicalBlockLsb;
        UCHAR TransferBlocks;
        UCHAR Control;
    } CDB6READWRITE;
    struct _CDB10 {
        UCHAR OperationCode;
        UCHAR RelativeAddress : 1;
        UCHAR Reserved1 : 2;
        UCHAR ForceUnitAccess : 1;
        UCHAR DisablePageOut : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR LogicalBlockByte0;
        UCHAR LogicalBlockByte1;
        UCHAR LogicalBlockByte2;
        UCHAR LogicalBlockByte3;
        UCHAR Reserved2;
        UCHAR TransferBlocksMsb;
        UCHAR TransferBlocksLsb;
        UCHAR Control;
    } CDB10;
    struct _CDB12 {
        UCHAR OperationCode;
        UCHAR RelativeAddress : 1;
        UCHAR Reserved1 : 2;
        UCHAR ForceUnitAccess : 1;
        UCHAR DisablePageOut : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR LogicalBlock[4];
        UCHAR TransferLength[4];
        UCHAR Reserved2;
        UCHAR Control;
    } CDB12;
    struct _CDB16 {
        UCHAR OperationCode;
        UCHAR Reserved1 : 3;
        UCHAR ForceUnitAccess : 1;
        UCHAR DisablePageOut : 1;
        UCHAR Protection : 3;
        UCHAR LogicalBlock[8];
        UCHAR TransferLength[4];
        UCHAR Reserved2;
        UCHAR Control;
    } CDB16;
    /* INQUIRY (6): the older form with the LUN in byte 1, and the SPC-3
       form with the EVPD bit. */
    struct _CDB6INQUIRY {
        UCHAR OperationCode;
        UCHAR Reserved1 : 5;
        UCHAR LogicalUnitNumber : 3;
        UCHAR PageCode;
        UCHAR IReserved;
        UCHAR AllocationLength;
        UCHAR Control;
    } CDB6INQUIRY;
    struct _CDB6INQUIRY3 {
        UCHAR OperationCode;
        UCHAR EnableVitalProductData : 1;
        UCHAR Reserved1 : 7;
        UCHAR PageCode;
        UCHAR Reserved2;
        UCHAR AllocationLength;
        UCHAR Control;
    } CDB6INQUIRY3;
    /* MODE SENSE (6) and MODE SELECT (6). */
    struct _MODE_SENSE {
        UCHAR OperationCode;
        UCHAR Reserved1 : 3;
        UCHAR Dbd : 1;
        UCHAR Reserved2 : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR PageCode : 6;
        UCHAR Pc : 2;
        UCHAR SubPageCode;
        UCHAR AllocationLength;
        UCHAR Control;
    } MODE_SENSE;
    struct _MODE_SELECT {
        UCHAR OperationCode;
        UCHAR SPBit : 1;
        UCHAR Reserved1 : 3;
        UCHAR PFBit : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Reserved2[2];
        UCHAR ParameterListLength;
        UCHAR Control;
    } MODE_SELECT;
    /* START STOP UNIT and PREVENT ALLOW MEDIUM REMOVAL. */
    struct _START_STOP {
        UCHAR OperationCode;
        UCHAR Immediate : 1;
        UCHAR Reserved1 : 4;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Reserved2[2];
        UCHAR Start : 1;
        UCHAR LoadEject : 1;
        UCHAR Reserved3 : 6;
        UCHAR Control;
    } START_STOP;
    struct _MEDIA_REMOVAL {
        UCHAR OperationCode;
        UCHAR Reserved1 : 5;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Reserved2[2];
        UCHAR Prevent : 1;
        UCHAR Persistant : 1;
        UCHAR Reserved3 : 6;
        UCHAR Control;
    } MEDIA_REMOVAL;
    /* PERSISTENT RESERVE IN / OUT (10-byte CDBs, two-byte lengths). */
    struct _PERSISTENT_RESERVE_IN {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR Reserved2[5];
        UCHAR AllocationLength[2];
        UCHAR Control;
    } PERSISTENT_RESERVE_IN;
    struct _PERSISTENT_RESERVE_OUT {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR Type : 4;
        UCHAR Scope : 4;
        UCHAR Reserved2[4];
        UCHAR ParameterListLength[2];
        UCHAR Control;
    } PERSISTENT_RESERVE_OUT;
    ULONG AsUlong[4];
    UCHAR AsByte[16];
} CDB, *PCDB;

/* Fixed-format sense data. */
typedef struct _SENSE_DATA {
    UCHAR ErrorCode : 7;
    UCHAR Valid : 1;
    UCHAR SegmentNumber;
    UCHAR SenseKey : 4;
    UCHAR Reserved : 1;
    UCHAR IncorrectLength : 1;
    UCHAR EndOfMedia : 1;
    UCHAR FileMark : 1;
    UCHAR Information[4];
    UCHAR AdditionalSenseLength;
    UCHAR CommandSpecificInformation[4];
    UCHAR AdditionalSenseCode;
    UCHAR AdditionalSenseCodeQualifier;
    UCHAR FieldReplaceableUnitCode;
    UCHAR SenseKeySpecific[3];
} SENSE_DATA, *PSENSE_DATA;

#define SENSE_BUFFER_SIZE (sizeof(SENSE_DATA))

/* Descriptor-format sense data (response codes 0x72 / 0x73). */
typedef struct _DESCRIPTOR_SENSE_DATA {
    UCHAR ErrorCode : 7;
    UCHAR Reserved1 : 1;
    UCHAR SenseKey : 4;
    UCHAR Reserved2 : 4;
    UCHAR AdditionalSenseCode;
    UCHAR AdditionalSenseCodeQualifier;
    UCHAR Reserved3[3];
    UCHAR AdditionalSenseLength;
    UCHAR DescriptorBuffer[ANYSIZE_ARRAY];
} DESCRIPTOR_SENSE_DATA, *PDESCRIPTOR_SENSE_DATA;

/* Sense data in either format: the fixed-format view or the descriptor
   view of the same buffer (layout as in public copies of the header). */
typedef struct _SENSE_DATA FIXED_SENSE_DATA, *PFIXED_SENSE_DATA;

typedef union _SENSE_DATA_EX {
    FIXED_SENSE_DATA FixedData;
    DESCRIPTOR_SENSE_DATA DescriptorData;
} SENSE_DATA_EX, *PSENSE_DATA_EX;

/* READ CAPACITY(10) and (16) results. */
typedef struct _READ_CAPACITY_DATA {
    ULONG LogicalBlockAddress;
    ULONG BytesPerBlock;
} READ_CAPACITY_DATA, *PREAD_CAPACITY_DATA;

typedef struct _READ_CAPACITY_DATA_EX {
    LARGE_INTEGER LogicalBlockAddress;
    ULONG BytesPerBlock;
} READ_CAPACITY_DATA_EX, *PREAD_CAPACITY_DATA_EX;

/* READ CAPACITY (16) parameter data, 32 bytes (SBC-3 layout; multi-byte
   fields big-endian).  The member names of bytes 12-15 that storage
   drivers read are theirs; ProtectionType and ProtectionInfoExponent name
   the P_TYPE and P_I_EXPONENT fields here. */
typedef struct _READ_CAPACITY16_DATA {
    LARGE_INTEGER LogicalBlockAddress;
    ULONG BytesPerBlock;
    UCHAR ProtectionEnable : 1;
    UCHAR ProtectionType : 3;
    UCHAR Reserved : 4;
    UCHAR LogicalPerPhysicalExponent : 4;
    UCHAR ProtectionInfoExponent : 4;
    UCHAR LowestAlignedBlock_MSB : 6;
    UCHAR LBPRZ : 1;
    UCHAR LBPME : 1;
    UCHAR LowestAlignedBlock_LSB;
    UCHAR Reserved3[16];
} READ_CAPACITY16_DATA, *PREAD_CAPACITY16_DATA;

/* Standard INQUIRY data, as the INQUIRYDATA reference page gives it (the
   SCSI-2 era layout: bytes 5-6 are Reserved[2]; a driver that reads the
   SPC-3 TPGS bits of byte 5 as a one-byte Reserved does not parse that
   expression here).  VERSION_DESCRIPTOR is a two-byte SPC version
   descriptor; the page does not spell it out, its member names here are
   hvcilint's. */
typedef struct _VERSION_DESCRIPTOR {
    UCHAR MSB;
    UCHAR LSB;
} VERSION_DESCRIPTOR, *PVERSION_DESCRIPTOR;

typedef struct _INQUIRYDATA {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR DeviceTypeModifier : 7;
    UCHAR RemovableMedia : 1;
    union {
        UCHAR Versions;
        struct {
            UCHAR ANSIVersion : 3;
            UCHAR ECMAVersion : 3;
            UCHAR ISOVersion : 2;
        };
    };
    UCHAR ResponseDataFormat : 4;
    UCHAR HiSupport : 1;
    UCHAR NormACA : 1;
    UCHAR TerminateTask : 1;
    UCHAR AERC : 1;
    UCHAR AdditionalLength;
    /* Byte 5: read whole (`Reserved`) or by its bits (TPGS: ALUA). */
    union {
        UCHAR Reserved;
        struct {
            UCHAR PROTECT : 1;
            UCHAR Reserved_1 : 2;
            UCHAR ThirdPartyCoppy : 1;
            UCHAR TPGS : 2;
            UCHAR ACC : 1;
            UCHAR SCCS : 1;
        };
    };
    UCHAR Addr16 : 1;
    UCHAR Addr32 : 1;
    UCHAR AckReqQ : 1;
    UCHAR MediumChanger : 1;
    UCHAR MultiPort : 1;
    UCHAR ReservedBit2 : 1;
    UCHAR EnclosureServices : 1;
    UCHAR ReservedBit3 : 1;
    UCHAR SoftReset : 1;
    UCHAR CommandQueue : 1;
    UCHAR TransferDisable : 1;
    UCHAR LinkedCommands : 1;
    UCHAR Synchronous : 1;
    UCHAR Wide16Bit : 1;
    UCHAR Wide32Bit : 1;
    UCHAR RelativeAddressing : 1;
    UCHAR VendorId[8];
    UCHAR ProductId[16];
    UCHAR ProductRevisionLevel[4];
    UCHAR VendorSpecific[20];
    UCHAR Reserved3[2];
    VERSION_DESCRIPTOR VersionDescriptors[8];
    UCHAR Reserved4[30];
} INQUIRYDATA, *PINQUIRYDATA;

#include <poppack.h>

/* Operation codes. */
/* INQUIRYDATA.DeviceType values. */
#define DIRECT_ACCESS_DEVICE              0x00
#define SEQUENTIAL_ACCESS_DEVICE          0x01
#define PRINTER_DEVICE                    0x02
#define PROCESSOR_DEVICE                  0x03
#define WRITE_ONCE_READ_MULTIPLE_DEVICE   0x04
#define READ_ONLY_DIRECT_ACCESS_DEVICE    0x05
#define SCANNER_DEVICE                    0x06
#define OPTICAL_DEVICE                    0x07
#define MEDIUM_CHANGER                    0x08
#define COMMUNICATION_DEVICE              0x09
#define ARRAY_CONTROLLER_DEVICE           0x0C
#define SCSI_ENCLOSURE_DEVICE             0x0D
#define REDUCED_BLOCK_DEVICE              0x0E
#define OPTICAL_CARD_READER_WRITER_DEVICE 0x0F
#define BRIDGE_CONTROLLER_DEVICE          0x10
#define OBJECT_BASED_STORAGE_DEVICE       0x11
#define HOST_MANAGED_ZONED_BLOCK_DEVICE   0x14
#define UNKNOWN_OR_NO_DEVICE              0x1F
#define LOGICAL_UNIT_NOT_PRESENT_DEVICE   0x7F

#define SCSIOP_TEST_UNIT_READY      0x00
#define SCSIOP_REZERO_UNIT          0x01
#define SCSIOP_REQUEST_SENSE        0x03
#define SCSIOP_FORMAT_UNIT          0x04
#define SCSIOP_READ_BLOCK_LIMITS    0x05
#define SCSIOP_READ6                0x08
#define SCSIOP_WRITE6               0x0A
#define SCSIOP_INQUIRY              0x12
#define SCSIOP_MODE_SELECT          0x15
#define SCSIOP_RESERVE_UNIT         0x16
#define SCSIOP_RELEASE_UNIT         0x17
#define SCSIOP_MODE_SENSE           0x1A
#define SCSIOP_START_STOP_UNIT      0x1B
#define SCSIOP_RECEIVE_DIAGNOSTIC   0x1C
#define SCSIOP_SEND_DIAGNOSTIC      0x1D
#define SCSIOP_MEDIUM_REMOVAL       0x1E
#define SCSIOP_READ_FORMATTED_CAPACITY 0x23
#define SCSIOP_READ_CAPACITY        0x25
#define SCSIOP_READ                 0x28
#define SCSIOP_WRITE                0x2A
#define SCSIOP_SEEK                 0x2B
#define SCSIOP_WRITE_VERIFY         0x2E
#define SCSIOP_VERIFY               0x2F
#define SCSIOP_SYNCHRONIZE_CACHE    0x35
#define SCSIOP_WRITE_DATA_BUFF      0x3B
#define SCSIOP_READ_DATA_BUFF       0x3C
#define SCSIOP_UNMAP                0x42
#define SCSIOP_READ_TOC             0x43
#define SCSIOP_GET_CONFIGURATION    0x46
#define SCSIOP_MODE_SELECT10        0x55
#define SCSIOP_MODE_SENSE10         0x5A
#define SCSIOP_PERSISTENT_RESERVE_IN  0x5E
#define SCSIOP_PERSISTENT_RESERVE_OUT 0x5F
#define SCSIOP_POPULATE_TOKEN       0x83
#define SCSIOP_WRITE_USING_TOKEN    0x83
#define SCSIOP_RECEIVE_ROD_TOKEN_INFORMATION 0x84
#define SCSIOP_ATA_PASSTHROUGH16    0x85
#define SCSIOP_READ16               0x88
#define SCSIOP_WRITE16              0x8A
#define SCSIOP_VERIFY16             0x8F
#define SCSIOP_SYNCHRONIZE_CACHE16  0x91
#define SCSIOP_READ_CAPACITY16      0x9E
#define SCSIOP_REPORT_LUNS          0xA0
#define SCSIOP_ATA_PASSTHROUGH12    0xA1
#define SCSIOP_READ12               0xA8
#define SCSIOP_WRITE12              0xAA
#define SCSIOP_WRITE_VERIFY12       0xAE
#define SCSIOP_READ_CD_MSF          0xB9
#define SCSIOP_READ_CD              0xBE

#define SERVICE_ACTION_READ_CAPACITY16 0x10

/* PROVISIONING TYPE of the logical block provisioning VPD page (SBC-3:
   000b not reported, 001b resource provisioned, 010b thin provisioned). */
#define PROVISIONING_TYPE_UNKNOWN   0x0
#define PROVISIONING_TYPE_RESOURCE  0x1
#define PROVISIONING_TYPE_THIN      0x2

/* Service actions of the offload (token) commands: POPULATE TOKEN and
   WRITE USING TOKEN under operation code 0x83, RECEIVE ROD TOKEN
   INFORMATION under 0x84 (SBC-3 / SPC-4). */
#define SERVICE_ACTION_POPULATE_TOKEN            0x10
#define SERVICE_ACTION_WRITE_USING_TOKEN         0x11
#define SERVICE_ACTION_RECEIVE_TOKEN_INFORMATION 0x07

/* SCSI status. */
#define SCSISTAT_GOOD                  0x00
#define SCSISTAT_CHECK_CONDITION       0x02
#define SCSISTAT_CONDITION_MET         0x04
#define SCSISTAT_BUSY                  0x08
#define SCSISTAT_INTERMEDIATE          0x10
#define SCSISTAT_RESERVATION_CONFLICT  0x18
#define SCSISTAT_COMMAND_TERMINATED    0x22
#define SCSISTAT_QUEUE_FULL            0x28
#define SCSISTAT_INTERMEDIATE_COND_MET 0x14

/* SCSI bus messages (SCSI-2 message codes) and extended message codes. */
#define SCSIMESS_COMMAND_COMPLETE     0x00
#define SCSIMESS_EXTENDED_MESSAGE     0x01
#define SCSIMESS_SAVE_DATA_POINTER    0x02
#define SCSIMESS_RESTORE_POINTERS     0x03
#define SCSIMESS_DISCONNECT           0x04
#define SCSIMESS_INIT_DETECTED_ERROR  0x05
#define SCSIMESS_ABORT                0x06
#define SCSIMESS_MESSAGE_REJECT       0x07
#define SCSIMESS_NO_OPERATION         0x08
#define SCSIMESS_MESS_PARITY_ERROR    0x09
#define SCSIMESS_LINK_CMD_COMP        0x0A
#define SCSIMESS_LINK_CMD_COMP_W_FLAG 0x0B
#define SCSIMESS_BUS_DEVICE_RESET     0x0C
#define SCSIMESS_ABORT_WITH_TAG       0x0D
#define SCSIMESS_CLEAR_QUEUE          0x0E
#define SCSIMESS_INITIATE_RECOVERY    0x0F
#define SCSIMESS_RELEASE_RECOVERY     0x10
#define SCSIMESS_TERMINATE_IO_PROCESS 0x11
#define SCSIMESS_SIMPLE_QUEUE_TAG     0x20
#define SCSIMESS_HEAD_OF_QUEUE_TAG    0x21
#define SCSIMESS_ORDERED_QUEUE_TAG    0x22
#define SCSIMESS_IGNORE_WIDE_RESIDUE  0x23
#define SCSIMESS_IDENTIFY             0x80
#define SCSIMESS_IDENTIFY_WITH_DISCON 0xC0

#define SCSIMESS_MODIFY_DATA_POINTER  0x00
#define SCSIMESS_SYNCHRONOUS_DATA_REQ 0x01
#define SCSIMESS_WIDE_DATA_REQUEST    0x03

#define SCSIMESS_MODIFY_DATA_LENGTH   5
#define SCSIMESS_SYNCH_DATA_LENGTH    3
#define SCSIMESS_WIDE_DATA_LENGTH     2

/* Sense response codes. */
#define SCSI_SENSE_ERRORCODE_FIXED_CURRENT      0x70
#define SCSI_SENSE_ERRORCODE_FIXED_DEFERRED     0x71
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT 0x72
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED 0x73

/* Sense keys. */
#define SCSI_SENSE_NO_SENSE         0x00
#define SCSI_SENSE_RECOVERED_ERROR  0x01
#define SCSI_SENSE_NOT_READY        0x02
#define SCSI_SENSE_MEDIUM_ERROR     0x03
#define SCSI_SENSE_HARDWARE_ERROR   0x04
#define SCSI_SENSE_ILLEGAL_REQUEST  0x05
#define SCSI_SENSE_UNIT_ATTENTION   0x06
#define SCSI_SENSE_DATA_PROTECT     0x07
#define SCSI_SENSE_BLANK_CHECK      0x08
#define SCSI_SENSE_UNIQUE           0x09
#define SCSI_SENSE_COPY_ABORTED     0x0A
#define SCSI_SENSE_ABORTED_COMMAND  0x0B
#define SCSI_SENSE_EQUAL            0x0C
#define SCSI_SENSE_VOL_OVERFLOW     0x0D
#define SCSI_SENSE_MISCOMPARE       0x0E

/* Additional sense codes. */
#define SCSI_ADSENSE_NO_SENSE            0x00
#define SCSI_ADSENSE_LUN_NOT_READY       0x04
#define SCSI_ADSENSE_ILLEGAL_COMMAND     0x20
#define SCSI_ADSENSE_ILLEGAL_BLOCK       0x21
#define SCSI_ADSENSE_INVALID_CDB         0x24
#define SCSI_ADSENSE_INVALID_LUN         0x25
#define SCSI_ADSENSE_MEDIUM_CHANGED      0x28
#define SCSI_ADSENSE_BUS_RESET           0x29
#define SCSI_ADSENSE_NO_MEDIA_IN_DEVICE  0x3A
#define SCSI_ADSENSE_OPERATOR_REQUEST    0x5A

/* Further operation codes: tape, changer, printer, CD/DVD and logging
   commands, and the other names that share an opcode with a command
   above (the device type decides which one is meant). */
#define SCSIOP_REWIND                       0x01
#define SCSIOP_REQUEST_BLOCK_ADDR           0x02
#define SCSIOP_REASSIGN_BLOCKS              0x07
#define SCSIOP_INIT_ELEMENT_STATUS          0x07
#define SCSIOP_RECEIVE                      0x08
#define SCSIOP_PRINT                        0x0A
#define SCSIOP_SEND                         0x0A
#define SCSIOP_SEEK6                        0x0B
#define SCSIOP_TRACK_SELECT                 0x0B
#define SCSIOP_SLEW_PRINT                   0x0B
#define SCSIOP_SEEK_BLOCK                   0x0C
#define SCSIOP_PARTITION                    0x0D
#define SCSIOP_READ_REVERSE                 0x0F
#define SCSIOP_WRITE_FILEMARKS              0x10
#define SCSIOP_FLUSH_BUFFER                 0x10
#define SCSIOP_SPACE                        0x11
#define SCSIOP_VERIFY6                      0x13
#define SCSIOP_RECOVER_BUF_DATA             0x14
#define SCSIOP_COPY                         0x18
#define SCSIOP_ERASE                        0x19
#define SCSIOP_STOP_PRINT                   0x1B
#define SCSIOP_LOAD_UNLOAD                  0x1B
#define SCSIOP_LOCATE                       0x2B
#define SCSIOP_POSITION_TO_ELEMENT          0x2B
#define SCSIOP_SEARCH_DATA_HIGH             0x30
#define SCSIOP_SEARCH_DATA_EQUAL            0x31
#define SCSIOP_SEARCH_DATA_LOW              0x32
#define SCSIOP_SET_LIMITS                   0x33
#define SCSIOP_READ_POSITION                0x34
#define SCSIOP_COMPARE                      0x39
#define SCSIOP_COPY_COMPARE                 0x3A
#define SCSIOP_CHANGE_DEFINITION            0x40
#define SCSIOP_READ_SUB_CHANNEL             0x42
#define SCSIOP_READ_HEADER                  0x44
#define SCSIOP_PLAY_AUDIO                   0x45
#define SCSIOP_PLAY_AUDIO_MSF               0x47
#define SCSIOP_PLAY_TRACK_INDEX             0x48
#define SCSIOP_PLAY_TRACK_RELATIVE          0x49
#define SCSIOP_GET_EVENT_STATUS             0x4A
#define SCSIOP_PAUSE_RESUME                 0x4B
#define SCSIOP_LOG_SELECT                   0x4C
#define SCSIOP_LOG_SENSE                    0x4D
#define SCSIOP_STOP_PLAY_SCAN               0x4E
#define SCSIOP_READ_DISK_INFORMATION        0x51
#define SCSIOP_READ_DISC_INFORMATION        0x51
#define SCSIOP_READ_TRACK_INFORMATION       0x52
#define SCSIOP_RESERVE_TRACK_RZONE          0x53
#define SCSIOP_SEND_OPC_INFORMATION         0x54
#define SCSIOP_RESERVE_UNIT10               0x56
#define SCSIOP_RESERVE_ELEMENT              0x56
#define SCSIOP_RELEASE_UNIT10               0x57
#define SCSIOP_RELEASE_ELEMENT              0x57
#define SCSIOP_CLOSE_TRACK_SESSION          0x5B
#define SCSIOP_READ_BUFFER_CAPACITY         0x5C
#define SCSIOP_SEND_CUE_SHEET               0x5D
#define SCSIOP_BLANK                        0xA1
#define SCSIOP_SECURITY_PROTOCOL_IN         0xA2
#define SCSIOP_SEND_KEY                     0xA3
#define SCSIOP_REPORT_KEY                   0xA4
#define SCSIOP_MOVE_MEDIUM                  0xA5
#define SCSIOP_LOAD_UNLOAD_SLOT             0xA6
#define SCSIOP_EXCHANGE_MEDIUM              0xA6
#define SCSIOP_SET_READ_AHEAD               0xA7
#define SCSIOP_READ_DVD_STRUCTURE           0xAD
#define SCSIOP_REQUEST_VOL_ELEMENT          0xB5
#define SCSIOP_SECURITY_PROTOCOL_OUT        0xB5
#define SCSIOP_SEND_VOLUME_TAG              0xB6
#define SCSIOP_READ_ELEMENT_STATUS          0xB8
#define SCSIOP_SCAN_CD                      0xBA
#define SCSIOP_SET_CD_SPEED                 0xBB
#define SCSIOP_PLAY_CD                      0xBC
#define SCSIOP_MECHANISM_STATUS             0xBD
#define SCSIOP_SEND_DVD_STRUCTURE           0xBF
#define SCSIOP_INIT_ELEMENT_RANGE           0xE7
#define SCSIOP_GET_LBA_STATUS               0x9E

/* The SCSI device type as a device-I/O-control device number, and the
   SCSI execute and SMART miniport control codes built on it. */
#ifndef FILE_DEVICE_SCSI
#define FILE_DEVICE_SCSI 0x0000001b
#endif
#define IOCTL_SCSI_EXECUTE_IN    ((FILE_DEVICE_SCSI << 16) + 0x0011)
#define IOCTL_SCSI_EXECUTE_OUT   ((FILE_DEVICE_SCSI << 16) + 0x0012)
#define IOCTL_SCSI_EXECUTE_NONE  ((FILE_DEVICE_SCSI << 16) + 0x0013)

#define IOCTL_SCSI_MINIPORT_SMART_VERSION               ((FILE_DEVICE_SCSI << 16) + 0x0500)
#define IOCTL_SCSI_MINIPORT_IDENTIFY                    ((FILE_DEVICE_SCSI << 16) + 0x0501)
#define IOCTL_SCSI_MINIPORT_READ_SMART_ATTRIBS          ((FILE_DEVICE_SCSI << 16) + 0x0502)
#define IOCTL_SCSI_MINIPORT_READ_SMART_THRESHOLDS       ((FILE_DEVICE_SCSI << 16) + 0x0503)
#define IOCTL_SCSI_MINIPORT_ENABLE_SMART                ((FILE_DEVICE_SCSI << 16) + 0x0504)
#define IOCTL_SCSI_MINIPORT_DISABLE_SMART               ((FILE_DEVICE_SCSI << 16) + 0x0505)
#define IOCTL_SCSI_MINIPORT_RETURN_STATUS               ((FILE_DEVICE_SCSI << 16) + 0x0506)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTOSAVE     ((FILE_DEVICE_SCSI << 16) + 0x0507)
#define IOCTL_SCSI_MINIPORT_SAVE_ATTRIBUTE_VALUES       ((FILE_DEVICE_SCSI << 16) + 0x0508)
#define IOCTL_SCSI_MINIPORT_EXECUTE_OFFLINE_DIAGS       ((FILE_DEVICE_SCSI << 16) + 0x0509)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTO_OFFLINE ((FILE_DEVICE_SCSI << 16) + 0x050a)
#define IOCTL_SCSI_MINIPORT_READ_SMART_LOG              ((FILE_DEVICE_SCSI << 16) + 0x050b)
#define IOCTL_SCSI_MINIPORT_WRITE_SMART_LOG             ((FILE_DEVICE_SCSI << 16) + 0x050c)
#define IOCTL_SCSI_MINIPORT_NOT_QUORUM_CAPABLE          ((FILE_DEVICE_SCSI << 16) + 0x0520)
#define IOCTL_SCSI_MINIPORT_NOT_CLUSTER_CAPABLE         ((FILE_DEVICE_SCSI << 16) + 0x0521)

/* More additional sense codes (ASC), by value. */
#define SCSI_ADSENSE_NO_SEEK_COMPLETE                       0x02
#define SCSI_ADSENSE_LUN_COMMUNICATION                      0x08
#define SCSI_ADSENSE_WRITE_ERROR                            0x0C
#define SCSI_ADSENSE_TRACK_ERROR                            0x14
#define SCSI_ADSENSE_SEEK_ERROR                             0x15
#define SCSI_ADSENSE_REC_DATA_NOECC                         0x17
#define SCSI_ADSENSE_REC_DATA_ECC                           0x18
#define SCSI_ADSENSE_PARAMETER_LIST_LENGTH                  0x1A
#define SCSI_ADSENSE_INVALID_FIELD_PARAMETER_LIST           0x26
#define SCSI_ADSENSE_WRITE_PROTECT                          0x27
#define SCSI_ADSENSE_PARAMETERS_CHANGED                     0x2A
#define SCSI_ADSENSE_INSUFFICIENT_TIME_FOR_OPERATION        0x2E
#define SCSI_ADSENSE_INVALID_MEDIA                          0x30
#define SCSI_ADSENSE_POSITION_ERROR                         0x3B
#define SCSI_ADSENSE_OPERATING_CONDITIONS_CHANGED           0x3F
#define SCSI_ADSENSE_INTERNAL_TARGET_FAILURE                0x44
#define SCSI_ADSENSE_FAILURE_PREDICTION_THRESHOLD_EXCEEDED  0x5D
#define SCSI_ADSENSE_ILLEGAL_MODE_FOR_THIS_TRACK            0x64
#define SCSI_ADSENSE_COPY_PROTECTION_FAILURE                0x6F
#define SCSI_ADSENSE_POWER_CALIBRATION_ERROR                0x73
#define SCSI_ADSENSE_VENDOR_UNIQUE                          0x80
#define SCSI_ADSENSE_MUSIC_AREA                             0xA0
#define SCSI_ADSENSE_DATA_AREA                              0xA1
#define SCSI_ADSENSE_VOLUME_OVERFLOW                        0xA7

/* Older spellings kept by drivers. */
#define SCSI_ADWRITE_PROTECT                       SCSI_ADSENSE_WRITE_PROTECT
#define SCSI_FAILURE_PREDICTION_THRESHOLD_EXCEEDED SCSI_ADSENSE_FAILURE_PREDICTION_THRESHOLD_EXCEEDED

/* Additional sense code qualifiers (ASCQ), grouped by the ASC they
   qualify. */
/* ASC 0x00 (no additional sense). */
#define SCSI_SENSEQ_FILEMARK_DETECTED                  0x01
#define SCSI_SENSEQ_END_OF_MEDIA_DETECTED              0x02
#define SCSI_SENSEQ_SETMARK_DETECTED                   0x03
#define SCSI_SENSEQ_BEGINNING_OF_MEDIA_DETECTED        0x04
/* ASC 0x04 (logical unit not ready). */
#define SCSI_SENSEQ_CAUSE_NOT_REPORTABLE               0x00
#define SCSI_SENSEQ_BECOMING_READY                     0x01
#define SCSI_SENSEQ_INIT_COMMAND_REQUIRED              0x02
#define SCSI_SENSEQ_MANUAL_INTERVENTION_REQUIRED       0x03
#define SCSI_SENSEQ_FORMAT_IN_PROGRESS                 0x04
#define SCSI_SENSEQ_REBUILD_IN_PROGRESS                0x05
#define SCSI_SENSEQ_RECALCULATION_IN_PROGRESS          0x06
#define SCSI_SENSEQ_OPERATION_IN_PROGRESS              0x07
#define SCSI_SENSEQ_LONG_WRITE_IN_PROGRESS             0x08
/* ASC 0x08 (logical unit communication).  The CRC name keeps the
   header's historical misspelling. */
#define SCSI_SENSEQ_COMM_FAILURE                       0x00
#define SCSI_SENSEQ_COMM_TIMEOUT                       0x01
#define SCSI_SENSEQ_COMM_PARITY_ERROR                  0x02
#define SCSI_SESNEQ_COMM_CRC_ERROR                     0x03
#define SCSI_SENSEQ_UNREACHABLE_TARGET                 0x04
/* ASC 0x0C (write error). */
#define SCSI_SENSEQ_LOSS_OF_STREAMING                  0x09
#define SCSI_SENSEQ_PADDING_BLOCKS_ADDED               0x0A
/* ASC 0x21 (logical block address out of range). */
#define SCSI_SENSEQ_ILLEGAL_ELEMENT_ADDR               0x01
/* ASC 0x30 (incompatible medium). */
#define SCSI_SENSEQ_INCOMPATIBLE_MEDIA_INSTALLED       0x00
#define SCSI_SENSEQ_UNKNOWN_FORMAT                     0x01
#define SCSI_SENSEQ_INCOMPATIBLE_FORMAT                0x02
#define SCSI_SENSEQ_CLEANING_CARTRIDGE_INSTALLED       0x03
/* ASC 0x3B (positioning error). */
#define SCSI_SENSEQ_DESTINATION_FULL                   0x0D
#define SCSI_SENSEQ_SOURCE_EMPTY                       0x0E
/* ASC 0x3F (operating conditions changed). */
#define SCSI_SENSEQ_TARGET_OPERATING_CONDITIONS_CHANGED 0x00
#define SCSI_SENSEQ_MICROCODE_CHANGED                  0x01
#define SCSI_SENSEQ_OPERATING_DEFINITION_CHANGED       0x02
#define SCSI_SENSEQ_INQUIRY_DATA_CHANGED               0x03
#define SCSI_SENSEQ_COMPONENT_DEVICE_ATTACHED          0x04
#define SCSI_SENSEQ_DEVICE_IDENTIFIER_CHANGED          0x05
#define SCSI_SENSEQ_REDUNDANCY_GROUP_MODIFIED          0x06
#define SCSI_SENSEQ_REDUNDANCY_GROUP_DELETED           0x07
#define SCSI_SENSEQ_SPARE_MODIFIED                     0x08
#define SCSI_SENSEQ_SPARE_DELETED                      0x09
#define SCSI_SENSEQ_VOLUME_SET_MODIFIED                0x0A
#define SCSI_SENSEQ_VOLUME_SET_DELETED                 0x0B
#define SCSI_SENSEQ_VOLUME_SET_DEASSIGNED              0x0C
#define SCSI_SENSEQ_VOLUME_SET_REASSIGNED              0x0D
#define SCSI_SENSEQ_REPORTED_LUNS_DATA_CHANGED         0x0E
#define SCSI_SENSEQ_ECHO_BUFFER_OVERWRITTEN            0x0F
#define SCSI_SENSEQ_MEDIUM_LOADABLE                    0x10
#define SCSI_SENSEQ_MEDIUM_AUXILIARY_MEMORY_ACCESSIBLE 0x11
/* ASC 0x5A (operator request or state change input). */
#define SCSI_SENSEQ_STATE_CHANGE_INPUT                 0x00
#define SCSI_SENSEQ_MEDIUM_REMOVAL                     0x01
#define SCSI_SENSEQ_WRITE_PROTECT_ENABLE               0x02
#define SCSI_SENSEQ_WRITE_PROTECT_DISABLE              0x03
/* ASC 0x6F (copy protection key exchange failure). */
#define SCSI_SENSEQ_AUTHENTICATION_FAILURE             0x00
#define SCSI_SENSEQ_KEY_NOT_PRESENT                    0x01
#define SCSI_SENSEQ_KEY_NOT_ESTABLISHED                0x02
#define SCSI_SENSEQ_READ_OF_SCRAMBLED_SECTOR_WITHOUT_AUTHENTICATION 0x03
#define SCSI_SENSEQ_MEDIA_CODE_MISMATCHED_TO_LOGICAL_UNIT 0x04
#define SCSI_SENSEQ_LOGICAL_UNIT_RESET_COUNT_ERROR     0x05
/* ASC 0x73 (CD control error). */
#define SCSI_SENSEQ_POWER_CALIBRATION_AREA_ALMOST_FULL 0x01
#define SCSI_SENSEQ_POWER_CALIBRATION_AREA_FULL        0x02
#define SCSI_SENSEQ_POWER_CALIBRATION_AREA_ERROR       0x03
#define SCSI_SENSEQ_PMA_RMA_UPDATE_FAILURE             0x04
#define SCSI_SENSEQ_PMA_RMA_IS_FULL                    0x05
#define SCSI_SENSEQ_PMA_RMA_ALMOST_FULL                0x06

/* Reserved sense key and the tape bits of fixed sense byte 2. */
#define SCSI_SENSE_RESERVED         0x0F
#define SCSI_ILLEGAL_LENGTH         0x20
#define SCSI_EOM                    0x40
#define SCSI_FILE_MARK              0x80

/* The largest sense buffer a request can carry, and what is left after
   the fixed-format part. */
#define MAX_SENSE_BUFFER_SIZE       255
#define MAX_ADDITIONAL_SENSE_BYTES  (MAX_SENSE_BUFFER_SIZE - SENSE_BUFFER_SIZE)

/* Options for the sense-data helpers: with
   SCSI_SENSE_OPTIONS_FIXED_FORMAT_IF_UNKNOWN_FORMAT_INDICATED a buffer
   whose response code is not recognized is read as fixed format. */
typedef ULONG SCSI_SENSE_OPTIONS;
#define SCSI_SENSE_OPTIONS_NONE                                      ((SCSI_SENSE_OPTIONS)0x00000000)
#define SCSI_SENSE_OPTIONS_FIXED_FORMAT_IF_UNKNOWN_FORMAT_INDICATED  ((SCSI_SENSE_OPTIONS)0x00000001)

/* Reads the sense key, ASC and ASCQ from fixed or descriptor sense data
   (an inline helper in the WDK; declared here as a prototype). */
_Success_(return != FALSE)
BOOLEAN
ScsiGetSenseKeyAndCodes(
    _In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
    _In_ UCHAR SenseInfoBufferLength,
    _In_ SCSI_SENSE_OPTIONS Options,
    _Out_opt_ PUCHAR SenseKey,
    _Out_opt_ PUCHAR AdditionalSenseCode,
    _Out_opt_ PUCHAR AdditionalSenseCodeQualifier);

/* Descriptor-format sense: every descriptor starts with a type and the
   count of bytes that follow.  Type 0x09 is the ATA status return
   descriptor (SAT), which carries the ATA output registers. */
#define SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS_RETURN 0x09

#include <pshpack1.h>
typedef struct _SCSI_SENSE_DESCRIPTOR_HEADER {
    UCHAR DescriptorType;
    UCHAR AdditionalLength;
} SCSI_SENSE_DESCRIPTOR_HEADER, *PSCSI_SENSE_DESCRIPTOR_HEADER;

typedef struct _SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN {
    SCSI_SENSE_DESCRIPTOR_HEADER Header;
    UCHAR Extend : 1;       /* 48-bit registers are valid */
    UCHAR Reserved1 : 7;
    UCHAR Error;
    UCHAR SectorCount15_8;
    UCHAR SectorCount7_0;
    UCHAR LbaLow15_8;
    UCHAR LbaLow7_0;
    UCHAR LbaMid15_8;
    UCHAR LbaMid7_0;
    UCHAR LbaHigh15_8;
    UCHAR LbaHigh7_0;
    UCHAR Device;
    UCHAR Status;
} SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN, *PSCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN;
#include <poppack.h>

/* WRITE BUFFER mode 0x0D (download microcode with offsets, select
   activation events): mode-specific activation bits. */
#define SCSI_WRITE_BUFFER_MODE_0D_MODE_SPECIFIC_HR_ACT 0x02
#define SCSI_WRITE_BUFFER_MODE_0D_MODE_SPECIFIC_PO_ACT 0x04

/* REPORT LUNS parameter data: a big-endian list length, then one
   eight-byte LUN per entry (SPC REPORT LUNS; the header counts 8 bytes). */
typedef struct _LUN_LIST {
    UCHAR LunListLength[4];
    UCHAR Reserved[4];
    UCHAR Lun[0][8];
} LUN_LIST, *PLUN_LIST;

/* Byte-order helpers: big-endian SCSI fields to and from host order.  Each
   is a brace block (drivers use them with and without a trailing ';').
   The overlay structures name the bytes of a field from least to most
   significant. */
typedef struct _TWO_BYTE {
    UCHAR Byte0;
    UCHAR Byte1;
} TWO_BYTE, *PTWO_BYTE;

typedef struct _FOUR_BYTE {
    UCHAR Byte0;
    UCHAR Byte1;
    UCHAR Byte2;
    UCHAR Byte3;
} FOUR_BYTE, *PFOUR_BYTE;

typedef struct _EIGHT_BYTE {
    UCHAR Byte0;
    UCHAR Byte1;
    UCHAR Byte2;
    UCHAR Byte3;
    UCHAR Byte4;
    UCHAR Byte5;
    UCHAR Byte6;
    UCHAR Byte7;
} EIGHT_BYTE, *PEIGHT_BYTE;

#define REVERSE_BYTES_SHORT(Destination, Source) {      \
    PTWO_BYTE _hvci_d = (PTWO_BYTE)(Destination);       \
    PTWO_BYTE _hvci_s = (PTWO_BYTE)(Source);            \
    _hvci_d->Byte1 = _hvci_s->Byte0;                    \
    _hvci_d->Byte0 = _hvci_s->Byte1;                    \
}

#define REVERSE_BYTES(Destination, Source) {            \
    PFOUR_BYTE _hvci_d = (PFOUR_BYTE)(Destination);     \
    PFOUR_BYTE _hvci_s = (PFOUR_BYTE)(Source);          \
    _hvci_d->Byte3 = _hvci_s->Byte0;                    \
    _hvci_d->Byte2 = _hvci_s->Byte1;                    \
    _hvci_d->Byte1 = _hvci_s->Byte2;                    \
    _hvci_d->Byte0 = _hvci_s->Byte3;                    \
}

#define REVERSE_BYTES_QUAD(Destination, Source) {       \
    PEIGHT_BYTE _hvci_d = (PEIGHT_BYTE)(Destination);   \
    PEIGHT_BYTE _hvci_s = (PEIGHT_BYTE)(Source);        \
    _hvci_d->Byte7 = _hvci_s->Byte0;                    \
    _hvci_d->Byte6 = _hvci_s->Byte1;                    \
    _hvci_d->Byte5 = _hvci_s->Byte2;                    \
    _hvci_d->Byte4 = _hvci_s->Byte3;                    \
    _hvci_d->Byte3 = _hvci_s->Byte4;                    \
    _hvci_d->Byte2 = _hvci_s->Byte5;                    \
    _hvci_d->Byte1 = _hvci_s->Byte6;                    \
    _hvci_d->Byte0 = _hvci_s->Byte7;                    \
}

#include <scsi_params.h>

#endif /* _NTSCSI_ */
