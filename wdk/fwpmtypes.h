/*
 * fwpmtypes.h - hvcilint's stand-in for the Windows Filtering Platform
 * management types (the objects that kernel callout drivers add through
 * fwpmk.h and that the run-time filter refers to).
 *
 * Written for hvcilint from the public reference pages (learn.microsoft.com,
 * fwpmtypes.h and ipsectypes.h sections) of FWPM_DISPLAY_DATA0,
 * FWPM_ACTION0, FWPM_FILTER_CONDITION0, FWPM_FILTER0, FWPM_CALLOUT0,
 * FWPM_SUBLAYER0, FWPM_PROVIDER0, FWPM_SESSION0, FWPM_SERVICE_STATE,
 * FWPM_PROVIDER_CONTEXT_TYPE, FWPM_PROVIDER_CONTEXT0/1/2,
 * FWP_CLASSIFY_OPTION_TYPE, FWPM_CLASSIFY_OPTION0, FWPM_CLASSIFY_OPTIONS0
 * IPSEC_KEYING_POLICY0/1 and IPSEC_DOSP_OPTIONS0, not taken from the WDK or SDK.  Enumerations
 * are in their documented order.
 *
 * The other IPsec and IKE policy structures that provider contexts point
 * to are declared as incomplete structures.  The version-independent names map
 * to version 2 when NTDDI_VERSION is Windows 8 or later (version 1 for
 * Windows 7, version 0 before), following the documented scheme (the
 * keying policy: version 1 from Windows 8, version 0 before); the
 * version-3 structures of Windows 10 are left out.
 *
 * The FWPM_FILTER/SESSION/PROVIDER(_CONTEXT)_FLAG_* values, the filter
 * enumeration type and flags, FWP_ACTRL_MATCH_FILTER and the
 * FWP_CONDITION_REAUTHORIZE_REASON_* / _SOCKET_PROPERTY_FLAG_* bits are the
 * values in the Win32 metadata constants published with windows-rs
 * (windows-sys); FWP_FILTER_ENUM_TYPE is in its documented order.
 *
 * Left out: enumeration templates, change notifications, net events,
 * IPsec SA and IKE types, and the FWPM_CALLOUT_FLAG_* and
 * FWPM_SUBLAYER_FLAG_* values (not looked up).
 */
#pragma once
#ifndef HVCILINT_FWPMTYPES_H
#define HVCILINT_FWPMTYPES_H

#include <minwindef.h>
#include <fwptypes.h>

