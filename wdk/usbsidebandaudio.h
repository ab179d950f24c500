/*
 * usbsidebandaudio.h - hvcilint's stand-in for the USB part of the
 * sideband audio interface: the USB audio transport resources record of
 * an endpoint and the USB parameter-set identifiers.  Like the WDK's, it
 * is used together with sidebandaudio.h, which it brings in.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (usbsidebandaudio.h:
 * SIDEBANDAUDIO_EP_USBAUDIO_TRANSPORT_RESOURCES,
 * SIDEBANDAUDIO_EP_USB_TRANSPORT_RESOURCE_TYPE,
 * SIDEBANDAUDIO_USB_CONTROLLER_CONFIG_INFO_TYPE), not taken from the WDK.
 * The parameter-set identifiers are declared, not defined: their values
 * are not published on the reference pages.
 *
 * Left out: the SIOP type enumerations (their pages list the names
 * without values).
 */
#pragma once
#ifndef HVCILINT_USBSIDEBANDAUDIO_H
#define HVCILINT_USBSIDEBANDAUDIO_H

#include <sidebandaudio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _SIDEBANDAUDIO_EP_USBAUDIO_TRANSPORT_RESOURCES {
    USHORT bcdAudioSpec;
    UCHAR bDelay;
    UCHAR bSlotSize;
} SIDEBANDAUDIO_EP_USBAUDIO_TRANSPORT_RESOURCES, *PSIDEBANDAUDIO_EP_USBAUDIO_TRANSPORT_RESOURCES;

extern const GUID SIDEBANDAUDIO_PARAMS_SET_USBAUDIO;
extern const GUID SIDEBANDAUDIO_PARAMS_SET_USB_CONTROLLER;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_USBSIDEBANDAUDIO_H */
