/*
 * netioapi.h - hvcilint's stand-in for the IP Helper (NETIO) kernel API
 * header.
 *
 * Written for hvcilint from the public reference page of IP_ADDRESS_PREFIX
 * (learn.microsoft.com, netioapi.h), not taken from the WDK or SDK.
 *
 * Left out: every routine (GetIpInterfaceEntry, the route and unicast
 * address tables, notifications) and their row structures.
 */
#pragma once
#ifndef HVCILINT_NETIOAPI_H
#define HVCILINT_NETIOAPI_H

#include <ws2ipdef.h>
#include <ifdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _IP_ADDRESS_PREFIX {
    SOCKADDR_INET Prefix;
    UINT8 PrefixLength;
} IP_ADDRESS_PREFIX, *PIP_ADDRESS_PREFIX;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NETIOAPI_H */
