/*
 * acx_config.h - the configuration part of hvcilint's ACX stand-in (see
 * acx.h, which includes this file, and which this file includes; not an
 * ACX header name): the property,
 * method and event items, request parameters, connections, data formats,
 * RT packets and the ACX_*_CONFIG and ACX_*_CALLBACKS structures with
 * their _INIT functions.
 *
 * Written for hvcilint from the public ACX reference pages on
 * learn.microsoft.com (member lists in their documented order; the type of
 * a member whose page prints none is the one its description names), not
 * taken from the WDK.  Each _INIT function zeroes the structure and sets
 * its Size, as the pages describe; the ones with parameters also store
 * them.  ACX_PROPERTY_ITEM_FLAG_* carry the published values (the
 * KSPROPERTY_TYPE_* bits).  ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE is not
 * printed on its page: it is given the kernel-streaming audio module
 * name size here.
 *
 * Left out: the event configuration (ACX_EVENT_CONFIG and its
 * callbacks), SoundWire/SDCA structures, flag values beyond "none".
 */
#pragma once
#ifndef _HVCILINT_ACX_CONFIG_H
#define _HVCILINT_ACX_CONFIG_H

#include <acx.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Property, method and event items a driver attaches to an object. */
#define ACX_PROPERTY_ITEM_FLAG_NONE         0x00000000
#define ACX_PROPERTY_ITEM_FLAG_GET          0x00000001
#define ACX_PROPERTY_ITEM_FLAG_SET          0x00000002
#define ACX_PROPERTY_ITEM_FLAG_BASICSUPPORT 0x00000200

typedef struct _ACX_PROPERTY_ITEM {
    const GUID *Set;
    ULONG Id;
    ULONG Flags;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
    PVOID Reserved;
    ULONG ControlCb;
    ULONG ValueCb;
    ULONG ValueType;
} ACX_PROPERTY_ITEM, *PACX_PROPERTY_ITEM;

typedef struct _ACX_METHOD_ITEM {
    const GUID *Set;
    ULONG Id;
    ULONG Flags;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
    PVOID Reserved;
    ULONG ArgsCb;
    ULONG ResultCb;
    ULONG ResultType;
} ACX_METHOD_ITEM, *PACX_METHOD_ITEM;

typedef struct _ACX_EVENT_ITEM {
    const GUID *Set;
    ULONG Id;
    ULONG Flags;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
    PVOID Reserved;
} ACX_EVENT_ITEM, *PACX_EVENT_ITEM;

/* Parameters of an ACX request (AcxRequestGetParameters). */
typedef struct _ACX_REQUEST_PARAMETERS {
    USHORT Size;
    UCHAR MajorFunction;
    UCHAR MinorFunction;
    ACX_REQUEST_TYPE Type;
    union {
        struct {
            GUID Set;
            ULONG Id;
            ACX_PROPERTY_VERB Verb;
            ACX_ITEM_TYPE ItemType;
            ULONG ItemId;
            PVOID Control;
            ULONG ControlCb;
            PVOID Value;
            ULONG ValueCb;
        } Property;
        struct {
            GUID Set;
            ULONG Id;
            ACX_METHOD_VERB Verb;
            ACX_ITEM_TYPE ItemType;
            ULONG ItemId;
            PVOID Args;
            ULONG ArgsCb;
            PVOID Result;
            ULONG ResultCb;
        } Method;
        struct {
            GUID Set;
            ULONG Id;
            ACX_EVENT_VERB Verb;
            ACX_ITEM_TYPE ItemType;
            ULONG ItemId;
            PVOID Data;
            ULONG DataCb;
            PVOID EventData;
        } Event;
        struct {
            PVOID Control;
            ULONG ControlCb;
        } Create;
    } Parameters;
} ACX_REQUEST_PARAMETERS, *PACX_REQUEST_PARAMETERS;

FORCEINLINE VOID ACX_REQUEST_PARAMETERS_INIT(_Out_ PACX_REQUEST_PARAMETERS Parameters)
{
    RtlZeroMemory(Parameters, sizeof(*Parameters));
    Parameters->Size = (USHORT)sizeof(*Parameters);
}

