/*
 * wdfverifier.h - hvcilint's compact stand-in for the KMDF verifier
 * helpers.  Written for hvcilint from the public KMDF documentation, not
 * taken from the WDK.  WDFVERIFY expands to nothing here (in the real
 * header it only acts when the verifier is on).
 */
#pragma once
#ifndef _WDFVERIFIER_H_
#define _WDFVERIFIER_H_

#include <wdftypes.h>

WDF_EXTERN_C_START

VOID WdfVerifierDbgBreakPoint(VOID);
VOID WdfVerifierKeBugCheck(_In_ ULONG BugCheckCode, _In_ ULONG_PTR BugCheckParameter1,
                           _In_ ULONG_PTR BugCheckParameter2,
                           _In_ ULONG_PTR BugCheckParameter3,
                           _In_ ULONG_PTR BugCheckParameter4);

#define WDFVERIFY(exp) ((void)0)
#define VERIFY_IS_IRQL_PASSIVE_LEVEL() ((void)0)

WDF_EXTERN_C_END

#endif /* _WDFVERIFIER_H_ */
