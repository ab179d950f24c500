/*
 * net/ringcollection.h - hvcilint's compact stand-in for the NetAdapterCx
 * ring collection.  Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, ringcollection.h reference), not
 * taken from the WDK.
 *
 * Declares: NET_RING_TYPE, NET_RING_COLLECTION and the packet and fragment
 * ring getters.
 */
#pragma once
#ifndef _HVCI_NET_RINGCOLLECTION_H_
#define _HVCI_NET_RINGCOLLECTION_H_

#include <net/ring.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_RING_TYPE {
    NetRingTypePacket = 0,
    NetRingTypeFragment = 1,
    NetRingTypeDataBuffer
} NET_RING_TYPE;

typedef struct _NET_RING_COLLECTION {
    NET_RING *Rings[NetRingTypeDataBuffer + 1];
} NET_RING_COLLECTION;

FORCEINLINE NET_RING *NetRingCollectionGetPacketRing(_In_ NET_RING_COLLECTION const *Rings)
{
    return Rings->Rings[NetRingTypePacket];
}

FORCEINLINE NET_RING *NetRingCollectionGetFragmentRing(_In_ NET_RING_COLLECTION const *Rings)
{
    return Rings->Rings[NetRingTypeFragment];
}

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_RINGCOLLECTION_H_ */
