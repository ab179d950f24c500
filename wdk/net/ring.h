/*
 * net/ring.h - hvcilint's compact stand-in for the NetAdapterCx net ring.
 * Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, ring.h reference), not taken from the WDK.
 *
 * Declares: NET_RING and the documented index and element helpers
 * (NetRingIncrementIndex, NetRingAdvanceIndex, NetRingGetRangeCount,
 * NetRingGetElementAtIndex, NetRingGetPacketAtIndex,
 * NetRingGetFragmentAtIndex), written from their documented behaviour:
 * indices wrap with ElementIndexMask and elements are ElementStride bytes
 * apart in Buffer.
 */
#pragma once
#ifndef _HVCI_NET_RING_H_
#define _HVCI_NET_RING_H_

#include <ntdef.h>
#include <net/packet.h>
#include <net/fragment.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_RING {
    UINT16 OSReserved1;
    UINT16 ElementStride;
    UINT32 NumberOfElements;
    UINT32 ElementIndexMask;
    UINT32 EndIndex;
    union {
        UINT32 OSReserved0;
        void *OSReserved2[4];
    };
    UINT32 BeginIndex;
    UINT32 NextIndex;
    void *Scratch;
    unsigned char Buffer[ANYSIZE_ARRAY];
} NET_RING;

FORCEINLINE UINT32 NetRingIncrementIndex(_In_ NET_RING const *Ring, _In_ UINT32 Index)
{
    return (Index + 1) & Ring->ElementIndexMask;
}

FORCEINLINE UINT32 NetRingAdvanceIndex(_In_ NET_RING const *Ring, _In_ UINT32 Index,
                                       _In_ UINT32 Distance)
{
    return (Index + Distance) & Ring->ElementIndexMask;
}

FORCEINLINE UINT32 NetRingGetRangeCount(_In_ NET_RING const *Ring, _In_ UINT32 StartIndex,
                                        _In_ UINT32 EndIndex)
{
    return (EndIndex - StartIndex) & Ring->ElementIndexMask;
}

FORCEINLINE void *NetRingGetElementAtIndex(_In_ NET_RING *Ring, _In_ UINT32 Index)
{
    return &Ring->Buffer[(SIZE_T)Index * Ring->ElementStride];
}

FORCEINLINE NET_PACKET *NetRingGetPacketAtIndex(_In_ NET_RING *Ring, _In_ UINT32 Index)
{
    return (NET_PACKET *)NetRingGetElementAtIndex(Ring, Index);
}

FORCEINLINE NET_FRAGMENT *NetRingGetFragmentAtIndex(_In_ NET_RING *Ring, _In_ UINT32 Index)
{
    return (NET_FRAGMENT *)NetRingGetElementAtIndex(Ring, Index);
}

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_RING_H_ */
