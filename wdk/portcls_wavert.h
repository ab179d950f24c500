/*
 * portcls_wavert.h - hvcilint's stand-in for the WaveRT, topology,
 * audio-engine, power and DRM part of the PortCls header, included at the
 * end of portcls.h.  Written for hvcilint from the portcls.h reference
 * pages on learn.microsoft.com (IMiniportTopology, IMiniportWaveRT,
 * IMiniportWaveRTStream, IMiniportWaveRTStreamNotification,
 * IMiniportWaveRTInputStream, IMiniportWaveRTOutputStream,
 * IMiniportAudioEngineNode, IMiniportStreamAudioEngineNode(2),
 * IMiniportAudioSignalProcessing, IDrmAudioStream, IAdapterPowerManagement,
 * IPortClsPower, IPortClsRuntimePower, IPortClsStreamResourceManager(2),
 * PCSTREAMRESOURCE_DESCRIPTOR, IUnregisterSubdevice,
 * IUnregisterPhysicalConnection, IDrmPort(2), and the Pc* adapter
 * functions), not taken from the WDK.
 *
 * C and C++: the interface pointer types and the Pc* adapter functions.
 * C++ only: the interfaces with their documented methods and the
 * IMP_IXxx macros that declare a class's implementation of them.
 *
 * IPortWaveRTStream has its documented methods, which allocate, map and
 * free the WaveRT buffer's pages for the miniport; no rule reads them (the
 * mapping is the port driver's).  The interrupt member of the stream
 * resource descriptor is given as a version and an interrupt object
 * pointer (its page prints no types).  Left out: MIDI/DMus, the interface
 * IIDs' values (named only), C vtables.
 */
#pragma once
#ifndef _HVCILINT_PORTCLS_WAVERT_H
#define _HVCILINT_PORTCLS_WAVERT_H

/* portcls.h includes this file at its end; either may come first. */
#include <portcls.h>

typedef struct IPortWaveRTStream *PPORTWAVERTSTREAM;
typedef struct IMiniportWaveRTStreamNotification *PMINIPORTWAVERTSTREAMNOTIFICATION;
typedef struct IMiniportWaveRTInputStream *PMINIPORTWAVERTINPUTSTREAM;
typedef struct IMiniportWaveRTOutputStream *PMINIPORTWAVERTOUTPUTSTREAM;
typedef struct IMiniportAudioEngineNode *PMINIPORTAUDIOENGINENODE;
typedef struct IMiniportStreamAudioEngineNode *PMINIPORTSTREAMAUDIOENGINENODE;
typedef struct IMiniportStreamAudioEngineNode2 *PMINIPORTSTREAMAUDIOENGINENODE2;
typedef struct IMiniportAudioSignalProcessing *PMINIPORTAUDIOSIGNALPROCESSING;
typedef struct IMiniportAudioSignalProcessing *PMINIPORTAudioSignalProcessing;
typedef struct IDrmAudioStream *PDRMAUDIOSTREAM;
typedef struct IAdapterPowerManagement *PADAPTERPOWERMANAGEMENT;
typedef struct IPortClsPower *PPORTCLSPOWER;
typedef struct IPortClsRuntimePower *PPORTCLSRUNTIMEPOWER;
typedef struct IUnregisterSubdevice *PUNREGISTERSUBDEVICE;
typedef struct IUnregisterPhysicalConnection *PUNREGISTERPHYSICALCONNECTION;
typedef struct IDrmPort *PDRMPORT;
typedef struct IDrmPort2 *PDRMPORT2;

DEFINE_GUIDEX(IID_IPortWaveRTStream);
DEFINE_GUIDEX(IID_IMiniportWaveRTStreamNotification);
DEFINE_GUIDEX(IID_IMiniportWaveRTInputStream);
DEFINE_GUIDEX(IID_IMiniportWaveRTOutputStream);
DEFINE_GUIDEX(IID_IMiniportAudioEngineNode);
DEFINE_GUIDEX(IID_IMiniportStreamAudioEngineNode);
DEFINE_GUIDEX(IID_IMiniportStreamAudioEngineNode2);
DEFINE_GUIDEX(IID_IMiniportAudioSignalProcessing);
DEFINE_GUIDEX(IID_IDrmAudioStream);
DEFINE_GUIDEX(IID_IAdapterPowerManagement);
DEFINE_GUIDEX(IID_IPortClsPower);
DEFINE_GUIDEX(IID_IPortClsRuntimePower);
DEFINE_GUIDEX(IID_IUnregisterSubdevice);
DEFINE_GUIDEX(IID_IUnregisterPhysicalConnection);
DEFINE_GUIDEX(IID_IDrmPort);
DEFINE_GUIDEX(IID_IDrmPort2);
DEFINE_GUIDEX(IID_IPortClsNotifications);

/* Adapter driver entry points. */
typedef NTSTATUS (*PCPFNSTARTDEVICE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
                                     _In_ PRESOURCELIST ResourceList);

PORTCLASSAPI NTSTATUS NTAPI PcInitializeAdapterDriver(_In_ PDRIVER_OBJECT DriverObject,
                                                      _In_ PUNICODE_STRING RegistryPathName,
                                                      _In_ PDRIVER_ADD_DEVICE AddDevice);