FORCEINLINE VOID ACX_REQUEST_PARAMETERS_INIT_PROPERTY(
    _Out_ PACX_REQUEST_PARAMETERS Params, _In_ const GUID Set, _In_ ULONG Id,
    _In_ ACX_PROPERTY_VERB Verb, _In_ ACX_ITEM_TYPE ItemType, _In_ ULONG ItemId,
    _In_opt_ PVOID Control, _In_ ULONG ControlCb, _In_opt_ PVOID Value, _In_ ULONG ValueCb)
{
    ACX_REQUEST_PARAMETERS_INIT(Params);
    Params->Type = AcxRequestTypeProperty;
    Params->Parameters.Property.Set = Set;
    Params->Parameters.Property.Id = Id;
    Params->Parameters.Property.Verb = Verb;
    Params->Parameters.Property.ItemType = ItemType;
    Params->Parameters.Property.ItemId = ItemId;
    Params->Parameters.Property.Control = Control;
    Params->Parameters.Property.ControlCb = ControlCb;
    Params->Parameters.Property.Value = Value;
    Params->Parameters.Property.ValueCb = ValueCb;
}

FORCEINLINE VOID ACX_REQUEST_PARAMETERS_INIT_METHOD(
    _Out_ PACX_REQUEST_PARAMETERS Params, _In_ const GUID Set, _In_ ULONG Id,
    _In_ ACX_METHOD_VERB Verb, _In_ ACX_ITEM_TYPE ItemType, _In_ ULONG ItemId,
    _In_opt_ PVOID Args, _In_ ULONG ArgsCb, _In_opt_ PVOID Result, _In_ ULONG ResultCb)
{
    ACX_REQUEST_PARAMETERS_INIT(Params);
    Params->Type = AcxRequestTypeMethod;
    Params->Parameters.Method.Set = Set;
    Params->Parameters.Method.Id = Id;
    Params->Parameters.Method.Verb = Verb;
    Params->Parameters.Method.ItemType = ItemType;
    Params->Parameters.Method.ItemId = ItemId;
    Params->Parameters.Method.Args = Args;
    Params->Parameters.Method.ArgsCb = ArgsCb;
    Params->Parameters.Method.Result = Result;
    Params->Parameters.Method.ResultCb = ResultCb;
}

/* A connection between two objects' pins (ACX_CONNECTION). */
typedef struct _ACX_CONNECTION {
    ULONG Size;
    ULONG Flags;
    ACXOBJECT FromObject;
    union {
        ACXPIN Object;
        ULONG Id;
    } FromPin;
    ACXOBJECT ToObject;
    union {
        ACXPIN Object;
        ULONG Id;
    } ToPin;
} ACX_CONNECTION, *PACX_CONNECTION;

FORCEINLINE VOID ACX_CONNECTION_INIT(_Out_ PACX_CONNECTION Connection, _In_ ACXOBJECT FromObject,
                                     _In_ ACXOBJECT ToObject)
{
    RtlZeroMemory(Connection, sizeof(*Connection));
    Connection->Size = sizeof(*Connection);
    Connection->FromObject = FromObject;
    Connection->ToObject = ToObject;
}

/* Data formats. */
typedef struct _ACX_DATAFORMAT_CONFIG {
    ULONG Size;
    ULONG Flags;
    ACX_DATAFORMAT_TYPE Type;
    union {
        PKSDATAFORMAT KsFormat;
    } u;
} ACX_DATAFORMAT_CONFIG, *PACX_DATAFORMAT_CONFIG;

FORCEINLINE VOID ACX_DATAFORMAT_CONFIG_INIT_KS(_Out_ PACX_DATAFORMAT_CONFIG Config,
                                               _In_ PVOID Format)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
    Config->Type = AcxDataFormatKsFormat;
    Config->u.KsFormat = (PKSDATAFORMAT)Format;
}

FORCEINLINE VOID ACX_RTPACKET_INIT(_Out_ PACX_RTPACKET RtPacket)
{
    RtlZeroMemory(RtPacket, sizeof(*RtPacket));
    RtPacket->Size = sizeof(*RtPacket);
}

/* Audio module descriptor. */
#define ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE AUDIOMODULE_MAX_NAME_CCH_SIZE

