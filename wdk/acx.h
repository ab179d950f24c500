/*
 * acx.h - hvcilint's stand-in for the first layer of the Audio Class
 * eXtension (ACX) headers, the WDF-based audio framework.
 *
 * Written for hvcilint from the public ACX reference pages on
 * learn.microsoft.com (the acxcircuit.h, acxstreams.h, acxpin.h,
 * acxelements.h, acxdataformat.h, acxmisc.h and acxrequest.h sections:
 * object handle types, the *_INIT pointer types and the EVT_ACX_* callback
 * function types listed below), not taken from the WDK.  Includes wdf.h.
 *
 * Declares: the ACX object handles (each a distinct pointer type, so that
 * they convert to WDFOBJECT as the framework's handles do), the opaque
 * circuit, stream and factory init types, the stream state and DRM
 * rights, and the callback function types of circuits (create stream,
 * power up/down, composite initialization), pins (set data format,
 * connect/disconnect), streams (prepare/release hardware, run, pause,
 * latency, DRM content id, RT packets and positions), objects (request
 * preprocessing and processing), and the mute, volume and peak-meter
 * elements.
 *
 * Left out (not yet covered): the ACX_*_CONFIG and ACX_*_CALLBACKS
 * structures with their _INIT functions, the Acx* functions, keyword
 * spotter, audio engine, jack and audio module callbacks, object bags,
 * factory circuits, composite templates, target circuits, SoundWire/SDCA.
 */
#pragma once
#ifndef _HVCILINT_ACX_H
#define _HVCILINT_ACX_H

#include <wdf.h>
#include <minwindef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Object handles. */
#define _HVCILINT_ACX_HANDLE(name) typedef struct name##__ *name
_HVCILINT_ACX_HANDLE(ACXOBJECT);
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
_HVCILINT_ACX_HANDLE(ACXCONTEXT);
#undef _HVCILINT_ACX_HANDLE

/* Opaque initialization structures the framework allocates. */
typedef struct ACXCIRCUIT_INIT ACXCIRCUIT_INIT, *PACXCIRCUIT_INIT;
typedef struct ACXSTREAM_INIT ACXSTREAM_INIT, *PACXSTREAM_INIT;
typedef struct ACXFACTORYCIRCUIT_INIT ACXFACTORYCIRCUIT_INIT, *PACXFACTORYCIRCUIT_INIT;

/* Stream state. */
typedef enum _ACX_STREAM_STATE {
    AcxStreamStateStop = 0,
    AcxStreamStatePause,
    AcxStreamStateRun,
    AcxStreamStateMax
} ACX_STREAM_STATE, *PACX_STREAM_STATE;

/* DRM rights handed to EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID. */
typedef struct _ACXDRMRIGHTS {
    BOOL CopyProtect;
    ULONG Reserved;
    BOOL DigitalOutputDisable;
} ACXDRMRIGHTS, *PACXDRMRIGHTS;

/* One RT packet: an MDL-backed buffer region (ACX_RTPACKET). */
typedef struct _ACX_RTPACKET {
    ULONG Size;
    PMDL RtPacketBuffer;
    ULONG_PTR RtPacketOffset;
    SIZE_T RtPacketSize;
    ULONG_PTR RtPacketEndOffset;
} ACX_RTPACKET, *PACX_RTPACKET;

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

typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE(_In_ WDFDEVICE Device,
                                                              _In_ ACXCIRCUIT Circuit,
                                                              _In_opt_ ACXOBJECTBAG CircuitProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE;

typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                                                      _In_opt_ ACXOBJECTBAG CompositeProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE;

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

#ifdef __cplusplus
}
#endif

#endif /* _HVCILINT_ACX_H */