PORTCLASSAPI NTSTATUS NTAPI PcAddAdapterDevice(_In_ PDRIVER_OBJECT DriverObject,
                                               _In_ PDEVICE_OBJECT PhysicalDeviceObject,
                                               _In_ PCPFNSTARTDEVICE StartDevice,
                                               _In_ ULONG MaxObjects,
                                               _In_ ULONG DeviceExtensionSize);
PORTCLASSAPI NTSTATUS NTAPI PcDispatchIrp(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
PORTCLASSAPI NTSTATUS NTAPI PcCompleteIrp(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
                                          _In_ NTSTATUS ntStatus);
PORTCLASSAPI NTSTATUS NTAPI PcGetPhysicalDeviceObject(_In_ PDEVICE_OBJECT DeviceObject,
                                                      _Out_ PDEVICE_OBJECT *PhysicalDeviceObject);
PORTCLASSAPI NTSTATUS NTAPI PcNewMiniport(_Out_ PMINIPORT *OutMiniport, _In_ REFCLSID ClassId);
PORTCLASSAPI NTSTATUS NTAPI PcRegisterPhysicalConnection(_In_ PDEVICE_OBJECT DeviceObject,
                                                         _In_ PUNKNOWN FromUnknown,
                                                         _In_ ULONG FromPin,
                                                         _In_ PUNKNOWN ToUnknown,
                                                         _In_ ULONG ToPin);
PORTCLASSAPI NTSTATUS NTAPI PcRegisterPhysicalConnectionToExternal(
    _In_ PDEVICE_OBJECT DeviceObject, _In_ PUNKNOWN FromUnknown, _In_ ULONG FromPin,
    _In_ PUNICODE_STRING ToString, _In_ ULONG ToPin);
PORTCLASSAPI NTSTATUS NTAPI PcRegisterPhysicalConnectionFromExternal(
    _In_ PDEVICE_OBJECT DeviceObject, _In_ PUNICODE_STRING FromString, _In_ ULONG FromPin,
    _In_ PUNKNOWN ToUnknown, _In_ ULONG ToPin);
PORTCLASSAPI NTSTATUS NTAPI PcRegisterAdapterPowerManagement(_In_ PUNKNOWN Unknown,
                                                             _In_ PVOID pvContext1);
PORTCLASSAPI NTSTATUS NTAPI PcUnregisterAdapterPowerManagement(_In_ PDEVICE_OBJECT DeviceObject);
PORTCLASSAPI NTSTATUS NTAPI PcRequestNewPowerState(_In_ PDEVICE_OBJECT DeviceObject,
                                                   _In_ DEVICE_POWER_STATE RequestedNewState);
PORTCLASSAPI ULONGLONG NTAPI PcGetTimeInterval(_In_ ULONGLONG Since);

/* Runtime power control callback (IPortClsRuntimePower). */
typedef NTSTATUS (*PCPFNRUNTIME_POWER_CONTROL_CALLBACK)(
    _In_ LPCGUID PowerControlCode, _In_opt_ PVOID InBuffer, _In_ SIZE_T InBufferSize,
    _Out_opt_ PVOID OutBuffer, _In_ SIZE_T OutBufferSize, _Out_opt_ PSIZE_T BytesReturned,
    _In_opt_ PVOID Context);

/* Stream resources (interrupts, threads) registered with the port. */
typedef enum {
    ePcStreamResourceInterrupt,
    ePcStreamResourceThread,
    ePcStreamResourceSet
} PcStreamResourceType, *PPcStreamResourceType;

typedef PVOID PCSTREAMRESOURCE, *PPCSTREAMRESOURCE;

typedef struct _PCSTREAMRESOURCE_DESCRIPTOR {
    ULONG Size;
    ULONG Flags;
    PDEVICE_OBJECT Pdo;
    PcStreamResourceType Type;
    union {
        struct {
            ULONG Version;
            struct _KINTERRUPT *Generic;
        } Interrupt;
        PETHREAD Thread;
        PVOID ResourceSet;
    } Resource;
} PCSTREAMRESOURCE_DESCRIPTOR, *PPCSTREAMRESOURCE_DESCRIPTOR;

FORCEINLINE VOID PCSTREAMRESOURCE_DESCRIPTOR_INIT(_Out_ PPCSTREAMRESOURCE_DESCRIPTOR Descriptor)
{
    RtlZeroMemory(Descriptor, sizeof(*Descriptor));
    Descriptor->Size = sizeof(*Descriptor);
}

PORTCLASSAPI NTSTATUS NTAPI PcAddStreamResource(_In_ PDEVICE_OBJECT PhysicalDeviceObject,
                                                _In_opt_ PVOID ResourceSet,
                                                _In_ PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
                                                _Out_ PPCSTREAMRESOURCE ResourceHandle);
PORTCLASSAPI NTSTATUS NTAPI PcRemoveStreamResource(_In_ PCSTREAMRESOURCE ResourceHandle);

typedef struct IPortClsStreamResourceManager *PPORTCLSStreamResourceManager;
typedef struct IPortClsStreamResourceManager2 *PPORTCLSStreamResourceManager2;
DEFINE_GUIDEX(IID_IPortClsStreamResourceManager);
DEFINE_GUIDEX(IID_IPortClsStreamResourceManager2);

/* DRM content forwarding (drmk.h). */
typedef struct tagDRMFORWARD {
    DWORD Flags;
    PDEVICE_OBJECT DeviceObject;
    PFILE_OBJECT FileObject;
    PVOID Context;
} DRMFORWARD, *PDRMFORWARD;
typedef const DRMFORWARD *PCDRMFORWARD;

#ifdef __cplusplus

#define IMP_IMiniport                                                              \
    STDMETHODIMP_(NTSTATUS) GetDescription(_Out_ PPCFILTER_DESCRIPTOR *Description); \
    STDMETHODIMP_(NTSTATUS) DataRangeIntersection(                                 \
        _In_ ULONG PinId, _In_ PKSDATARANGE DataRange,                             \
        _In_ PKSDATARANGE MatchingDataRange, _In_ ULONG OutputBufferLength,        \
        _Out_opt_ PVOID ResultantFormat, _Out_ PULONG ResultantFormatLength)

/* Topology. */
struct DECLSPEC_NOVTABLE IPortTopology : public IPort {};

struct DECLSPEC_NOVTABLE IMiniportTopology : public IMiniport {
    STDMETHOD_(NTSTATUS, Init)(_In_ PUNKNOWN UnknownAdapter, _In_ PRESOURCELIST ResourceList,
                               _In_ PPORTTOPOLOGY Port) PURE;
};
#define IMP_IMiniportTopology                                                      \
    IMP_IMiniport;                                                                 \
    STDMETHODIMP_(NTSTATUS) Init(_In_ PUNKNOWN UnknownAdapter,                     \
                                 _In_ PRESOURCELIST ResourceList,                  \
                                 _In_ PPORTTOPOLOGY Port)

/* WaveRT. */
struct DECLSPEC_NOVTABLE IPortWaveRT : public IPort {};

struct DECLSPEC_NOVTABLE IMiniportWaveRT : public IMiniport {
    STDMETHOD_(NTSTATUS, Init)(_In_ PUNKNOWN UnknownAdapter, _In_ PRESOURCELIST ResourceList,
                               _In_ PPORTWAVERT Port) PURE;
    STDMETHOD_(NTSTATUS, NewStream)(_Out_ PMINIPORTWAVERTSTREAM *Stream,
                                    _In_ PPORTWAVERTSTREAM PortStream, _In_ ULONG Pin,
                                    _In_ BOOLEAN Capture, _In_ PKSDATAFORMAT DataFormat) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceDescription)(_Out_ PDEVICE_DESCRIPTION DeviceDescription) PURE;
};
#define IMP_IMiniportWaveRT                                                        \
    IMP_IMiniport;                                                                 \
    STDMETHODIMP_(NTSTATUS) Init(_In_ PUNKNOWN UnknownAdapter,                     \
                                 _In_ PRESOURCELIST ResourceList,                  \
                                 _In_ PPORTWAVERT Port);                           \
    STDMETHODIMP_(NTSTATUS) NewStream(_Out_ PMINIPORTWAVERTSTREAM *Stream,         \
                                      _In_ PPORTWAVERTSTREAM PortStream,           \
                                      _In_ ULONG Pin, _In_ BOOLEAN Capture,        \
                                      _In_ PKSDATAFORMAT DataFormat);              \
    STDMETHODIMP_(NTSTATUS) GetDeviceDescription(_Out_ PDEVICE_DESCRIPTION DeviceDescription)

