/*
 * nettxqueue.h - hvcilint's compact stand-in for the NetAdapterCx
 * transmit queue.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, nettxqueue.h reference), not taken from the WDK.
 *
 * Declares: NetTxQueueCreate, NetTxQueueInitGetQueueId,
 * NetTxQueueNotifyMoreCompletedPacketsAvailable,
 * NetTxQueueGetRingCollection and NetTxQueueGetExtension.
 */
#pragma once
#ifndef _HVCI_NETTXQUEUE_H_
#define _HVCI_NETTXQUEUE_H_

#include <netpacketqueue.h>
#include <net/ringcollection.h>
#include <net/extension.h>

WDF_EXTERN_C_START

NTSTATUS NetTxQueueCreate(_Inout_ NETTXQUEUE_INIT *NetTxQueueInit,
                          _In_opt_ WDF_OBJECT_ATTRIBUTES *TxQueueAttributes,
                          _In_ NET_PACKET_QUEUE_CONFIG *Configuration,
                          _Out_ NETPACKETQUEUE *PacketQueue);
ULONG NetTxQueueInitGetQueueId(_In_ NETTXQUEUE_INIT *NetTxQueueInit);
VOID NetTxQueueNotifyMoreCompletedPacketsAvailable(_In_ NETPACKETQUEUE PacketQueue);
NET_RING_COLLECTION const *NetTxQueueGetRingCollection(_In_ NETPACKETQUEUE PacketQueue);
VOID NetTxQueueGetExtension(_In_ NETPACKETQUEUE PacketQueue,
                            _In_ NET_EXTENSION_QUERY const *Query,
                            _Out_ NET_EXTENSION *Extension);

WDF_EXTERN_C_END

#endif /* _HVCI_NETTXQUEUE_H_ */