typedef struct _ACX_AUDIOMODULE_DESCRIPTOR {
    GUID ClassId;
    ULONG InstanceId;
    ULONG VersionMajor;
    ULONG VersionMinor;
    WCHAR Name[ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE];
} ACX_AUDIOMODULE_DESCRIPTOR, *PACX_AUDIOMODULE_DESCRIPTOR;

/* ACX_OBJECTBAG_CONFIG Flags (distinct bits in their documented order;
   the values are not printed on the reference page). */
typedef enum _ACX_OBJECTBAG_CONFIG_FLAGS {
    AcxObjectBagConfigNoFlags = 0x00000000,
    AcxObjectBagConfigEnableReads = 0x00000001,
    AcxObjectBagConfigEnableWrites = 0x00000002,
    AcxObjectBagConfigFailIfExist = 0x00000004,
    AcxObjectBagConfigOpenWithHandle = 0x00000008,
    AcxObjectBagConfigValidFlags = 0x0000000F
} ACX_OBJECTBAG_CONFIG_FLAGS;

/* Configuration and callback structures. */
typedef struct _ACX_DRIVER_CONFIG {
    ULONG Size;
    ULONG Flags;
} ACX_DRIVER_CONFIG, *PACX_DRIVER_CONFIG;

typedef struct _ACX_DEVICEINIT_CONFIG {
    ULONG Size;
    ULONG Flags;
    WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
    WDF_EXECUTION_LEVEL ExecutionLevel;
    PVOID Context;
} ACX_DEVICEINIT_CONFIG, *PACX_DEVICEINIT_CONFIG;

typedef struct _ACX_DEVICE_CONFIG {
    ULONG Size;
    ULONG Flags;
    PVOID Context;
} ACX_DEVICE_CONFIG, *PACX_DEVICE_CONFIG;

typedef struct _ACX_CIRCUIT_PNPPOWER_CALLBACKS {
    ULONG Size;
    PFN_ACX_CIRCUIT_PREPARE_HARDWARE EvtAcxCircuitPrepareHardware;
    PFN_ACX_CIRCUIT_RELEASE_HARDWARE EvtAcxCircuitReleaseHardware;
    PFN_ACX_CIRCUIT_POWER_UP EvtAcxCircuitPowerUp;
    PFN_ACX_CIRCUIT_POWER_DOWN EvtAcxCircuitPowerDown;
} ACX_CIRCUIT_PNPPOWER_CALLBACKS, *PACX_CIRCUIT_PNPPOWER_CALLBACKS;

typedef struct _ACX_CIRCUIT_COMPOSITE_CALLBACKS {
    ULONG Size;
    PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE EvtAcxCircuitCompositeCircuitInitialize;
    PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE EvtAcxCircuitCompositeInitialize;
    PFN_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE EvtAcxCircuitCompositeDeinitialize;
} ACX_CIRCUIT_COMPOSITE_CALLBACKS, *PACX_CIRCUIT_COMPOSITE_CALLBACKS;

typedef struct _ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS {
    ULONG Size;
    PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE EvtAcxFactoryCircuitCreateCircuitDevice;
    PFN_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE EvtAcxFactoryCircuitDeleteCircuitDevice;
    PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT EvtAcxFactoryCircuitCreateCircuit;
} ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS, *PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS;

typedef struct _ACX_PIN_CALLBACKS {
    ULONG Size;
    PFN_ACX_PIN_SET_DATAFORMAT EvtAcxPinSetDataFormat;
    PFN_ACX_PIN_RETRIEVE_NAME EvtAcxPinRetrieveName;
    PFN_ACX_PIN_RETRIEVE_JACK_SINK_INFO EvtAcxPinRetrieveJackSinkInfo;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxPinProcessJackRequest;
    PFN_ACX_PIN_CONNECTED EvtAcxPinConnected;
    PFN_ACX_PIN_DISCONNECTED EvtAcxPinDisconnected;
    PFN_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION EvtAcxPinDataFormatChangeNotification;
} ACX_PIN_CALLBACKS, *PACX_PIN_CALLBACKS;

typedef struct _ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION {
    ULONG Size;
    ULONG PrimaryChannelCount;
    ULONG PrimaryChannelStartPosition;
    ULONG PrimaryChannelMask;
    ULONG InterleavedChannelCount;
    ULONG InterleavedChannelStartPosition;
    ULONG InterleavedChannelMask;
} ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION, *PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION;

