/*
 * netiodef.h - hvcilint's stand-in for the network I/O definitions
 * header (on-the-wire protocol headers shared by kernel network code).
 *
 * Written for hvcilint from public documentation, not taken from the WDK:
 * the IPV4_HEADER and IPV6_HEADER layouts follow Microsoft's metadata as
 * published in the windows-sys crate (Win32::Networking::WinSock) and the
 * bit-field names in the eBPF for Windows reference of the same structures;
 * both follow RFC 791 and RFC 8200.  The fields are in network byte order,
 * as on the wire.
 *
 * Left out: Ethernet, ARP, ICMP, IGMP, TCP and UDP headers, IPv6 extension
 * headers, the DL_* link-layer address types and the byte-order and
 * address-testing helpers.
 */
#pragma once
#ifndef HVCILINT_NETIODEF_H
#define HVCILINT_NETIODEF_H

#include <ntdef.h>
#include <inaddr.h>
#include <in6addr.h>

#ifdef __cplusplus
extern "C" {
#endif

/* IPv4 header (RFC 791), 20 bytes without options. */
typedef struct _IPV4_HEADER {
    union {
        UINT8 VersionAndHeaderLength;
        struct {
            UINT8 HeaderLength : 4;     /* in 32-bit words */
            UINT8 Version : 4;
        };
    };
    union {
        UINT8 TypeOfServiceAndEcnField;
        struct {
            UINT8 EcnField : 2;
            UINT8 TypeOfService : 6;
        };
    };
    UINT16 TotalLength;
    UINT16 Identification;
    union {
        UINT16 FlagsAndOffset;
        struct {
            UINT16 DontUse1 : 5;
            UINT16 MoreFragments : 1;
            UINT16 DontFragment : 1;
            UINT16 Reserved : 1;
            UINT16 DontUse2 : 8;
        };
    };
    UINT8 TimeToLive;
    UINT8 Protocol;
    UINT16 HeaderChecksum;
    IN_ADDR SourceAddress;
    IN_ADDR DestinationAddress;
} IPV4_HEADER, *PIPV4_HEADER;

/* IPv6 fixed header (RFC 8200), 40 bytes. */
typedef struct _IPV6_HEADER {
    union {
        UINT32 VersionClassFlow;        /* version, traffic class, flow label */
        struct {
            UINT32 : 4;
            UINT32 Version : 4;
            UINT32 : 24;
        };
    };
    UINT16 PayloadLength;
    UINT8 NextHeader;
    UINT8 HopLimit;
    IN6_ADDR SourceAddress;
    IN6_ADDR DestinationAddress;
} IPV6_HEADER, *PIPV6_HEADER;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NETIODEF_H */
