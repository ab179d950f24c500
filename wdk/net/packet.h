/*
 * net/packet.h - hvcilint's compact stand-in for the NetAdapterCx packet
 * descriptor.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, packet.h reference), not taken from the WDK.
 *
 * Declares: the layer 2/3/4 type enumerations, NET_PACKET_LAYOUT and
 * NET_PACKET.  Left out: nothing else is in this header.
 */
#pragma once
#ifndef _HVCI_NET_PACKET_H_
#define _HVCI_NET_PACKET_H_

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_PACKET_LAYER2_TYPE {
    NetPacketLayer2TypeUnspecified,
    NetPacketLayer2TypeNull,
    NetPacketLayer2TypeEthernet
} NET_PACKET_LAYER2_TYPE;

typedef enum _NET_PACKET_LAYER3_TYPE {
    NetPacketLayer3TypeUnspecified,
    NetPacketLayer3TypeIPv4UnspecifiedOptions,
    NetPacketLayer3TypeIPv4WithOptions,
    NetPacketLayer3TypeIPv4NoOptions,
    NetPacketLayer3TypeIPv6UnspecifiedExtensions,
    NetPacketLayer3TypeIPv6WithExtensions,
    NetPacketLayer3TypeIPv6NoExtensions
} NET_PACKET_LAYER3_TYPE;

typedef enum _NET_PACKET_LAYER4_TYPE {
    NetPacketLayer4TypeUnspecified,
    NetPacketLayer4TypeTcp,
    NetPacketLayer4TypeUdp,
    NetPacketLayer4TypeIPFragment,
    NetPacketLayer4TypeIPNotFragment
} NET_PACKET_LAYER4_TYPE;

/* Header lengths and protocol types of one packet (bit fields). */
typedef struct _NET_PACKET_LAYOUT {
    UINT16 Layer2HeaderLength : 7;
    UINT16 Layer3HeaderLength : 9;
    UINT8 Layer4HeaderLength : 8;
    UINT8 Layer2Type : 4;
    UINT8 Layer3Type : 4;
    UINT8 Layer4Type : 4;
    UINT8 Reserved0 : 4;
} NET_PACKET_LAYOUT;

/* One network frame: which fragments hold it and how it is laid out. */
typedef struct _NET_PACKET {
    UINT32 FragmentIndex;
    UINT16 FragmentCount;
    NET_PACKET_LAYOUT Layout;
    UINT8 Ignore : 1;
    UINT8 Scratch : 1;
    UINT8 Reserved1 : 6;
} NET_PACKET;

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_PACKET_H_ */
