/*
 * bthioctl.h - hvcilint's stand-in for the SDP part of the WDK's
 * bthioctl.h: the connection, search-request and stream-response buffers
 * of the IOCTL_BTH_SDP_* requests a profile driver sends.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (BTH_SDP_CONNECT, BTH_SDP_DISCONNECT,
 * BTH_SDP_ATTRIBUTE_SEARCH_REQUEST, BTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST,
 * BTH_SDP_STREAM_RESPONSE), not taken from the WDK.  The pages name the
 * connection-handle member through the HANDLE_SDP_TYPE and
 * HANDLE_SDP_FIELD_NAME macros; here the handle is a 64-bit HANDLE_SDP and
 * the member is called hConnection, the name drivers use.
 *
 * Left out: the IOCTL_BTH_* and IOCTL_INTERNAL_BTH* control codes, the
 * SDP_CONNECT_*, SDP_REQUEST_TO_* and SDP_SEARCH_* values, HANDLE_SDP_LOCAL,
 * the record-submission, radio and device-list structures.
 */
#pragma once
#ifndef HVCILINT_BTHIOCTL_H
#define HVCILINT_BTHIOCTL_H

#include <ntdef.h>
#include <bthdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef ULONGLONG HANDLE_SDP, *PHANDLE_SDP;
#define HANDLE_SDP_TYPE       HANDLE_SDP
#define HANDLE_SDP_FIELD_NAME hConnection

typedef struct _BTH_SDP_CONNECT {
    BTH_ADDR bthAddress;
    ULONG fSdpConnect;
    HANDLE_SDP_TYPE HANDLE_SDP_FIELD_NAME;
    UCHAR requestTimeout;
} BTH_SDP_CONNECT, *PBTH_SDP_CONNECT;

typedef struct _BTH_SDP_DISCONNECT {
    HANDLE_SDP_TYPE HANDLE_SDP_FIELD_NAME;
} BTH_SDP_DISCONNECT, *PBTH_SDP_DISCONNECT;

typedef struct _BTH_SDP_ATTRIBUTE_SEARCH_REQUEST {
    HANDLE_SDP_TYPE HANDLE_SDP_FIELD_NAME;
    ULONG searchFlags;
    ULONG recordHandle;
    SdpAttributeRange range[1];
} BTH_SDP_ATTRIBUTE_SEARCH_REQUEST, *PBTH_SDP_ATTRIBUTE_SEARCH_REQUEST;

typedef struct _BTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST {
    HANDLE_SDP_TYPE HANDLE_SDP_FIELD_NAME;
    ULONG searchFlags;
    SdpQueryUuid uuids[MAX_UUIDS_IN_QUERY];
    SdpAttributeRange range[1];
} BTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST, *PBTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST;

/* Followed by the raw record stream (responseSize bytes in all). */
typedef struct _BTH_SDP_STREAM_RESPONSE {
    ULONG requiredSize;
    ULONG responseSize;
    UCHAR response[1];
} BTH_SDP_STREAM_RESPONSE, *PBTH_SDP_STREAM_RESPONSE;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_BTHIOCTL_H */
