/*
 * wdm_ex.h - hvcilint's stand-in for more of the executive part of the
 * WDK's wdm.h: run-down protection, callback objects, timer kinds, the
 * adapter object handle, aligned GUID comparison and InterlockedAdd;
 * wdm.h includes it at its end.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (EX_RUNDOWN_REF and the Ex*RundownProtection*
 * routines, ExCreateCallback, ExRegisterCallback, ExUnregisterCallback,
 * ExNotifyCallback, CALLBACK_FUNCTION, TIMER_TYPE, IsEqualGUIDAligned,
 * InterlockedAdd), not taken from the WDK.  EX_RUNDOWN_REF is opaque in the
 * documentation: one pointer-sized member here, its documented size.
 * IsEqualGUIDAligned compares like IsEqualGUID (the real macro compares
 * two 64-bit halves, with the same result), taking pointers in C and
 * references in C++ as IsEqualGUID does.
 *
 * Also the reader/writer spin locks (EX_SPIN_LOCK, ExAcquireSpinLockShared
 * and the other Ex*SpinLock{Shared,Exclusive}* pages).
 *
 * Left out: the cache-aware run-down routines, ExNotifyCallback's
 * predefined callback objects by name, and the 64-bit InterlockedAdd forms
 * other than InterlockedAdd64.
 */
#pragma once
#ifndef HVCILINT_WDM_EX_H
#define HVCILINT_WDM_EX_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _TIMER_TYPE { NotificationTimer, SynchronizationTimer } TIMER_TYPE;

/* The DMA_ADAPTER reference page declares PADAPTER_OBJECT as a pointer to
 * a DMA_ADAPTER (wdm.h). */
typedef struct _DMA_ADAPTER *PADAPTER_OBJECT;

/* Run-down protection. */
typedef struct _EX_RUNDOWN_REF {
    PVOID __hvci_opaque;
} EX_RUNDOWN_REF, *PEX_RUNDOWN_REF;

NTKERNELAPI VOID NTAPI ExInitializeRundownProtection(_Out_ PEX_RUNDOWN_REF RunRef);
NTKERNELAPI VOID NTAPI ExReInitializeRundownProtection(_Inout_ PEX_RUNDOWN_REF RunRef);
NTKERNELAPI BOOLEAN NTAPI ExAcquireRundownProtection(_Inout_ PEX_RUNDOWN_REF RunRef);
NTKERNELAPI BOOLEAN NTAPI ExAcquireRundownProtectionEx(_Inout_ PEX_RUNDOWN_REF RunRef,
                                                       _In_ ULONG Count);
NTKERNELAPI VOID NTAPI ExReleaseRundownProtection(_Inout_ PEX_RUNDOWN_REF RunRef);
NTKERNELAPI VOID NTAPI ExReleaseRundownProtectionEx(_Inout_ PEX_RUNDOWN_REF RunRef,
                                                    _In_ ULONG Count);
NTKERNELAPI VOID NTAPI ExWaitForRundownProtectionRelease(_Inout_ PEX_RUNDOWN_REF RunRef);
NTKERNELAPI VOID NTAPI ExRundownCompleted(_Out_ PEX_RUNDOWN_REF RunRef);

/* Callback objects. */
typedef struct _CALLBACK_OBJECT *PCALLBACK_OBJECT;

typedef VOID CALLBACK_FUNCTION(_In_opt_ PVOID CallbackContext, _In_opt_ PVOID Argument1,
                               _In_opt_ PVOID Argument2);
typedef CALLBACK_FUNCTION *PCALLBACK_FUNCTION;

NTKERNELAPI NTSTATUS NTAPI ExCreateCallback(_Outptr_ PCALLBACK_OBJECT *CallbackObject,
                                            _In_ POBJECT_ATTRIBUTES ObjectAttributes,
                                            _In_ BOOLEAN Create,
                                            _In_ BOOLEAN AllowMultipleCallbacks);
NTKERNELAPI PVOID NTAPI ExRegisterCallback(_Inout_ PCALLBACK_OBJECT CallbackObject,
                                           _In_ PCALLBACK_FUNCTION CallbackFunction,
                                           _In_opt_ PVOID CallbackContext);
NTKERNELAPI VOID NTAPI ExUnregisterCallback(_Inout_ PVOID CallbackRegistration);
NTKERNELAPI VOID NTAPI ExNotifyCallback(_In_ PVOID CallbackObject, _In_opt_ PVOID Argument1,
                                        _In_opt_ PVOID Argument2);

#define IsEqualGUIDAligned(guid1, guid2) IsEqualGUID(guid1, guid2)

/* InterlockedExchangeAdd returns the old value; these return the new one. */
#ifndef InterlockedAdd
#define InterlockedAdd(Addend, Value) (InterlockedExchangeAdd((Addend), (Value)) + (Value))
#endif
#if defined(_WIN64) && !defined(InterlockedAdd64)
#define InterlockedAdd64(Addend, Value) \
    (InterlockedExchangeAdd64((Addend), (Value)) + (Value))
#endif

/* Reader/writer spin locks: a 32-bit variable initialized to zero in
   nonpaged memory. */
typedef LONG volatile EX_SPIN_LOCK, *PEX_SPIN_LOCK;

_IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI KIRQL NTAPI ExAcquireSpinLockShared(_Inout_ PEX_SPIN_LOCK SpinLock);
NTKERNELAPI VOID NTAPI ExAcquireSpinLockSharedAtDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
NTKERNELAPI VOID NTAPI ExReleaseSpinLockShared(_Inout_ PEX_SPIN_LOCK SpinLock,
                                               _In_ KIRQL OldIrql);
NTKERNELAPI VOID NTAPI ExReleaseSpinLockSharedFromDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI KIRQL NTAPI ExAcquireSpinLockExclusive(_Inout_ PEX_SPIN_LOCK SpinLock);
NTKERNELAPI VOID NTAPI ExAcquireSpinLockExclusiveAtDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
NTKERNELAPI VOID NTAPI ExReleaseSpinLockExclusive(_Inout_ PEX_SPIN_LOCK SpinLock,
                                                  _In_ KIRQL OldIrql);
NTKERNELAPI VOID NTAPI ExReleaseSpinLockExclusiveFromDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
NTKERNELAPI LOGICAL NTAPI ExTryConvertSharedSpinLockExclusive(_Inout_ PEX_SPIN_LOCK SpinLock);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_WDM_EX_H */
