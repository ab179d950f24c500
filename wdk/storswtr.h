/*
 * storswtr.h - hvcilint's stand-in for the storage software-tracing
 * header that storage class drivers, MPIO DSMs and miniports include
 * before their WPP configuration: the TRACE_LEVEL_* severities (from
 * evntrace.h) and the TRACE_FLAG_* trace-flag names those drivers pass to
 * their WPP trace macros.
 *
 * Written for hvcilint, not taken from the WDK.  The header has no page in
 * the public DDI reference; the flag names are the ones storage drivers
 * pass, and their values here are hvcilint's own single-bit masks, in the
 * order the names are listed below.
 *
 * Left out: the WPP control-GUID and trace-function macros
 * (WPP_CONTROL_GUIDS_NORMAL_FLAGS, TracePrint, ...): they take effect only
 * through the WPP preprocessor, which does not run here.
 */
#pragma once
#ifndef HVCILINT_STORSWTR_H
#define HVCILINT_STORSWTR_H

#include <evntrace.h>

enum {
    TRACE_FLAG_GENERAL  = 0x00000001,
    TRACE_FLAG_PNP      = 0x00000002,
    TRACE_FLAG_POWER    = 0x00000004,
    TRACE_FLAG_RW       = 0x00000008,
    TRACE_FLAG_IOCTL    = 0x00000010,
    TRACE_FLAG_QUEUE    = 0x00000020,
    TRACE_FLAG_WMI      = 0x00000040,
    TRACE_FLAG_TIMER    = 0x00000080,
    TRACE_FLAG_INIT     = 0x00000100,
    TRACE_FLAG_LOCK     = 0x00000200,
    TRACE_FLAG_DEBUG1   = 0x00000400,
    TRACE_FLAG_DEBUG2   = 0x00000800,
    TRACE_FLAG_MCN      = 0x00001000,
    TRACE_FLAG_ISR      = 0x00002000,
    TRACE_FLAG_ENUM     = 0x00004000,
    TRACE_FLAG_LOGOTEST = 0x00008000,
    TRACE_FLAG_DUMP     = 0x00010000,
    TRACE_FLAG_SCSI     = 0x00020000
};

#endif /* HVCILINT_STORSWTR_H */
