/*
 * bthhfpddi.h - hvcilint's stand-in for the Bluetooth Hands-Free Profile
 * audio bypass DDI header that audio drivers use to talk to the HFP
 * driver.  Written for hvcilint from the bthhfpddi.h reference pages on
 * learn.microsoft.com (BTHHFP_DESCRIPTOR, BTHHFP_DESCRIPTOR2,
 * HFP_BYPASS_CODEC_ID_V1, HFP_BYPASS_CODEC_ID_VERSION,
 * BTHHFP_AUDIO_DEVICE_CAPABILTIES and its _INIT function), not taken from
 * the WDK.  Member types are the ones the member descriptions name (pin
 * categories and the container id are GUIDs, the friendly name a counted
 * string, the capability and support flags BOOLEANs).
 *
 * Left out: the IOCTL_BTHHFP_* control codes (their values are not on the
 * reference pages), the interface GUID values, the volume property value
 * layout.  BTHHFP_AUDIO_DEVICE_CAPABILTIES_INIT only zeroes the structure
 * here (the version it stores is not published).
 */
#pragma once
#ifndef _HVCILINT_BTHHFPDDI_H
#define _HVCILINT_BTHHFPDDI_H

#include <wdm.h>

typedef struct _BTHHFP_DESCRIPTOR {
    GUID InputPinCategory;
    GUID OutputPinCategory;
    GUID ContainerId;
    BOOLEAN SupportsVolume;
    ULONG VolumePropertyValuesSize;
    UNICODE_STRING FriendlyName;
} BTHHFP_DESCRIPTOR, *PBTHHFP_DESCRIPTOR;

typedef struct _BTHHFP_DESCRIPTOR2 {
    GUID InputPinCategory;
    GUID OutputPinCategory;
    GUID ContainerId;
    BOOLEAN SupportsVolume;
    ULONG VolumePropertyValuesSize;
    UNICODE_STRING FriendlyName;
    BOOLEAN SupportsNREC;
} BTHHFP_DESCRIPTOR2, *PBTHHFP_DESCRIPTOR2;

/* Codec id query (IOCTL_BTHHFP_DEVICE_GET_CODEC_ID): the caller names the
   structure version, the driver returns 0 (undefined), 1 (CVSD) or 2
   (mSBC).  The version enumerator's value is not printed on its page. */
typedef enum _HFP_BYPASS_CODEC_ID_VERSION {
    REQ_HFP_BYPASS_CODEC_ID_V1
} HFP_BYPASS_CODEC_ID_VERSION, *PHFP_BYPASS_CODEC_ID_VERSION;

typedef struct _HFP_BYPASS_CODEC_ID_V1 {
    UCHAR CodecId;
} HFP_BYPASS_CODEC_ID_V1, *PHFP_BYPASS_CODEC_ID_V1;

typedef struct _BTHHFP_AUDIO_DEVICE_CAPABILTIES {
    ULONG Version;
    BOOLEAN Supports16kHzSampling;
} BTHHFP_AUDIO_DEVICE_CAPABILTIES, *PBTHHFP_AUDIO_DEVICE_CAPABILTIES;

FORCEINLINE VOID BTHHFP_AUDIO_DEVICE_CAPABILTIES_INIT(_Out_ PBTHHFP_AUDIO_DEVICE_CAPABILTIES caps)
{
    RtlZeroMemory(caps, sizeof(*caps));
}

/* The HFP SCO bypass device interface class, named without a value. */
#ifdef __cplusplus
extern "C" const GUID GUID_DEVINTERFACE_BLUETOOTH_HFP_SCO_HCIBYPASS;
#else
extern const GUID GUID_DEVINTERFACE_BLUETOOTH_HFP_SCO_HCIBYPASS;
#endif

#endif /* _HVCILINT_BTHHFPDDI_H */
