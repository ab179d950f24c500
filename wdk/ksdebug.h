/*
 * ksdebug.h - hvcilint's compact stand-in for the kernel-streaming debug
 * print helpers.  Written for hvcilint, not taken from the WDK.
 *
 * Microsoft does not document this header on learn.microsoft.com.  The
 * stand-in keeps only what audio and AVStream samples use: the four
 * DEBUGLVL_* levels (ordered ERROR < TERSE < VERBOSE < BLAB, with
 * DEBUG_LEVEL defaulting to DEBUGLVL_TERSE) and _DbgPrintF(level,
 * (format, ...)), which prints through DbgPrint in checked builds (DBG)
 * when level is at most DEBUG_LEVEL and expands to nothing otherwise.
 * Left out: _DbgPrintFail, the IRP/property name tables and debug
 * breaks.
 */
#pragma once
#ifndef _KSDEBUG_
#define _KSDEBUG_

#include <wdm.h>

#define DEBUGLVL_ERROR    0
#define DEBUGLVL_TERSE    1
#define DEBUGLVL_VERBOSE  2
#define DEBUGLVL_BLAB     3

#ifndef DEBUG_LEVEL
#define DEBUG_LEVEL DEBUGLVL_TERSE
#endif

#if defined(DBG) && DBG
#define _DbgPrintF(lvl, strings)              \
    do {                                      \
        if ((lvl) <= DEBUG_LEVEL) {           \
            DbgPrint strings;                 \
            DbgPrint("\n");                   \
        }                                     \
    } while (0)
#else
#define _DbgPrintF(lvl, strings) ((void)0)
#endif

#endif /* _KSDEBUG_ */