/* The port's helpers for a stream's cyclic buffer: pages for an MDL,
 * mapped into kernel space with a caching type the driver chooses. */
struct DECLSPEC_NOVTABLE IPortWaveRTStream : public IUnknown {
    STDMETHOD_(PMDL, AllocatePagesForMdl)(_In_ PHYSICAL_ADDRESS HighAddress,
                                          _In_ SIZE_T TotalBytes) PURE;
    STDMETHOD_(PMDL, AllocateContiguousPagesForMdl)(_In_ PHYSICAL_ADDRESS LowAddress,
                                                    _In_ PHYSICAL_ADDRESS HighAddress,
                                                    _In_ SIZE_T TotalBytes) PURE;
    STDMETHOD_(PVOID, MapAllocatedPages)(_In_ PMDL MemoryDescriptorList,
                                         _In_ MEMORY_CACHING_TYPE CacheType) PURE;
    STDMETHOD_(VOID, UnmapAllocatedPages)(_In_ PVOID BaseAddress,
                                          _In_ PMDL MemoryDescriptorList) PURE;
    STDMETHOD_(VOID, FreePagesFromMdl)(_In_ PMDL MemoryDescriptorList) PURE;
    STDMETHOD_(ULONG, GetPhysicalPagesCount)(_In_ PMDL MemoryDescriptorList) PURE;
    STDMETHOD_(PHYSICAL_ADDRESS, GetPhysicalPageAddress)(_In_ PMDL MemoryDescriptorList,
                                                         _In_ ULONG Index) PURE;
};

