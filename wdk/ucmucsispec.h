/*
 * ucmucsispec.h - hvcilint's stand-in for the USB Type-C Connector System
 * Software Interface (UCSI) data structures that UcmUcsiCx and its client
 * drivers exchange: the UCSI data block and its VERSION, CCI, CONTROL,
 * MESSAGE IN and MESSAGE OUT parts.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ucmucsispec.h: UCSI_DATA_BLOCK, UCSI_VERSION,
 * UCSI_CCI, UCSI_CONTROL, UCSI_MESSAGE_IN, UCSI_MESSAGE_OUT), not taken
 * from the WDK.  The data block follows the UCSI memory layout (version
 * at 0, CCI at 4, CONTROL at 8, MESSAGE IN at 16, MESSAGE OUT at 32);
 * the CCI bit positions are those of the UCSI specification (the
 * reference page lists the named fields only; the reserved bits between
 * them are named Reserved0 and Reserved1 here).  CONTROL is given as its
 * raw 64-bit value with the command, data length and command-specific
 * fields common to every command.
 *
 * Left out: the per-command CONTROL views (UCSI_*_COMMAND), the per-
 * command MESSAGE IN views (capabilities, connector status, PDOs, ...),
 * the UCSI_* enumerations and UCSI_CMD_SUCCEEDED.
 */
#pragma once
#ifndef HVCILINT_UCMUCSISPEC_H
#define HVCILINT_UCMUCSISPEC_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef union _UCSI_VERSION {
    UINT16 AsUInt16;
    struct {
        UINT16 SubMinorVersion : 4;
        UINT16 MinorVersion : 4;
        UINT16 MajorVersion : 8;
    };
} UCSI_VERSION, *PUCSI_VERSION;

typedef union _UCSI_CCI {
    UINT32 AsUInt32;
    struct {
        UINT32 Reserved0 : 1;
        UINT32 ConnectorChangeIndicator : 7;
        UINT32 DataLength : 8;
        UINT32 Reserved1 : 9;
        UINT32 NotSupportedIndicator : 1;
        UINT32 CancelCompletedIndicator : 1;
        UINT32 ResetCompletedIndicator : 1;
        UINT32 BusyIndicator : 1;
        UINT32 AcknowledgeCommandIndicator : 1;
        UINT32 ErrorIndicator : 1;
        UINT32 CommandCompletedIndicator : 1;
    };
} UCSI_CCI, *PUCSI_CCI;

typedef union _UCSI_CONTROL {
    UINT64 AsUInt64;
    struct {
        UINT64 Command : 8;
        UINT64 DataLength : 8;
        UINT64 CommandSpecific : 48;
    };
} UCSI_CONTROL, *PUCSI_CONTROL;

typedef union _UCSI_MESSAGE_IN {
    UINT8 AsBuffer[16];
} UCSI_MESSAGE_IN, *PUCSI_MESSAGE_IN;

typedef union _UCSI_MESSAGE_OUT {
    UINT8 AsBuffer[16];
} UCSI_MESSAGE_OUT, *PUCSI_MESSAGE_OUT;

typedef struct _UCSI_DATA_BLOCK {
    UCSI_VERSION UcsiVersion;
    UCSI_CCI CCI;
    UCSI_CONTROL Control;
    UCSI_MESSAGE_IN MessageIn;
    UCSI_MESSAGE_OUT MessageOut;
} UCSI_DATA_BLOCK, *PUCSI_DATA_BLOCK;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_UCMUCSISPEC_H */
