/*
 * netwakesource.h - hvcilint's compact stand-in for NetAdapterCx wake
 * sources.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, netwakesource.h reference), not taken from the WDK.
 *
 * Declares: NET_WAKE_SOURCE_TYPE, NET_WAKE_SOURCE_LIST (its storage is
 * private to NetAdapterCx and kept opaque here) with its INIT helper, the
 * list accessors and the wake-source queries.  Left out: the bitmap and
 * media-change parameter queries.
 */
#pragma once
#ifndef _HVCI_NETWAKESOURCE_H_
#define _HVCI_NETWAKESOURCE_H_

#include <netadapter.h>

WDF_EXTERN_C_START

typedef enum _NET_WAKE_SOURCE_TYPE {
    NetWakeSourceTypeBitmapPattern = 1,
    NetWakeSourceTypeMagicPacket,
    NetWakeSourceTypePacketFilterMatch,
    NetWakeSourceTypeMediaChange
} NET_WAKE_SOURCE_TYPE;

typedef struct _NET_WAKE_SOURCE_LIST {
    ULONG Size;
    void *Reserved[4];
} NET_WAKE_SOURCE_LIST;

FORCEINLINE VOID NET_WAKE_SOURCE_LIST_INIT(_Out_ NET_WAKE_SOURCE_LIST *List)
{
    RtlZeroMemory(List, sizeof(*List));
    List->Size = sizeof(*List);
}

SIZE_T NetWakeSourceListGetCount(_In_ NET_WAKE_SOURCE_LIST const *List);
NETWAKESOURCE NetWakeSourceListGetElement(_In_ NET_WAKE_SOURCE_LIST const *List,
                                          _In_ SIZE_T Index);
NET_WAKE_SOURCE_TYPE NetWakeSourceGetType(_In_ NETWAKESOURCE WakeSource);
NETADAPTER NetWakeSourceGetAdapter(_In_ NETWAKESOURCE WakeSource);

WDF_EXTERN_C_END

#endif /* _HVCI_NETWAKESOURCE_H_ */
