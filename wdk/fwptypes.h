/*
 * fwptypes.h - hvcilint's stand-in for the Windows Filtering Platform
 * base types shared by the kernel (fwpsk.h) and user-mode (fwpmu.h) APIs.
 *
 * Written for hvcilint from the public reference pages (learn.microsoft.com,
 * fwptypes.h section) of FWP_DIRECTION, FWP_IP_VERSION, FWP_DATA_TYPE,
 * FWP_MATCH_TYPE, FWP_BYTE_ARRAY16, FWP_BYTE_ARRAY6, FWP_BYTE_BLOB,
 * FWP_TOKEN_INFORMATION, FWP_VALUE0, FWP_V4_ADDR_AND_MASK,
 * FWP_V6_ADDR_AND_MASK, FWP_RANGE0 and FWP_CONDITION_VALUE0, and of
 * FWPM_ACTION0 for the FWP_ACTION_* values (the FWP_ACTION_FLAG_* bits as
 * in the Win32 metadata constants published with windows-rs), not taken
 * from the WDK or SDK.  The enumerations are declared in their documented
 * order.  The version-independent names (FWP_VALUE, FWP_RANGE,
 * FWP_CONDITION_VALUE) map to the version-0 structures, as documented.
 *
 * SID, SID_IDENTIFIER_AUTHORITY and SID_AND_ATTRIBUTES are declared here
 * from their winnt.h reference pages (with SID_REVISION, and
 * SECURITY_NT_AUTHORITY and SECURITY_LOCAL_SERVICE_RID from the
 * well-known SIDs page), guarded so that another header may provide them.
 *
 * The FWP_CONDITION_FLAG_* and FWP_CONDITION_L2_* bits are the values
 * given on the "Filtering condition flags" pages and in the Win32 metadata
 * constants (windows-sys).
 *
 * FWP_FILTER_ENUM_TYPE is declared in fwpmtypes.h, next to the filter
 * enumeration flags.
 *
 * Left out: FWP_NE_FAMILY, FWP_ETHER_ENCAP_METHOD,
 * the vSwitch and NAT types (the FWP_CONDITION_REAUTHORIZE_REASON_* bits
 * are in fwpmtypes.h).
 */
#pragma once
#ifndef HVCILINT_FWPTYPES_H
#define HVCILINT_FWPTYPES_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Security identifiers (winnt.h / ntifs.h in the SDK's and WDK's layout;
 * PSID stays the PVOID of ntdef.h).  Declared here because FWP values
 * carry them and this project's ntifs.h does not define them.
 */
#ifndef HVCILINT_SID_DEFINED
#define HVCILINT_SID_DEFINED
typedef struct _SID_IDENTIFIER_AUTHORITY {
    UCHAR Value[6];
} SID_IDENTIFIER_AUTHORITY, *PSID_IDENTIFIER_AUTHORITY;

typedef struct _SID {
    UCHAR Revision;
    UCHAR SubAuthorityCount;
    SID_IDENTIFIER_AUTHORITY IdentifierAuthority;
    ULONG SubAuthority[1];
} SID, *PISID;

#define SID_REVISION 1
#define SECURITY_NT_AUTHORITY {0, 0, 0, 0, 0, 5}
#define SECURITY_LOCAL_SERVICE_RID 0x00000013
#endif

/* ntifs.h declares SID_AND_ATTRIBUTES too (ntifs_se.h); whichever header
   comes first declares it, the other skips it. */
#if !defined(HVCILINT_SID_AND_ATTRIBUTES_DEFINED) && !defined(HVCILINT_NTIFS_SE_H)
#define HVCILINT_SID_AND_ATTRIBUTES_DEFINED
typedef struct _SID_AND_ATTRIBUTES {
    PSID Sid;
    ULONG Attributes;
} SID_AND_ATTRIBUTES, *PSID_AND_ATTRIBUTES;
#endif

typedef enum FWP_DIRECTION_ {
    FWP_DIRECTION_OUTBOUND,
    FWP_DIRECTION_INBOUND,
    FWP_DIRECTION_MAX
} FWP_DIRECTION;

typedef enum FWP_IP_VERSION_ {
    FWP_IP_VERSION_V4,
    FWP_IP_VERSION_V6,
    FWP_IP_VERSION_NONE,
    FWP_IP_VERSION_MAX
} FWP_IP_VERSION;

