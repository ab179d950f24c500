/*
 * evntrace.h - hvcilint's compact stand-in for the event-tracing header:
 * only the TRACE_LEVEL_* severities that WPP and ETW trace calls pass.
 *
 * Written for hvcilint from public facts (the level names and values of
 * the Event Tracing reference), not taken from the WDK or SDK.
 *
 * Left out: everything else (EVENT_TRACE_* structures and flags, the
 * trace-session APIs).  WPP's generated macros (WPP_INIT_TRACING,
 * DoTraceMessage, the .tmh files) are not provided: they come from the
 * WPP preprocessor, not from a header.
 */
#pragma once
#ifndef _HVCILINT_EVNTRACE_H
#define _HVCILINT_EVNTRACE_H

#define TRACE_LEVEL_NONE        0   /* tracing is not on */
#define TRACE_LEVEL_CRITICAL    1   /* abnormal exit or termination */
#define TRACE_LEVEL_FATAL       1   /* deprecated name for CRITICAL */
#define TRACE_LEVEL_ERROR       2   /* severe errors that need logging */
#define TRACE_LEVEL_WARNING     3   /* warnings such as allocation failures */
#define TRACE_LEVEL_INFORMATION 4   /* non-error cases such as entry/exit */
#define TRACE_LEVEL_VERBOSE     5   /* detailed traces of intermediate steps */
#define TRACE_LEVEL_RESERVED6   6
#define TRACE_LEVEL_RESERVED7   7
#define TRACE_LEVEL_RESERVED8   8
#define TRACE_LEVEL_RESERVED9   9

#endif /* _HVCILINT_EVNTRACE_H */
