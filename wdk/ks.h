/*
 * ks.h - hvcilint's compact stand-in for the kernel-streaming types that
 * the PortCls stand-in needs.  Written for hvcilint from public facts, not
 * taken from the WDK.  Left out: everything else of kernel streaming.
 */
#pragma once
#ifndef _KS_
#define _KS_

#include <wdm.h>

typedef union {
    struct {
        ULONG FormatSize;
        ULONG Flags;
        ULONG SampleSize;
        ULONG Reserved;
        GUID MajorFormat;
        GUID SubFormat;
        GUID Specifier;
    };
    LONGLONG Alignment;
} KSDATAFORMAT, *PKSDATAFORMAT, KSDATARANGE, *PKSDATARANGE;

typedef struct _KSNOTIFICATIONHEADER *PKSNOTIFICATIONHEADER;
typedef struct _KSPIN_DESCRIPTOR *PKSPIN_DESCRIPTOR;

#endif /* _KS_ */
