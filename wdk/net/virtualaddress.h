/*
 * net/virtualaddress.h - hvcilint's compact stand-in for the NetAdapterCx
 * virtual-address fragment extension. Written for hvcilint from Microsoft's
 * public documentation (learn.microsoft.com, virtualaddress.h reference),
 * not taken from the WDK.
 *
 * Declares: NET_FRAGMENT_VIRTUAL_ADDRESS, the extension name and version
 * and NetExtensionGetFragmentVirtualAddress.
 */
#pragma once
#ifndef _HVCI_NET_VIRTUALADDRESS_H_
#define _HVCI_NET_VIRTUALADDRESS_H_

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_NAME L"ms_fragment_virtualaddress"
#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1 1U

typedef struct _NET_FRAGMENT_VIRTUAL_ADDRESS {
    void *VirtualAddress;
} NET_FRAGMENT_VIRTUAL_ADDRESS;

NET_FRAGMENT_VIRTUAL_ADDRESS *NetExtensionGetFragmentVirtualAddress(
    _In_ NET_EXTENSION const *Extension, _In_ UINT32 Index);

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_VIRTUALADDRESS_H_ */
