/*
 * netrxqueue.h - hvcilint's compact stand-in for the NetAdapterCx
 * receive queue.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, netrxqueue.h reference), not taken from the WDK.
 *
 * Declares: NetRxQueueCreate, NetRxQueueInitGetQueueId,
 * NetRxQueueNotifyMoreReceivedPacketsAvailable,
 * NetRxQueueGetRingCollection and NetRxQueueGetExtension.
 */
#pragma once
#ifndef _HVCI_NETRXQUEUE_H_
#define _HVCI_NETRXQUEUE_H_

#include <netpacketqueue.h>
#include <net/ringcollection.h>
#include <net/extension.h>

WDF_EXTERN_C_START

NTSTATUS NetRxQueueCreate(_Inout_ NETRXQUEUE_INIT *NetRxQueueInit,
                          _In_opt_ WDF_OBJECT_ATTRIBUTES *RxQueueAttributes,
                          _In_ NET_PACKET_QUEUE_CONFIG *Configuration,
                          _Out_ NETPACKETQUEUE *PacketQueue);
ULONG NetRxQueueInitGetQueueId(_In_ NETRXQUEUE_INIT *NetRxQueueInit);
VOID NetRxQueueNotifyMoreReceivedPacketsAvailable(_In_ NETPACKETQUEUE PacketQueue);
NET_RING_COLLECTION const *NetRxQueueGetRingCollection(_In_ NETPACKETQUEUE PacketQueue);
VOID NetRxQueueGetExtension(_In_ NETPACKETQUEUE PacketQueue,
                            _In_ NET_EXTENSION_QUERY const *Query,
                            _Out_ NET_EXTENSION *Extension);

WDF_EXTERN_C_END

#endif /* _HVCI_NETRXQUEUE_H_ */
