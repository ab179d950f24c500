/*
 * mpiodisk.h - hvcilint's stand-in for the MPIO disk WMI header: the data
 * blocks of the load-balance and path WMI classes that a DSM reports.
 *
 * Written for hvcilint from the public reference pages of MPIO_DSM_Path,
 * MPIO_DSM_Path_V2, DSM_Load_Balance_Policy(_V2), DSM_QueryLBPolicy_V2,
 * DSM_QuerySupportedLBPolicies(_V2), DSM_QueryUniqueId,
 * DsmSetLoadBalancePolicy_IN, DsmSetLoadBalancePolicyALUA_IN/_OUT
 * (learn.microsoft.com, mpiodisk.h section), not taken from the WDK.
 * DSM_QueryLBPolicy and DsmSetLoadBalancePolicy_OUT follow their _V2 /
 * ALUA counterparts, as those pages describe them.
 *
 * Left out: the WMI class GUIDs and *_GuidIndex values, the DSM_LB_*
 * load-balance policy values (not given on the pages),
 * MPIO_DEVINSTANCE_HEALTH_*, MPIO_GET_DESCRIPTOR, PDO_INFORMATION and
 * PDOSCSI_ADDR.
 */
#pragma once
#ifndef HVCILINT_MPIODISK_H
#define HVCILINT_MPIODISK_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _MPIO_DSM_Path {
    ULONGLONG DsmPathId;
    ULONGLONG Reserved;
    ULONG PathWeight;
    ULONG PrimaryPath;
} MPIO_DSM_Path, *PMPIO_DSM_Path;

typedef struct _MPIO_DSM_Path_V2 {
    ULONGLONG DsmPathId;
    ULONGLONG Reserved;
    ULONG PathWeight;
    ULONG PrimaryPath;
    ULONG OptimizedPath;
    ULONG PreferredPath;
    ULONG FailedPath;
    ULONG TargetPortGroup_State;
    ULONG ALUASupport;
    UCHAR SymmetricLUA;
    UCHAR TargetPortGroup_Preferred;
    USHORT TargetPortGroup_Identifier;
    ULONG TargetPort_Identifier;
    ULONG Reserved32;
    ULONGLONG Reserved64;
} MPIO_DSM_Path_V2, *PMPIO_DSM_Path_V2;

typedef struct _DSM_Load_Balance_Policy {
    ULONG Version;                      /* 1 */
    ULONG LoadBalancePolicy;
    ULONG DSMPathCount;
    ULONG Reserved;
    MPIO_DSM_Path DSM_Paths[1];
} DSM_Load_Balance_Policy, *PDSM_Load_Balance_Policy;

typedef struct _DSM_Load_Balance_Policy_V2 {
    ULONG Version;                      /* 2 */
    ULONG LoadBalancePolicy;
    ULONG DSMPathCount;
    ULONG Reserved;
    MPIO_DSM_Path_V2 DSM_Paths[1];
} DSM_Load_Balance_Policy_V2, *PDSM_Load_Balance_Policy_V2;

typedef struct _DSM_QueryLBPolicy {
    DSM_Load_Balance_Policy LoadBalancePolicy;
} DSM_QueryLBPolicy, *PDSM_QueryLBPolicy;

typedef struct _DSM_QueryLBPolicy_V2 {
    DSM_Load_Balance_Policy_V2 LoadBalancePolicy;
} DSM_QueryLBPolicy_V2, *PDSM_QueryLBPolicy_V2;

typedef struct _DSM_QuerySupportedLBPolicies {
    ULONG SupportedLBPoliciesCount;
    ULONG Reserved;
    DSM_Load_Balance_Policy Supported_LB_Policies[1];
} DSM_QuerySupportedLBPolicies, *PDSM_QuerySupportedLBPolicies;

typedef struct _DSM_QuerySupportedLBPolicies_V2 {
    ULONG SupportedLBPoliciesCount;
    ULONG Reserved;
    DSM_Load_Balance_Policy_V2 Supported_LB_Policies[1];
} DSM_QuerySupportedLBPolicies_V2, *PDSM_QuerySupportedLBPolicies_V2;

typedef struct _DSM_QueryUniqueId {
    ULONGLONG DsmUniqueId;
} DSM_QueryUniqueId, *PDSM_QueryUniqueId;

/* Parameters of the DSM_LB_Operations WMI methods. */
typedef struct _DsmSetLoadBalancePolicy_IN {
    DSM_Load_Balance_Policy LoadBalancePolicy;
} DsmSetLoadBalancePolicy_IN, *PDsmSetLoadBalancePolicy_IN;

typedef struct _DsmSetLoadBalancePolicy_OUT {
    ULONG Status;
} DsmSetLoadBalancePolicy_OUT, *PDsmSetLoadBalancePolicy_OUT;

typedef struct _DsmSetLoadBalancePolicyALUA_IN {
    DSM_Load_Balance_Policy_V2 LoadBalancePolicy;
} DsmSetLoadBalancePolicyALUA_IN, *PDsmSetLoadBalancePolicyALUA_IN;

typedef struct _DsmSetLoadBalancePolicyALUA_OUT {
    ULONG Status;
} DsmSetLoadBalancePolicyALUA_OUT, *PDsmSetLoadBalancePolicyALUA_OUT;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_MPIODISK_H */