typedef enum FWP_DATA_TYPE_ {
    FWP_EMPTY = 0,
    FWP_UINT8,
    FWP_UINT16,
    FWP_UINT32,
    FWP_UINT64,
    FWP_INT8,
    FWP_INT16,
    FWP_INT32,
    FWP_INT64,
    FWP_FLOAT,
    FWP_DOUBLE,
    FWP_BYTE_ARRAY16_TYPE,
    FWP_BYTE_BLOB_TYPE,
    FWP_SID,
    FWP_SECURITY_DESCRIPTOR_TYPE,
    FWP_TOKEN_INFORMATION_TYPE,
    FWP_TOKEN_ACCESS_INFORMATION_TYPE,
    FWP_UNICODE_STRING_TYPE,
    FWP_BYTE_ARRAY6_TYPE,
    FWP_SINGLE_DATA_TYPE_MAX = 0xff,
    FWP_V4_ADDR_MASK,
    FWP_V6_ADDR_MASK,
    FWP_RANGE_TYPE,
    FWP_DATA_TYPE_MAX
} FWP_DATA_TYPE;

typedef enum FWP_MATCH_TYPE_ {
    FWP_MATCH_EQUAL,
    FWP_MATCH_GREATER,
    FWP_MATCH_LESS,
    FWP_MATCH_GREATER_OR_EQUAL,
    FWP_MATCH_LESS_OR_EQUAL,
    FWP_MATCH_RANGE,
    FWP_MATCH_FLAGS_ALL_SET,
    FWP_MATCH_FLAGS_ANY_SET,
    FWP_MATCH_FLAGS_NONE_SET,
    FWP_MATCH_EQUAL_CASE_INSENSITIVE,
    FWP_MATCH_NOT_EQUAL,
    FWP_MATCH_PREFIX,
    FWP_MATCH_NOT_PREFIX,
    FWP_MATCH_TYPE_MAX
} FWP_MATCH_TYPE;

typedef struct FWP_BYTE_ARRAY16_ {
    UINT8 byteArray16[16];
} FWP_BYTE_ARRAY16;

typedef struct FWP_BYTE_ARRAY6_ {
    UINT8 byteArray6[6];
} FWP_BYTE_ARRAY6;

#define FWP_BYTE_ARRAY6_SIZE 6

typedef struct FWP_BYTE_BLOB_ {
    UINT32 size;
    UINT8 *data;
} FWP_BYTE_BLOB;

typedef struct FWP_TOKEN_INFORMATION_ {
    ULONG sidCount;
    struct _SID_AND_ATTRIBUTES *sids;
    ULONG restrictedSidCount;
    struct _SID_AND_ATTRIBUTES *restrictedSids;
} FWP_TOKEN_INFORMATION;

typedef struct FWP_VALUE0_ {
    FWP_DATA_TYPE type;
    union {
        UINT8 uint8;
        UINT16 uint16;
        UINT32 uint32;
        UINT64 *uint64;
        INT8 int8;
        INT16 int16;
        INT32 int32;
        INT64 *int64;
        float float32;
        double *double64;
        FWP_BYTE_ARRAY16 *byteArray16;
        FWP_BYTE_BLOB *byteBlob;
        struct _SID *sid;
        FWP_BYTE_BLOB *sd;
        FWP_TOKEN_INFORMATION *tokenInformation;
        FWP_BYTE_BLOB *tokenAccessInformation;
        LPWSTR unicodeString;
        FWP_BYTE_ARRAY6 *byteArray6;
    };
} FWP_VALUE0;

#define FWP_V6_ADDR_SIZE 16

typedef struct FWP_V4_ADDR_AND_MASK_ {
    UINT32 addr;
    UINT32 mask;
} FWP_V4_ADDR_AND_MASK;

typedef struct FWP_V6_ADDR_AND_MASK_ {
    UINT8 addr[FWP_V6_ADDR_SIZE];
    UINT8 prefixLength;
} FWP_V6_ADDR_AND_MASK;

typedef struct FWP_RANGE0_ {
    FWP_VALUE0 valueLow;
    FWP_VALUE0 valueHigh;
} FWP_RANGE0;

typedef struct FWP_CONDITION_VALUE0_ {
    FWP_DATA_TYPE type;
    union {
        UINT8 uint8;
        UINT16 uint16;
        UINT32 uint32;
        UINT64 *uint64;
        INT8 int8;
        INT16 int16;
        INT32 int32;
        INT64 *int64;
        float float32;
        double *double64;
        FWP_BYTE_ARRAY16 *byteArray16;
        FWP_BYTE_BLOB *byteBlob;
        struct _SID *sid;
        FWP_BYTE_BLOB *sd;
        FWP_TOKEN_INFORMATION *tokenInformation;
        FWP_BYTE_BLOB *tokenAccessInformation;
        LPWSTR unicodeString;
        FWP_BYTE_ARRAY6 *byteArray6;
        FWP_V4_ADDR_AND_MASK *v4AddrMask;
        FWP_V6_ADDR_AND_MASK *v6AddrMask;
        FWP_RANGE0 *rangeValue;
    };
} FWP_CONDITION_VALUE0;

typedef FWP_VALUE0 FWP_VALUE;
typedef FWP_RANGE0 FWP_RANGE;
typedef FWP_CONDITION_VALUE0 FWP_CONDITION_VALUE;

