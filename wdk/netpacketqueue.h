/*
 * netpacketqueue.h - hvcilint's compact stand-in for the NetAdapterCx
 * packet queue configuration.  Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, netpacketqueue.h reference), not
 * taken from the WDK.
 *
 * Declares: the EVT_PACKET_QUEUE_XXX callbacks, NET_PACKET_QUEUE_CONFIG
 * and NET_PACKET_QUEUE_CONFIG_INIT.
 */
#pragma once
#ifndef _HVCI_NETPACKETQUEUE_H_
#define _HVCI_NETPACKETQUEUE_H_

#include <netadapter.h>

WDF_EXTERN_C_START

typedef _Function_class_(EVT_PACKET_QUEUE_START)
VOID EVT_PACKET_QUEUE_START(_In_ NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_START *PFN_PACKET_QUEUE_START;

typedef _Function_class_(EVT_PACKET_QUEUE_STOP)
VOID EVT_PACKET_QUEUE_STOP(_In_ NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_STOP *PFN_PACKET_QUEUE_STOP;

typedef _Function_class_(EVT_PACKET_QUEUE_ADVANCE)
VOID EVT_PACKET_QUEUE_ADVANCE(_In_ NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_ADVANCE *PFN_PACKET_QUEUE_ADVANCE;

typedef _Function_class_(EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED)
VOID EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED(_In_ NETPACKETQUEUE PacketQueue,
                                               _In_ BOOLEAN NotificationEnabled);
typedef EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED *PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED;

typedef _Function_class_(EVT_PACKET_QUEUE_CANCEL)
VOID EVT_PACKET_QUEUE_CANCEL(_In_ NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_CANCEL *PFN_PACKET_QUEUE_CANCEL;

typedef struct _NET_PACKET_QUEUE_CONFIG {
    ULONG Size;
    PFN_PACKET_QUEUE_START EvtStart;
    PFN_PACKET_QUEUE_STOP EvtStop;
    PFN_PACKET_QUEUE_ADVANCE EvtAdvance;
    PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled;
    PFN_PACKET_QUEUE_CANCEL EvtCancel;
    NETEXECUTIONCONTEXT ExecutionContext;
} NET_PACKET_QUEUE_CONFIG;

FORCEINLINE VOID NET_PACKET_QUEUE_CONFIG_INIT(
    _Out_ NET_PACKET_QUEUE_CONFIG *Config, _In_ PFN_PACKET_QUEUE_ADVANCE EvtAdvance,
    _In_ PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled,
    _In_ PFN_PACKET_QUEUE_CANCEL EvtCancel)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
    Config->EvtAdvance = EvtAdvance;
    Config->EvtSetNotificationEnabled = EvtSetNotificationEnabled;
    Config->EvtCancel = EvtCancel;
}

WDF_EXTERN_C_END

#endif /* _HVCI_NETPACKETQUEUE_H_ */
