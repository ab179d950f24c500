/*
 * net/fragment.h - hvcilint's compact stand-in for the NetAdapterCx
 * fragment descriptor.  Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, fragment.h reference), not taken from
 * the WDK.
 *
 * Declares: NET_FRAGMENT (one virtually contiguous buffer of a packet). The
 * buffer's addresses live in fragment extensions (net/virtualaddress.h,
 * net/logicaladdress.h, net/mdl.h, net/returncontext.h).
 */
#pragma once
#ifndef _HVCI_NET_FRAGMENT_H_
#define _HVCI_NET_FRAGMENT_H_

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_FRAGMENT {
    UINT64 ValidLength : 26;
    UINT64 Capacity : 26;
    UINT64 Offset : 10;
    UINT64 Scratch : 1;
    UINT64 OsReserved_Bounced : 1;
} NET_FRAGMENT;

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_FRAGMENT_H_ */