typedef struct _ACX_MICROPHONE_CONFIG {
    ULONG Size;
    ULONG Flags;
    LONG MicrophoneSnrDB;
    LONG MicrophoneSensitivityDB;
    PKSAUDIO_MIC_ARRAY_GEOMETRY MicArrayGeometry;
    PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION InterleavedFormat;
} ACX_MICROPHONE_CONFIG, *PACX_MICROPHONE_CONFIG;

typedef struct _ACX_PIN_CONFIG {
    ULONG Size;
    ULONG Flags;
    ULONG Id;
    ACX_PIN_TYPE Type;
    ACX_PIN_COMMUNICATION Communication;
    ACX_PIN_QUALIFIER Qualifier;
    const GUID *Category;
    const GUID *Name;
    PACX_PIN_CALLBACKS PinCallbacks;
    ULONG PropertiesCount;
    ULONG MethodsCount;
    PACX_PROPERTY_ITEM Properties;
    PACX_METHOD_ITEM Methods;
    union {
        PACX_MICROPHONE_CONFIG MicrophoneConfig;
    } u;
    ULONG MaxStreams;
} ACX_PIN_CONFIG, *PACX_PIN_CONFIG;

typedef struct _ACX_JACK_CALLBACKS {
    ULONG Size;
    PFN_ACX_JACK_RETRIEVE_PRESENCE_STATE EvtAcxJackRetrievePresenceState;
} ACX_JACK_CALLBACKS, *PACX_JACK_CALLBACKS;

typedef struct _ACX_JACK_CONFIG {
    ULONG Size;
    ULONG Id;
    ULONG Flags;
    PACX_JACK_CALLBACKS Callbacks;
    ACX_JACK_DESCRIPTION Description;
} ACX_JACK_CONFIG, *PACX_JACK_CONFIG;

typedef struct _ACX_STREAM_CALLBACKS {
    ULONG Size;
    PFN_ACX_STREAM_PREPARE_HARDWARE EvtAcxStreamPrepareHardware;
    PFN_ACX_STREAM_RELEASE_HARDWARE EvtAcxStreamReleaseHardware;
    PFN_ACX_STREAM_RUN EvtAcxStreamRun;
    PFN_ACX_STREAM_PAUSE EvtAcxStreamPause;
    PFN_ACX_STREAM_ASSIGN_DRM_CONTENT_ID EvtAcxStreamAssignDrmContentId;
} ACX_STREAM_CALLBACKS, *PACX_STREAM_CALLBACKS;

typedef struct _ACX_RT_STREAM_CALLBACKS {
    ULONG Size;
    PFN_ACX_STREAM_GET_HW_LATENCY EvtAcxStreamGetHwLatency;
    PFN_ACX_STREAM_ALLOCATE_RTPACKETS EvtAcxStreamAllocateRtPackets;
    PFN_ACX_STREAM_FREE_RTPACKETS EvtAcxStreamFreeRtPackets;
    PFN_ACX_STREAM_SET_RENDER_PACKET EvtAcxStreamSetRenderPacket;
    PFN_ACX_STREAM_GET_CURRENT_PACKET EvtAcxStreamGetCurrentPacket;
    PFN_ACX_STREAM_GET_CAPTURE_PACKET EvtAcxStreamGetCapturePacket;
    PFN_ACX_STREAM_GET_PRESENTATION_POSITION EvtAcxStreamGetPresentationPosition;
} ACX_RT_STREAM_CALLBACKS, *PACX_RT_STREAM_CALLBACKS;

typedef struct _ACX_STREAM_BRIDGE_CONFIG {
    ULONG Size;
    ULONG Flags;
    ACX_STREAM_BRIDGE_TYPE Type;
    ULONG InModesCount;
    const GUID **InModes;
    const GUID *OutMode;
    ACXOBJECTBAG OutStreamVarArguments;
    PWDF_OBJECT_ATTRIBUTES TargetStreamAttributes;
} ACX_STREAM_BRIDGE_CONFIG, *PACX_STREAM_BRIDGE_CONFIG;

typedef struct _ACX_ELEMENT_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Type;
    const GUID *Name;
    ULONG Flags;
    ULONG PropertiesCount;
    ULONG MethodsCount;
    PACX_PROPERTY_ITEM Properties;
    PACX_METHOD_ITEM Methods;
} ACX_ELEMENT_CONFIG, *PACX_ELEMENT_CONFIG;

