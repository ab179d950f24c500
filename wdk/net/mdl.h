/*
 * net/mdl.h - hvcilint's compact stand-in for the NetAdapterCx MDL fragment
 * extension.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, mdl.h reference), not taken from the WDK.
 *
 * Declares: NET_FRAGMENT_MDL, the extension name and version and
 * NetExtensionGetFragmentMdl.  The MDL type itself comes from wdm.h.
 */
#pragma once
#ifndef _HVCI_NET_MDL_H_
#define _HVCI_NET_MDL_H_

#include <wdm.h>
#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NET_FRAGMENT_EXTENSION_MDL_NAME L"ms_fragment_mdl"
#define NET_FRAGMENT_EXTENSION_MDL_VERSION_1 1U

typedef struct _NET_FRAGMENT_MDL {
    PMDL Mdl;
} NET_FRAGMENT_MDL;

NET_FRAGMENT_MDL *NetExtensionGetFragmentMdl(_In_ NET_EXTENSION const *Extension,
                                             _In_ UINT32 Index);

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_MDL_H_ */
