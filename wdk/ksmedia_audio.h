/*
 * ksmedia_audio.h - hvcilint's stand-in for more of the audio part of
 * ksmedia.h (and of drmk.h), included at the end of ksmedia.h.  Written
 * for hvcilint from Microsoft's public documentation (learn.microsoft.com
 * reference pages of KSAUDIO_POSITION, KSAUDIO_PRESENTATION_POSITION,
 * KSRTAUDIO_HWLATENCY, KSRTAUDIO_HWREGISTER, KSAUDIOENGINE_DESCRIPTOR,
 * KSAUDIOENGINE_BUFFER_SIZE_RANGE, AUDIO_CURVE_TYPE, CONSTRICTOR_OPTION,
 * KSSOUNDDETECTORPROPERTY, SOUNDDETECTOR_PATTERNHEADER,
 * KSPROPERTY_SOUNDDETECTOR, KSJACK_DESCRIPTION3, AUDIOPOSTURE_ORIENTATION,
 * DRMRIGHTS, the KSEVENT flags, VARENUM), not taken from the WDK.
 *
 * Declares: the WaveRT position, latency and register structures, the
 * audio-engine descriptor, buffer-size range and channel attribute
 * enumerations, the loopback constrictor option, the sound detector
 * (keyword spotter) property set, the third jack description, the
 * posture orientation, DRM rights, the KSEVENT_TYPE_* request flags,
 * the VT_* variant type codes that property tables name, the Bluetooth
 * one-shot and interleaved-audio properties, the DirectSound buffer
 * format, the microphone array geometry, the component id, the data
 * format attributes flag, KSP_PINMODE, the WaveRT packet size constraints,
 * the posture and DRM stream property ids, the audio resource-management
 * property (KSPROPERTY_AUDIORESOURCEMANAGEMENT and
 * AUDIORESOURCEMANAGEMENT_RESOURCEGROUP pages) and the
 * KSPROPERTY_AUDIO_CPU_RESOURCES values (KSAUDIO_CPU_RESOURCES_*; these
 * values and MAX_RESOURCEGROUPID_LENGTH as the Win32 metadata constant
 * listings publish them).  GUIDs are
 * declared by name only; where a table needs a STATIC_ initializer and
 * the value is not on the reference pages, the STATIC_ name expands to a
 * zero placeholder (noted where it is defined) - do not rely on it.
 *
 * Left out: the jack sink information,
 * the posture property layout, offload
 * stream properties, the stream resource manager, SDCA and Bluetooth
 * sideband definitions.
 */
#pragma once
#ifndef _HVCILINT_KSMEDIA_AUDIO_H
#define _HVCILINT_KSMEDIA_AUDIO_H

#include <ks.h>
/* BOOL and the wave formats. */
#include <minwindef.h>
#include <mmreg.h>

/* KSEVENT request flags (KSEVENT's Flags member). */
#ifndef KSEVENT_TYPE_ENABLE
#define KSEVENT_TYPE_ENABLE          0x00000001
#define KSEVENT_TYPE_ONESHOT         0x00000002
#define KSEVENT_TYPE_ENABLEBUFFERED  0x00000004
#define KSEVENT_TYPE_SETSUPPORT      0x00000100
#define KSEVENT_TYPE_BASICSUPPORT    0x00000200
#define KSEVENT_TYPE_QUERYBUFFER     0x00000400
#define KSEVENT_TYPE_TOPOLOGY        0x10000000
#endif

/* Variant type codes (VARENUM) named in KS property value tables. */
#ifndef _HVCILINT_VARENUM_DEFINED
#define _HVCILINT_VARENUM_DEFINED
enum VARENUM {
    VT_EMPTY = 0,
    VT_NULL = 1,
    VT_I2 = 2,
    VT_I4 = 3,
    VT_R4 = 4,
    VT_R8 = 5,
    VT_CY = 6,
    VT_DATE = 7,
    VT_BSTR = 8,
    VT_DISPATCH = 9,
    VT_ERROR = 10,
    VT_BOOL = 11,
    VT_VARIANT = 12,
    VT_UNKNOWN = 13,
    VT_DECIMAL = 14,
    VT_I1 = 16,
    VT_UI1 = 17,
    VT_UI2 = 18,
    VT_UI4 = 19,
    VT_I8 = 20,
    VT_UI8 = 21,
    VT_INT = 22,
    VT_UINT = 23,
    VT_VOID = 24,
    VT_HRESULT = 25,
    VT_PTR = 26,
    VT_LPSTR = 30,
    VT_LPWSTR = 31,
    VT_FILETIME = 64,
    VT_BLOB = 65,
    VT_CLSID = 72,
    VT_VECTOR = 0x1000,
    VT_ARRAY = 0x2000,
    VT_BYREF = 0x4000,
    VT_RESERVED = 0x8000,
    VT_ILLEGAL = 0xffff,
    VT_ILLEGALMASKED = 0x0fff,
    VT_TYPEMASK = 0x0fff
};
#endif

