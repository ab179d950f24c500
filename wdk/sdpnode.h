/*
 * sdpnode.h - hvcilint's stand-in for the WDK's sdpnode.h: the tree form of
 * a Bluetooth SDP record that profile drivers walk after parsing a record
 * (SDP_NODE_HEADER, SDP_NODE_DATA, SDP_NODE, SDP_TREE_ROOT_NODE).
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (sdpnode.h section), not taken from the WDK.  The
 * element type codes come from bthsdpdef.h.  ISdpNodeContainer, a
 * user-mode interface, is only named (an incomplete type).  SDP_BOOLEAN is
 * a UCHAR here, as the Boolean member of SDP_ELEMENT_DATA is.
 *
 * Left out: the node-building and tree helper routines of the SDP
 * interfaces (bthsdpddi.h).
 */
#pragma once
#ifndef HVCILINT_SDPNODE_H
#define HVCILINT_SDPNODE_H

#include <ntdef.h>
#include <bthsdpdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef UCHAR SDP_BOOLEAN;

typedef struct ISdpNodeContainer ISdpNodeContainer;

typedef struct _SDP_NODE_HEADER {
    LIST_ENTRY Link;
    USHORT Type;            /* SDP_TYPE */
    USHORT SpecificType;    /* SDP_SPECIFICTYPE */
} SDP_NODE_HEADER, *PSDP_NODE_HEADER;

typedef union _SDP_NODE_DATA {
    SDP_LARGE_INTEGER_16 int128;
    SDP_ULARGE_INTEGER_16 uint128;
    GUID uuid128;
    ULONG uuid32;
    USHORT uuid16;
    LONGLONG int64;
    ULONGLONG uint64;
    LONG int32;
    ULONG uint32;
    SHORT int16;
    USHORT uint16;
    CHAR int8;
    UCHAR uint8;
    SDP_BOOLEAN boolean;
    PCHAR string;
    PCHAR url;
    SDP_NODE_HEADER sequence;
    SDP_NODE_HEADER alternative;
    ISdpNodeContainer *container;
    struct {
        PUCHAR stream;
        ULONG streamLength;
    };
} SDP_NODE_DATA, *PSDP_NODE_DATA;

typedef struct _SDP_NODE {
    SDP_NODE_HEADER hdr;
    ULONG DataSize;
    SDP_NODE_DATA u;
    PVOID Reserved;
} SDP_NODE, *PSDP_NODE;

/* The root of a record's tree (SdpConvertStreamToTree, SdpFindAttributeInTree). */
typedef struct _SDP_TREE_ROOT_NODE {
    SDP_NODE RootNode;
} SDP_TREE_ROOT_NODE, *PSDP_TREE_ROOT_NODE;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_SDPNODE_H */
