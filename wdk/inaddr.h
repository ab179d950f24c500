/*
 * inaddr.h - hvcilint's stand-in for the IPv4 address structure header.
 *
 * Written for hvcilint from the public reference page of IN_ADDR
 * (learn.microsoft.com, inaddr.h), not taken from the WDK or SDK: the
 * address as bytes, two words or one ULONG, in network byte order.
 *
 * Left out: the BSD accessor macros (s_addr, s_net, ...), which would
 * clash with identifiers in driver code.
 */
#pragma once
#ifndef HVCILINT_INADDR_H
#define HVCILINT_INADDR_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct in_addr {
    union {
        struct {
            UCHAR s_b1, s_b2, s_b3, s_b4;
        } S_un_b;
        struct {
            USHORT s_w1, s_w2;
        } S_un_w;
        ULONG S_addr;
    } S_un;
} IN_ADDR, *PIN_ADDR, *LPIN_ADDR;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_INADDR_H */
