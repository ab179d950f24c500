/*
 * TraceLoggingProvider.h - hvcilint's stand-in for the TraceLogging
 * provider header: the provider handle, its declaration and definition
 * macros, registration, and TraceLoggingWrite with its field macros, so
 * that drivers which log through TraceLogging parse.
 *
 * Written for hvcilint from the public TraceLogging reference on
 * learn.microsoft.com (TRACELOGGING_DECLARE_PROVIDER,
 * TRACELOGGING_DEFINE_PROVIDER, TraceLoggingRegister,
 * TraceLoggingUnregister, TraceLoggingProviderEnabled, TraceLoggingWrite
 * and the TraceLogging wrapper macros), not taken from the WDK or SDK.
 * Nothing is logged: TraceLoggingWrite evaluates only its provider handle
 * and drops its event name and fields (which are macros the real header
 * turns into event metadata), registration always succeeds, and
 * TraceLoggingProviderEnabled is FALSE.  The provider handle is an opaque
 * pointer; the provider GUID given to TRACELOGGING_DEFINE_PROVIDER is not
 * stored.
 *
 * Left out: activities (TraceLoggingWriteActivity, TraceLoggingActivity),
 * the ETW-callback form of registration's options, and the C++ helpers.
 */
#pragma once
#ifndef HVCILINT_TRACELOGGINGPROVIDER_H
#define HVCILINT_TRACELOGGINGPROVIDER_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _HVCILINT_TLG_PROVIDER { UCHAR Unused; } HVCILINT_TLG_PROVIDER;
typedef const HVCILINT_TLG_PROVIDER *TraceLoggingHProvider;

#define TRACELOGGING_DECLARE_PROVIDER(handleVariable) \
    extern const TraceLoggingHProvider handleVariable

#define TRACELOGGING_DEFINE_PROVIDER(handleVariable, providerName, providerId, ...) \
    static const HVCILINT_TLG_PROVIDER hvcilint_tlg_##handleVariable = { 0 };      \
    const TraceLoggingHProvider handleVariable = &hvcilint_tlg_##handleVariable

FORCEINLINE NTSTATUS TraceLoggingRegister(_In_ TraceLoggingHProvider hProvider)
{
    (void)hProvider;
    return 0;
}

FORCEINLINE VOID TraceLoggingUnregister(_In_ TraceLoggingHProvider hProvider)
{
    (void)hProvider;
}

FORCEINLINE BOOLEAN TraceLoggingProviderEnabled(_In_ TraceLoggingHProvider hProvider,
                                                _In_ UCHAR eventLevel,
                                                _In_ ULONGLONG eventKeyword)
{
    (void)hProvider;
    (void)eventLevel;
    (void)eventKeyword;
    return FALSE;
}

/* Evaluates the provider handle only; the event name and fields vanish. */
#define TraceLoggingWrite(hProvider, eventName, ...) ((void)(hProvider))

/* Field and option wrappers: metadata for the real header, nothing here. */
#define TraceLoggingLevel(eventLevel)
#define TraceLoggingKeyword(eventKeyword)
#define TraceLoggingOpcode(eventOpcode)
#define TraceLoggingDescription(description)
#define TraceLoggingValue(value, ...)
#define TraceLoggingInt32(value, ...)
#define TraceLoggingUInt32(value, ...)
#define TraceLoggingHexUInt32(value, ...)
#define TraceLoggingInt64(value, ...)
#define TraceLoggingUInt64(value, ...)
#define TraceLoggingHexUInt64(value, ...)
#define TraceLoggingBoolean(value, ...)
#define TraceLoggingPointer(value, ...)
#define TraceLoggingString(value, ...)
#define TraceLoggingWideString(value, ...)
#define TraceLoggingUnicodeString(value, ...)
#define TraceLoggingGuid(value, ...)
#define TraceLoggingNTStatus(value, ...)

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_TRACELOGGINGPROVIDER_H */
