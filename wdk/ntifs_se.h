/*
 * ntifs_se.h - hvcilint's stand-in for one more part of the WDK's
 * ntifs.h: the SE_EXPORTS structure and the SeExports pointer the kernel
 * exports (well-known privilege LUIDs and SIDs, e.g.
 * SeExports->SeWorldSid); ntifs.h includes it at its end.
 *
 * Written for hvcilint from the public SE_EXPORTS reference page on
 * learn.microsoft.com (member names, order and types: privileges are
 * LUIDs, identifiers are PSIDs), not taken from the WDK.  The members end
 * with SeDelegateSessionUserImpersonatePrivilege, the last one the page
 * lists; later Windows versions may append more, so sizeof(SE_EXPORTS)
 * here is not claimed to match the kernel's.
 *
 * Also the token group records (SID_AND_ATTRIBUTES, TOKEN_GROUPS) from
 * their reference pages.
 *
 * Left out: token, privilege-set and SID-building APIs (SeFilterToken,
 * RtlInitializeSid, ...).
 */
#pragma once
#ifndef HVCILINT_NTIFS_SE_H
#define HVCILINT_NTIFS_SE_H

#include <ntifs.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _SE_EXPORTS {
    /* Privileges of the original set. */
    LUID SeCreateTokenPrivilege;
    LUID SeAssignPrimaryTokenPrivilege;
    LUID SeLockMemoryPrivilege;
    LUID SeIncreaseQuotaPrivilege;
    LUID SeUnsolicitedInputPrivilege;
    LUID SeTcbPrivilege;
    LUID SeSecurityPrivilege;
    LUID SeTakeOwnershipPrivilege;
    LUID SeLoadDriverPrivilege;
    LUID SeCreatePagefilePrivilege;
    LUID SeIncreaseBasePriorityPrivilege;
    LUID SeSystemProfilePrivilege;
    LUID SeSystemtimePrivilege;
    LUID SeProfileSingleProcessPrivilege;
    LUID SeCreatePermanentPrivilege;
    LUID SeBackupPrivilege;
    LUID SeRestorePrivilege;
    LUID SeShutdownPrivilege;
    LUID SeDebugPrivilege;
    LUID SeAuditPrivilege;
    LUID SeSystemEnvironmentPrivilege;
    LUID SeChangeNotifyPrivilege;
    LUID SeRemoteShutdownPrivilege;

    /* Well-known identifiers. */
    PSID SeNullSid;
    PSID SeWorldSid;
    PSID SeLocalSid;
    PSID SeCreatorOwnerSid;
    PSID SeCreatorGroupSid;
    PSID SeNtAuthoritySid;
    PSID SeDialupSid;
    PSID SeNetworkSid;
    PSID SeBatchSid;
    PSID SeInteractiveSid;
    PSID SeLocalSystemSid;
    PSID SeAliasAdminsSid;
    PSID SeAliasUsersSid;
    PSID SeAliasGuestsSid;
    PSID SeAliasPowerUsersSid;
    PSID SeAliasAccountOpsSid;
    PSID SeAliasSystemOpsSid;
    PSID SeAliasPrintOpsSid;
    PSID SeAliasBackupOpsSid;
    PSID SeAuthenticatedUsersSid;
    PSID SeRestrictedSid;
    PSID SeAnonymousLogonSid;

    /* Later additions, in the page's order. */
    LUID SeUndockPrivilege;
    LUID SeSyncAgentPrivilege;
    LUID SeEnableDelegationPrivilege;
    PSID SeLocalServiceSid;
    PSID SeNetworkServiceSid;
    LUID SeManageVolumePrivilege;
    LUID SeImpersonatePrivilege;
    LUID SeCreateGlobalPrivilege;
    LUID SeTrustedCredManAccessPrivilege;
    LUID SeRelabelPrivilege;
    LUID SeIncreaseWorkingSetPrivilege;
    LUID SeTimeZonePrivilege;
    LUID SeCreateSymbolicLinkPrivilege;
    PSID SeIUserSid;
    PSID SeUntrustedMandatorySid;
    PSID SeLowMandatorySid;
    PSID SeMediumMandatorySid;
    PSID SeHighMandatorySid;
    PSID SeSystemMandatorySid;
    PSID SeOwnerRightsSid;
    PSID SeAllAppPackagesSid;
    PSID SeUserModeDriversSid;
    PSID SeTrustedInstallerSid;
    LUID SeDelegateSessionUserImpersonatePrivilege;
} SE_EXPORTS, *PSE_EXPORTS;

/* Group SIDs of an access token (SeFilterToken, SeQueryInformationToken).
   fwptypes.h declares it too: whichever header comes first declares it. */
#ifndef HVCILINT_SID_AND_ATTRIBUTES_DEFINED
#define HVCILINT_SID_AND_ATTRIBUTES_DEFINED
typedef struct _SID_AND_ATTRIBUTES {
    PSID Sid;
    ULONG Attributes;
} SID_AND_ATTRIBUTES, *PSID_AND_ATTRIBUTES;
#endif

typedef struct _TOKEN_GROUPS {
    ULONG GroupCount;
    SID_AND_ATTRIBUTES Groups[ANYSIZE_ARRAY];
} TOKEN_GROUPS, *PTOKEN_GROUPS;

/* Exported by the kernel image; read it through the pointer. */
extern NTKERNELAPI PSE_EXPORTS SeExports;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NTIFS_SE_H */
