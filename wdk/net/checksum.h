/*
 * net/checksum.h - hvcilint's compact stand-in for the NetAdapterCx
 * checksum packet extension. Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, checksum.h and checksumtypes.h
 * reference), not taken from the WDK.
 *
 * Declares: the transmit checksum actions, the receive checksum
 * evaluations, NET_PACKET_CHECKSUM, the extension name and version and
 * NetExtensionGetPacketChecksum.
 */
#pragma once
#ifndef _HVCI_NET_CHECKSUM_H_
#define _HVCI_NET_CHECKSUM_H_

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NET_PACKET_EXTENSION_CHECKSUM_NAME L"ms_packetchecksum"
#define NET_PACKET_EXTENSION_CHECKSUM_VERSION_1 1U

typedef enum _NET_PACKET_TX_CHECKSUM_ACTION {
    NetPacketTxChecksumActionPassthrough = 0,
    NetPacketTxChecksumActionRequired = 2
} NET_PACKET_TX_CHECKSUM_ACTION;

typedef enum _NET_PACKET_RX_CHECKSUM_EVALUATION {
    NetPacketRxChecksumEvaluationNotChecked = 0,
    NetPacketRxChecksumEvaluationValid = 1,
    NetPacketRxChecksumEvaluationInvalid = 2
} NET_PACKET_RX_CHECKSUM_EVALUATION;

typedef struct _NET_PACKET_CHECKSUM {
    UINT8 Layer2 : 2;
    UINT8 Layer3 : 2;
    UINT8 Layer4 : 2;
    UINT8 Reserved : 2;
} NET_PACKET_CHECKSUM;

NET_PACKET_CHECKSUM *NetExtensionGetPacketChecksum(_In_ NET_EXTENSION const *Extension,
                                                   _In_ UINT32 Index);

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_CHECKSUM_H_ */