typedef struct _ACX_MUTE_CALLBACKS {
    ULONG Size;
    PFN_ACX_MUTE_ASSIGN_STATE EvtAcxMuteAssignState;
    PFN_ACX_MUTE_RETRIEVE_STATE EvtAcxMuteRetrieveState;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxMuteProcessRequest;
} ACX_MUTE_CALLBACKS, *PACX_MUTE_CALLBACKS;

typedef struct _ACX_MUTE_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ULONG ChannelsCount;
    PACX_MUTE_CALLBACKS Callbacks;
} ACX_MUTE_CONFIG, *PACX_MUTE_CONFIG;

typedef struct _ACX_VOLUME_CALLBACKS {
    ULONG Size;
    PFN_ACX_VOLUME_ASSIGN_LEVEL EvtAcxVolumeAssignLevel;
    PFN_ACX_RAMPED_VOLUME_ASSIGN_LEVEL EvtAcxRampedVolumeAssignLevel;
    PFN_ACX_VOLUME_RETRIEVE_LEVEL EvtAcxVolumeRetrieveLevel;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxVolumeProcessRequest;
} ACX_VOLUME_CALLBACKS, *PACX_VOLUME_CALLBACKS;

typedef struct _ACX_VOLUME_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ULONG ChannelsCount;
    LONG Maximum;
    LONG Minimum;
    ULONG SteppingDelta;
    PACX_VOLUME_CALLBACKS Callbacks;
} ACX_VOLUME_CONFIG, *PACX_VOLUME_CONFIG;

typedef struct _ACX_PEAKMETER_CALLBACKS {
    ULONG Size;
    PFN_ACX_PEAKMETER_RETRIEVE_LEVEL EvtAcxPeakMeterRetrieveLevel;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxPeakMeterProcessRequest;
} ACX_PEAKMETER_CALLBACKS, *PACX_PEAKMETER_CALLBACKS;

typedef struct _ACX_PEAKMETER_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ULONG ChannelsCount;
    LONG Maximum;
    LONG Minimum;
    ULONG SteppingDelta;
    PACX_PEAKMETER_CALLBACKS Callbacks;
} ACX_PEAKMETER_CONFIG, *PACX_PEAKMETER_CONFIG;

typedef struct _ACX_AUDIOENGINE_CALLBACKS {
    ULONG Size;
    PFN_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS EvtAcxAudioEngineRetrieveBufferSizeLimits;
    PFN_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE EvtAcxAudioEngineAssignEffectsState;
    PFN_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE EvtAcxAudioEngineRetrieveEffectsState;
    PFN_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT EvtAcxAudioEngineRetrieveEngineMixFormat;
    PFN_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT EvtAcxAudioEngineAssignEngineDeviceFormat;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxAudioEngineProcessRequest;
} ACX_AUDIOENGINE_CALLBACKS, *PACX_AUDIOENGINE_CALLBACKS;

typedef struct _ACX_AUDIOENGINE_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ACXPIN HostPin;
    ACXPIN OffloadPin;
    ACXPIN LoopbackPin;
    ACXVOLUME VolumeElement;
    ACXMUTE MuteElement;
    ACXPEAKMETER PeakMeterElement;
    PACX_AUDIOENGINE_CALLBACKS Callbacks;
} ACX_AUDIOENGINE_CONFIG, *PACX_AUDIOENGINE_CONFIG;

typedef struct _ACX_STREAMAUDIOENGINE_CALLBACKS {
    ULONG Size;
    PFN_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE EvtAcxStreamAudioEngineAssignEffectsState;
    PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE EvtAcxStreamAudioEngineRetrieveEffectsState;
    PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION EvtAcxStreamAudioEngineRetrievePresentationPosition;
    PFN_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION EvtAcxStreamAudioEngineAssignCurrentWritePosition;
    PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION EvtAcxStreamAudioEngineRetrieveLinearBufferPosition;
    PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION EvtAcxStreamAudioEngineAssignLastBufferPosition;
    PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION EvtAcxStreamAudioEngineAssignLoopbackProtection;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxStreamAudioEngineProcessRequest;
} ACX_STREAMAUDIOENGINE_CALLBACKS, *PACX_STREAMAUDIOENGINE_CALLBACKS;