struct DECLSPEC_NOVTABLE IMiniportWaveRTStream : public IUnknown {
    STDMETHOD_(NTSTATUS, SetFormat)(_In_ PKSDATAFORMAT DataFormat) PURE;
    STDMETHOD_(NTSTATUS, SetState)(_In_ KSSTATE State) PURE;
    STDMETHOD_(NTSTATUS, GetPosition)(_Out_ PKSAUDIO_POSITION Position) PURE;
    STDMETHOD_(NTSTATUS, AllocateAudioBuffer)(_In_ ULONG RequestedSize,
                                              _Out_ PMDL *AudioBufferMdl,
                                              _Out_ ULONG *ActualSize,
                                              _Out_ ULONG *OffsetFromFirstPage,
                                              _Out_ MEMORY_CACHING_TYPE *CacheType) PURE;
    STDMETHOD_(VOID, FreeAudioBuffer)(_In_opt_ PMDL AudioBufferMdl, _In_ ULONG BufferSize) PURE;
    STDMETHOD_(VOID, GetHWLatency)(_Out_ PKSRTAUDIO_HWLATENCY hwLatency) PURE;
    STDMETHOD_(NTSTATUS, GetPositionRegister)(_Out_ PKSRTAUDIO_HWREGISTER Register) PURE;
    STDMETHOD_(NTSTATUS, GetClockRegister)(_Out_ PKSRTAUDIO_HWREGISTER Register) PURE;
};
#define IMP_IMiniportWaveRTStream                                                  \
    STDMETHODIMP_(NTSTATUS) SetFormat(_In_ PKSDATAFORMAT DataFormat);              \
    STDMETHODIMP_(NTSTATUS) SetState(_In_ KSSTATE State);                          \
    STDMETHODIMP_(NTSTATUS) GetPosition(_Out_ PKSAUDIO_POSITION Position);         \
    STDMETHODIMP_(NTSTATUS) AllocateAudioBuffer(_In_ ULONG RequestedSize,          \
                                                _Out_ PMDL *AudioBufferMdl,        \
                                                _Out_ ULONG *ActualSize,           \
                                                _Out_ ULONG *OffsetFromFirstPage,  \
                                                _Out_ MEMORY_CACHING_TYPE *CacheType); \
    STDMETHODIMP_(VOID) FreeAudioBuffer(_In_opt_ PMDL AudioBufferMdl, _In_ ULONG BufferSize); \
    STDMETHODIMP_(VOID) GetHWLatency(_Out_ PKSRTAUDIO_HWLATENCY hwLatency);        \
    STDMETHODIMP_(NTSTATUS) GetPositionRegister(_Out_ PKSRTAUDIO_HWREGISTER Register); \
    STDMETHODIMP_(NTSTATUS) GetClockRegister(_Out_ PKSRTAUDIO_HWREGISTER Register)

struct DECLSPEC_NOVTABLE IMiniportWaveRTStreamNotification : public IMiniportWaveRTStream {
    STDMETHOD_(NTSTATUS, AllocateBufferWithNotification)(
        _In_ ULONG NotificationCount, _In_ ULONG RequestedSize, _Out_ PMDL *AudioBufferMdl,
        _Out_ ULONG *ActualSize, _Out_ ULONG *OffsetFromFirstPage,
        _Out_ MEMORY_CACHING_TYPE *CacheType) PURE;
    STDMETHOD_(VOID, FreeBufferWithNotification)(_In_ PMDL AudioBufferMdl,
                                                 _In_ ULONG BufferSize) PURE;
    STDMETHOD_(NTSTATUS, RegisterNotificationEvent)(_In_ PKEVENT NotificationEvent) PURE;
    STDMETHOD_(NTSTATUS, UnregisterNotificationEvent)(_In_ PKEVENT NotificationEvent) PURE;
};
#define IMP_IMiniportWaveRTStreamNotification                                      \
    STDMETHODIMP_(NTSTATUS) AllocateBufferWithNotification(                        \
        _In_ ULONG NotificationCount, _In_ ULONG RequestedSize,                    \
        _Out_ PMDL *AudioBufferMdl, _Out_ ULONG *ActualSize,                       \
        _Out_ ULONG *OffsetFromFirstPage, _Out_ MEMORY_CACHING_TYPE *CacheType);   \
    STDMETHODIMP_(VOID) FreeBufferWithNotification(_In_ PMDL AudioBufferMdl,       \
                                                   _In_ ULONG BufferSize);         \
    STDMETHODIMP_(NTSTATUS) RegisterNotificationEvent(_In_ PKEVENT NotificationEvent); \
    STDMETHODIMP_(NTSTATUS) UnregisterNotificationEvent(_In_ PKEVENT NotificationEvent)

struct DECLSPEC_NOVTABLE IMiniportWaveRTInputStream : public IUnknown {
    STDMETHOD_(NTSTATUS, GetReadPacket)(_Out_ ULONG *PacketNumber, _Out_ DWORD *Flags,
                                        _Out_ ULONG64 *PerformanceCounterValue,
                                        _Out_ BOOL *MoreData) PURE;
};
#define IMP_IMiniportWaveRTInputStream                                             \
    STDMETHODIMP_(NTSTATUS) GetReadPacket(_Out_ ULONG *PacketNumber, _Out_ DWORD *Flags, \
                                          _Out_ ULONG64 *PerformanceCounterValue,  \
                                          _Out_ BOOL *MoreData)