/* WaveRT stream position, latency and hardware registers. */
typedef struct {
    ULONGLONG PlayOffset;
    ULONGLONG WriteOffset;
} KSAUDIO_POSITION, *PKSAUDIO_POSITION;

typedef struct {
    UINT64 u64PositionInBlocks;
    UINT64 u64QPCPosition;
} KSAUDIO_PRESENTATION_POSITION, *PKSAUDIO_PRESENTATION_POSITION;

typedef struct {
    ULONG FifoSize;
    ULONG ChipsetDelay;
    ULONG CodecDelay;
} KSRTAUDIO_HWLATENCY, *PKSRTAUDIO_HWLATENCY;

typedef struct {
    PVOID Register;
    ULONG Width;
    ULONGLONG Numerator;
    ULONGLONG Denominator;
    ULONG Accuracy;
} KSRTAUDIO_HWREGISTER, *PKSRTAUDIO_HWREGISTER;

/* Hardware audio engine (offload). */
typedef struct {
    UINT nHostPinId;
    UINT nOffloadPinId;
    UINT nLoopbackPinId;
} KSAUDIOENGINE_DESCRIPTOR, *PKSAUDIOENGINE_DESCRIPTOR;

typedef struct {
    ULONG MinBufferBytes;
    ULONG MaxBufferBytes;
} KSAUDIOENGINE_BUFFER_SIZE_RANGE, *PKSAUDIOENGINE_BUFFER_SIZE_RANGE;

typedef enum {
    eVolumeAttribute = 0,
    eMuteAttribute,
    ePeakMeterAttribute,
    eChannelTargetCount
} eChannelTargetType;

/* The three format kinds a miniport reports the size of (order as the
   IMiniportAudioEngineNode::GetEngineFormatSize page lists them). */
typedef enum {
    eMixFormat = 0,
    eDeviceFormat,
    eSupportedDeviceFormats,
    eEngineFormatTypeCount
} eEngineFormatType;

typedef enum {
    AUDIO_CURVE_TYPE_NONE = 0,
    AUDIO_CURVE_TYPE_WINDOWS_FADE = 1
} AUDIO_CURVE_TYPE;

typedef enum {
    CONSTRICTOR_OPTION_DISABLE = 0,
    CONSTRICTOR_OPTION_MUTE = 1
} CONSTRICTOR_OPTION;

/* Audio control-change event (KSEVENTSETID_AudioControlChange). */
typedef enum {
    KSEVENT_CONTROL_CHANGE
} KSEVENT_AUDIO_CONTROL_CHANGE;

/* Sound detector (voice activation). */
typedef struct {
    KSPROPERTY Property;
    GUID EventId;
} KSSOUNDDETECTORPROPERTY, *PKSSOUNDDETECTORPROPERTY;

typedef struct {
    ULONG Size;
    GUID PatternType;
} SOUNDDETECTOR_PATTERNHEADER, *PSOUNDDETECTOR_PATTERNHEADER;

typedef enum {
    KSPROPERTY_SOUNDDETECTOR_SUPPORTEDPATTERNS = 1,
    KSPROPERTY_SOUNDDETECTOR_PATTERNS,
    KSPROPERTY_SOUNDDETECTOR_ARMED,
    KSPROPERTY_SOUNDDETECTOR_MATCHRESULT,
    KSPROPERTY_SOUNDDETECTOR_RESET,
    KSPROPERTY_SOUNDDETECTOR_STREAMINGSUPPORT
} KSPROPERTY_SOUNDDETECTOR;

typedef enum {
    KSEVENT_SOUNDDETECTOR_MATCHDETECTED = 1
} KSEVENT_SOUNDDETECTOR;

/* The third jack description (KSPROPERTY_JACK_DESCRIPTION3 follows the
   container id in the KSPROPERTY_JACK enumeration). */
