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
 * Appended (portcls.h reference pages): the filter, pin, node and
 * connection descriptors, the automation table with its property,
 * method and event items and DEFINE_PCAUTOMATION_TABLE_PROP(_EVENT),
 * PCPROPERTY_REQUEST, the PCPROPERTY_ITEM flags, EPcMiniportEngineEvent,
 * the WaveRT/topology/events/ETW interface pointer types, and in C++
 * IPortEvents and IPortClsEtwHelper with their documented methods.  IIDs
 * and port CLSIDs are named without values.
 *
 * portcls_wavert.h (included at the end) adds the WaveRT, topology,
 * audio-engine, power and DRM interfaces with their IMP_IXxx macros and
 * the Pc* adapter functions.  IPortWaveRTStream is named there only: its
 * methods allocate and map the WaveRT buffer, and these headers do not
 * restate allocation or mapping interfaces.
 *
 * The PCEVENT_VERB_* values are not printed on the PCEVENT_REQUEST page
 * and are unconfirmed (distinct bits, NONE zero).
 *
 * Left out: the method request layout, the PCEVENT_ITEM_FLAG_* values,
 * MIDI/DMus stream interfaces beyond their pointer types, C vtables.
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
/* The notification buffer AllocNotificationBuffer hands out. */
typedef PKSNOTIFICATIONHEADER PPCNOTIFICATION_BUFFER;
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

/*
 * Appended: the miniport's filter description and automation tables,
 * written from the portcls.h reference pages (PCFILTER_DESCRIPTOR,
 * PCPIN_DESCRIPTOR, PCNODE_DESCRIPTOR, PCCONNECTION_DESCRIPTOR,
 * PCFILTER_NODE, PCAUTOMATION_TABLE, PCPROPERTY_ITEM, PCEVENT_ITEM,
 * PCPROPERTY_REQUEST, PCEVENT_REQUEST, EPcMiniportEngineEvent).
 * PCMETHOD_ITEM follows the same shape (set, id, flags, handler); the
 * method request is named only.  The PCPROPERTY_ITEM_FLAG_* values are
 * the KSPROPERTY_TYPE_* bits of the request types they name.  The
 * DEFINE_PCAUTOMATION_TABLE_* macros expand to a PCAUTOMATION_TABLE
 * definition in its documented member order.
 */
typedef struct _PCPROPERTY_REQUEST PCPROPERTY_REQUEST, *PPCPROPERTY_REQUEST;
typedef struct _PCMETHOD_REQUEST PCMETHOD_REQUEST, *PPCMETHOD_REQUEST;
typedef struct _PCEVENT_REQUEST PCEVENT_REQUEST, *PPCEVENT_REQUEST;

typedef NTSTATUS (*PCPFNPROPERTY_HANDLER)(_In_ PPCPROPERTY_REQUEST PropertyRequest);
typedef NTSTATUS (*PCPFNMETHOD_HANDLER)(_In_ PPCMETHOD_REQUEST MethodRequest);
typedef NTSTATUS (*PCPFNEVENT_HANDLER)(_In_ PPCEVENT_REQUEST EventRequest);

typedef struct {
    const GUID *Set;
    ULONG Id;
    ULONG Flags;
    PCPFNPROPERTY_HANDLER Handler;
} PCPROPERTY_ITEM, *PPCPROPERTY_ITEM;

#define PCPROPERTY_ITEM_FLAG_GET            KSPROPERTY_TYPE_GET
#define PCPROPERTY_ITEM_FLAG_SET            KSPROPERTY_TYPE_SET
#define PCPROPERTY_ITEM_FLAG_BASICSUPPORT   KSPROPERTY_TYPE_BASICSUPPORT
#define PCPROPERTY_ITEM_FLAG_DEFAULTVALUES  KSPROPERTY_TYPE_DEFAULTVALUES
#define PCPROPERTY_ITEM_FLAG_SERIALIZERAW   KSPROPERTY_TYPE_SERIALIZERAW
#define PCPROPERTY_ITEM_FLAG_UNSERIALIZERAW KSPROPERTY_TYPE_UNSERIALIZERAW
#define PCPROPERTY_ITEM_FLAG_SERIALIZESIZE  KSPROPERTY_TYPE_SERIALIZESIZE
#define PCPROPERTY_ITEM_FLAG_SERIALIZE                                        \
    (PCPROPERTY_ITEM_FLAG_SERIALIZERAW | PCPROPERTY_ITEM_FLAG_UNSERIALIZERAW | \
     PCPROPERTY_ITEM_FLAG_SERIALIZESIZE)