struct DECLSPEC_NOVTABLE IMiniportWaveRTOutputStream : public IUnknown {
    STDMETHOD_(NTSTATUS, SetWritePacket)(_In_ ULONG PacketNumber, _In_ DWORD Flags,
                                         _In_ ULONG EosPacketLength) PURE;
    STDMETHOD_(NTSTATUS, GetOutputStreamPresentationPosition)(
        _Out_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition) PURE;
    STDMETHOD_(NTSTATUS, GetPacketCount)(_Out_ ULONG *pPacketCount) PURE;
};
#define IMP_IMiniportWaveRTOutputStream                                            \
    STDMETHODIMP_(NTSTATUS) SetWritePacket(_In_ ULONG PacketNumber, _In_ DWORD Flags, \
                                           _In_ ULONG EosPacketLength);            \
    STDMETHODIMP_(NTSTATUS) GetOutputStreamPresentationPosition(                   \
        _Out_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition);               \
    STDMETHODIMP_(NTSTATUS) GetPacketCount(_Out_ ULONG *pPacketCount)

/* Signal processing modes and DRM. */
struct DECLSPEC_NOVTABLE IMiniportAudioSignalProcessing : public IUnknown {
    STDMETHOD_(NTSTATUS, GetModes)(_In_ ULONG Pin, _Out_opt_ GUID *SignalProcessingModes,
                                   _Inout_ ULONG *NumSignalProcessingModes) PURE;
};
#define IMP_IMiniportAudioSignalProcessing                                         \
    STDMETHODIMP_(NTSTATUS) GetModes(_In_ ULONG Pin, _Out_opt_ GUID *SignalProcessingModes, \
                                     _Inout_ ULONG *NumSignalProcessingModes)

struct DECLSPEC_NOVTABLE IDrmAudioStream : public IUnknown {
    STDMETHOD_(NTSTATUS, SetContentId)(_In_ ULONG ContentId, _In_ PCDRMRIGHTS DrmRights) PURE;
};
#define IMP_IDrmAudioStream \
    STDMETHODIMP_(NTSTATUS) SetContentId(_In_ ULONG ContentId, _In_ PCDRMRIGHTS DrmRights)

struct DECLSPEC_NOVTABLE IDrmPort : public IUnknown {
    STDMETHOD_(NTSTATUS, CreateContentMixed)(_In_ PULONG paContentId, _In_ ULONG cContentId,
                                             _Out_ PULONG pMixedContentId) PURE;
    STDMETHOD_(NTSTATUS, DestroyContent)(_In_ ULONG ContentId) PURE;
    STDMETHOD_(NTSTATUS, ForwardContentToFileObject)(_In_ ULONG ContentId,
                                                     _In_ PFILE_OBJECT FileObject) PURE;
    STDMETHOD_(NTSTATUS, ForwardContentToInterface)(_In_ ULONG ContentId, _In_ PUNKNOWN pUnknown,
                                                    _In_ ULONG NumMethods) PURE;
    STDMETHOD_(NTSTATUS, GetContentRights)(_In_ ULONG ContentId, _Out_ PDRMRIGHTS DrmRights) PURE;
};

struct DECLSPEC_NOVTABLE IDrmPort2 : public IDrmPort {
    STDMETHOD_(NTSTATUS, AddContentHandlers)(_In_ ULONG ContentId, _In_ PVOID *paHandlers,
                                             _In_ ULONG NumHandlers) PURE;
    STDMETHOD_(NTSTATUS, ForwardContentToDeviceObject)(_In_ ULONG ContentId, _In_ PVOID Reserved,
                                                       _In_ PCDRMFORWARD DrmForward) PURE;
};

