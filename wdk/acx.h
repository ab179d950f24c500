/*
 * acx.h - hvcilint's stand-in for the Audio Class eXtension (ACX)
 * headers, the WDF-based audio framework (acxdriver.h, acxdevice.h,
 * acxcircuit.h, acxpin.h, acxstreams.h, acxelements.h, acxdataformat.h,
 * acxrequest.h, acxevents.h, acxmisc.h, acxtargets.h, acxmanager.h).
 *
 * Written for hvcilint from the public ACX reference pages on
 * learn.microsoft.com (handle types, enumerations, structure member lists,
 * callback and function parameter lists), not taken from the WDK.  Where a
 * page names a member or parameter without printing its type, the type is
 * the one its description names (a handle, a GUID pointer, a count).
 * Includes wdf.h, ks.h and ksmedia.h.  Split in three: this file (handles, enumerations, small
 * structures, the EVT_ACX_* callback function types), acx_config.h (the
 * ACX_*_CONFIG and ACX_*_CALLBACKS structures with their _INIT functions)
 * and acx_functions.h (the Acx* functions), both included at the end.
 *
 * The object handles are distinct pointer types that convert to WDFOBJECT
 * as the framework's own handles do; ACXOBJECT is a WDFOBJECT and
 * ACXCONTEXT an untyped pointer, which is how drivers pass them.
 *
 * Left out: SoundWire and SDCA definitions, the ACX version macros and
 * function tables, event (ACXEVENT) callbacks, the jack sink information
 * layout (named only), the ACX_*_FLAGS values beyond "no flags".
 */
#pragma once
#ifndef _HVCILINT_ACX_H
#define _HVCILINT_ACX_H

#include <wdf.h>
#include <minwindef.h>
/* KSDATAFORMAT, the wave formats and the audio module name size. */
#include <ks.h>
#include <ksmedia.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Object handles. */
typedef WDFOBJECT ACXOBJECT;
typedef PVOID ACXCONTEXT;
#define _HVCILINT_ACX_HANDLE(name) typedef struct name##__ *name
_HVCILINT_ACX_HANDLE(ACXCIRCUIT);
_HVCILINT_ACX_HANDLE(ACXFACTORYCIRCUIT);
_HVCILINT_ACX_HANDLE(ACXCIRCUITTEMPLATE);
_HVCILINT_ACX_HANDLE(ACXCOMPOSITETEMPLATE);
_HVCILINT_ACX_HANDLE(ACXMANAGER);
_HVCILINT_ACX_HANDLE(ACXPIN);
_HVCILINT_ACX_HANDLE(ACXSTREAM);
_HVCILINT_ACX_HANDLE(ACXSTREAMBRIDGE);
_HVCILINT_ACX_HANDLE(ACXSTREAMIO);
_HVCILINT_ACX_HANDLE(ACXELEMENT);
_HVCILINT_ACX_HANDLE(ACXMUTE);
_HVCILINT_ACX_HANDLE(ACXVOLUME);
_HVCILINT_ACX_HANDLE(ACXPEAKMETER);
_HVCILINT_ACX_HANDLE(ACXJACK);
_HVCILINT_ACX_HANDLE(ACXAUDIOENGINE);
_HVCILINT_ACX_HANDLE(ACXSTREAMAUDIOENGINE);
_HVCILINT_ACX_HANDLE(ACXKEYWORDSPOTTER);
_HVCILINT_ACX_HANDLE(ACXAUDIOMODULE);
_HVCILINT_ACX_HANDLE(ACXDATAFORMAT);
_HVCILINT_ACX_HANDLE(ACXDATAFORMATLIST);
_HVCILINT_ACX_HANDLE(ACXOBJECTBAG);
_HVCILINT_ACX_HANDLE(ACXPNPEVENT);
_HVCILINT_ACX_HANDLE(ACXEVENT);
_HVCILINT_ACX_HANDLE(ACXTARGETCIRCUIT);
_HVCILINT_ACX_HANDLE(ACXTARGETPIN);
_HVCILINT_ACX_HANDLE(ACXTARGETELEMENT);
_HVCILINT_ACX_HANDLE(ACXTARGETSTREAM);
#undef _HVCILINT_ACX_HANDLE

