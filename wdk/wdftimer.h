/*
 * wdftimer.h - hvcilint's compact stand-in for KMDF timer objects.
 * Written for hvcilint from the public KMDF documentation
 * (WDF_TIMER_CONFIG and its INIT functions, WdfTimer*), not taken from
 * the WDK.
 */
#pragma once
#ifndef _WDFTIMER_H_
#define _WDFTIMER_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

#define TolerableDelayUnlimited ((ULONG)-1)

typedef VOID EVT_WDF_TIMER(_In_ WDFTIMER Timer);
typedef EVT_WDF_TIMER *PFN_WDF_TIMER;

typedef struct _WDF_TIMER_CONFIG {
    ULONG Size;
    PFN_WDF_TIMER EvtTimerFunc;
    ULONG Period;
    BOOLEAN AutomaticSerialization;
    ULONG TolerableDelay;
    WDF_TRI_STATE UseHighResolutionTimer;
} WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;

FORCEINLINE VOID WDF_TIMER_CONFIG_INIT(_Out_ PWDF_TIMER_CONFIG Config,
                                       _In_ PFN_WDF_TIMER EvtTimerFunc)
{
    RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
    Config->Size = sizeof(WDF_TIMER_CONFIG);
    Config->EvtTimerFunc = EvtTimerFunc;
    Config->AutomaticSerialization = TRUE;
    Config->UseHighResolutionTimer = WdfFalse;
}

FORCEINLINE VOID WDF_TIMER_CONFIG_INIT_PERIODIC(_Out_ PWDF_TIMER_CONFIG Config,
                                                _In_ PFN_WDF_TIMER EvtTimerFunc,
                                                _In_ LONG Period)
{
    WDF_TIMER_CONFIG_INIT(Config, EvtTimerFunc);
    Config->Period = (ULONG)Period;
}

NTSTATUS WdfTimerCreate(_In_ PWDF_TIMER_CONFIG Config,
                        _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
                        _Out_ WDFTIMER *Timer);
/* DueTime in 100-ns units, negative for relative (WDF_REL_TIMEOUT_IN_*). */
BOOLEAN WdfTimerStart(_In_ WDFTIMER Timer, _In_ LONGLONG DueTime);
BOOLEAN WdfTimerStop(_In_ WDFTIMER Timer, _In_ BOOLEAN Wait);
WDFOBJECT WdfTimerGetParentObject(_In_ WDFTIMER Timer);

WDF_EXTERN_C_END

#endif /* _WDFTIMER_H_ */
