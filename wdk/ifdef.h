/*
 * ifdef.h - hvcilint's stand-in for the network interface definitions.
 *
 * Written for hvcilint from the public reference pages of NET_LUID_LH and
 * of the interface-index types (learn.microsoft.com, ifdef.h), not taken
 * from the WDK or SDK.
 *
 * Left out: the interface-type, media and connection-state enumerations
 * and the NET_IF_* constants.
 */
#pragma once
#ifndef HVCILINT_IFDEF_H
#define HVCILINT_IFDEF_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef ULONG NET_IFINDEX, *PNET_IFINDEX;
typedef NET_IFINDEX IF_INDEX, *PIF_INDEX;
typedef UINT16 NET_IFTYPE, *PNET_IFTYPE;
typedef UINT32 NET_IF_COMPARTMENT_ID, *PNET_IF_COMPARTMENT_ID;

typedef union _NET_LUID_LH {
    ULONG64 Value;
    struct {
        ULONG64 Reserved : 24;
        ULONG64 NetLuidIndex : 24;
        ULONG64 IfType : 16;
    } Info;
} NET_LUID_LH, *PNET_LUID_LH;

typedef NET_LUID_LH NET_LUID, *PNET_LUID;
typedef NET_LUID IF_LUID, *PIF_LUID;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_IFDEF_H */
