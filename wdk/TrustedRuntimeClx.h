/*
 * TrustedRuntimeClx.h - hvcilint's minimal stand-in for the Trusted
 * Execution Environment (TrEE) class-extension header: the secure-service
 * description a TrEE miniport returns from its EvtTrEnumerateSecureServices
 * callback (TR_SECURE_SERVICE with its dependencies and extension), the
 * dependency kinds and the TRFUNCENUM function-table indexes.
 *
 * Written for hvcilint from the trustedruntimeclx.h DDI reference on
 * learn.microsoft.com (TR_SECURE_SERVICE_V1, TR_SECURE_DEPENDENCY_V1,
 * TR_SECURE_SERVICE_EXTENSION_V1, TR_SECURE_DEPENDENCY_TYPE and TRFUNCENUM
 * pages: member names, types and order; enumerations numbered from zero in
 * the order of their pages), not taken from the WDK.  The unversioned
 * names are the V1 structures, as the reference's callbacks use them.
 *
 * Left out: the EVT_TR_* callback roles, the TR_SECURE_DEVICE_CALLBACKS /
 * TR_SECURE_SERVICE_CALLBACKS registration structures, the
 * TrSecureDevice* routines and the TR_DEVICE_* flags (their values are
 * not published): a driver's uses of those names are analysed with
 * hvcilint's stand-in declarations.
 */
#pragma once
#ifndef HVCILINT_TRUSTEDRUNTIMECLX_H
#define HVCILINT_TRUSTEDRUNTIMECLX_H

#include <ntdef.h>
#include <guiddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _TR_SECURE_DEPENDENCY_TYPE {
    TRSecureOSDependency,
    TRSecureResourceDependency
} TR_SECURE_DEPENDENCY_TYPE;

typedef struct _TR_SECURE_DEPENDENCY_V1 {
    TR_SECURE_DEPENDENCY_TYPE Type;
    ULONG MaxRequired;
    GUID Id;
} TR_SECURE_DEPENDENCY_V1, *PTR_SECURE_DEPENDENCY_V1;

typedef struct _TR_SECURE_SERVICE_V1 {
    ULONG DescriptionSize;
    GUID ServiceGuid;
    ULONG MajorVersion;
    ULONG MinorVersion;
    ULONG ExtensionOffset;
    ULONG CountDependencies;
    TR_SECURE_DEPENDENCY_V1 Dependencies[ANYSIZE_ARRAY];
} TR_SECURE_SERVICE_V1, *PTR_SECURE_SERVICE_V1;

typedef TR_SECURE_SERVICE_V1 TR_SECURE_SERVICE, *PTR_SECURE_SERVICE;

typedef struct _TR_SECURE_SERVICE_EXTENSION_V1 {
    ULONG ExtensionVersion;
    ULONG SecurityDescriptorStringOffset;
} TR_SECURE_SERVICE_EXTENSION_V1, *PTR_SECURE_SERVICE_EXTENSION_V1;

typedef TR_SECURE_SERVICE_EXTENSION_V1 TR_SECURE_SERVICE_EXTENSION, *PTR_SECURE_SERVICE_EXTENSION;

typedef enum _TRFUNCENUM {
    TrSecureDeviceHandoffMasterDeviceControlTableIndex,
    TrSecureDeviceHandoffServiceDeviceControlTableIndex,
    TrSecureDeviceLogMessageTableIndex,
    TrSecureDeviceQueryOSServiceTableIndex,
    TrSecureDeviceCallOSServiceTableIndex,
    TrSecureDeviceCompleteAsyncRequestTableIndex,
    TrFunctionTableNumEntries
} TRFUNCENUM;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_TRUSTEDRUNTIMECLX_H */
