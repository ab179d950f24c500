/*
 * ws2ipdef.h - hvcilint's stand-in for the IP-specific Winsock
 * definitions that kernel network code shares with user mode.
 *
 * Written for hvcilint from the public reference pages of SOCKADDR_IN6
 * and SOCKADDR_INET (learn.microsoft.com, ws2ipdef.h), not taken from the
 * WDK or SDK.
 *
 * Left out: the IP socket options and their structures (ip_mreq,
 * IP_PKTINFO, ...), the in6addr_* constants and the address-testing
 * inline functions of mstcpip.h.
 */
#pragma once
#ifndef HVCILINT_WS2IPDEF_H
#define HVCILINT_WS2IPDEF_H

#include <ws2def.h>
#include <in6addr.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sockaddr_in6 {
    ADDRESS_FAMILY sin6_family;
    USHORT sin6_port;
    ULONG sin6_flowinfo;
    IN6_ADDR sin6_addr;
    union {
        ULONG sin6_scope_id;
        SCOPE_ID sin6_scope_struct;
    };
} SOCKADDR_IN6, *PSOCKADDR_IN6, *LPSOCKADDR_IN6;

typedef SOCKADDR_IN6 SOCKADDR_IN6_LH, *PSOCKADDR_IN6_LH;

/* An IPv4 or IPv6 address; si_family tells which member is valid. */
typedef union _SOCKADDR_INET {
    SOCKADDR_IN Ipv4;
    SOCKADDR_IN6 Ipv6;
    ADDRESS_FAMILY si_family;
} SOCKADDR_INET, *PSOCKADDR_INET;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_WS2IPDEF_H */
