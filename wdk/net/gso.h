/*
 * net/gso.h - hvcilint's compact stand-in for the NetAdapterCx generic
 * segmentation offload (GSO) packet extension. Written for hvcilint from
 * Microsoft's public documentation (learn.microsoft.com, gso.h and
 * gsotypes.h reference), not taken from the WDK.
 *
 * Declares: NET_PACKET_GSO, the extension name and version and
 * NetExtensionGetPacketGso.
 */
#pragma once
#ifndef _HVCI_NET_GSO_H_
#define _HVCI_NET_GSO_H_

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NET_PACKET_EXTENSION_GSO_NAME L"ms_packetgso"
#define NET_PACKET_EXTENSION_GSO_VERSION_1 1U

typedef struct _NET_PACKET_GSO {
    union {
        struct {
            UINT32 Mss : 20;
            UINT32 Reserved0 : 12;
        } TCP;
        struct {
            UINT32 Mss : 20;
            UINT32 Reserved0 : 12;
        } UDP;
    };
} NET_PACKET_GSO;

NET_PACKET_GSO *NetExtensionGetPacketGso(_In_ NET_EXTENSION const *Extension, _In_ UINT32 Index);

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_GSO_H_ */