typedef struct _ACX_STREAMAUDIOENGINE_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ACXVOLUME VolumeElement;
    ACXMUTE MuteElement;
    ACXPEAKMETER PeakMeterElement;
    PACX_STREAMAUDIOENGINE_CALLBACKS Callbacks;
} ACX_STREAMAUDIOENGINE_CONFIG, *PACX_STREAMAUDIOENGINE_CONFIG;

typedef struct _ACX_KEYWORDSPOTTER_CALLBACKS {
    ULONG Size;
    PFN_ACX_KEYWORDSPOTTER_RETRIEVE_ARM EvtAcxKeywordSpotterRetrieveArm;
    PFN_ACX_KEYWORDSPOTTER_ASSIGN_ARM EvtAcxKeywordSpotterAssignArm;
    PFN_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS EvtAcxKeywordSpotterAssignPatterns;
    PFN_ACX_KEYWORDSPOTTER_ASSIGN_RESET EvtAcxKeywordSpotterAssignReset;
} ACX_KEYWORDSPOTTER_CALLBACKS, *PACX_KEYWORDSPOTTER_CALLBACKS;

typedef struct _ACX_KEYWORDSPOTTER_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    const GUID *Pattern;
    PACX_KEYWORDSPOTTER_CALLBACKS Callbacks;
} ACX_KEYWORDSPOTTER_CONFIG, *PACX_KEYWORDSPOTTER_CONFIG;

typedef struct _ACX_AUDIOMODULE_CALLBACKS {
    ULONG Size;
    PFN_ACX_AUDIOMODULE_PROCESSCOMMAND EvtAcxAudioModuleProcessCommand;
} ACX_AUDIOMODULE_CALLBACKS, *PACX_AUDIOMODULE_CALLBACKS;

typedef struct _ACX_AUDIOMODULE_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ACX_AUDIOMODULE_DESCRIPTOR Descriptor;
    PACX_AUDIOMODULE_CALLBACKS Callbacks;
} ACX_AUDIOMODULE_CONFIG, *PACX_AUDIOMODULE_CONFIG;

typedef struct _ACX_DATAFORMAT_LIST_CONFIG {
    ULONG Size;
    ULONG Flags;
} ACX_DATAFORMAT_LIST_CONFIG, *PACX_DATAFORMAT_LIST_CONFIG;

typedef struct _ACX_DATAFORMAT_LIST_ITERATOR {
    ULONG Size;
    ULONG Flags;
    PVOID Reserved;
} ACX_DATAFORMAT_LIST_ITERATOR, *PACX_DATAFORMAT_LIST_ITERATOR;

typedef struct _ACX_OBJECTBAG_CONFIG {
    ULONG Size;
    ULONG Flags;
    WDFKEY ParentKey;
    PCUNICODE_STRING Name;
    HANDLE Handle;
} ACX_OBJECTBAG_CONFIG, *PACX_OBJECTBAG_CONFIG;

typedef struct _ACX_PNPEVENT_CONFIG {
    ULONG Size;
    ULONG Flags;
    ACXEVENT Event;
} ACX_PNPEVENT_CONFIG, *PACX_PNPEVENT_CONFIG;

typedef struct _ACX_TARGET_CIRCUIT_CONFIG {
    ULONG Size;
    ULONG Flags;
    PCUNICODE_STRING SymbolicLinkName;
} ACX_TARGET_CIRCUIT_CONFIG, *PACX_TARGET_CIRCUIT_CONFIG;

typedef struct _ACX_CIRCUIT_TEMPLATE_CONFIG {
    ULONG Size;
    ULONG Flags;
    const GUID *ContainerId;
    ACXOBJECTBAG FactoryProperties;
    const GUID *FactoryId;
    PCUNICODE_STRING FactoryUri;
    PCUNICODE_STRING FactoryName;
    ACXOBJECTBAG CircuitProperties;
    const GUID *CircuitId;
    PCUNICODE_STRING CircuitUri;
    PCUNICODE_STRING CircuitName;
} ACX_CIRCUIT_TEMPLATE_CONFIG, *PACX_CIRCUIT_TEMPLATE_CONFIG;