/* Hardware audio engine node on the filter and on its streams. */
struct DECLSPEC_NOVTABLE IMiniportAudioEngineNode : public IUnknown {
    STDMETHOD_(NTSTATUS, GetAudioEngineDescriptor)(
        _In_ ULONG ulNodeId, _Out_ KSAUDIOENGINE_DESCRIPTOR *pAudioEngineDescriptor) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceFormat)(_In_ ULONG ulNodeId,
                                          _Out_ KSDATAFORMAT_WAVEFORMATEX *pFormat,
                                          _In_ ULONG ulBufferSize) PURE;
    STDMETHOD_(NTSTATUS, SetDeviceFormat)(_In_ ULONG ulNodeId,
                                          _In_ KSDATAFORMAT_WAVEFORMATEX *pFormat,
                                          _In_ ULONG ulBufferSize) PURE;
    STDMETHOD_(NTSTATUS, GetMixFormat)(_In_ ULONG ulNodeId,
                                       _Out_ KSDATAFORMAT_WAVEFORMATEX *pFormat,
                                       _In_ ULONG ulBufferSize) PURE;
    STDMETHOD_(NTSTATUS, GetGfxState)(_In_ ULONG ulNodeId, _Out_ BOOL *pbEnable) PURE;
    STDMETHOD_(NTSTATUS, SetGfxState)(_In_ ULONG ulNodeId, _In_ BOOL bEnable) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceChannelVolume)(_In_ ULONG ulNodeId, _In_ UINT32 ulChannel,
                                                 _Out_ LONG *plVolume) PURE;
    STDMETHOD_(NTSTATUS, SetDeviceChannelVolume)(_In_ ULONG ulNodeId, _In_ UINT32 ulChannel,
                                                 _In_ LONG lVolume) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceChannelPeakMeter)(_In_ ULONG ulNodeId, _In_ UINT32 ulChannel,
                                                    _Out_ LONG *plPeakMeter) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceAttributeSteppings)(
        _In_ ULONG ulNodeId, _In_ eChannelTargetType targetType,
        _Out_ PKSPROPERTY_STEPPING_LONG pKsPropStepLong, _In_ UINT32 ui32DataSize) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceChannelMute)(_In_ ULONG ulNodeId, _In_ UINT32 ulChannel,
                                               _Out_ BOOL *pbMute) PURE;
    STDMETHOD_(NTSTATUS, SetDeviceChannelMute)(_In_ ULONG ulNodeId, _In_ UINT32 ulChannel,
                                               _In_ BOOL bMute) PURE;
    STDMETHOD_(NTSTATUS, GetBufferSizeRange)(
        _In_ ULONG ulNodeId, _In_ KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx,
        _Out_ KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange) PURE;
    STDMETHOD_(NTSTATUS, GetEngineFormatSize)(_In_ ULONG ulNodeId,
                                              _In_ eEngineFormatType formatType,
                                              _Out_ ULONG *pulFormatSize) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceChannelCount)(_In_ ULONG ulNodeId,
                                                _In_ eChannelTargetType targetType,
                                                _Out_ UINT32 *pui32ChannelCount) PURE;
    STDMETHOD_(NTSTATUS, GetSupportedDeviceFormats)(_In_ ULONG ulNodeId,
                                                    _Out_ KSMULTIPLE_ITEM *pFormat,
                                                    _In_ ULONG ulBufferSize) PURE;
};
#define IMP_IMiniportAudioEngineNode                                               \
    STDMETHODIMP_(NTSTATUS) GetAudioEngineDescriptor(                              \
        _In_ ULONG ulNodeId, _Out_ KSAUDIOENGINE_DESCRIPTOR *pAudioEngineDescriptor); \
    STDMETHODIMP_(NTSTATUS) GetDeviceFormat(_In_ ULONG ulNodeId,                   \
                                            _Out_ KSDATAFORMAT_WAVEFORMATEX *pFormat, \
                                            _In_ ULONG ulBufferSize);              \
    STDMETHODIMP_(NTSTATUS) SetDeviceFormat(_In_ ULONG ulNodeId,                   \
                                            _In_ KSDATAFORMAT_WAVEFORMATEX *pFormat, \
                                            _In_ ULONG ulBufferSize);              \
    STDMETHODIMP_(NTSTATUS) GetMixFormat(_In_ ULONG ulNodeId,                      \
                                         _Out_ KSDATAFORMAT_WAVEFORMATEX *pFormat, \
                                         _In_ ULONG ulBufferSize);                 \
    STDMETHODIMP_(NTSTATUS) GetGfxState(_In_ ULONG ulNodeId, _Out_ BOOL *pbEnable); \
    STDMETHODIMP_(NTSTATUS) SetGfxState(_In_ ULONG ulNodeId, _In_ BOOL bEnable);   \
    STDMETHODIMP_(NTSTATUS) GetDeviceChannelVolume(_In_ ULONG ulNodeId,            \
                                                   _In_ UINT32 ulChannel,          \
                                                   _Out_ LONG *plVolume);          \
    STDMETHODIMP_(NTSTATUS) SetDeviceChannelVolume(_In_ ULONG ulNodeId,            \
                                                   _In_ UINT32 ulChannel,          \
                                                   _In_ LONG lVolume);             \
    STDMETHODIMP_(NTSTATUS) GetDeviceChannelPeakMeter(_In_ ULONG ulNodeId,         \
                                                      _In_ UINT32 ulChannel,       \
                                                      _Out_ LONG *plPeakMeter);    \
    STDMETHODIMP_(NTSTATUS) GetDeviceAttributeSteppings(                           \
        _In_ ULONG ulNodeId, _In_ eChannelTargetType targetType,                   \
        _Out_ PKSPROPERTY_STEPPING_LONG pKsPropStepLong, _In_ UINT32 ui32DataSize); \
    STDMETHODIMP_(NTSTATUS) GetDeviceChannelMute(_In_ ULONG ulNodeId,              \
                                                 _In_ UINT32 ulChannel,            \
                                                 _Out_ BOOL *pbMute);              \
    STDMETHODIMP_(NTSTATUS) SetDeviceChannelMute(_In_ ULONG ulNodeId,              \
                                                 _In_ UINT32 ulChannel,            \
                                                 _In_ BOOL bMute);                 \
    STDMETHODIMP_(NTSTATUS) GetBufferSizeRange(                                    \
        _In_ ULONG ulNodeId, _In_ KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx,     \
        _Out_ KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange);                  \
    STDMETHODIMP_(NTSTATUS) GetEngineFormatSize(_In_ ULONG ulNodeId,               \
                                                _In_ eEngineFormatType formatType, \
                                                _Out_ ULONG *pulFormatSize);       \
    STDMETHODIMP_(NTSTATUS) GetDeviceChannelCount(_In_ ULONG ulNodeId,             \
                                                  _In_ eChannelTargetType targetType, \
                                                  _Out_ UINT32 *pui32ChannelCount); \
    STDMETHODIMP_(NTSTATUS) GetSupportedDeviceFormats(_In_ ULONG ulNodeId,         \
                                                      _Out_ KSMULTIPLE_ITEM *pFormat, \
                                                      _In_ ULONG ulBufferSize)