typedef struct _tagKSJACK_DESCRIPTION3 {
    ULONG ConfigId;
} KSJACK_DESCRIPTION3, *PKSJACK_DESCRIPTION3;
#define KSPROPERTY_JACK_DESCRIPTION3 ((KSPROPERTY_JACK)(KSPROPERTY_JACK_CONTAINERID + 1))

/* Device posture. */
typedef enum {
    AUDIOPOSTURE_ORIENTATION_NOTROTATED = 0,
    AUDIOPOSTURE_ORIENTATION_ROTATED90DEGREESCOUNTERCLOCKWISE,
    AUDIOPOSTURE_ORIENTATION_ROTATED180DEGREESCOUNTERCLOCKWISE,
    AUDIOPOSTURE_ORIENTATION_ROTATED270DEGREESCOUNTERCLOCKWISE
} AUDIOPOSTURE_ORIENTATION, *PAUDIOPOSTURE_ORIENTATION;

/* Audio effects discovery (KSPROPSETID_AudioEffectsDiscovery). */
typedef enum {
    KSPROPERTY_AUDIOEFFECTSDISCOVERY_EFFECTSLIST = 1
} KSPROPERTY_AUDIOEFFECTSDISCOVERY;

/* DRM rights (drmk.h). */
#ifndef DEFINE_DRMRIGHTS_DEFAULT
typedef struct tagDRMRIGHTS {
    BOOL CopyProtect;
    ULONG Reserved;
    BOOL DigitalOutputDisable;
} DRMRIGHTS, *PDRMRIGHTS;
typedef const DRMRIGHTS *PCDRMRIGHTS;
#define DEFINE_DRMRIGHTS_DEFAULT(DrmRights) const DRMRIGHTS DrmRights = {FALSE, 0, FALSE}
#endif

/* Bluetooth one-shot reconnect/disconnect (KSPROPSETID_BtAudio). */
typedef enum {
    KSPROPERTY_ONESHOT_RECONNECT = 0,
    KSPROPERTY_ONESHOT_DISCONNECT = 1
} KSPROPERTY_BTAUDIO;

/* Interleaved loopback/primary channels (KSPROPSETID_InterleavedAudio). */
typedef enum {
    KSPROPERTY_INTERLEAVEDAUDIO_FORMATINFORMATION = 1
} KSPROPERTY_INTERLEAVEDAUDIO;

typedef struct _tagINTERLEAVED_AUDIO_FORMAT_INFORMATION {
    ULONG Size;
    ULONG PrimaryChannelCount;
    ULONG PrimaryChannelStartPosition;
    ULONG PrimaryChannelMask;
    ULONG InterleavedChannelCount;
    ULONG InterleavedChannelStartPosition;
    ULONG InterleavedChannelMask;
} INTERLEAVED_AUDIO_FORMAT_INFORMATION, *PINTERLEAVED_AUDIO_FORMAT_INFORMATION;

/* WaveRT packet size constraints (the DEVPKEY_KsAudio_PacketSize_
   Constraints2 interface property value): a header followed by
   NumProcessingModeConstraints per-mode entries. */
typedef struct _KSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT {
    GUID ProcessingMode;
    ULONG SamplesPerProcessingPacket;
    ULONG ProcessingPacketDurationInHns;
} KSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT, *PKSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT;

typedef struct _KSAUDIO_PACKETSIZE_CONSTRAINTS2 {
    ULONG MinPacketPeriodInHns;
    ULONG PacketSizeFileAlignment;
    ULONG MaxPacketSizeInBytes;
    ULONG NumProcessingModeConstraints;
    KSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT ProcessingModeConstraints[1];
} KSAUDIO_PACKETSIZE_CONSTRAINTS2, *PKSAUDIO_PACKETSIZE_CONSTRAINTS2;

#ifdef __cplusplus
extern "C" const DEVPROPKEY DEVPKEY_KsAudio_PacketSize_Constraints2;
#else
extern const DEVPROPKEY DEVPKEY_KsAudio_PacketSize_Constraints2;
#endif

/* KSPROPERTY_AUDIO_CPU_RESOURCES values: the node runs in hardware, or in
   software on the host CPU. */
#define KSAUDIO_CPU_RESOURCES_NOT_HOST_CPU 0x00000000
#define KSAUDIO_CPU_RESOURCES_HOST_CPU     0x7FFFFFFF

/* Audio resource management (KSPROPSETID_AudioResourceManagement). */
#define MAX_RESOURCEGROUPID_LENGTH 256

typedef enum {
    KSPROPERTY_AUDIORESOURCEMANAGEMENT_RESOURCEGROUP
} KSPROPERTY_AUDIORESOURCEMANAGEMENT;