#ifdef __cplusplus
extern "C" {
#endif

struct IPSEC_TRANSPORT_POLICY0_;
struct IPSEC_TRANSPORT_POLICY1_;
struct IPSEC_TRANSPORT_POLICY2_;
struct IPSEC_TUNNEL_POLICY0_;
struct IPSEC_TUNNEL_POLICY1_;
struct IPSEC_TUNNEL_POLICY2_;
struct IKEEXT_POLICY0_;
struct IKEEXT_POLICY1_;
struct IKEEXT_POLICY2_;

typedef struct IPSEC_KEYING_POLICY0_ {
    UINT32 numKeyMods;
    GUID *keyModKeys;
} IPSEC_KEYING_POLICY0;

typedef struct IPSEC_KEYING_POLICY1_ {
    UINT32 numKeyMods;
    GUID *keyModKeys;
    UINT32 flags;
} IPSEC_KEYING_POLICY1;

typedef struct FWPM_DISPLAY_DATA0_ {
    wchar_t *name;
    wchar_t *description;
} FWPM_DISPLAY_DATA0;

typedef struct FWPM_ACTION0_ {
    FWP_ACTION_TYPE type;
    union {
        GUID filterType;
        GUID calloutKey;
    };
} FWPM_ACTION0;

typedef struct FWPM_FILTER_CONDITION0_ {
    GUID fieldKey;
    FWP_MATCH_TYPE matchType;
    FWP_CONDITION_VALUE0 conditionValue;
} FWPM_FILTER_CONDITION0;

typedef struct FWPM_FILTER0_ {
    GUID filterKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    GUID layerKey;
    GUID subLayerKey;
    FWP_VALUE0 weight;
    UINT32 numFilterConditions;
    FWPM_FILTER_CONDITION0 *filterCondition;
    FWPM_ACTION0 action;
    union {
        UINT64 rawContext;
        GUID providerContextKey;
    };
    GUID *reserved;
    UINT64 filterId;
    FWP_VALUE0 effectiveWeight;
} FWPM_FILTER0;

typedef struct FWPM_CALLOUT0_ {
    GUID calloutKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    GUID applicableLayer;
    UINT32 calloutId;
} FWPM_CALLOUT0;

typedef struct FWPM_SUBLAYER0_ {
    GUID subLayerKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    UINT16 weight;
} FWPM_SUBLAYER0;

typedef struct FWPM_PROVIDER0_ {
    GUID providerKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    FWP_BYTE_BLOB providerData;
    wchar_t *serviceName;
} FWPM_PROVIDER0;

typedef struct FWPM_SESSION0_ {
    GUID sessionKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    UINT32 txnWaitTimeoutInMSec;
    DWORD processId;
    struct _SID *sid;
    wchar_t *username;
    BOOL kernelMode;
} FWPM_SESSION0;

typedef enum FWPM_SERVICE_STATE_ {
    FWPM_SERVICE_STOPPED,
    FWPM_SERVICE_START_PENDING,
    FWPM_SERVICE_STOP_PENDING,
    FWPM_SERVICE_RUNNING,
    FWPM_SERVICE_STATE_MAX
} FWPM_SERVICE_STATE;

typedef enum FWP_CLASSIFY_OPTION_TYPE_ {
    FWP_CLASSIFY_OPTION_MULTICAST_STATE,
    FWP_CLASSIFY_OPTION_LOOSE_SOURCE_MAPPING,
    FWP_CLASSIFY_OPTION_UNICAST_LIFETIME,
    FWP_CLASSIFY_OPTION_MCAST_BCAST_LIFETIME,
    FWP_CLASSIFY_OPTION_SECURE_SOCKET_SECURITY_FLAGS,
    FWP_CLASSIFY_OPTION_SECURE_SOCKET_AUTHIP_MM_POLICY_KEY,
    FWP_CLASSIFY_OPTION_SECURE_SOCKET_AUTHIP_QM_POLICY_KEY,
    FWP_CLASSIFY_OPTION_LOCAL_ONLY_MAPPING,
    FWP_CLASSIFY_OPTION_MAX
} FWP_CLASSIFY_OPTION_TYPE;

typedef struct FWPM_CLASSIFY_OPTION0_ {
    FWP_CLASSIFY_OPTION_TYPE type;
    FWP_VALUE0 value;
} FWPM_CLASSIFY_OPTION0;

typedef struct FWPM_CLASSIFY_OPTIONS0_ {
    UINT32 numOptions;
    FWPM_CLASSIFY_OPTION0 *options;
} FWPM_CLASSIFY_OPTIONS0;

typedef struct IPSEC_DOSP_OPTIONS0_ {
    UINT32 stateIdleTimeoutSeconds;
    UINT32 perIPRateLimitQueueIdleTimeoutSeconds;
    UINT8 ipV6IPsecUnauthDscp;
    UINT32 ipV6IPsecUnauthRateLimitBytesPerSec;
    UINT32 ipV6IPsecUnauthPerIPRateLimitBytesPerSec;
    UINT8 ipV6IPsecAuthDscp;
    UINT32 ipV6IPsecAuthRateLimitBytesPerSec;
    UINT8 icmpV6Dscp;
    UINT32 icmpV6RateLimitBytesPerSec;
    UINT8 ipV6FilterExemptDscp;
    UINT32 ipV6FilterExemptRateLimitBytesPerSec;
    UINT8 defBlockExemptDscp;
    UINT32 defBlockExemptRateLimitBytesPerSec;
    UINT32 maxStateEntries;
    UINT32 maxPerIPRateLimitQueues;
    UINT32 flags;
    UINT32 numPublicIFLuids;
    UINT64 *publicIFLuids;
    UINT32 numInternalIFLuids;
    UINT64 *internalIFLuids;
    FWP_V6_ADDR_AND_MASK publicV6AddrMask;
    FWP_V6_ADDR_AND_MASK internalV6AddrMask;
} IPSEC_DOSP_OPTIONS0;

typedef enum FWPM_PROVIDER_CONTEXT_TYPE_ {
    FWPM_IPSEC_KEYING_CONTEXT = 0,
    FWPM_IPSEC_IKE_QM_TRANSPORT_CONTEXT,
    FWPM_IPSEC_IKE_QM_TUNNEL_CONTEXT,
    FWPM_IPSEC_AUTHIP_QM_TRANSPORT_CONTEXT,
    FWPM_IPSEC_AUTHIP_QM_TUNNEL_CONTEXT,
    FWPM_IPSEC_IKE_MM_CONTEXT,
    FWPM_IPSEC_AUTHIP_MM_CONTEXT,
    FWPM_CLASSIFY_OPTIONS_CONTEXT,
    FWPM_GENERAL_CONTEXT,
    FWPM_IPSEC_IKEV2_QM_TUNNEL_CONTEXT,
    FWPM_IPSEC_IKEV2_MM_CONTEXT,
    FWPM_IPSEC_DOSP_CONTEXT,
    FWPM_IPSEC_IKEV2_QM_TRANSPORT_CONTEXT,
    FWPM_NETWORK_CONNECTION_POLICY_CONTEXT,
    FWPM_PROVIDER_CONTEXT_TYPE_MAX
} FWPM_PROVIDER_CONTEXT_TYPE;

typedef struct FWPM_PROVIDER_CONTEXT0_ {
    GUID providerContextKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    FWPM_PROVIDER_CONTEXT_TYPE type;
    union {
        struct IPSEC_KEYING_POLICY0_ *keyingPolicy;
        struct IPSEC_TRANSPORT_POLICY0_ *ikeQmTransportPolicy;
        struct IPSEC_TUNNEL_POLICY0_ *ikeQmTunnelPolicy;
        struct IPSEC_TRANSPORT_POLICY0_ *authipQmTransportPolicy;
        struct IPSEC_TUNNEL_POLICY0_ *authipQmTunnelPolicy;
        struct IKEEXT_POLICY0_ *ikeMmPolicy;
        struct IKEEXT_POLICY0_ *authIpMmPolicy;
        FWP_BYTE_BLOB *dataBuffer;
        FWPM_CLASSIFY_OPTIONS0 *classifyOptions;
    };
    UINT64 providerContextId;
} FWPM_PROVIDER_CONTEXT0;

typedef struct FWPM_PROVIDER_CONTEXT1_ {
    GUID providerContextKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    FWPM_PROVIDER_CONTEXT_TYPE type;
    union {
        struct IPSEC_KEYING_POLICY0_ *keyingPolicy;
        struct IPSEC_TRANSPORT_POLICY1_ *ikeQmTransportPolicy;
        struct IPSEC_TUNNEL_POLICY1_ *ikeQmTunnelPolicy;
        struct IPSEC_TRANSPORT_POLICY1_ *authipQmTransportPolicy;
        struct IPSEC_TUNNEL_POLICY1_ *authipQmTunnelPolicy;
        struct IKEEXT_POLICY1_ *ikeMmPolicy;
        struct IKEEXT_POLICY1_ *authIpMmPolicy;
        FWP_BYTE_BLOB *dataBuffer;
        FWPM_CLASSIFY_OPTIONS0 *classifyOptions;
        struct IPSEC_TUNNEL_POLICY1_ *ikeV2QmTunnelPolicy;
        struct IKEEXT_POLICY1_ *ikeV2MmPolicy;
        IPSEC_DOSP_OPTIONS0 *idpOptions;
    };
    UINT64 providerContextId;
} FWPM_PROVIDER_CONTEXT1;

typedef struct FWPM_PROVIDER_CONTEXT2_ {
    GUID providerContextKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    FWPM_PROVIDER_CONTEXT_TYPE type;
    union {
        struct IPSEC_KEYING_POLICY1_ *keyingPolicy;
        struct IPSEC_TRANSPORT_POLICY2_ *ikeQmTransportPolicy;
        struct IPSEC_TUNNEL_POLICY2_ *ikeQmTunnelPolicy;
        struct IPSEC_TRANSPORT_POLICY2_ *authipQmTransportPolicy;
        struct IPSEC_TUNNEL_POLICY2_ *authipQmTunnelPolicy;
        struct IKEEXT_POLICY2_ *ikeMmPolicy;
        struct IKEEXT_POLICY2_ *authIpMmPolicy;
        FWP_BYTE_BLOB *dataBuffer;
        FWPM_CLASSIFY_OPTIONS0 *classifyOptions;
        struct IPSEC_TUNNEL_POLICY2_ *ikeV2QmTunnelPolicy;
        struct IPSEC_TRANSPORT_POLICY2_ *ikeV2QmTransportPolicy;
        struct IKEEXT_POLICY2_ *ikeV2MmPolicy;
        IPSEC_DOSP_OPTIONS0 *idpOptions;
    };
    UINT64 providerContextId;
} FWPM_PROVIDER_CONTEXT2;

/* Version-independent names. */
typedef FWPM_DISPLAY_DATA0 FWPM_DISPLAY_DATA;
typedef FWPM_ACTION0 FWPM_ACTION;
typedef FWPM_FILTER_CONDITION0 FWPM_FILTER_CONDITION;
typedef FWPM_FILTER0 FWPM_FILTER;
typedef FWPM_CALLOUT0 FWPM_CALLOUT;
typedef FWPM_SUBLAYER0 FWPM_SUBLAYER;
typedef FWPM_PROVIDER0 FWPM_PROVIDER;
typedef FWPM_SESSION0 FWPM_SESSION;
typedef FWPM_CLASSIFY_OPTION0 FWPM_CLASSIFY_OPTION;
typedef FWPM_CLASSIFY_OPTIONS0 FWPM_CLASSIFY_OPTIONS;
typedef IPSEC_DOSP_OPTIONS0 IPSEC_DOSP_OPTIONS;
#if NTDDI_VERSION >= NTDDI_WIN8
typedef FWPM_PROVIDER_CONTEXT2 FWPM_PROVIDER_CONTEXT;
#elif NTDDI_VERSION >= NTDDI_WIN7
typedef FWPM_PROVIDER_CONTEXT1 FWPM_PROVIDER_CONTEXT;
#else
typedef FWPM_PROVIDER_CONTEXT0 FWPM_PROVIDER_CONTEXT;
#endif
/* The keying policy the version-independent provider context points to
   (version 1 from Windows 8 on, as FWPM_PROVIDER_CONTEXT2 uses). */
#if NTDDI_VERSION >= NTDDI_WIN8
typedef IPSEC_KEYING_POLICY1 IPSEC_KEYING_POLICY;
#else
typedef IPSEC_KEYING_POLICY0 IPSEC_KEYING_POLICY;
#endif


/* FWPM_FILTER0.flags. */
#define FWPM_FILTER_FLAG_NONE                                 0x00000000
#define FWPM_FILTER_FLAG_PERSISTENT                           0x00000001
#define FWPM_FILTER_FLAG_BOOTTIME                             0x00000002
#define FWPM_FILTER_FLAG_HAS_PROVIDER_CONTEXT                 0x00000004
#define FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT                   0x00000008
#define FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED       0x00000010
#define FWPM_FILTER_FLAG_DISABLED                             0x00000020
#define FWPM_FILTER_FLAG_INDEXED                              0x00000040
#define FWPM_FILTER_FLAG_HAS_SECURITY_REALM_PROVIDER_CONTEXT  0x00000080
#define FWPM_FILTER_FLAG_SYSTEMOS_ONLY                        0x00000100
#define FWPM_FILTER_FLAG_GAMEOS_ONLY                          0x00000200
#define FWPM_FILTER_FLAG_SILENT_MODE                          0x00000400
#define FWPM_FILTER_FLAG_IPSEC_NO_ACQUIRE_INITIATE            0x00000800

/* FWPM_SESSION0.flags: a dynamic session's objects go away with it. */
#define FWPM_SESSION_FLAG_DYNAMIC   0x00000001
#define FWPM_SESSION_FLAG_RESERVED  0x10000000

/* FWPM_PROVIDER0.flags and FWPM_PROVIDER_CONTEXT*.flags. */
#define FWPM_PROVIDER_FLAG_PERSISTENT          0x00000001
#define FWPM_PROVIDER_FLAG_DISABLED            0x00000010
#define FWPM_PROVIDER_CONTEXT_FLAG_PERSISTENT  0x00000001
#define FWPM_PROVIDER_CONTEXT_FLAG_DOWNLEVEL   0x00000002

/* Filter enumeration: how the template's conditions match, and flags. */
typedef enum FWP_FILTER_ENUM_TYPE_ {
    FWP_FILTER_ENUM_FULLY_CONTAINED = 0,
    FWP_FILTER_ENUM_OVERLAPPING,
    FWP_FILTER_ENUM_TYPE_MAX
} FWP_FILTER_ENUM_TYPE;

#define FWP_FILTER_ENUM_FLAG_BEST_TERMINATING_MATCH  0x00000001
#define FWP_FILTER_ENUM_FLAG_SORTED                  0x00000002
#define FWP_FILTER_ENUM_FLAG_BOOTTIME_ONLY           0x00000004
#define FWP_FILTER_ENUM_FLAG_INCLUDE_BOOTTIME        0x00000008
#define FWP_FILTER_ENUM_FLAG_INCLUDE_DISABLED        0x00000010

/* Access right that lets a caller see the filters matching a template. */
#define FWP_ACTRL_MATCH_FILTER  0x00000001

/* Why an ALE reauthorization happened (FWPM_CONDITION_REAUTHORIZE_REASON). */
#define FWP_CONDITION_REAUTHORIZE_REASON_POLICY_CHANGE                 0x00000001
#define FWP_CONDITION_REAUTHORIZE_REASON_NEW_ARRIVAL_INTERFACE         0x00000002
#define FWP_CONDITION_REAUTHORIZE_REASON_NEW_NEXTHOP_INTERFACE         0x00000004
#define FWP_CONDITION_REAUTHORIZE_REASON_PROFILE_CROSSING              0x00000008
#define FWP_CONDITION_REAUTHORIZE_REASON_CLASSIFY_COMPLETION           0x00000010
#define FWP_CONDITION_REAUTHORIZE_REASON_IPSEC_PROPERTIES_CHANGED      0x00000020
#define FWP_CONDITION_REAUTHORIZE_REASON_MID_STREAM_INSPECTION         0x00000040
#define FWP_CONDITION_REAUTHORIZE_REASON_SOCKET_PROPERTY_CHANGED       0x00000080
#define FWP_CONDITION_REAUTHORIZE_REASON_NEW_INBOUND_MCAST_BCAST_PACKET 0x00000100
#define FWP_CONDITION_REAUTHORIZE_REASON_EDP_POLICY_CHANGED            0x00000200
#define FWP_CONDITION_REAUTHORIZE_REASON_PROXY_HANDLE_CHANGED          0x00004000
#define FWP_CONDITION_REAUTHORIZE_REASON_CHECK_OFFLOAD                 0x00010000

/* FWPM_CONDITION_ALE_SOCKET_PROPERTY bits. */
#define FWP_CONDITION_SOCKET_PROPERTY_FLAG_IS_SYSTEM_PORT_RPC   0x00000001
#define FWP_CONDITION_SOCKET_PROPERTY_FLAG_ALLOW_EDGE_TRAFFIC   0x00000002
#define FWP_CONDITION_SOCKET_PROPERTY_FLAG_DENY_EDGE_TRAFFIC    0x00000004

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_FWPMTYPES_H */
