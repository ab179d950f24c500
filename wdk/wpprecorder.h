/*
 * wpprecorder.h - hvcilint's compact stand-in for the Inflight Trace
 * Recorder (IFR) interface.  Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, wpprecorder.h reference:
 * RECORDER_LOG, RECORDER_LOG_CREATE_PARAMS, RECORDER_CONFIGURE_PARAMS,
 * WppRecorderLogCreate, WppRecorderConfigure, WppRecorderLogGetDefault,
 * WppRecorderLogDelete, WppRecorderLogSetIdentifier), not taken from the
 * WDK.
 *
 * The documentation gives the structure layouts but neither the
 * numeric values of WPP_RECORDER_TRI_STATE nor the value of
 * RECORDER_LOG_IDENTIFIER_MAX_CHARS; the stand-in gives the tri-state
 * members distinct values and the identifier a 16-character buffer, and
 * nothing should rely on either.  RECORDER_LOG is an opaque handle.  The
 * routines are declared as functions (the real header routes them
 * through the WPP-generated code).  Left out: the WPP_RECORDER_* filter
 * and argument macros, which trace-message preprocessing generates.
 */
#pragma once
#ifndef _WPPRECORDER_H_
#define _WPPRECORDER_H_

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _RECORDER_LOG_OPAQUE *RECORDER_LOG, **PRECORDER_LOG;

#ifndef RECORDER_LOG_IDENTIFIER_MAX_CHARS
#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16
#endif

typedef enum _WPP_RECORDER_TRI_STATE {
    WppRecorderFalse = 0,
    WppRecorderTrue,
    WppRecorderDefault
} WPP_RECORDER_TRI_STATE;

typedef struct _RECORDER_LOG_CREATE_PARAMS {
    ULONG Size;
    ULONG LogTag;
    ULONG TotalBufferSize;
    ULONG ErrorPartitionSize;
    ULONG_PTR LogIdentifierAppendValue;
    BOOLEAN LogIdentifierAppendValueSet;
    ULONG LogIdentifierSize;
    CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
    WPP_RECORDER_TRI_STATE UseTimeStamp;
    WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;

typedef struct _RECORDER_CONFIGURE_PARAMS {
    ULONG Size;
    BOOLEAN CreateDefaultLog;
    WPP_RECORDER_TRI_STATE UseTimeStamp;
    WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

FORCEINLINE VOID RECORDER_CONFIGURE_PARAMS_INIT(_Out_ PRECORDER_CONFIGURE_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(RECORDER_CONFIGURE_PARAMS));
    Params->Size = sizeof(RECORDER_CONFIGURE_PARAMS);
    Params->CreateDefaultLog = TRUE;
    Params->UseTimeStamp = WppRecorderDefault;
    Params->PreciseTimeStamp = WppRecorderDefault;
}

FORCEINLINE VOID RECORDER_LOG_CREATE_PARAMS_INIT(
    _Out_ PRECORDER_LOG_CREATE_PARAMS Params,
    _In_opt_ PSTR LogIdentifier)
{
    RtlZeroMemory(Params, sizeof(RECORDER_LOG_CREATE_PARAMS));
    Params->Size = sizeof(RECORDER_LOG_CREATE_PARAMS);
    Params->LogIdentifierSize = RECORDER_LOG_IDENTIFIER_MAX_CHARS;
    Params->UseTimeStamp = WppRecorderDefault;
    Params->PreciseTimeStamp = WppRecorderDefault;
    if (LogIdentifier != NULL) {
        ULONG i;
        for (i = 0; i + 1 < RECORDER_LOG_IDENTIFIER_MAX_CHARS && LogIdentifier[i] != 0; i++) {
            Params->LogIdentifier[i] = LogIdentifier[i];
        }
    }
}

NTSTATUS WppRecorderLogCreate(_In_ PRECORDER_LOG_CREATE_PARAMS CreateParams,
                              _Out_ RECORDER_LOG *RecorderLog);
VOID WppRecorderLogDelete(_In_ RECORDER_LOG RecorderLog);
RECORDER_LOG WppRecorderLogGetDefault(VOID);
NTSTATUS WppRecorderLogSetIdentifier(_In_ RECORDER_LOG RecorderLog,
                                     _In_ PSTR LogIdentifier);
VOID WppRecorderConfigure(_In_ PRECORDER_CONFIGURE_PARAMS ConfigureParams);

#ifdef __cplusplus
}
#endif

#endif /* _WPPRECORDER_H_ */
