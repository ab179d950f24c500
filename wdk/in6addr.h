/*
 * in6addr.h - hvcilint's stand-in for the IPv6 address structure header.
 *
 * Written for hvcilint from the public reference page of IN6_ADDR
 * (learn.microsoft.com, in6addr.h), not taken from the WDK or SDK: sixteen
 * bytes, or eight words, in network byte order.
 *
 * Left out: the in6addr_* constants and the s6_addr accessor macros.
 */
#pragma once
#ifndef HVCILINT_IN6ADDR_H
#define HVCILINT_IN6ADDR_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct in6_addr {
    union {
        UCHAR Byte[16];
        USHORT Word[8];
    } u;
} IN6_ADDR, *PIN6_ADDR, *LPIN6_ADDR;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_IN6ADDR_H */
