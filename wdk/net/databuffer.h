/*
 * net/databuffer.h - hvcilint's compact stand-in for the NetAdapterCx data-
 * buffer fragment extension. Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, databuffer.h reference), not taken
 * from the WDK.
 *
 * Declares: the extension name and version only (the data buffer extension
 * is reserved for the system).
 */
#pragma once
#ifndef _HVCI_NET_DATABUFFER_H_
#define _HVCI_NET_DATABUFFER_H_

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NET_FRAGMENT_EXTENSION_DATA_BUFFER_NAME L"ms_fragment_databuffer"
#define NET_FRAGMENT_EXTENSION_DATA_BUFFER_VERSION_1 1U

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_DATABUFFER_H_ */
