/*
 * wdm_extimer.h - hvcilint's stand-in for the executive timer objects of
 * the WDK's wdm.h (Windows 8.1 and later: ExAllocateTimer and friends);
 * wdm.h includes it at its end.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ExAllocateTimer, ExSetTimer, ExCancelTimer,
 * ExDeleteTimer, EXT_CALLBACK, EXT_DELETE_CALLBACK, EXT_SET_PARAMETERS,
 * EXT_DELETE_PARAMETERS, ExInitializeSetTimerParameters,
 * ExInitializeDeleteTimerParameters), not taken from the WDK.  The timer
 * object itself is opaque, as documented.  The EX_TIMER_* attribute bits
 * are given their published values.
 *
 * Left out: the cancel-parameters layout (named only), the timer
 * versions' internal fields and the version constants' values.
 */
#pragma once
#ifndef HVCILINT_WDM_EXTIMER_H
#define HVCILINT_WDM_EXTIMER_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _EX_TIMER *PEX_TIMER;

typedef VOID EXT_CALLBACK(_In_ PEX_TIMER Timer, _In_opt_ PVOID Context);
typedef EXT_CALLBACK *PEXT_CALLBACK;

typedef VOID EXT_DELETE_CALLBACK(_In_opt_ PVOID Context);
typedef EXT_DELETE_CALLBACK *PEXT_DELETE_CALLBACK;

typedef struct _EXT_SET_PARAMETERS_V0 {
    ULONG Version;
    ULONG Reserved;
    LONGLONG NoWakeTolerance;
} EXT_SET_PARAMETERS, *PEXT_SET_PARAMETERS;

typedef struct _EXT_DELETE_PARAMETERS {
    ULONG Version;
    ULONG Reserved;
    PEXT_DELETE_CALLBACK DeleteCallback;
    PVOID DeleteContext;
} EXT_DELETE_PARAMETERS, *PEXT_DELETE_PARAMETERS;

typedef struct _EXT_CANCEL_PARAMETERS *PEXT_CANCEL_PARAMETERS;

#define EX_TIMER_HIGH_RESOLUTION 0x4
#define EX_TIMER_NO_WAKE         0x8

PEX_TIMER NTAPI ExAllocateTimer(_In_opt_ PEXT_CALLBACK Callback, _In_opt_ PVOID CallbackContext,
                                _In_ ULONG Attributes);
BOOLEAN NTAPI ExSetTimer(_In_ PEX_TIMER Timer, _In_ LONGLONG DueTime, _In_ LONGLONG Period,
                         _In_opt_ PEXT_SET_PARAMETERS Parameters);
BOOLEAN NTAPI ExCancelTimer(_Inout_ PEX_TIMER Timer, _In_opt_ PEXT_CANCEL_PARAMETERS Parameters);
BOOLEAN NTAPI ExDeleteTimer(_In_ PEX_TIMER Timer, _In_ BOOLEAN Cancel, _In_ BOOLEAN Wait,
                            _In_opt_ PEXT_DELETE_PARAMETERS Parameters);
VOID NTAPI ExInitializeSetTimerParameters(_Out_ PEXT_SET_PARAMETERS Parameters);
VOID NTAPI ExInitializeDeleteTimerParameters(_Out_ PEXT_DELETE_PARAMETERS Parameters);

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_WDM_EXTIMER_H */