/* Opaque initialization structures the framework allocates. */
typedef struct ACXCIRCUIT_INIT ACXCIRCUIT_INIT, *PACXCIRCUIT_INIT;
typedef struct ACXSTREAM_INIT ACXSTREAM_INIT, *PACXSTREAM_INIT;
typedef struct ACXFACTORYCIRCUIT_INIT ACXFACTORYCIRCUIT_INIT, *PACXFACTORYCIRCUIT_INIT;

/* Stream state. */
typedef enum _ACX_STREAM_STATE {
    AcxStreamStateStop = 0,
    AcxStreamStateAcquire,
    AcxStreamStatePause,
    AcxStreamStateRun,
    AcxStreamStateMaximum
} ACX_STREAM_STATE, *PACX_STREAM_STATE;

/* DRM rights handed to EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID. */
typedef struct _ACXDRMRIGHTS {
    BOOL CopyProtect;
    ULONG Reserved;
    BOOL DigitalOutputDisable;
} ACXDRMRIGHTS, *PACXDRMRIGHTS;

/* One RT packet: a memory descriptor (an MDL) with the packet's offset
   and size within it (ACX_RTPACKET). */
typedef struct _ACX_RTPACKET {
    ULONG Size;
    WDF_MEMORY_DESCRIPTOR RtPacketBuffer;
    ULONG_PTR RtPacketOffset;
    ULONG_PTR RtPacketSize;
} ACX_RTPACKET, *PACX_RTPACKET;

/* Enumerations (member lists in documented order). */
typedef enum _ACX_CIRCUIT_TYPE {
    AcxCircuitTypeOther,
    AcxCircuitTypeRender,
    AcxCircuitTypeCapture,
    AcxCircuitTypeMaximum
} ACX_CIRCUIT_TYPE, *PACX_CIRCUIT_TYPE;

typedef enum _ACX_PIN_TYPE {
    AcxPinTypeOther,
    AcxPinTypeSink,
    AcxPinTypeSource,
    AcxPinTypeMaximum
} ACX_PIN_TYPE, *PACX_PIN_TYPE;

typedef enum _ACX_PIN_COMMUNICATION {
    AcxPinCommunicationNone,
    AcxPinCommunicationSink,
    AcxPinCommunicationSource,
    AcxPinCommunicationMaximum
} ACX_PIN_COMMUNICATION, *PACX_PIN_COMMUNICATION;

typedef enum _ACX_PIN_QUALIFIER {
    AcxPinQualifierUnknown,
    AcxPinQualifierBridgeA,
    AcxPinQualifierBridgeB,
    AcxPinQualifierBridgeDevice,
    AcxPinQualifierMaximum
} ACX_PIN_QUALIFIER, *PACX_PIN_QUALIFIER;

/* ACX_PIN_CONFIG Flags bits (values not printed on the reference page). */
typedef enum _ACX_PIN_CONFIG_FLAGS {
    AcxPinConfigNoFlags = 0x00000000,
    AcxPinConfigMicrophoneConfigSpecified = 0x00000001,
    AcxPinConfigNoDefaultDataFormatLists = 0x00000002,
    AcxPinConfigValidFlags = 0x00000003
} ACX_PIN_CONFIG_FLAGS;

typedef enum _ACX_REQUEST_TYPE {
    AcxRequestTypeUnknown,
    AcxRequestTypeAny,
    AcxRequestTypeCreate,
    AcxRequestTypeProperty,
    AcxRequestTypeMethod,
    AcxRequestTypeEvent,
    AcxRequestTypeResetState,
    AcxRequestTypeMax
} ACX_REQUEST_TYPE, *PACX_REQUEST_TYPE;

typedef enum _ACX_ITEM_TYPE {
    AcxItemTypeDefault,
    AcxItemTypeCircuit,
    AcxItemTypeStream,
    AcxItemTypeFactoryCircuit,
    AcxItemTypePin,
    AcxItemTypeElement,
    AcxItemTypeMax
} ACX_ITEM_TYPE, *PACX_ITEM_TYPE;

typedef enum _ACX_PROPERTY_VERB {
    AcxPropertyVerbNone,
    AcxPropertyVerbGet,
    AcxPropertyVerbSet,
    AcxPropertyVerbBasicSupport,
    AcxPropertyVerbSetSupport,
    AcxPropertyVerbMax
} ACX_PROPERTY_VERB, *PACX_PROPERTY_VERB;