struct DECLSPEC_NOVTABLE IMiniportStreamAudioEngineNode : public IUnknown {
    STDMETHOD_(NTSTATUS, GetLfxState)(_Out_ BOOL *pbEnable) PURE;
    STDMETHOD_(NTSTATUS, SetLfxState)(_In_ BOOL bEnable) PURE;
    STDMETHOD_(NTSTATUS, GetStreamChannelVolume)(_In_ UINT32 Channel, _Out_ LONG *pVolume) PURE;
    STDMETHOD_(NTSTATUS, SetStreamChannelVolume)(_In_ UINT32 Channel, _In_ LONG TargetVolume,
                                                 _In_ AUDIO_CURVE_TYPE CurveType,
                                                 _In_ ULONGLONG CurveDuration) PURE;
    STDMETHOD_(NTSTATUS, GetStreamChannelPeakMeter)(_In_ UINT32 Channel,
                                                    _Out_ LONG *pPeakMeterValue) PURE;
    STDMETHOD_(NTSTATUS, GetStreamChannelMute)(_In_ UINT32 Channel, _Out_ BOOL *pbMute) PURE;
    STDMETHOD_(NTSTATUS, SetStreamChannelMute)(_In_ UINT32 Channel, _In_ BOOL bMute) PURE;
    STDMETHOD_(NTSTATUS, GetStreamPresentationPosition)(
        _Out_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition) PURE;
    STDMETHOD_(NTSTATUS, SetStreamCurrentWritePosition)(_In_ ULONG ulCurrentWritePosition) PURE;
    STDMETHOD_(NTSTATUS, GetStreamLinearBufferPosition)(_Out_ ULONGLONG *pullLinearBufferPosition) PURE;
    STDMETHOD_(NTSTATUS, SetStreamLoopbackProtection)(_In_ CONSTRICTOR_OPTION protectionOption) PURE;
    STDMETHOD_(NTSTATUS, GetStreamChannelCount)(_In_ eChannelTargetType targetType,
                                                _Out_ UINT32 *pui32ChannelCount) PURE;
    STDMETHOD_(NTSTATUS, GetStreamAttributeSteppings)(
        _In_ eChannelTargetType targetType, _Out_ PKSPROPERTY_STEPPING_LONG pKsPropStepLong,
        _In_ UINT32 ui32DataSize) PURE;
};
#define IMP_IMiniportStreamAudioEngineNode                                         \
    STDMETHODIMP_(NTSTATUS) GetLfxState(_Out_ BOOL *pbEnable);                     \
    STDMETHODIMP_(NTSTATUS) SetLfxState(_In_ BOOL bEnable);                        \
    STDMETHODIMP_(NTSTATUS) GetStreamChannelVolume(_In_ UINT32 Channel, _Out_ LONG *pVolume); \
    STDMETHODIMP_(NTSTATUS) SetStreamChannelVolume(_In_ UINT32 Channel,            \
                                                   _In_ LONG TargetVolume,         \
                                                   _In_ AUDIO_CURVE_TYPE CurveType, \
                                                   _In_ ULONGLONG CurveDuration);  \
    STDMETHODIMP_(NTSTATUS) GetStreamChannelPeakMeter(_In_ UINT32 Channel,         \
                                                      _Out_ LONG *pPeakMeterValue); \
    STDMETHODIMP_(NTSTATUS) GetStreamChannelMute(_In_ UINT32 Channel, _Out_ BOOL *pbMute); \
    STDMETHODIMP_(NTSTATUS) SetStreamChannelMute(_In_ UINT32 Channel, _In_ BOOL bMute); \
    STDMETHODIMP_(NTSTATUS) GetStreamPresentationPosition(                         \
        _Out_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition);               \
    STDMETHODIMP_(NTSTATUS) SetStreamCurrentWritePosition(_In_ ULONG ulCurrentWritePosition); \
    STDMETHODIMP_(NTSTATUS) GetStreamLinearBufferPosition(_Out_ ULONGLONG *pullLinearBufferPosition); \
    STDMETHODIMP_(NTSTATUS) SetStreamLoopbackProtection(_In_ CONSTRICTOR_OPTION protectionOption); \
    STDMETHODIMP_(NTSTATUS) GetStreamChannelCount(_In_ eChannelTargetType targetType, \
                                                  _Out_ UINT32 *pui32ChannelCount); \
    STDMETHODIMP_(NTSTATUS) GetStreamAttributeSteppings(                           \
        _In_ eChannelTargetType targetType,                                        \
        _Out_ PKSPROPERTY_STEPPING_LONG pKsPropStepLong, _In_ UINT32 ui32DataSize)

struct DECLSPEC_NOVTABLE IMiniportStreamAudioEngineNode2 : public IMiniportStreamAudioEngineNode {
    STDMETHOD_(NTSTATUS, SetStreamCurrentWritePositionForLastBuffer)(_In_ ULONG ulWritePosition) PURE;
};
#define IMP_IMiniportStreamAudioEngineNode2 \
    STDMETHODIMP_(NTSTATUS) SetStreamCurrentWritePositionForLastBuffer(_In_ ULONG ulWritePosition)

