/*
 * bthsdpdef.h - hvcilint's stand-in for the Bluetooth SDP definitions that
 * bthdef.h and sdpnode.h build on: the element type codes (SDP_TYPE,
 * SDP_SPECIFICTYPE), the 128-bit integer pair types, the UUID query and
 * attribute-range structures used by the SDP search requests.
 *
 * Written for hvcilint from Microsoft's public reference pages for
 * SDP_TYPE, SDP_SPECIFICTYPE, SdpQueryUuid, SdpQueryUuidUnion,
 * SdpAttributeRange and SDP_ELEMENT_DATA (learn.microsoft.com), not taken
 * from the WDK or SDK.  SDP_ST_UUID32 has the value the reference page
 * gives (0x0220, the same as SDP_ST_INT32).
 *
 * Left out: NodeContainerType, SDP_ERROR and the SDP attribute and
 * protocol identifiers.
 */
#pragma once
#ifndef HVCILINT_BTHSDPDEF_H
#define HVCILINT_BTHSDPDEF_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _SDP_LARGE_INTEGER_16 {
    ULONGLONG LowPart;
    LONGLONG HighPart;
} SDP_LARGE_INTEGER_16, *PSDP_LARGE_INTEGER_16, *LPSDP_LARGE_INTEGER_16;

typedef struct _SDP_ULARGE_INTEGER_16 {
    ULONGLONG LowPart;
    ULONGLONG HighPart;
} SDP_ULARGE_INTEGER_16, *PSDP_ULARGE_INTEGER_16, *LPSDP_ULARGE_INTEGER_16;

/* Element types of an SDP data element. */
typedef enum _SDP_TYPE {
    SDP_TYPE_NIL         = 0x00,
    SDP_TYPE_UINT        = 0x01,
    SDP_TYPE_INT         = 0x02,
    SDP_TYPE_UUID        = 0x03,
    SDP_TYPE_STRING      = 0x04,
    SDP_TYPE_BOOLEAN     = 0x05,
    SDP_TYPE_SEQUENCE    = 0x06,
    SDP_TYPE_ALTERNATIVE = 0x07,
    SDP_TYPE_URL         = 0x08,
    SDP_TYPE_CONTAINER   = 0x20
} SDP_TYPE;

/* Sized variants of the integer and UUID element types. */
typedef enum _SDP_SPECIFICTYPE {
    SDP_ST_NONE    = 0x0000,
    SDP_ST_UINT8   = 0x0010,
    SDP_ST_UINT16  = 0x0110,
    SDP_ST_UINT32  = 0x0210,
    SDP_ST_UINT64  = 0x0310,
    SDP_ST_UINT128 = 0x0410,
    SDP_ST_INT8    = 0x0020,
    SDP_ST_INT16   = 0x0120,
    SDP_ST_INT32   = 0x0220,
    SDP_ST_INT64   = 0x0320,
    SDP_ST_INT128  = 0x0420,
    SDP_ST_UUID16  = 0x0130,
    SDP_ST_UUID32  = 0x0220,
    SDP_ST_UUID128 = 0x0430
} SDP_SPECIFICTYPE;

typedef union SdpQueryUuidUnion {
    GUID uuid128;
    ULONG uuid32;
    USHORT uuid16;
} SdpQueryUuidUnion;

/* uuidType is SDP_ST_UUID16, SDP_ST_UUID32 or SDP_ST_UUID128. */
typedef struct _SdpQueryUuid {
    SdpQueryUuidUnion u;
    USHORT uuidType;
} SdpQueryUuid;

typedef struct _SdpAttributeRange {
    USHORT minAttribute;
    USHORT maxAttribute;
} SdpAttributeRange;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_BTHSDPDEF_H */
