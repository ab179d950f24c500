/*
 * net/extension.h - hvcilint's compact stand-in for NetAdapterCx packet and
 * fragment extensions.  Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, extension.h and netadapterpacket.h
 * reference), not taken from the WDK.
 *
 * Declares: NET_EXTENSION_TYPE, NET_EXTENSION (its reserved members are
 * private to NetAdapterCx; drivers read Enabled and pass its address to the
 * NetExtensionGetXxx helpers) and NET_EXTENSION_QUERY with its INIT
 * helper.
 */
#pragma once
#ifndef _HVCI_NET_EXTENSION_H_
#define _HVCI_NET_EXTENSION_H_

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_EXTENSION_TYPE {
    NetExtensionTypePacket = 1,
    NetExtensionTypeFragment
} NET_EXTENSION_TYPE;

/* Filled in by NetTxQueueGetExtension / NetRxQueueGetExtension. */
typedef struct _NET_EXTENSION {
    void *Reserved[4];
    union {
        BOOLEAN Enabled;
        void *Reserved1;
    };
} NET_EXTENSION;

typedef struct _NET_EXTENSION_QUERY {
    ULONG Size;
    PCWSTR Name;
    ULONG Version;
    NET_EXTENSION_TYPE Type;
} NET_EXTENSION_QUERY;

FORCEINLINE VOID NET_EXTENSION_QUERY_INIT(_Out_ NET_EXTENSION_QUERY *Extension,
                                          _In_ PCWSTR Name, _In_ ULONG Version,
                                          _In_ NET_EXTENSION_TYPE Type)
{
    Extension->Size = sizeof(NET_EXTENSION_QUERY);
    Extension->Name = Name;
    Extension->Version = Version;
    Extension->Type = Type;
}

#ifdef __cplusplus
}
#endif

#endif /* _HVCI_NET_EXTENSION_H_ */