typedef enum _ACX_METHOD_VERB {
    AcxMethodVerbNone,
    AcxMethodVerbSend,
    AcxMethodVerbBasicSupport,
    AcxMethodVerbSetSupport,
    AcxMethodVerbMax
} ACX_METHOD_VERB, *PACX_METHOD_VERB;

typedef enum _ACX_EVENT_VERB {
    AcxEventVerbNone,
    AcxEventVerbEnable,
    AcxEventVerbDisable,
    AcxEventVerbBasicSupport,
    AcxEventVerbSetSupport,
    AcxEventVerbMax
} ACX_EVENT_VERB, *PACX_EVENT_VERB;

typedef enum _ACX_DATAFORMAT_TYPE {
    AcxDataFormatKsFormat,
    AcxDataFormatMaximum
} ACX_DATAFORMAT_TYPE, *PACX_DATAFORMAT_TYPE;

typedef enum _ACX_CONSTRICTOR_OPTION {
    AcxConstrictorOptionNone,
    AcxConstrictorOptionMute
} ACX_CONSTRICTOR_OPTION, *PACX_CONSTRICTOR_OPTION;

typedef enum _ACX_DX_EXIT_LATENCY {
    AcxDxExitLatencyInstant,
    AcxDxExitLatencyFast,
    AcxDxExitLatencyResponsive
} ACX_DX_EXIT_LATENCY, *PACX_DX_EXIT_LATENCY;

typedef enum _ACX_STREAM_BRIDGE_TYPE {
    AcxStreamBridgeInvalidType,
    AcxStreamBridgeMux,
    AcxStreamBridgeMaximumType,
    AcxStreamBridgeDefaultType
} ACX_STREAM_BRIDGE_TYPE, *PACX_STREAM_BRIDGE_TYPE;

/* Jack description (its enumerations follow the KSJACK_DESCRIPTION ones). */
typedef enum _ACX_JACK_CONNECTION_TYPE {
    AcxConnTypeUnknown,
    AcxConnType3Point5mm,
    AcxConnTypeQuarter,
    AcxConnTypeAtapiInternal,
    AcxConnTypeRCA,
    AcxConnTypeOptical,
    AcxConnTypeOtherDigital,
    AcxConnTypeOtherAnalog,
    AcxConnTypeMultichannelAnalogDIN,
    AcxConnTypeXlrProfessional,
    AcxConnTypeRJ11Modem,
    AcxConnTypeCombination
} ACX_JACK_CONNECTION_TYPE, *PACX_JACK_CONNECTION_TYPE;

typedef enum _ACX_JACK_GEO_LOCATION {
    AcxGeoLocRear = 0x1,
    AcxGeoLocFront,
    AcxGeoLocLeft,
    AcxGeoLocRight,
    AcxGeoLocTop,
    AcxGeoLocBottom,
    AcxGeoLocRearPanel,
    AcxGeoLocRiser,
    AcxGeoLocInsideMobileLid,
    AcxGeoLocDrivebay,
    AcxGeoLocHDMI,
    AcxGeoLocOutsideMobileLid,
    AcxGeoLocATAPI,
    AcxGeoLocNotApplicable,
    AcxGeoLocReserved6,
    AcxJackGeoLocationMaximum
} ACX_JACK_GEO_LOCATION, *PACX_JACK_GEO_LOCATION;

typedef enum _ACX_JACK_GEN_LOCATION {
    AcxGenLocPrimaryBox = 0,
    AcxGenLocInternal,
    AcxGenLocSeparate,
    AcxGenLocOther,
    AcxJackGenLocationMaximum
} ACX_JACK_GEN_LOCATION, *PACX_JACK_GEN_LOCATION;

typedef enum _ACX_JACK_PORT_CONNECTION {
    AcxPortConnJack = 0,
    AcxPortConnIntegratedDevice,
    AcxPortConnBothIntegratedAndJack,
    AcxPortConnUnknown
} ACX_JACK_PORT_CONNECTION, *PACX_JACK_PORT_CONNECTION;

