/*
 * uuids.h - hvcilint's compact stand-in for the DirectShow GUID header
 * that some kernel-streaming minidrivers include.  Written for hvcilint
 * from Microsoft's public documentation (DirectShow "Media Types",
 * "Video Subtypes", "Format Types" and "Pin Property Set" reference
 * pages), not taken from the SDK.
 *
 * Declares, as extern const GUIDs without initializers (their values are
 * not reproduced here), the common major types, the uncompressed video
 * subtypes, the format types and the pin categories.  Left out: every
 * other class, interface and media-type identifier of the real header.
 */
#pragma once
#ifndef _HVCILINT_UUIDS_H
#define _HVCILINT_UUIDS_H

#include <guiddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Major types. */
extern const GUID MEDIATYPE_Video;
extern const GUID MEDIATYPE_Audio;
extern const GUID MEDIATYPE_Stream;
extern const GUID MEDIATYPE_Interleaved;

/* Uncompressed video subtypes. */
extern const GUID MEDIASUBTYPE_RGB24;
extern const GUID MEDIASUBTYPE_RGB32;
extern const GUID MEDIASUBTYPE_RGB555;
extern const GUID MEDIASUBTYPE_RGB565;
extern const GUID MEDIASUBTYPE_YUY2;
extern const GUID MEDIASUBTYPE_UYVY;
extern const GUID MEDIASUBTYPE_NV12;
extern const GUID MEDIASUBTYPE_MJPG;

/* Format types. */
extern const GUID FORMAT_None;
extern const GUID FORMAT_VideoInfo;
extern const GUID FORMAT_VideoInfo2;
extern const GUID FORMAT_WaveFormatEx;

/* Pin categories. */
extern const GUID PIN_CATEGORY_CAPTURE;
extern const GUID PIN_CATEGORY_PREVIEW;
extern const GUID PIN_CATEGORY_STILL;

#ifdef __cplusplus
}
#endif

#endif /* _HVCILINT_UUIDS_H */