/* Filter actions (FWPM_ACTION0, FWPS_ACTION0, FWPS_CLASSIFY_OUT0). */
typedef UINT32 FWP_ACTION_TYPE;

#define FWP_ACTION_FLAG_TERMINATING     0x00001000
#define FWP_ACTION_FLAG_NON_TERMINATING 0x00002000
#define FWP_ACTION_FLAG_CALLOUT         0x00004000

#define FWP_ACTION_BLOCK               (0x00000001 | FWP_ACTION_FLAG_TERMINATING)
#define FWP_ACTION_PERMIT              (0x00000002 | FWP_ACTION_FLAG_TERMINATING)
#define FWP_ACTION_CALLOUT_TERMINATING (0x00000003 | FWP_ACTION_FLAG_CALLOUT | FWP_ACTION_FLAG_TERMINATING)
#define FWP_ACTION_CALLOUT_INSPECTION  (0x00000004 | FWP_ACTION_FLAG_CALLOUT | FWP_ACTION_FLAG_NON_TERMINATING)
#define FWP_ACTION_CALLOUT_UNKNOWN     (0x00000005 | FWP_ACTION_FLAG_CALLOUT)
#define FWP_ACTION_CONTINUE            (0x00000006 | FWP_ACTION_FLAG_NON_TERMINATING)
#define FWP_ACTION_NONE                (0x00000007)
#define FWP_ACTION_NONE_NO_MATCH       (0x00000008)

/*
 * Filtering condition flags (the FWPM_CONDITION_FLAGS condition value),
 * one bit each, as listed on the "Filtering condition flags" pages and in
 * the Win32 metadata constants (windows-sys).
 */
#define FWP_CONDITION_FLAG_IS_LOOPBACK                  0x00000001U
#define FWP_CONDITION_FLAG_IS_IPSEC_SECURED             0x00000002U
#define FWP_CONDITION_FLAG_IS_REAUTHORIZE               0x00000004U
#define FWP_CONDITION_FLAG_IS_WILDCARD_BIND             0x00000008U
#define FWP_CONDITION_FLAG_IS_RAW_ENDPOINT              0x00000010U
#define FWP_CONDITION_FLAG_IS_FRAGMENT                  0x00000020U
#define FWP_CONDITION_FLAG_IS_FRAGMENT_GROUP            0x00000040U
#define FWP_CONDITION_FLAG_IS_IPSEC_NATT_RECLASSIFY     0x00000080U
#define FWP_CONDITION_FLAG_REQUIRES_ALE_CLASSIFY        0x00000100U
#define FWP_CONDITION_FLAG_IS_IMPLICIT_BIND             0x00000200U
#define FWP_CONDITION_FLAG_IS_REASSEMBLED               0x00000400U
#define FWP_CONDITION_FLAG_IS_NAME_APP_SPECIFIED        0x00004000U
#define FWP_CONDITION_FLAG_IS_PROMISCUOUS               0x00008000U
#define FWP_CONDITION_FLAG_IS_AUTH_FW                   0x00010000U
#define FWP_CONDITION_FLAG_IS_RECLASSIFY                0x00020000U
#define FWP_CONDITION_FLAG_IS_OUTBOUND_PASS_THRU        0x00040000U
#define FWP_CONDITION_FLAG_IS_INBOUND_PASS_THRU         0x00080000U
#define FWP_CONDITION_FLAG_IS_CONNECTION_REDIRECTED     0x00100000U
#define FWP_CONDITION_FLAG_IS_PROXY_CONNECTION          0x00200000U
#define FWP_CONDITION_FLAG_IS_APPCONTAINER_LOOPBACK     0x00400000U
#define FWP_CONDITION_FLAG_IS_NON_APPCONTAINER_LOOPBACK 0x00800000U
#define FWP_CONDITION_FLAG_IS_RESERVED                  0x01000000U
#define FWP_CONDITION_FLAG_IS_HONORING_POLICY_AUTHORIZE 0x02000000U

/* Layer-2 condition flags (FWPM_CONDITION_L2_FLAGS). */
#define FWP_CONDITION_L2_IS_NATIVE_ETHERNET             0x00000001U
#define FWP_CONDITION_L2_IS_WIFI                        0x00000002U
#define FWP_CONDITION_L2_IS_MOBILE_BROADBAND            0x00000004U
#define FWP_CONDITION_L2_IS_WIFI_DIRECT_DATA            0x00000008U
#define FWP_CONDITION_L2_IS_VM2VM                       0x00000010U
#define FWP_CONDITION_L2_IS_MALFORMED_PACKET            0x00000020U
#define FWP_CONDITION_L2_IS_IP_FRAGMENT_GROUP           0x00000040U
#define FWP_CONDITION_L2_IF_CONNECTOR_PRESENT           0x00000080U

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_FWPTYPES_H */