typedef struct _ACX_JACK_DESCRIPTION {
    ULONG ChannelMapping;
    ULONG Color;
    ACX_JACK_CONNECTION_TYPE ConnectionType;
    ACX_JACK_GEO_LOCATION GeoLocation;
    ACX_JACK_GEN_LOCATION GenLocation;
    ACX_JACK_PORT_CONNECTION PortConnection;
} ACX_JACK_DESCRIPTION, *PACX_JACK_DESCRIPTION;

typedef struct _ACX_JACK_SINK_INFORMATION ACX_JACK_SINK_INFORMATION, *PACX_JACK_SINK_INFORMATION;

/* Factory circuit add/remove requests. */
typedef struct _ACX_FACTORY_CIRCUIT_ADD_CIRCUIT {
    ULONG Size;
    ULONG Flags;
    GUID CircuitUniqueId;
    ACXOBJECTBAG CompositeProperties;
    ACXOBJECTBAG FactoryProperties;
    ACXOBJECTBAG CircuitProperties;
    UNICODE_STRING TargetSymbolicLinkName;
} ACX_FACTORY_CIRCUIT_ADD_CIRCUIT, *PACX_FACTORY_CIRCUIT_ADD_CIRCUIT;

typedef struct _ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT {
    ULONG Size;
    ULONG Flags;
    GUID CircuitUniqueId;
} ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT, *PACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT;

/* Circuit callbacks. */
typedef NTSTATUS EVT_ACX_CIRCUIT_CREATE_STREAM(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                                               _In_ ACXPIN Pin, _In_ PACXSTREAM_INIT StreamInit,
                                               _In_ ACXDATAFORMAT StreamFormat,
                                               _In_ const GUID *SignalProcessingMode,
                                               _In_ ACXOBJECTBAG VarArguments);
typedef EVT_ACX_CIRCUIT_CREATE_STREAM *PFN_ACX_CIRCUIT_CREATE_STREAM;

