/*
 * net/logicaladdress.h - hvcilint's compact stand-in for the NetAdapterCx
 * DMA logical-address fragment extension. Written for hvcilint from
 * Microsoft's public documentation (learn.microsoft.com, logicaladdress.h
 * reference), not taken from the WDK.
 *
 * Declares: NET_FRAGMENT_LOGICAL_ADDRESS, the extension name and version
 * and NetExtensionGetFragmentLogicalAddress.
 */
#pragma once
#ifndef _HVCI_NET_LOGICALADDRESS_H_
#define _HVCI_NET_LOGICALADDRESS_H_

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_NAME L"ms_fragment_logicaladdress"
#define NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_VERSION_1 1U

typedef struct _NET_FRAGMENT_LOGICAL_ADDRESS {
    UINT64 DmaLogicalAddress;
} NET_FRAGMENT_LOGICAL_ADDRESS;

NET_FRAGMENT_LOGICAL_ADDRESS *NetExtensionGetFragmentLogicalAddress(
    _In_ NET_EXTENSION const *Extension, _In_ UINT32 Index);

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_LOGICALADDRESS_H_ */
