/*
 * net/returncontext.h - hvcilint's compact stand-in for the NetAdapterCx
 * receive-buffer return-context fragment extension. Written for hvcilint
 * from Microsoft's public documentation (learn.microsoft.com,
 * returncontext.h reference), not taken from the WDK.
 *
 * Declares: NET_FRAGMENT_RETURN_CONTEXT_HANDLE,
 * NET_FRAGMENT_RETURN_CONTEXT, the extension name and version and
 * NetExtensionGetFragmentReturnContext.
 */
#pragma once
#ifndef _HVCI_NET_RETURNCONTEXT_H_
#define _HVCI_NET_RETURNCONTEXT_H_

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_NAME L"ms_fragment_rxbufferreturncontext"
#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_VERSION_1 1U

#ifndef _HVCI_NET_FRAGMENT_RETURN_CONTEXT_HANDLE_
#define _HVCI_NET_FRAGMENT_RETURN_CONTEXT_HANDLE_
/* A driver-defined value that identifies a receive buffer. */
typedef struct NET_FRAGMENT_RETURN_CONTEXT_HANDLE__ *NET_FRAGMENT_RETURN_CONTEXT_HANDLE;
#endif

typedef struct _NET_FRAGMENT_RETURN_CONTEXT {
    NET_FRAGMENT_RETURN_CONTEXT_HANDLE Handle;
} NET_FRAGMENT_RETURN_CONTEXT;

NET_FRAGMENT_RETURN_CONTEXT *NetExtensionGetFragmentReturnContext(
    _In_ NET_EXTENSION const *Extension, _In_ UINT32 Index);

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_RETURNCONTEXT_H_ */