typedef struct {
    const GUID *Set;
    ULONG Id;
    ULONG Flags;
    PCPFNMETHOD_HANDLER Handler;
} PCMETHOD_ITEM, *PPCMETHOD_ITEM;

typedef struct {
    const GUID *Set;
    ULONG Id;
    ULONG Flags;
    PCPFNEVENT_HANDLER Handler;
} PCEVENT_ITEM, *PPCEVENT_ITEM;

struct _PCEVENT_REQUEST {
    PUNKNOWN MajorTarget;
    PUNKNOWN MinorTarget;
    ULONG Node;
    const PCEVENT_ITEM *EventItem;
    PKSEVENT_ENTRY EventEntry;
    ULONG Verb;
    PIRP Irp;
};

/* PCEVENT_REQUEST Verb values (PCEVENT_VERB_ADD, _REMOVE, _SUPPORT). */
#define PCEVENT_VERB_NONE    0x00000000
#define PCEVENT_VERB_ADD     0x00000001
#define PCEVENT_VERB_REMOVE  0x00000002
#define PCEVENT_VERB_SUPPORT 0x00000004

struct _PCPROPERTY_REQUEST {
    PUNKNOWN MajorTarget;
    PUNKNOWN MinorTarget;
    ULONG Node;
    const PCPROPERTY_ITEM *PropertyItem;
    ULONG Verb;
    ULONG InstanceSize;
    PVOID Instance;
    ULONG ValueSize;
    PVOID Value;
    PIRP Irp;
};

typedef struct {
    ULONG PropertyItemSize;
    ULONG PropertyCount;
    const PCPROPERTY_ITEM *Properties;
    ULONG MethodItemSize;
    ULONG MethodCount;
    const PCMETHOD_ITEM *Methods;
    ULONG EventItemSize;
    ULONG EventCount;
    const PCEVENT_ITEM *Events;
    ULONG Reserved;
} PCAUTOMATION_TABLE, *PPCAUTOMATION_TABLE;

#define DEFINE_PCAUTOMATION_TABLE_PROP(AutomationTable, PropertyTable)            \
    const PCAUTOMATION_TABLE AutomationTable = {                                  \
        sizeof(PropertyTable[0]), SIZEOF_ARRAY(PropertyTable),                    \
        (const PCPROPERTY_ITEM *)(PropertyTable), 0, 0, NULL, 0, 0, NULL, 0 }
#define DEFINE_PCAUTOMATION_TABLE_PROP_EVENT(AutomationTable, PropertyTable, EventTable) \
    const PCAUTOMATION_TABLE AutomationTable = {                                  \
        sizeof(PropertyTable[0]), SIZEOF_ARRAY(PropertyTable),                    \
        (const PCPROPERTY_ITEM *)(PropertyTable), 0, 0, NULL,                     \
        sizeof(EventTable[0]), SIZEOF_ARRAY(EventTable),                          \
        (const PCEVENT_ITEM *)(EventTable), 0 }

typedef struct {
    ULONG MaxGlobalInstanceCount;
    ULONG MaxFilterInstanceCount;
    ULONG MinFilterInstanceCount;
    const PCAUTOMATION_TABLE *AutomationTable;
    KSPIN_DESCRIPTOR KsPinDescriptor;
} PCPIN_DESCRIPTOR, *PPCPIN_DESCRIPTOR;

typedef struct {
    ULONG Flags;
    const PCAUTOMATION_TABLE *AutomationTable;
    const GUID *Type;
    const GUID *Name;
} PCNODE_DESCRIPTOR, *PPCNODE_DESCRIPTOR;

/* FromNode, FromNodePin, ToNode, ToNodePin, as KSTOPOLOGY_CONNECTION. */
typedef KSTOPOLOGY_CONNECTION PCCONNECTION_DESCRIPTOR, *PPCCONNECTION_DESCRIPTOR;
#define PCFILTER_NODE ((ULONG)-1)

