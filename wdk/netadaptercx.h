/*
 * netadaptercx.h - hvcilint's compact stand-in for the NetAdapterCx
 * umbrella header.  Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, NetAdapterCx reference), not taken
 * from the WDK.
 *
 * Includes the NetAdapterCx headers a client driver uses: the device,
 * adapter, configuration, offload, wake-source, packet-queue and
 * receive/transmit queue interfaces, and the net ring, packet, fragment
 * and extension headers.  The per-extension headers (net/checksum.h,
 * net/gso.h, net/rsc.h, net/virtualaddress.h, net/logicaladdress.h,
 * net/mdl.h, net/returncontext.h) are included by drivers themselves, as
 * with the WDK.  The basic Windows types (BYTE, DWORD, ...) that
 * NetAdapterCx client code uses come from minwindef.h, as for acx.h.  Also
 * declares NET_CONFIGURATION_QUERY_ULONG_FLAGS and
 * NetConfigurationQueryUlong, which netconfiguration.h leaves out.
 */
#pragma once
#ifndef _HVCI_NETADAPTERCX_H_
#define _HVCI_NETADAPTERCX_H_

#include <wdf.h>
#include <minwindef.h>
#include <netconfiguration.h>
#include <netadapter.h>
#include <netadapteroffload.h>
#include <netwakesource.h>
#include <netdevice.h>
#include <netpacketqueue.h>
#include <netrxqueue.h>
#include <nettxqueue.h>
#include <net/ring.h>
#include <net/ringcollection.h>
#include <net/packet.h>
#include <net/fragment.h>
#include <net/extension.h>

WDF_EXTERN_C_START

typedef enum _NET_CONFIGURATION_QUERY_ULONG_FLAGS {
    NET_CONFIGURATION_QUERY_ULONG_NO_FLAGS = 0x00000000,
    NET_CONFIGURATION_QUERY_ULONG_MAY_BE_STORED_AS_HEX_STRING = 0x00000001
} NET_CONFIGURATION_QUERY_ULONG_FLAGS;

NTSTATUS NetConfigurationQueryUlong(_In_ NETCONFIGURATION Configuration,
                                    _In_ NET_CONFIGURATION_QUERY_ULONG_FLAGS Flags,
                                    _In_ PCUNICODE_STRING ValueName, _Out_ PULONG Value);

WDF_EXTERN_C_END

#endif /* _HVCI_NETADAPTERCX_H_ */
