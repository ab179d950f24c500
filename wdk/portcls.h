/*
 * portcls.h - hvcilint's compact stand-in for the PortCls (audio port
 * class) header.
 *
 * Written for hvcilint from public facts (hvci-facts.md 2.6, 2.8 parameter
 * lists), not taken from the WDK.  C and C++: the PcNew* creation
 * functions and interface pointer types.  C++ only: the interfaces as
 * structs of pure virtual methods, reduced to the methods that take a
 * POOL_TYPE plus their Init/Service neighbours; stdunk.h (placement
 * operator new with a POOL_TYPE) is included.  Like the WDK's, it
 * includes windef.h, mmreg.h, ks.h and ksmedia.h, which audio drivers
 * rely on for the wave-format types.
 *
 * Left out: filter/pin/property descriptors, topology, WaveRT, MIDI/DMus
 * stream interfaces beyond their pointer types, all IIDs, C vtables.
 */
#pragma once
#ifndef _PORTCLS_H_
#define _PORTCLS_H_

#include <wdm.h>
#include <unknown.h>
#include <windef.h>
#include <mmreg.h>
#include <ks.h>
#include <ksmedia.h>

#define PORTCLASSAPI EXTERN_C

typedef struct IResourceList *PRESOURCELIST;
typedef struct IDmaChannel *PDMACHANNEL;
typedef struct IServiceGroup *PSERVICEGROUP;
typedef struct IPort *PPORT;
typedef struct IPortWavePci *PPORTWAVEPCI;
typedef struct IPortWavePciStream *PPORTWAVEPCISTREAM;
typedef struct IPortWaveCyclic *PPORTWAVECYCLIC;
typedef struct IPortMidi *PPORTMIDI;
typedef struct IMiniport *PMINIPORT;
typedef struct IMiniportWaveCyclic *PMINIPORTWAVECYCLIC;
typedef struct IMiniportWaveCyclicStream *PMINIPORTWAVECYCLICSTREAM;
typedef struct IMiniportWavePci *PMINIPORTWAVEPCI;
typedef struct IMiniportWavePciStream *PMINIPORTWAVEPCISTREAM;
typedef struct IMiniportMidi *PMINIPORTMIDI;
typedef struct IMiniportMidiStream *PMINIPORTMIDISTREAM;
typedef struct IPortClsNotifications *PPORTCLSNOTIFICATIONS;
typedef struct _PCFILTER_DESCRIPTOR *PPCFILTER_DESCRIPTOR;

/* Obsolete: use IPortWaveXxx::NewXxxDmaChannel.  PoolType (2) decides. */
PORTCLASSAPI NTSTATUS NTAPI PcNewDmaChannel(
    _Out_ PDMACHANNEL *OutDmaChannel,
    _In_opt_ PUNKNOWN OuterUnknown,
    _In_ POOL_TYPE PoolType,
    _In_ PDEVICE_DESCRIPTION DeviceDescription,
    _In_ PDEVICE_OBJECT DeviceObject);

/* PoolType (2) decides. */
PORTCLASSAPI NTSTATUS NTAPI PcNewResourceList(
    _Out_ PRESOURCELIST *OutResourceList,
    _In_opt_ PUNKNOWN OuterUnknown,
    _In_ POOL_TYPE PoolType,
    _In_ PCM_RESOURCE_LIST TranslatedResources,
    _In_ PCM_RESOURCE_LIST UntranslatedResources);

/* PoolType (2) decides. */
PORTCLASSAPI NTSTATUS NTAPI PcNewResourceSublist(
    _Out_ PRESOURCELIST *OutResourceList,
    _In_opt_ PUNKNOWN OuterUnknown,
    _In_ POOL_TYPE PoolType,
    _In_ PRESOURCELIST ParentList,
    _In_ ULONG MaximumEntries);

PORTCLASSAPI NTSTATUS NTAPI PcNewPort(_Out_ PPORT *OutPort, _In_ REFCLSID ClassId);
PORTCLASSAPI NTSTATUS NTAPI PcRegisterSubdevice(_In_ PDEVICE_OBJECT DeviceObject,
                                                _In_ PWSTR Name, _In_ PUNKNOWN Unknown);

#ifdef __cplusplus
#include <stdunk.h>

struct DECLSPEC_NOVTABLE IResourceList : public IUnknown {
    STDMETHOD_(ULONG, NumberOfEntries)(THIS) PURE;
    STDMETHOD_(ULONG, NumberOfEntriesOfType)(UCHAR Type) PURE;
};

struct DECLSPEC_NOVTABLE IDmaChannel : public IUnknown {
    STDMETHOD_(NTSTATUS, AllocateBuffer)(ULONG BufferSize,
                                         PPHYSICAL_ADDRESS PhysicalAddressConstraint) PURE;
    STDMETHOD_(void, FreeBuffer)(THIS) PURE;
    STDMETHOD_(PVOID, SystemAddress)(THIS) PURE;
};

struct DECLSPEC_NOVTABLE IServiceGroup : public IUnknown {
    STDMETHOD_(void, RequestService)(THIS) PURE;
};

