/*
 * netioddk.h - hvcilint's stand-in for the Network Module Registrar (NMR)
 * kernel header that WFP callout drivers include.
 *
 * Written for hvcilint from the public reference pages of NPI_MODULEID,
 * NPI_MODULEID_TYPE and NPI_ID (learn.microsoft.com, netioddk.h), not taken
 * from the WDK.  It also brings in the interface and Winsock address types
 * (ifdef.h, ws2ipdef.h) that the real header makes available.
 *
 * Left out: the NMR registration routines (NmrRegisterProvider,
 * NmrRegisterClient, ...) and their characteristics and dispatch
 * structures.
 */
#pragma once
#ifndef HVCILINT_NETIODDK_H
#define HVCILINT_NETIODDK_H

#include <ntddk.h>
#include <ifdef.h>
#include <ws2ipdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef GUID NPIID, *PNPIID;
typedef const NPIID *PNPIID_CONST;

typedef enum {
    MIT_GUID = 1,
    MIT_IF_LUID
} NPI_MODULEID_TYPE;

typedef struct _NPI_MODULEID {
    USHORT Length;
    NPI_MODULEID_TYPE Type;
    union {
        GUID Guid;
        LUID IfLuid;
    };
} NPI_MODULEID, *PNPI_MODULEID;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NETIODDK_H */
