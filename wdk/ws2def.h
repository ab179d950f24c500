/*
 * ws2def.h - hvcilint's stand-in for the Winsock definitions that kernel
 * network code shares with user mode.
 *
 * Written for hvcilint from the public reference pages (learn.microsoft.com,
 * ws2def.h section) of SOCKADDR, SOCKADDR_STORAGE, SOCKADDR_IN,
 * SOCKET_ADDRESS, SCOPE_LEVEL, SCOPE_ID and WSACMSGHDR, COMPARTMENT_ID
 * (documented under winnt.h), and the address
 * family and protocol values given with the socket function (AF_INET 2,
 * AF_INET6 23; the IPPROTO_* values are the IANA protocol numbers), not
 * taken from the WDK or SDK.
 *
 * Left out: the other address families and protocols, socket options
 * (SOL_*, SO_*, IP_*), the CMSG_* macros, the addrinfo structures and
 * everything of Winsock proper (winsock2.h).
 */
#pragma once
#ifndef HVCILINT_WS2DEF_H
#define HVCILINT_WS2DEF_H

#include <ntdef.h>
#include <inaddr.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef USHORT ADDRESS_FAMILY;

#define AF_UNSPEC 0
#define AF_INET   2
#define AF_INET6  23

typedef struct sockaddr {
    ADDRESS_FAMILY sa_family;
    CHAR sa_data[14];
} SOCKADDR, *PSOCKADDR, *LPSOCKADDR;

/* Large and aligned enough for any address family's SOCKADDR. */
#define _SS_MAXSIZE   128
#define _SS_ALIGNSIZE (sizeof(LONGLONG))
#define _SS_PAD1SIZE  (_SS_ALIGNSIZE - sizeof(USHORT))
#define _SS_PAD2SIZE  (_SS_MAXSIZE - (sizeof(USHORT) + _SS_PAD1SIZE + _SS_ALIGNSIZE))

typedef struct sockaddr_storage {
    ADDRESS_FAMILY ss_family;
    CHAR __ss_pad1[_SS_PAD1SIZE];
    LONGLONG __ss_align;
    CHAR __ss_pad2[_SS_PAD2SIZE];
} SOCKADDR_STORAGE, *PSOCKADDR_STORAGE, *LPSOCKADDR_STORAGE;

typedef struct _SOCKET_ADDRESS {
    PSOCKADDR lpSockaddr;
    INT iSockaddrLength;
} SOCKET_ADDRESS, *PSOCKET_ADDRESS, *LPSOCKET_ADDRESS;

typedef enum {
    IPPROTO_HOPOPTS = 0,
    IPPROTO_ICMP = 1,
    IPPROTO_IGMP = 2,
    IPPROTO_IPV4 = 4,
    IPPROTO_TCP = 6,
    IPPROTO_UDP = 17,
    IPPROTO_IPV6 = 41,
    IPPROTO_ROUTING = 43,
    IPPROTO_FRAGMENT = 44,
    IPPROTO_ESP = 50,
    IPPROTO_AH = 51,
    IPPROTO_ICMPV6 = 58,
    IPPROTO_NONE = 59,
    IPPROTO_DSTOPTS = 60,
    IPPROTO_RAW = 255,
    IPPROTO_MAX = 256
} IPPROTO, *PIPROTO;

#define IPPROTO_IP 0

typedef enum {
    ScopeLevelInterface = 1,
    ScopeLevelLink = 2,
    ScopeLevelSubnet = 3,
    ScopeLevelAdmin = 4,
    ScopeLevelSite = 5,
    ScopeLevelOrganization = 8,
    ScopeLevelGlobal = 14,
    ScopeLevelCount = 16
} SCOPE_LEVEL;

typedef struct {
    union {
        struct {
            ULONG Zone : 28;
            ULONG Level : 4;
        };
        ULONG Value;
    };
} SCOPE_ID, *PSCOPE_ID;

typedef struct sockaddr_in {
    ADDRESS_FAMILY sin_family;
    USHORT sin_port;
    IN_ADDR sin_addr;
    CHAR sin_zero[8];
} SOCKADDR_IN, *PSOCKADDR_IN;

/* Routing compartments (winnt.h in the SDK's layout). */
#ifndef HVCILINT_COMPARTMENT_ID_DEFINED
#define HVCILINT_COMPARTMENT_ID_DEFINED
typedef enum {
    UNSPECIFIED_COMPARTMENT_ID = 0,
    DEFAULT_COMPARTMENT_ID
} COMPARTMENT_ID, *PCOMPARTMENT_ID;
#endif

/* A control-data (ancillary data) header; the data follows it. */
typedef struct _WSACMSGHDR {
    SIZE_T cmsg_len;
    INT cmsg_level;
    INT cmsg_type;
} WSACMSGHDR, *PWSACMSGHDR, *LPWSACMSGHDR;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_WS2DEF_H */
