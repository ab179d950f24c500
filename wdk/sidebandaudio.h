/*
 * sidebandaudio.h - hvcilint's stand-in for the sideband audio interface
 * between an audio driver and a sideband (USB, A2DP, HFP) controller
 * driver: the endpoint capability and descriptor records, the supported
 * formats record and the stream-open parameters.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (sidebandaudio.h: SIDEBANDAUDIO_ENDPOINT_CAPABILITIES,
 * SIDEBANDAUDIO_SIDETONE_DESCRIPTOR, SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR,
 * SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR2, SIDEBANDAUDIO_SUPPORTED_FORMATS,
 * SIDEBANDAUDIO_STREAM_OPEN_PARAMS), not taken from the WDK.  Members are
 * in the documented order.  It needs the kernel-streaming types
 * (KSPIN_DATAFLOW, KSDATAFORMAT) and brings in ks.h for them; the
 * DEVPROPERTY array of the second descriptor is reached through a
 * pointer to its structure tag.
 *
 * Left out: the IOCTL_SBAUD_* request codes (their pages give no
 * values), the volume, mute, sidetone, stream-status, connection and
 * error parameter records, the device descriptor, the SIOP request and
 * I/O parameter headers, and the parameter-set identifiers.
 */
#pragma once
#ifndef HVCILINT_SIDEBANDAUDIO_H
#define HVCILINT_SIDEBANDAUDIO_H

#include <wdm.h>
#include <minwindef.h>
#include <ks.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _SIDEBANDAUDIO_ENDPOINT_CAPABILITIES {
    BOOL Volume;
    BOOL Mute;
    BOOL Sidetone;
    BOOL Feedback;
} SIDEBANDAUDIO_ENDPOINT_CAPABILITIES;

typedef struct _SIDEBANDAUDIO_SIDETONE_DESCRIPTOR {
    LONG Volume;
    BOOL Mute;
} SIDEBANDAUDIO_SIDETONE_DESCRIPTOR, *PSIDEBANDAUDIO_SIDETONE_DESCRIPTOR;

typedef struct _SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR {
    ULONG CbSize;
    GUID ContainerId;
    GUID Category;
    KSPIN_DATAFLOW Direction;
    SIDEBANDAUDIO_ENDPOINT_CAPABILITIES Capabilities;
    UNICODE_STRING FriendlyName;
    ULONG VolumePropertyValuesSize;
    ULONG SidetoneVolumePropertyValueSize;
    ULONG MutePropertyValuesSize;
} SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR, *PSIDEBANDAUDIO_ENDPOINT_DESCRIPTOR;

typedef struct _SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR2 {
    ULONG CbSize;
    GUID ContainerId;
    GUID Category;
    KSPIN_DATAFLOW Direction;
    SIDEBANDAUDIO_ENDPOINT_CAPABILITIES Capabilities;
    UNICODE_STRING FriendlyName;
    ULONG VolumePropertyValuesSize;
    ULONG SidetoneVolumePropertyValueSize;
    ULONG MutePropertyValuesSize;
    ULONG FilterInterfacePropertyCount;
    struct _DEVPROPERTY *FilterInterfaceProperties; /* DEVPROPERTY array */
} SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR2, *PSIDEBANDAUDIO_ENDPOINT_DESCRIPTOR2;

typedef struct _SIDEBANDAUDIO_SUPPORTED_FORMATS {
    ULONG CbSize;
    ULONG EpIndex;
    ULONG NumFormats;
    PKSDATAFORMAT *Formats;
} SIDEBANDAUDIO_SUPPORTED_FORMATS, *PSIDEBANDAUDIO_SUPPORTED_FORMATS;

typedef union {
    struct {
        ULONG EpIndex;
        PKSDATAFORMAT Format;
        ULONG SiopCount;
    };
    LONGLONG Alignment;
} SIDEBANDAUDIO_STREAM_OPEN_PARAMS, *PSIDEBANDAUDIO_STREAM_OPEN_PARAMS;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_SIDEBANDAUDIO_H */