typedef struct {
    BOOL ResourceGroupAcquired;
    WCHAR ResourceGroupName[MAX_RESOURCEGROUPID_LENGTH];
} AUDIORESOURCEMANAGEMENT_RESOURCEGROUP, *PAUDIORESOURCEMANAGEMENT_RESOURCEGROUP;

/* Posture and DRM stream property ids. */
typedef enum {
    KSPROPERTY_AUDIOPOSTURE_ORIENTATION
} KSPROPERTY_AUDIOPOSTURE;

typedef enum {
    KSPROPERTY_DRMAUDIOSTREAM_CONTENTID
} KSPROPERTY_DRMAUDIOSTREAM;

/* DirectSound buffer format. */
typedef struct {
    ULONG Flags;
    ULONG Control;
    WAVEFORMATEX WaveFormatEx;
} KSDSOUND_BUFFERDESC, *PKSDSOUND_BUFFERDESC;

typedef struct {
    KSDATAFORMAT DataFormat;
    KSDSOUND_BUFFERDESC BufferDesc;
} KSDATAFORMAT_DSOUND, *PKSDATAFORMAT_DSOUND;

/* Microphone array geometry (KSPROPERTY_AUDIO_MIC_ARRAY_GEOMETRY). */
typedef enum {
    KSMICARRAY_MICTYPE_OMNIDIRECTIONAL = 0,
    KSMICARRAY_MICTYPE_SUBCARDIOID,
    KSMICARRAY_MICTYPE_CARDIOID,
    KSMICARRAY_MICTYPE_SUPERCARDIOID,
    KSMICARRAY_MICTYPE_HYPERCARDIOID,
    KSMICARRAY_MICTYPE_8SHAPED,
    KSMICARRAY_MICTYPE_VENDORDEFINED = 0x0F
} KSMICARRAY_MICTYPE;

typedef enum {
    KSMICARRAY_MICARRAYTYPE_LINEAR = 0,
    KSMICARRAY_MICARRAYTYPE_PLANAR,
    KSMICARRAY_MICARRAYTYPE_3D
} KSMICARRAY_MICARRAYTYPE;

typedef struct {
    USHORT usType;
    SHORT wXCoord;
    SHORT wYCoord;
    SHORT wZCoord;
    SHORT wVerticalAngle;
    SHORT wHorizontalAngle;
} KSAUDIO_MICROPHONE_COORDINATES, *PKSAUDIO_MICROPHONE_COORDINATES;

typedef struct {
    USHORT usVersion;
    USHORT usMicArrayType;
    SHORT wVerticalAngleBegin;
    SHORT wVerticalAngleEnd;
    SHORT wHorizontalAngleBegin;
    SHORT wHorizontalAngleEnd;
    USHORT usFrequencyBandLo;
    USHORT usFrequencyBandHi;
    USHORT usNumberOfMicrophones;
    KSAUDIO_MICROPHONE_COORDINATES KsMicCoord[1];
} KSAUDIO_MIC_ARRAY_GEOMETRY, *PKSAUDIO_MIC_ARRAY_GEOMETRY;

/* General properties (KSPROPSETID_General). */
typedef enum {
    KSPROPERTY_GENERAL_COMPONENTID
} KSPROPERTY_GENERAL;

/* KSCOMPONENTID is named in ks_avstream.h; its members: */
struct _KSCOMPONENTID {
    GUID Manufacturer;
    GUID Product;
    GUID Component;
    GUID Name;
    ULONG Version;
    ULONG Revision;
};

/* KSDATAFORMAT Flags bit: attributes follow the format. */
#ifndef KSDATAFORMAT_ATTRIBUTES
#define KSDATAFORMAT_ATTRIBUTES 0x00000002
#endif

/* Pin property with a signal processing mode (KSP_PINMODE). */
typedef struct {
    KSP_PIN PinProperty;
    GUID AudioProcessingMode;
} KSP_PINMODE, *PKSP_PINMODE;