/* Adapter power management and the port driver's power services. */
struct DECLSPEC_NOVTABLE IAdapterPowerManagement : public IUnknown {
    STDMETHOD_(void, PowerChangeState)(_In_ POWER_STATE NewState) PURE;
    STDMETHOD_(NTSTATUS, QueryPowerChangeState)(_In_ POWER_STATE NewStateQuery) PURE;
    STDMETHOD_(NTSTATUS, QueryDeviceCapabilities)(
        _Inout_ PDEVICE_CAPABILITIES PowerDeviceCaps) PURE;
};
#define IMP_IAdapterPowerManagement                                                \
    STDMETHODIMP_(void) PowerChangeState(_In_ POWER_STATE NewState);               \
    STDMETHODIMP_(NTSTATUS) QueryPowerChangeState(_In_ POWER_STATE NewStateQuery); \
    STDMETHODIMP_(NTSTATUS) QueryDeviceCapabilities(_Inout_ PDEVICE_CAPABILITIES PowerDeviceCaps)

struct DECLSPEC_NOVTABLE IPortClsPower : public IUnknown {
    STDMETHOD_(NTSTATUS, RegisterAdapterPowerManagement)(_In_ PUNKNOWN pUnknown,
                                                         _In_ PDEVICE_OBJECT DeviceObject) PURE;
    STDMETHOD_(NTSTATUS, UnregisterAdapterPowerManagement)(_In_ PDEVICE_OBJECT DeviceObject) PURE;
    STDMETHOD_(NTSTATUS, SetIdlePowerManagement)(_In_ PDEVICE_OBJECT DeviceObject,
                                                 _In_ BOOLEAN bEnabled) PURE;
};

struct DECLSPEC_NOVTABLE IPortClsRuntimePower : public IUnknown {
    STDMETHOD_(NTSTATUS, RegisterPowerControlCallback)(
        _In_ PDEVICE_OBJECT DeviceObject, _In_ PCPFNRUNTIME_POWER_CONTROL_CALLBACK Callback,
        _In_opt_ PVOID Context) PURE;
    STDMETHOD_(NTSTATUS, UnregisterPowerControlCallback)(_In_ PDEVICE_OBJECT DeviceObject) PURE;
    STDMETHOD_(NTSTATUS, SendPowerControl)(_In_ PDEVICE_OBJECT DeviceObject,
                                           _In_ LPCGUID PowerControlCode,
                                           _In_opt_ PVOID InBuffer, _In_ SIZE_T InBufferSize,
                                           _Out_opt_ PVOID OutBuffer, _In_ SIZE_T OutBufferSize,
                                           _Out_opt_ PSIZE_T BytesReturned) PURE;
};

struct DECLSPEC_NOVTABLE IPortClsStreamResourceManager : public IUnknown {
    STDMETHOD_(NTSTATUS, AddStreamResource)(_In_opt_ PVOID ResourceSet,
                                            _In_ PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
                                            _Out_ PPCSTREAMRESOURCE ResourceHandle) PURE;
    STDMETHOD_(NTSTATUS, RemoveStreamResource)(_In_ PCSTREAMRESOURCE ResourceHandle) PURE;
};

struct DECLSPEC_NOVTABLE IPortClsStreamResourceManager2 : public IPortClsStreamResourceManager {
    STDMETHOD_(NTSTATUS, AddStreamResource2)(_In_ PDEVICE_OBJECT PhysicalDeviceObject,
                                             _In_opt_ PVOID ResourceSet,
                                             _In_ PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
                                             _Out_ PPCSTREAMRESOURCE ResourceHandle) PURE;
};

/* Undoing subdevice and physical-connection registration. */
struct DECLSPEC_NOVTABLE IUnregisterSubdevice : public IUnknown {
    STDMETHOD_(NTSTATUS, UnregisterSubdevice)(_In_ PDEVICE_OBJECT DeviceObject,
                                              _In_ PUNKNOWN Unknown) PURE;
};

struct DECLSPEC_NOVTABLE IUnregisterPhysicalConnection : public IUnknown {
    STDMETHOD_(NTSTATUS, UnregisterPhysicalConnection)(_In_ PDEVICE_OBJECT DeviceObject,
                                                       _In_ PUNKNOWN FromUnknown,
                                                       _In_ ULONG FromPin,
                                                       _In_ PUNKNOWN ToUnknown,
                                                       _In_ ULONG ToPin) PURE;
    STDMETHOD_(NTSTATUS, UnregisterPhysicalConnectionToExternal)(
        _In_ PDEVICE_OBJECT DeviceObject, _In_ PUNKNOWN FromUnknown, _In_ ULONG FromPin,
        _In_ PUNICODE_STRING ToString, _In_ ULONG ToPin) PURE;
    STDMETHOD_(NTSTATUS, UnregisterPhysicalConnectionFromExternal)(
        _In_ PDEVICE_OBJECT DeviceObject, _In_ PUNICODE_STRING FromString, _In_ ULONG FromPin,
        _In_ PUNKNOWN ToUnknown, _In_ ULONG ToPin) PURE;
};

#endif /* __cplusplus */

#endif /* _HVCILINT_PORTCLS_WAVERT_H */