typedef struct _ACX_COMPOSITE_TEMPLATE_CONFIG {
    ULONG Size;
    ULONG Flags;
    ACXOBJECTBAG Properties;
} ACX_COMPOSITE_TEMPLATE_CONFIG, *PACX_COMPOSITE_TEMPLATE_CONFIG;

/* Their _INIT functions: zero, then set Size. */
FORCEINLINE VOID ACX_DRIVER_CONFIG_INIT(_Out_ PACX_DRIVER_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_DEVICEINIT_CONFIG_INIT(_Out_ PACX_DEVICEINIT_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_DEVICE_CONFIG_INIT(_Out_ PACX_DEVICE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_CIRCUIT_PNPPOWER_CALLBACKS_INIT(_Out_ PACX_CIRCUIT_PNPPOWER_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_CIRCUIT_COMPOSITE_CALLBACKS_INIT(_Out_ PACX_CIRCUIT_COMPOSITE_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS_INIT(_Out_ PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_PIN_CALLBACKS_INIT(_Out_ PACX_PIN_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION_INIT(_Out_ PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_MICROPHONE_CONFIG_INIT(_Out_ PACX_MICROPHONE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_PIN_CONFIG_INIT(_Out_ PACX_PIN_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_JACK_CALLBACKS_INIT(_Out_ PACX_JACK_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_JACK_CONFIG_INIT(_Out_ PACX_JACK_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_STREAM_CALLBACKS_INIT(_Out_ PACX_STREAM_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_RT_STREAM_CALLBACKS_INIT(_Out_ PACX_RT_STREAM_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_STREAM_BRIDGE_CONFIG_INIT(_Out_ PACX_STREAM_BRIDGE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_ELEMENT_CONFIG_INIT(_Out_ PACX_ELEMENT_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_MUTE_CALLBACKS_INIT(_Out_ PACX_MUTE_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_MUTE_CONFIG_INIT(_Out_ PACX_MUTE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_VOLUME_CALLBACKS_INIT(_Out_ PACX_VOLUME_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_VOLUME_CONFIG_INIT(_Out_ PACX_VOLUME_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_PEAKMETER_CALLBACKS_INIT(_Out_ PACX_PEAKMETER_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_PEAKMETER_CONFIG_INIT(_Out_ PACX_PEAKMETER_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_AUDIOENGINE_CALLBACKS_INIT(_Out_ PACX_AUDIOENGINE_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_AUDIOENGINE_CONFIG_INIT(_Out_ PACX_AUDIOENGINE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_STREAMAUDIOENGINE_CALLBACKS_INIT(_Out_ PACX_STREAMAUDIOENGINE_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_STREAMAUDIOENGINE_CONFIG_INIT(_Out_ PACX_STREAMAUDIOENGINE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_KEYWORDSPOTTER_CALLBACKS_INIT(_Out_ PACX_KEYWORDSPOTTER_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_KEYWORDSPOTTER_CONFIG_INIT(_Out_ PACX_KEYWORDSPOTTER_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_AUDIOMODULE_CALLBACKS_INIT(_Out_ PACX_AUDIOMODULE_CALLBACKS Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_AUDIOMODULE_CONFIG_INIT(_Out_ PACX_AUDIOMODULE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_DATAFORMAT_LIST_CONFIG_INIT(_Out_ PACX_DATAFORMAT_LIST_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_DATAFORMAT_LIST_ITERATOR_INIT(_Out_ PACX_DATAFORMAT_LIST_ITERATOR Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_OBJECTBAG_CONFIG_INIT(_Out_ PACX_OBJECTBAG_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_PNPEVENT_CONFIG_INIT(_Out_ PACX_PNPEVENT_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_TARGET_CIRCUIT_CONFIG_INIT(_Out_ PACX_TARGET_CIRCUIT_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_CIRCUIT_TEMPLATE_CONFIG_INIT(_Out_ PACX_CIRCUIT_TEMPLATE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

FORCEINLINE VOID ACX_COMPOSITE_TEMPLATE_CONFIG_INIT(_Out_ PACX_COMPOSITE_TEMPLATE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
}

#ifdef __cplusplus
}
#endif

/* The Acx* functions, which take these structures. */
#include <acx_functions.h>

#endif /* _HVCILINT_ACX_CONFIG_H */
