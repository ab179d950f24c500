/*
 * net/rsc.h - hvcilint's compact stand-in for the NetAdapterCx receive
 * segment coalescing (RSC) packet extension. Written for hvcilint from
 * Microsoft's public documentation (learn.microsoft.com, rsc.h and
 * rsctypes.h reference), not taken from the WDK.
 *
 * Declares: NET_PACKET_RSC (TCP, and the UDP coalescing of version 2), the
 * extension name and versions and NetExtensionGetPacketRsc.
 */
#pragma once
#ifndef _HVCI_NET_RSC_H_
#define _HVCI_NET_RSC_H_

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NET_PACKET_EXTENSION_RSC_NAME L"ms_packetrsc"
#define NET_PACKET_EXTENSION_RSC_VERSION_1 1U
#define NET_PACKET_EXTENSION_RSC_VERSION_2 2U

typedef struct _NET_PACKET_RSC {
    union {
        struct {
            UINT16 CoalescedSegmentCount;
            UINT16 DuplicateAckCount;
        } TCP;
        struct {
            UINT16 CoalescedSegmentCount;
            UINT16 CoalescedSegmentSize;
        } UDP;
    };
} NET_PACKET_RSC;

NET_PACKET_RSC *NetExtensionGetPacketRsc(_In_ NET_EXTENSION const *Extension, _In_ UINT32 Index);

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_RSC_H_ */