/* Property sets, node types and effect types, named without a value. */
DEFINE_GUIDEX(KSPROPSETID_BtAudio);
DEFINE_GUIDEX(KSPROPSETID_InterleavedAudio);
DEFINE_GUIDEX(KSPROPSETID_SoundDetector);
DEFINE_GUIDEX(KSPROPSETID_SoundDetector2);
DEFINE_GUIDEX(KSEVENTSETID_SoundDetector);
DEFINE_GUIDEX(KSNOTIFICATIONID_SoundDetector);
DEFINE_GUIDEX(KSPROPSETID_AudioPosture);
DEFINE_GUIDEX(KSPROPSETID_AudioResourceManagement);
DEFINE_GUIDEX(KSPROPSETID_AudioSignalProcessing);
DEFINE_GUIDEX(KSPROPSETID_AudioEngine);
DEFINE_GUIDEX(KSPROPSETID_RtAudio);
DEFINE_GUIDEX(KSPROPSETID_DrmAudioStream);
DEFINE_GUIDEX(KSNODETYPE_AUDIO_LOOPBACK);
DEFINE_GUIDEX(KSNODETYPE_AUDIO_KEYWORDDETECTOR);
DEFINE_GUIDEX(KSNODETYPE_MICROPHONE_ARRAY);
DEFINE_GUIDEX(KSNODETYPE_SPDIF_INTERFACE);
DEFINE_GUIDEX(KSNODETYPE_HDMI_INTERFACE);
DEFINE_GUIDEX(KSNODETYPE_PEAKMETER);
DEFINE_GUIDEX(KSNODETYPE_WAVE_OUT);
DEFINE_GUIDEX(KSAUDFNAME_MASTER_VOLUME);
DEFINE_GUIDEX(KSAUDFNAME_MASTER_MUTE);
DEFINE_GUIDEX(KSAUDFNAME_WAVE_VOLUME);
DEFINE_GUIDEX(KSAUDFNAME_WAVE_MUTE);
DEFINE_GUIDEX(KSAUDFNAME_VOLUME_CONTROL);
DEFINE_GUIDEX(KSAUDFNAME_MICROPHONE_BOOST);
DEFINE_GUIDEX(AUDIO_SIGNALPROCESSINGMODE_FAR_FIELD_SPEECH);
DEFINE_GUIDEX(AUDIO_EFFECT_TYPE_ACOUSTIC_ECHO_CANCELLATION);
DEFINE_GUIDEX(AUDIO_EFFECT_TYPE_NOISE_SUPPRESSION);
DEFINE_GUIDEX(AUDIO_EFFECT_TYPE_AUTOMATIC_GAIN_CONTROL);
DEFINE_GUIDEX(AUDIO_EFFECT_TYPE_LOUDNESS_EQUALIZER);
DEFINE_GUIDEX(AUDIO_EFFECT_TYPE_VIRTUAL_SURROUND);
DEFINE_GUIDEX(KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_DIGITAL_PLUS);
DEFINE_GUIDEX(KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_MLP);
DEFINE_GUIDEX(KSDATAFORMAT_SUBTYPE_IEC61937_DTS);
DEFINE_GUIDEX(KSDATAFORMAT_SUBTYPE_IEC61937_DTS_HD);
DEFINE_GUIDEX(KSDATAFORMAT_SUBTYPE_IEC61937_DTSX_E1);
DEFINE_GUIDEX(KSDATAFORMAT_SUBTYPE_IEC61937_DTSX_E2);
DEFINE_GUIDEX(KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_MAT20);
DEFINE_GUIDEX(KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_MAT21);

/*
 * STATIC_ initializers for data-range and mode tables.  Their values are
 * not given on the reference pages this header follows: each expands to
 * a zero GUID placeholder so that static tables parse.
 */
#define STATIC_KSDATAFORMAT_SUBTYPE_ANALOG                   STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_DIGITAL   STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_DIGITAL_PLUS STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_MLP       STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SUBTYPE_IEC61937_DTS             STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SUBTYPE_IEC61937_DTS_HD          STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SUBTYPE_IEC61937_DTSX_E1         STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SUBTYPE_IEC61937_DTSX_E2         STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_MAT20     STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_MAT21     STATIC_GUID_NULL
#define STATIC_AUDIO_SIGNALPROCESSINGMODE_RAW                STATIC_GUID_NULL
#define STATIC_AUDIO_SIGNALPROCESSINGMODE_SPEECH             STATIC_GUID_NULL
#define STATIC_AUDIO_SIGNALPROCESSINGMODE_MEDIA              STATIC_GUID_NULL
#define STATIC_AUDIO_SIGNALPROCESSINGMODE_NOTIFICATION       STATIC_GUID_NULL
#define STATIC_AUDIO_SIGNALPROCESSINGMODE_FAR_FIELD_SPEECH   STATIC_GUID_NULL

#endif /* _HVCILINT_KSMEDIA_AUDIO_H */