struct _PCFILTER_DESCRIPTOR {
    ULONG Version;
    const PCAUTOMATION_TABLE *AutomationTable;
    ULONG PinSize;
    ULONG PinCount;
    const PCPIN_DESCRIPTOR *Pins;
    ULONG NodeSize;
    ULONG NodeCount;
    const PCNODE_DESCRIPTOR *Nodes;
    ULONG ConnectionCount;
    const PCCONNECTION_DESCRIPTOR *Connections;
    ULONG CategoryCount;
    const GUID *Categories;
};
typedef struct _PCFILTER_DESCRIPTOR PCFILTER_DESCRIPTOR;

/* Event ids a miniport reports through IPortClsEtwHelper. */
typedef enum {
    eMINIPORT_IHV_DEFINED,
    eMINIPORT_BUFFER_COMPLETE,
    eMINIPORT_PIN_STATE,
    eMINIPORT_GET_STREAM_POSITION,
    eMINIPORT_SET_WAVERT_BUFFER_WRITE_POSITION,
    eMINIPORT_GET_PRESENTATION_POSITION,
    eMINIPORT_PROGRAM_DMA,
    eMINIPORT_GLITCH_REPORT,
    eMINIPORT_LAST_BUFFER_RENDERED,
    eMINIPORT_PROCESSING_MODE,
    eMINIPORT_FX_CLSID,
    eMINIPORT_MaxValue
} EPcMiniportEngineEvent;

/* More interface pointer types (WaveRT, topology, events, ETW). */
typedef struct IPortEvents *PPORTEVENTS;
typedef struct IPortClsEtwHelper *PPORTCLSETWHELPER;
typedef struct IPortTopology *PPORTTOPOLOGY;
typedef struct IMiniportTopology *PMINIPORTTOPOLOGY;
typedef struct IPortWaveRT *PPORTWAVERT;
typedef struct IMiniportWaveRT *PMINIPORTWAVERT;
typedef struct IMiniportWaveRTStream *PMINIPORTWAVERTSTREAM;

/* Interface and port class ids, named without a value here. */
DEFINE_GUIDEX(IID_IPort);
DEFINE_GUIDEX(IID_IMiniport);
DEFINE_GUIDEX(IID_IPortEvents);
DEFINE_GUIDEX(IID_IPortClsEtwHelper);
DEFINE_GUIDEX(IID_IPortTopology);
DEFINE_GUIDEX(IID_IMiniportTopology);
DEFINE_GUIDEX(IID_IPortWaveRT);
DEFINE_GUIDEX(IID_IMiniportWaveRT);
DEFINE_GUIDEX(IID_IMiniportWaveRTStream);
DEFINE_GUIDEX(CLSID_PortTopology);
DEFINE_GUIDEX(CLSID_PortWaveRT);

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
    STDMETHOD_(void, SendNotification)(_In_ const GUID *NotificationId,
                                       _In_ PPCNOTIFICATION_BUFFER NotificationBuffer) PURE;
};

/* Event list and ETW helpers the port driver exposes to its miniports. */
struct DECLSPEC_NOVTABLE IPortEvents : public IUnknown {
    STDMETHOD_(void, AddEventToEventList)(_In_ PKSEVENT_ENTRY EventEntry) PURE;
    STDMETHOD_(void, GenerateEventList)(_In_opt_ GUID *Set, _In_ ULONG EventId,
                                        _In_ BOOL PinEvent, _In_ ULONG PinId,
                                        _In_ BOOL NodeEvent, _In_ ULONG NodeId) PURE;
};

struct DECLSPEC_NOVTABLE IPortClsEtwHelper : public IUnknown {
    STDMETHOD_(NTSTATUS, MiniportWriteEtwEvent)(_In_ EPcMiniportEngineEvent miniportEventType,
                                                _In_ ULONGLONG pvData1, _In_ ULONGLONG pvData2,
                                                _In_ ULONGLONG ulData3,
                                                _In_ ULONGLONG ulData4) PURE;
};

/* Kernel-mode C++ drivers declare their aligned operator delete with
   std::align_val_t without including <new>; this opaque declaration
   agrees with <new>'s definition. */
#if defined(__cpp_aligned_new)
namespace std {
enum class align_val_t : size_t;
}
#endif

#endif /* __cplusplus */

/* The WaveRT, topology, audio-engine, power and DRM interfaces. */
#include <portcls_wavert.h>

#endif /* _PORTCLS_H_ */