struct DECLSPEC_NOVTABLE IPort : public IUnknown {
    STDMETHOD_(NTSTATUS, Init)(PDEVICE_OBJECT DeviceObject, PIRP Irp, PUNKNOWN UnknownMiniport,
                               PUNKNOWN UnknownAdapter, PRESOURCELIST ResourceList) PURE;
};

struct DECLSPEC_NOVTABLE IPortWavePci : public IPort {
    STDMETHOD_(void, Notify)(PSERVICEGROUP ServiceGroup) PURE;
    /* PoolType (2) decides. */
    STDMETHOD_(NTSTATUS, NewMasterDmaChannel)(
        _Out_ PDMACHANNEL *OutDmaChannel,
        _In_opt_ PUNKNOWN OuterUnknown,
        _In_ POOL_TYPE PoolType,
        _In_opt_ PRESOURCELIST ResourceList,
        _In_ BOOLEAN ScatterGather,
        _In_ BOOLEAN Dma32BitAddresses,
        _In_ BOOLEAN Dma64BitAddresses,
        _In_ BOOLEAN IgnoreCount,
        _In_ DMA_WIDTH DmaWidth,
        _In_ DMA_SPEED DmaSpeed,
        _In_ ULONG MaximumLength,
        _In_ ULONG DmaPort) PURE;
};

struct DECLSPEC_NOVTABLE IMiniport : public IUnknown {
    STDMETHOD_(NTSTATUS, GetDescription)(PPCFILTER_DESCRIPTOR *Description) PURE;
    STDMETHOD_(NTSTATUS, DataRangeIntersection)(ULONG PinId, PKSDATARANGE DataRange,
                                                PKSDATARANGE MatchingDataRange,
                                                ULONG OutputBufferLength, PVOID ResultantFormat,
                                                PULONG ResultantFormatLength) PURE;
};

/* NewStream: implemented by the driver; PoolType (2) is what the port asks
   for (which value PortCls passes is unconfirmed). */
struct DECLSPEC_NOVTABLE IMiniportWaveCyclic : public IMiniport {
    STDMETHOD_(NTSTATUS, Init)(PUNKNOWN UnknownAdapter, PRESOURCELIST ResourceList,
                               PPORTWAVECYCLIC Port) PURE;
    STDMETHOD_(NTSTATUS, NewStream)(
        _Out_ PMINIPORTWAVECYCLICSTREAM *Stream,
        _In_opt_ PUNKNOWN OuterUnknown,
        _In_ POOL_TYPE PoolType,
        _In_ ULONG Pin,
        _In_ BOOLEAN Capture,
        _In_ PKSDATAFORMAT DataFormat,
        _Out_ PDMACHANNEL *DmaChannel,
        _Out_ PSERVICEGROUP *ServiceGroup) PURE;
};

struct DECLSPEC_NOVTABLE IMiniportWavePci : public IMiniport {
    STDMETHOD_(NTSTATUS, Init)(PUNKNOWN UnknownAdapter, PRESOURCELIST ResourceList,
                               PPORTWAVEPCI Port, PSERVICEGROUP *ServiceGroup) PURE;
    STDMETHOD_(NTSTATUS, NewStream)(
        _Out_ PMINIPORTWAVEPCISTREAM *Stream,
        _In_opt_ PUNKNOWN OuterUnknown,
        _In_ POOL_TYPE PoolType,
        _In_ PPORTWAVEPCISTREAM PortStream,
        _In_ ULONG Pin,
        _In_ BOOLEAN Capture,
        _In_ PKSDATAFORMAT DataFormat,
        _Out_ PDMACHANNEL *DmaChannel,
        _Out_ PSERVICEGROUP *ServiceGroup) PURE;
    STDMETHOD_(void, Service)(THIS) PURE;
};

struct DECLSPEC_NOVTABLE IMiniportMidi : public IMiniport {
    STDMETHOD_(NTSTATUS, Init)(PUNKNOWN UnknownAdapter, PRESOURCELIST ResourceList,
                               PPORTMIDI Port, PSERVICEGROUP *ServiceGroup) PURE;
    STDMETHOD_(void, Service)(THIS) PURE;
    STDMETHOD_(NTSTATUS, NewStream)(
        _Out_ PMINIPORTMIDISTREAM *Stream,
        _In_opt_ PUNKNOWN OuterUnknown,
        _In_ POOL_TYPE PoolType,
        _In_ ULONG Pin,
        _In_ BOOLEAN Capture,
        _In_ PKSDATAFORMAT DataFormat,
        _Out_ PSERVICEGROUP *ServiceGroup) PURE;
};

struct DECLSPEC_NOVTABLE IPortClsNotifications : public IUnknown {
    /* PoolType (0) decides. */
    STDMETHOD_(NTSTATUS, AllocNotificationBuffer)(
        _In_ POOL_TYPE PoolType,
        _In_ USHORT NumberOfBytes,
        _Out_ PKSNOTIFICATIONHEADER *NotificationBuffer) PURE;
    STDMETHOD_(void, FreeNotificationBuffer)(_In_ PKSNOTIFICATIONHEADER NotificationBuffer) PURE;
};

#endif /* __cplusplus */

#endif /* _PORTCLS_H_ */
