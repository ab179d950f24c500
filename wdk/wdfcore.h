/*
 * wdfcore.h - hvcilint's compact stand-in for the KMDF time-out helpers.
 * Written for hvcilint from the public KMDF documentation (WDF_REL_TIMEOUT_IN_*
 * and WDF_ABS_TIMEOUT_IN_* take a count and return 100-ns system time,
 * negative for relative), not taken from the WDK.
 */
#pragma once
#ifndef _WDFCORE_H_
#define _WDFCORE_H_

#include <wdftypes.h>

#define WDF_TIMEOUT_TO_SEC ((LONGLONG)1 * 10 * 1000 * 1000)
#define WDF_TIMEOUT_TO_MS  ((LONGLONG)1 * 10 * 1000)
#define WDF_TIMEOUT_TO_US  ((LONGLONG)1 * 10)

FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_SEC(_In_ ULONGLONG Time)
{
    return (LONGLONG)Time * -WDF_TIMEOUT_TO_SEC;
}
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_SEC(_In_ ULONGLONG Time)
{
    return (LONGLONG)Time * WDF_TIMEOUT_TO_SEC;
}
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_MS(_In_ ULONGLONG Time)
{
    return (LONGLONG)Time * -WDF_TIMEOUT_TO_MS;
}
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_MS(_In_ ULONGLONG Time)
{
    return (LONGLONG)Time * WDF_TIMEOUT_TO_MS;
}
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_US(_In_ ULONGLONG Time)
{
    return (LONGLONG)Time * -WDF_TIMEOUT_TO_US;
}
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_US(_In_ ULONGLONG Time)
{
    return (LONGLONG)Time * WDF_TIMEOUT_TO_US;
}

#endif /* _WDFCORE_H_ */
