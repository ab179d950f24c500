/*
 * xfilter.h - hvcilint's stand-in for the Ethernet address helpers that
 * ndis.h also provides; drivers that do not use NDIS (a PCI NIC driver
 * written on KMDF, for instance) include it for the address length.
 *
 * Written for hvcilint from public facts (an 802.3 MAC address is six
 * bytes), not taken from the WDK.
 *
 * Left out: the ETH_IS_* and ETH_COMPARE_NETWORK_ADDRESSES* macros and the
 * other media's address filters.
 */
#pragma once
#ifndef HVCILINT_XFILTER_H
#define HVCILINT_XFILTER_H

/* Length of an Ethernet (802.3) MAC address, in bytes (also in ndis.h). */
#ifndef ETH_LENGTH_OF_ADDRESS
#define ETH_LENGTH_OF_ADDRESS 6
#endif

#endif /* HVCILINT_XFILTER_H */