typedef NTSTATUS EVT_ACX_CIRCUIT_POWER_UP(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                                          _In_ WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_ACX_CIRCUIT_POWER_UP *PFN_ACX_CIRCUIT_POWER_UP;

typedef NTSTATUS EVT_ACX_CIRCUIT_POWER_DOWN(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                                            _In_ WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_ACX_CIRCUIT_POWER_DOWN *PFN_ACX_CIRCUIT_POWER_DOWN;

typedef NTSTATUS EVT_ACX_CIRCUIT_PREPARE_HARDWARE(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                                                  _In_ WDFCMRESLIST ResourcesRaw,
                                                  _In_ WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_CIRCUIT_PREPARE_HARDWARE *PFN_ACX_CIRCUIT_PREPARE_HARDWARE;

typedef NTSTATUS EVT_ACX_CIRCUIT_RELEASE_HARDWARE(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                                                  _In_ WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_CIRCUIT_RELEASE_HARDWARE *PFN_ACX_CIRCUIT_RELEASE_HARDWARE;

typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE(_In_ WDFDEVICE Device,
                                                              _In_ ACXCIRCUIT Circuit,
                                                              _In_opt_ ACXOBJECTBAG CircuitProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE;

typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                                                      _In_opt_ ACXOBJECTBAG CompositeProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE;

typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                                                        _In_opt_ ACXOBJECTBAG CompositeProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE;

/* Factory circuit callbacks. */
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE(
    _In_ WDFDEVICE Parent, _In_ ACXFACTORYCIRCUIT Factory,
    _In_ PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config, _Out_ WDFDEVICE *Device);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE;

typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE(_In_ WDFDEVICE Parent,
                                                             _In_ ACXFACTORYCIRCUIT Factory,
                                                             _In_ WDFDEVICE Device);
typedef EVT_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE *PFN_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE;

typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT(_In_ WDFDEVICE Parent, _In_ WDFDEVICE Device,
                                                       _In_ ACXFACTORYCIRCUIT Factory,
                                                       _In_ PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config,
                                                       _In_ PACXCIRCUIT_INIT CircuitInit);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT;

/* Object request callbacks. */
typedef VOID EVT_ACX_OBJECT_PREPROCESS_REQUEST(_In_ ACXOBJECT Object, _In_ ACXCONTEXT DriverContext,
                                               _In_ WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PREPROCESS_REQUEST *PFN_ACX_OBJECT_PREPROCESS_REQUEST;

typedef VOID EVT_ACX_OBJECT_PROCESS_REQUEST(_In_ ACXOBJECT Object, _In_ WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PROCESS_REQUEST *PFN_ACX_OBJECT_PROCESS_REQUEST;

/* Pin callbacks. */
typedef NTSTATUS EVT_ACX_PIN_SET_DATAFORMAT(_In_ ACXPIN Pin, _In_ ACXDATAFORMAT DataFormat);
typedef EVT_ACX_PIN_SET_DATAFORMAT *PFN_ACX_PIN_SET_DATAFORMAT;

typedef VOID EVT_ACX_PIN_CONNECTED(_In_ ACXPIN Pin, _In_ ACXTARGETCIRCUIT TargetCircuit,
                                   _In_ ULONG TargetPinId);
typedef EVT_ACX_PIN_CONNECTED *PFN_ACX_PIN_CONNECTED;

typedef VOID EVT_ACX_PIN_DISCONNECTED(_In_ ACXPIN Pin, _In_ ACXTARGETCIRCUIT TargetCircuit,
                                      _In_ ULONG TargetPinId);
typedef EVT_ACX_PIN_DISCONNECTED *PFN_ACX_PIN_DISCONNECTED;

typedef NTSTATUS EVT_ACX_PIN_RETRIEVE_NAME(_In_ ACXPIN Pin, _Out_ PUNICODE_STRING Name);
typedef EVT_ACX_PIN_RETRIEVE_NAME *PFN_ACX_PIN_RETRIEVE_NAME;

typedef NTSTATUS EVT_ACX_PIN_RETRIEVE_JACK_SINK_INFO(_In_ ACXPIN Pin,
                                                     _Out_ PACX_JACK_SINK_INFORMATION SinkInfo);
typedef EVT_ACX_PIN_RETRIEVE_JACK_SINK_INFO *PFN_ACX_PIN_RETRIEVE_JACK_SINK_INFO;

typedef VOID EVT_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION(_In_ ACXPIN Pin,
                                                       _In_ ACXTARGETCIRCUIT TargetCircuit,
                                                       _In_ ULONG TargetPinId);
typedef EVT_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION *PFN_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION;

typedef NTSTATUS EVT_ACX_JACK_RETRIEVE_PRESENCE_STATE(_In_ ACXJACK Jack, _Out_ PBOOLEAN IsConnected);
typedef EVT_ACX_JACK_RETRIEVE_PRESENCE_STATE *PFN_ACX_JACK_RETRIEVE_PRESENCE_STATE;

/* Stream callbacks. */
typedef NTSTATUS EVT_ACX_STREAM_PREPARE_HARDWARE(_In_ ACXSTREAM Stream);
typedef EVT_ACX_STREAM_PREPARE_HARDWARE *PFN_ACX_STREAM_PREPARE_HARDWARE;
typedef NTSTATUS EVT_ACX_STREAM_RELEASE_HARDWARE(_In_ ACXSTREAM Stream);
typedef EVT_ACX_STREAM_RELEASE_HARDWARE *PFN_ACX_STREAM_RELEASE_HARDWARE;
typedef NTSTATUS EVT_ACX_STREAM_RUN(_In_ ACXSTREAM Stream);
typedef EVT_ACX_STREAM_RUN *PFN_ACX_STREAM_RUN;
typedef NTSTATUS EVT_ACX_STREAM_PAUSE(_In_ ACXSTREAM Stream);
typedef EVT_ACX_STREAM_PAUSE *PFN_ACX_STREAM_PAUSE;

typedef NTSTATUS EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID(_In_ ACXSTREAM Stream,
                                                      _In_ ULONG DrmContentId,
                                                      _In_ PACXDRMRIGHTS DrmRights);
typedef EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID *PFN_ACX_STREAM_ASSIGN_DRM_CONTENT_ID;

typedef NTSTATUS EVT_ACX_STREAM_GET_HW_LATENCY(_In_ ACXSTREAM Stream, _Out_ ULONG *FifoSize,
                                               _Out_ ULONG *Delay);
typedef EVT_ACX_STREAM_GET_HW_LATENCY *PFN_ACX_STREAM_GET_HW_LATENCY;

typedef NTSTATUS EVT_ACX_STREAM_ALLOCATE_RTPACKETS(_In_ ACXSTREAM Stream, _In_ ULONG PacketCount,
                                                   _In_ ULONG PacketSize,
                                                   _Out_ PACX_RTPACKET *Packets);
typedef EVT_ACX_STREAM_ALLOCATE_RTPACKETS *PFN_ACX_STREAM_ALLOCATE_RTPACKETS;

typedef VOID EVT_ACX_STREAM_FREE_RTPACKETS(_In_ ACXSTREAM Stream, _In_ PACX_RTPACKET Packets,
                                           _In_ ULONG PacketCount);
typedef EVT_ACX_STREAM_FREE_RTPACKETS *PFN_ACX_STREAM_FREE_RTPACKETS;

typedef NTSTATUS EVT_ACX_STREAM_GET_CURRENT_PACKET(_In_ ACXSTREAM Stream,
                                                   _Out_ PULONG CurrentPacket);
typedef EVT_ACX_STREAM_GET_CURRENT_PACKET *PFN_ACX_STREAM_GET_CURRENT_PACKET;

typedef NTSTATUS EVT_ACX_STREAM_GET_PRESENTATION_POSITION(_In_ ACXSTREAM Stream,
                                                          _Out_ PULONG64 PositionInBlocks,
                                                          _Out_ PULONG64 QPCPosition);
typedef EVT_ACX_STREAM_GET_PRESENTATION_POSITION *PFN_ACX_STREAM_GET_PRESENTATION_POSITION;

typedef NTSTATUS EVT_ACX_STREAM_SET_RENDER_PACKET(_In_ ACXSTREAM Stream, _In_ ULONG Packet,
                                                  _In_ ULONG Flags, _In_ ULONG EosPacketLength);
typedef EVT_ACX_STREAM_SET_RENDER_PACKET *PFN_ACX_STREAM_SET_RENDER_PACKET;

typedef NTSTATUS EVT_ACX_STREAM_GET_CAPTURE_PACKET(_In_ ACXSTREAM Stream,
                                                   _Out_ ULONG *LastCapturePacket,
                                                   _Out_ ULONGLONG *QPCPacketStart,
                                                   _Out_ BOOLEAN *MoreData);
typedef EVT_ACX_STREAM_GET_CAPTURE_PACKET *PFN_ACX_STREAM_GET_CAPTURE_PACKET;

/* Mute, volume and peak-meter elements. */
typedef NTSTATUS EVT_ACX_MUTE_ASSIGN_STATE(_In_ ACXMUTE Mute, _In_ ULONG Channel, _In_ ULONG State);
typedef EVT_ACX_MUTE_ASSIGN_STATE *PFN_ACX_MUTE_ASSIGN_STATE;
typedef NTSTATUS EVT_ACX_MUTE_RETRIEVE_STATE(_In_ ACXMUTE Mute, _In_ ULONG Channel,
                                             _Out_ ULONG *State);
typedef EVT_ACX_MUTE_RETRIEVE_STATE *PFN_ACX_MUTE_RETRIEVE_STATE;

typedef NTSTATUS EVT_ACX_VOLUME_ASSIGN_LEVEL(_In_ ACXVOLUME Volume, _In_ ULONG Channel,
                                             _In_ LONG VolumeLevel);
typedef EVT_ACX_VOLUME_ASSIGN_LEVEL *PFN_ACX_VOLUME_ASSIGN_LEVEL;
typedef NTSTATUS EVT_ACX_VOLUME_RETRIEVE_LEVEL(_In_ ACXVOLUME Volume, _In_ ULONG Channel,
                                               _Out_ LONG *VolumeLevel);
typedef EVT_ACX_VOLUME_RETRIEVE_LEVEL *PFN_ACX_VOLUME_RETRIEVE_LEVEL;

typedef enum _ACX_VOLUME_CURVE_TYPE {
    AcxVolumeCurveTypeNone = 0,
    AcxVolumeCurveTypeFade = 1
} ACX_VOLUME_CURVE_TYPE;

typedef NTSTATUS EVT_ACX_RAMPED_VOLUME_ASSIGN_LEVEL(_In_ ACXVOLUME Volume, _In_ ULONG Channel,
                                                    _In_ LONG VolumeLevel,
                                                    _In_ ACX_VOLUME_CURVE_TYPE CurveType,
                                                    _In_ ULONGLONG CurveDuration);
typedef EVT_ACX_RAMPED_VOLUME_ASSIGN_LEVEL *PFN_ACX_RAMPED_VOLUME_ASSIGN_LEVEL;

typedef NTSTATUS EVT_ACX_PEAKMETER_RETRIEVE_LEVEL(_In_ ACXPEAKMETER PeakMeter, _In_ ULONG Channel,
                                                  _Out_ LONG *PeakMeterLevel);
typedef EVT_ACX_PEAKMETER_RETRIEVE_LEVEL *PFN_ACX_PEAKMETER_RETRIEVE_LEVEL;

/* Audio engine, stream audio engine, keyword spotter and audio module. */
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS(_In_ ACXAUDIOENGINE AudioEngine,
                                                                 _In_ ACXDATAFORMAT Format,
                                                                 _Out_ PULONG MinBufferSizeInBytes,
                                                                 _Out_ PULONG MaxBufferSizeInBytes);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS *PFN_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE(_In_ ACXAUDIOENGINE AudioEngine,
                                                          _In_ ULONG State);
typedef EVT_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE *PFN_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE(_In_ ACXAUDIOENGINE AudioEngine,
                                                            _Out_ PULONG State);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE *PFN_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT(_In_ ACXAUDIOENGINE AudioEngine,
                                                            _Out_ ACXDATAFORMAT *Format);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT *PFN_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT(_In_ ACXAUDIOENGINE AudioEngine,
                                                          _In_ ACXDATAFORMAT Format);
typedef EVT_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT *PFN_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT;

typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE(
    _In_ ACXSTREAMAUDIOENGINE StreamAudioEngine, _In_ ULONG State);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE(
    _In_ ACXSTREAMAUDIOENGINE StreamAudioEngine, _Out_ PULONG State);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION(
    _In_ ACXSTREAMAUDIOENGINE StreamAudioEngine, _Out_ PULONGLONG PositionInBlocks,
    _Out_ PULONGLONG QPCPosition);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION(
    _In_ ACXSTREAMAUDIOENGINE StreamAudioEngine, _In_ ULONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION(
    _In_ ACXSTREAMAUDIOENGINE StreamAudioEngine, _Out_ PULONGLONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION(
    _In_ ACXSTREAMAUDIOENGINE StreamAudioEngine, _In_ ULONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION(
    _In_ ACXSTREAMAUDIOENGINE StreamAudioEngine, _In_ ACX_CONSTRICTOR_OPTION ConstrictorOption);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION;

typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_RETRIEVE_ARM(_In_ ACXKEYWORDSPOTTER KeywordSpotter,
                                                     _In_ GUID *EventId, _Out_ BOOLEAN *Arm);
typedef EVT_ACX_KEYWORDSPOTTER_RETRIEVE_ARM *PFN_ACX_KEYWORDSPOTTER_RETRIEVE_ARM;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_ARM(_In_ ACXKEYWORDSPOTTER KeywordSpotter,
                                                   _In_ GUID *EventId, _In_ BOOLEAN Arm);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_ARM *PFN_ACX_KEYWORDSPOTTER_ASSIGN_ARM;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS(_In_ ACXKEYWORDSPOTTER KeywordSpotter,
                                                        _In_ GUID *EventId, _In_ PVOID Pattern,
                                                        _In_ ULONG PatternSize);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS *PFN_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_RESET(_In_ ACXKEYWORDSPOTTER KeywordSpotter,
                                                     _In_ GUID *EventId);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_RESET *PFN_ACX_KEYWORDSPOTTER_ASSIGN_RESET;

typedef NTSTATUS EVT_ACX_AUDIOMODULE_PROCESSCOMMAND(_In_ ACXAUDIOMODULE AudioModule,
                                                    _In_ PVOID InBuffer, _In_ ULONG InBufferCb,
                                                    _Out_ PVOID OutBuffer,
                                                    _Inout_ PULONG OutBufferCb);
typedef EVT_ACX_AUDIOMODULE_PROCESSCOMMAND *PFN_ACX_AUDIOMODULE_PROCESSCOMMAND;

#ifdef __cplusplus
}
#endif

/* Configuration structures, then (included by acx_config.h) the Acx*
   functions. */
#include <acx_config.h>

#endif /* _HVCILINT_ACX_H */
