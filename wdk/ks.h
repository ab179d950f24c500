/*
 * ks.h - hvcilint's compact stand-in for the kernel-streaming header.
 * Written for hvcilint from Microsoft's public documentation (the ks.h
 * section of learn.microsoft.com), not taken from the WDK.
 *
 * Declares: the data format/range union, the KS identifier and property
 * request types, the KS functional categories, the AVStream object
 * structures (KSDEVICE, KSFILTER, KSPIN), the automation tables
 * (KSPROPERTY_ITEM/SET, KSMETHOD_ITEM/SET, KSEVENT_ITEM/SET,
 * KSAUTOMATION_TABLE and the DEFINE_KS* table macros), KSPIN_DESCRIPTOR,
 * KSTOPOLOGY_CONNECTION, KSATTRIBUTE_LIST, KSTIME and SIZEOF_ARRAY.  The
 * AVStream descriptors, dispatch tables, stream pointers, framing and the
 * Ks* AVStream routines are in ks_avstream.h, included at the end; the
 * event data body, stream metadata, UVC timestamps and a minimal
 * DECLARE_SIMPLE_FRAMING_EX are in ks_events_metadata.h, included last.
 *
 * Left out: clocks and allocators beyond their interface pointer types,
 * the routines of the stream class and of the older KS library, event
 * entries (named only), and constants with no published value
 * (KSFILTER_DESCRIPTOR_VERSION, memory-type GUIDs; the KSPIN_FLAG_* values
 * the Win32 metadata listings publish are in ks_avstream.h).  KSFILTER_NODE is given
 * the value the PortCls reference publishes for its twin PCFILTER_NODE.
 */
#pragma once
#ifndef _KS_
#define _KS_

#include <wdm.h>

typedef union {
    struct {
        ULONG FormatSize;
        ULONG Flags;
        ULONG SampleSize;
        ULONG Reserved;
        GUID MajorFormat;
        GUID SubFormat;
        GUID Specifier;
    };
    LONGLONG Alignment;
} KSDATAFORMAT, *PKSDATAFORMAT, KSDATARANGE, *PKSDATARANGE;

typedef struct _KSNOTIFICATIONHEADER *PKSNOTIFICATIONHEADER;

/*
 * Appended: the GUID-naming helpers and the property request types that
 * ksmedia.h and kernel-streaming minidrivers use.  Written from
 * Microsoft's public documentation (KSPROPERTY, KSIDENTIFIER,
 * KSPROPERTY_DESCRIPTION, KSPROPERTY_MEMBERSHEADER, KSMULTIPLE_ITEM,
 * KSPROPERTY_STEPPING_LONG, KS functional categories).  In C and C++
 * alike a named GUID is an extern const GUID; the C++ __uuidof form of
 * the real header is not reproduced.  STATIC_<name> carries the
 * initializer list of a GUID so that STATICGUIDOF(<name>) can appear in
 * static initializers.  Left out: AVStream (KSDEVICE, KSFILTER, KSPIN
 * descriptors and dispatch tables), clocks, allocators, events and
 * methods beyond their identifier.
 */
#ifndef _KS_APPENDIX_PROPERTIES_
#define _KS_APPENDIX_PROPERTIES_

#ifndef STATICGUIDOF
#define STATICGUIDOF(guid) STATIC_##guid
#endif
#ifndef DEFINE_GUIDEX
#ifdef __cplusplus
#define DEFINE_GUIDEX(name) extern "C" const GUID name
#else
#define DEFINE_GUIDEX(name) extern const GUID name
#endif
#endif
#ifndef DEFINE_GUIDSTRUCT
#define DEFINE_GUIDSTRUCT(guid, name) DEFINE_GUIDEX(name)
#endif
#ifndef DEFINE_GUIDNAMED
#define DEFINE_GUIDNAMED(name) name
#endif

#define STATIC_GUID_NULL 0x00000000L, 0x0000, 0x0000, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
/* The all-zero GUID (guiddef.h names it; the wildcard format GUIDs are it). */
#ifndef _HVCILINT_GUID_NULL_DECLARED
#define _HVCILINT_GUID_NULL_DECLARED
DEFINE_GUIDEX(GUID_NULL);
#endif

typedef struct {
    union {
        struct {
            GUID Set;
            ULONG Id;
            ULONG Flags;
        };
        LONGLONG Alignment;
    };
} KSIDENTIFIER, *PKSIDENTIFIER;

typedef KSIDENTIFIER KSPROPERTY, *PKSPROPERTY, KSMETHOD, *PKSMETHOD,
    KSEVENT, *PKSEVENT;

#define KSPROPERTY_TYPE_GET              0x00000001
#define KSPROPERTY_TYPE_SET              0x00000002
#define KSPROPERTY_TYPE_SETSUPPORT       0x00000100
#define KSPROPERTY_TYPE_BASICSUPPORT     0x00000200
#define KSPROPERTY_TYPE_RELATIONS        0x00000400
#define KSPROPERTY_TYPE_SERIALIZESET     0x00000800
#define KSPROPERTY_TYPE_UNSERIALIZESET   0x00001000
#define KSPROPERTY_TYPE_SERIALIZERAW     0x00002000
#define KSPROPERTY_TYPE_UNSERIALIZERAW   0x00004000
#define KSPROPERTY_TYPE_SERIALIZESIZE    0x00008000
#define KSPROPERTY_TYPE_DEFAULTVALUES    0x00010000
#define KSPROPERTY_TYPE_TOPOLOGY         0x10000000

typedef struct {
    KSPROPERTY Property;
    ULONG NodeId;
    ULONG Reserved;
} KSP_NODE, *PKSP_NODE;

typedef struct {
    KSPROPERTY Property;
    ULONG PinId;
    ULONG Reserved;
} KSP_PIN, *PKSP_PIN;

typedef struct {
    ULONG Size;
    ULONG Count;
} KSMULTIPLE_ITEM, *PKSMULTIPLE_ITEM;

typedef struct {
    ULONG AccessFlags;
    ULONG DescriptionSize;
    KSIDENTIFIER PropTypeSet;
    ULONG MembersListCount;
    ULONG Reserved;
} KSPROPERTY_DESCRIPTION, *PKSPROPERTY_DESCRIPTION;

#define KSPROPERTY_MEMBER_RANGES         0x00000001
#define KSPROPERTY_MEMBER_STEPPEDRANGES  0x00000002
#define KSPROPERTY_MEMBER_VALUES         0x00000003
#define KSPROPERTY_MEMBER_FLAG_DEFAULT                    0x00000001
#define KSPROPERTY_MEMBER_FLAG_BASICSUPPORT_MULTICHANNEL  0x00000002
#define KSPROPERTY_MEMBER_FLAG_BASICSUPPORT_UNIFORM       0x00000004

typedef struct {
    ULONG MembersFlags;
    ULONG MembersSize;
    ULONG MembersCount;
    ULONG Flags;
} KSPROPERTY_MEMBERSHEADER, *PKSPROPERTY_MEMBERSHEADER;

typedef union {
    struct {
        LONG SignedMinimum;
        LONG SignedMaximum;
    };
    struct {
        ULONG UnsignedMinimum;
        ULONG UnsignedMaximum;
    };
} KSPROPERTY_BOUNDS_LONG, *PKSPROPERTY_BOUNDS_LONG;

typedef union {
    struct {
        LONGLONG SignedMinimum;
        LONGLONG SignedMaximum;
    };
    struct {
        ULONGLONG UnsignedMinimum;
        ULONGLONG UnsignedMaximum;
    };
} KSPROPERTY_BOUNDS_LONGLONG, *PKSPROPERTY_BOUNDS_LONGLONG;

typedef struct {
    ULONG SteppingDelta;
    ULONG Reserved;
    KSPROPERTY_BOUNDS_LONG Bounds;
} KSPROPERTY_STEPPING_LONG, *PKSPROPERTY_STEPPING_LONG;

typedef struct {
    ULONGLONG SteppingDelta;
    KSPROPERTY_BOUNDS_LONGLONG Bounds;
} KSPROPERTY_STEPPING_LONGLONG, *PKSPROPERTY_STEPPING_LONGLONG;

typedef struct {
    ULONG Size;
    ULONG Flags;
    GUID Attribute;
} KSATTRIBUTE, *PKSATTRIBUTE;

typedef enum {
    KSPIN_DATAFLOW_IN = 1,
    KSPIN_DATAFLOW_OUT
} KSPIN_DATAFLOW, *PKSPIN_DATAFLOW;

typedef enum {
    KSPIN_COMMUNICATION_NONE,
    KSPIN_COMMUNICATION_SINK,
    KSPIN_COMMUNICATION_SOURCE,
    KSPIN_COMMUNICATION_BOTH,
    KSPIN_COMMUNICATION_BRIDGE
} KSPIN_COMMUNICATION, *PKSPIN_COMMUNICATION;

/* Functional categories (class GUIDs as documented). */
#define STATIC_KSCATEGORY_AUDIO \
    0x6994AD04L, 0x93EF, 0x11D0, 0xA3, 0xCC, 0x00, 0xA0, 0xC9, 0x22, 0x31, 0x96
DEFINE_GUIDSTRUCT("6994AD04-93EF-11D0-A3CC-00A0C9223196", KSCATEGORY_AUDIO);
#define KSCATEGORY_AUDIO DEFINE_GUIDNAMED(KSCATEGORY_AUDIO)

#define STATIC_KSCATEGORY_RENDER \
    0x65E8773EL, 0x8F56, 0x11D0, 0xA3, 0xB9, 0x00, 0xA0, 0xC9, 0x22, 0x31, 0x96
DEFINE_GUIDSTRUCT("65E8773E-8F56-11D0-A3B9-00A0C9223196", KSCATEGORY_RENDER);
#define KSCATEGORY_RENDER DEFINE_GUIDNAMED(KSCATEGORY_RENDER)

#define STATIC_KSCATEGORY_CAPTURE \
    0x65E8773DL, 0x8F56, 0x11D0, 0xA3, 0xB9, 0x00, 0xA0, 0xC9, 0x22, 0x31, 0x96
DEFINE_GUIDSTRUCT("65E8773D-8F56-11D0-A3B9-00A0C9223196", KSCATEGORY_CAPTURE);
#define KSCATEGORY_CAPTURE DEFINE_GUIDNAMED(KSCATEGORY_CAPTURE)

#define STATIC_KSCATEGORY_MIXER \
    0xAD809C00L, 0x7B88, 0x11D0, 0xA5, 0xD6, 0x28, 0xDB, 0x04, 0xC1, 0x00, 0x00
DEFINE_GUIDSTRUCT("AD809C00-7B88-11D0-A5D6-28DB04C10000", KSCATEGORY_MIXER);
#define KSCATEGORY_MIXER DEFINE_GUIDNAMED(KSCATEGORY_MIXER)

/* Named without a value here: their values are not restated. */
DEFINE_GUIDEX(KSCATEGORY_TOPOLOGY);
DEFINE_GUIDEX(KSCATEGORY_REALTIME);
DEFINE_GUIDEX(KSPROPSETID_Pin);
DEFINE_GUIDEX(KSPROPSETID_General);
DEFINE_GUIDEX(KSPROPSETID_Connection);
DEFINE_GUIDEX(KSPROPSETID_Topology);
DEFINE_GUIDEX(KSPROPSETID_Stream);

#endif /* _KS_APPENDIX_PROPERTIES_ */

/*
 * Appended: the AVStream object structures a minidriver reaches through
 * its dispatch routines (KSDEVICE, KSFILTER, KSPIN) and the types their
 * members need, written from their reference pages (ks.h section of
 * learn.microsoft.com).  The descriptors the members point to are named
 * only as struct tags here; their layouts, the dispatch tables and the
 * Ks* AVStream routines are left out.
 */
#ifndef _KS_APPENDIX_AVSTREAM_
#define _KS_APPENDIX_AVSTREAM_

typedef KSIDENTIFIER KSPIN_INTERFACE, *PKSPIN_INTERFACE;
typedef KSIDENTIFIER KSPIN_MEDIUM, *PKSPIN_MEDIUM;

/* KSPROPERTY_PIN_CINSTANCES result: pin instances possible and current. */
typedef struct {
    ULONG PossibleCount;
    ULONG CurrentCount;
} KSPIN_CINSTANCES, *PKSPIN_CINSTANCES;

/* KSPROPERTY_PIN_PHYSICALCONNECTION result (port class); the link name
   runs past the end of the structure. */
typedef struct {
    ULONG Size;
    ULONG Pin;
    WCHAR SymbolicLinkName[1];
} KSPIN_PHYSICALCONNECTION, *PKSPIN_PHYSICALCONNECTION;

typedef enum {
    KSSTATE_STOP,
    KSSTATE_ACQUIRE,
    KSSTATE_PAUSE,
    KSSTATE_RUN
} KSSTATE, *PKSSTATE;

typedef enum {
    KSRESET_BEGIN,
    KSRESET_END
} KSRESET;

typedef struct {
    ULONG PriorityClass;
    ULONG PrioritySubClass;
} KSPRIORITY, *PKSPRIORITY;

/* An object bag is documented as equivalent to PVOID. */
typedef PVOID KSOBJECT_BAG;

typedef struct _KSDEVICE {
    const struct _KSDEVICE_DESCRIPTOR *Descriptor;
    KSOBJECT_BAG Bag;
    PVOID Context;
    PDEVICE_OBJECT FunctionalDeviceObject;
    PDEVICE_OBJECT PhysicalDeviceObject;
    PDEVICE_OBJECT NextDeviceObject;
    BOOLEAN Started;
    SYSTEM_POWER_STATE SystemPowerState;
    DEVICE_POWER_STATE DevicePowerState;
} KSDEVICE, *PKSDEVICE;

typedef struct _KSFILTER {
    const struct _KSFILTER_DESCRIPTOR *Descriptor;
    KSOBJECT_BAG Bag;
    PVOID Context;
} KSFILTER, *PKSFILTER;

typedef struct _KSPIN {
    const struct _KSPIN_DESCRIPTOR_EX *Descriptor;
    KSOBJECT_BAG Bag;
    PVOID Context;
    ULONG Id;
    KSPIN_COMMUNICATION Communication;
    BOOLEAN ConnectionIsExternal;
    KSPIN_INTERFACE ConnectionInterface;
    KSPIN_MEDIUM ConnectionMedium;
    KSPRIORITY ConnectionPriority;
    PKSDATAFORMAT ConnectionFormat;
    PKSMULTIPLE_ITEM AttributeList;
    ULONG StreamHeaderSize;
    KSPIN_DATAFLOW DataFlow;
    KSSTATE DeviceState;
    KSRESET ResetState;
    KSSTATE ClientState;
} KSPIN, *PKSPIN;

#endif /* _KS_APPENDIX_AVSTREAM_ */

/*
 * Appended: the automation tables and pin/topology descriptors, written
 * from their reference pages (KSPROPERTY_ITEM, KSPROPERTY_SET,
 * KSPROPERTY_VALUES, KSPROPERTY_MEMBERSLIST, KSFASTPROPERTY_ITEM,
 * KSMETHOD_ITEM, KSMETHOD_SET, KSEVENT_ITEM, KSEVENT_SET,
 * KSAUTOMATION_TABLE, KSPIN_DESCRIPTOR, KSTOPOLOGY_CONNECTION,
 * KSATTRIBUTE_LIST, KSTIME).  The DEFINE_KS* macros expand to the
 * declarations and initializer lists those layouts imply; only their
 * names and use are documented.  KSEVENT_ENTRY is named as a struct tag
 * only (KSEVENTDATA's body is in ks_events_metadata.h).
 */
#ifndef _KS_APPENDIX_AUTOMATION_
#define _KS_APPENDIX_AUTOMATION_

#ifndef SIZEOF_ARRAY
#define SIZEOF_ARRAY(ar) (sizeof(ar) / sizeof((ar)[0]))
#endif

typedef struct {
    ULONG Count;
    PKSATTRIBUTE *Attributes;
} KSATTRIBUTE_LIST, *PKSATTRIBUTE_LIST;

typedef struct {
    LONGLONG Time;
    ULONG Numerator;
    ULONG Denominator;
} KSTIME, *PKSTIME;

typedef struct _KSEVENTDATA KSEVENTDATA, *PKSEVENTDATA;
typedef struct _KSEVENT_ENTRY KSEVENT_ENTRY, *PKSEVENT_ENTRY;

typedef NTSTATUS (*PFNKSHANDLER)(_In_ PIRP Irp, _In_ PKSIDENTIFIER Request,
                                 _Inout_ PVOID Data);
typedef BOOLEAN (*PFNKSFASTHANDLER)(_In_ PFILE_OBJECT FileObject,
                                    _In_ PKSIDENTIFIER Request, _In_ ULONG RequestLength,
                                    _Inout_ PVOID Data, _In_ ULONG DataLength,
                                    _Out_ PIO_STATUS_BLOCK IoStatus);
typedef NTSTATUS (*PFNKSADDEVENT)(_In_ PIRP Irp, _In_ PKSEVENTDATA EventData,
                                  _In_ PKSEVENT_ENTRY EventEntry);
typedef void (*PFNKSREMOVEEVENT)(_In_ PFILE_OBJECT FileObject,
                                 _In_ PKSEVENT_ENTRY EventEntry);

/* Property items and sets. */
typedef struct {
    KSPROPERTY_MEMBERSHEADER MembersHeader;
    const VOID *Members;
} KSPROPERTY_MEMBERSLIST, *PKSPROPERTY_MEMBERSLIST;

typedef struct {
    KSIDENTIFIER PropTypeSet;
    ULONG MembersListCount;
    const KSPROPERTY_MEMBERSLIST *MembersList;
} KSPROPERTY_VALUES, *PKSPROPERTY_VALUES;

typedef struct {
    ULONG PropertyId;
    union {
        PFNKSHANDLER GetPropertyHandler;
        BOOLEAN GetSupported;
    };
    ULONG MinProperty;
    ULONG MinData;
    union {
        PFNKSHANDLER SetPropertyHandler;
        BOOLEAN SetSupported;
    };
    const KSPROPERTY_VALUES *Values;
    ULONG RelationsCount;
    const KSPROPERTY *Relations;
    PFNKSHANDLER SupportHandler;
    ULONG SerializedSize;
} KSPROPERTY_ITEM, *PKSPROPERTY_ITEM;

typedef struct {
    ULONG PropertyId;
    union {
        PFNKSFASTHANDLER GetPropertyHandler;
        BOOLEAN GetSupported;
    };
    union {
        PFNKSFASTHANDLER SetPropertyHandler;
        BOOLEAN SetSupported;
    };
    ULONG Reserved;
} KSFASTPROPERTY_ITEM, *PKSFASTPROPERTY_ITEM;

typedef struct {
    const GUID *Set;
    ULONG PropertiesCount;
    const KSPROPERTY_ITEM *PropertyItem;
    ULONG FastIoCount;
    const KSFASTPROPERTY_ITEM *FastIoTable;
} KSPROPERTY_SET, *PKSPROPERTY_SET;

/* Method items and sets. */
typedef struct {
    ULONG MethodId;
    union {
        PFNKSHANDLER MethodHandler;
        BOOLEAN MethodSupported;
    };
    ULONG MinMethod;
    ULONG MinData;
    PFNKSHANDLER SupportHandler;
    ULONG Flags;
} KSMETHOD_ITEM, *PKSMETHOD_ITEM;

typedef struct _KSFASTMETHOD_ITEM KSFASTMETHOD_ITEM, *PKSFASTMETHOD_ITEM;

typedef struct {
    const GUID *Set;
    ULONG MethodsCount;
    const KSMETHOD_ITEM *MethodItem;
    ULONG FastIoCount;
    const KSFASTMETHOD_ITEM *FastIoTable;
} KSMETHOD_SET, *PKSMETHOD_SET;

/* Event items and sets. */
typedef struct {
    ULONG EventId;
    ULONG DataInput;
    ULONG ExtraEntryData;
    PFNKSADDEVENT AddHandler;
    PFNKSREMOVEEVENT RemoveHandler;
    PFNKSHANDLER SupportHandler;
} KSEVENT_ITEM, *PKSEVENT_ITEM;

typedef struct {
    const GUID *Set;
    ULONG EventsCount;
    const KSEVENT_ITEM *EventItem;
} KSEVENT_SET, *PKSEVENT_SET;

typedef struct KSAUTOMATION_TABLE_ {
    ULONG PropertySetsCount;
    ULONG PropertyItemSize;
    const KSPROPERTY_SET *PropertySets;
    ULONG MethodSetsCount;
    ULONG MethodItemSize;
    const KSMETHOD_SET *MethodSets;
    ULONG EventSetsCount;
    ULONG EventItemSize;
    const KSEVENT_SET *EventSets;
    PVOID Alignment;
} KSAUTOMATION_TABLE, *PKSAUTOMATION_TABLE;

/* Table helpers: each names a const table or yields the count/size/pointer
   triple (or pair) that the structures above expect, in their order. */
#define DEFINE_KSPROPERTY_TABLE(tablename) const KSPROPERTY_ITEM tablename[] =
#define DEFINE_KSPROPERTY_SET_TABLE(tablename) const KSPROPERTY_SET tablename[] =
#define DEFINE_KSPROPERTY_SET(Set, PropertiesCount, PropertyItem, FastIoCount, FastIoTable) \
    { Set, PropertiesCount, PropertyItem, FastIoCount, FastIoTable }
#define DEFINE_KSPROPERTY_ITEM(PropertyId, GetHandler, MinProperty, MinData, SetHandler,   \
                               Values, RelationsCount, Relations, SupportHandler,         \
                               SerializedSize)                                            \
    { PropertyId, { (PFNKSHANDLER)(GetHandler) }, MinProperty, MinData,                   \
      { (PFNKSHANDLER)(SetHandler) }, (const KSPROPERTY_VALUES *)(Values), RelationsCount, \
      (const KSPROPERTY *)(Relations), (PFNKSHANDLER)(SupportHandler), (ULONG)(SerializedSize) }
#define DEFINE_KSMETHOD_TABLE(tablename) const KSMETHOD_ITEM tablename[] =
#define DEFINE_KSMETHOD_SET_TABLE(tablename) const KSMETHOD_SET tablename[] =
#define DEFINE_KSMETHOD_SET(Set, MethodsCount, MethodItem, FastIoCount, FastIoTable) \
    { Set, MethodsCount, MethodItem, FastIoCount, FastIoTable }
#define DEFINE_KSEVENT_TABLE(tablename) const KSEVENT_ITEM tablename[] =
#define DEFINE_KSEVENT_SET_TABLE(tablename) const KSEVENT_SET tablename[] =
#define DEFINE_KSEVENT_SET(Set, EventsCount, EventItem) { Set, EventsCount, EventItem }
#define DEFINE_KSAUTOMATION_TABLE(table) const KSAUTOMATION_TABLE table =
#define DEFINE_KSAUTOMATION_PROPERTIES(table) \
    SIZEOF_ARRAY(table), sizeof(KSPROPERTY_ITEM), table
#define DEFINE_KSAUTOMATION_METHODS(table) SIZEOF_ARRAY(table), sizeof(KSMETHOD_ITEM), table
#define DEFINE_KSAUTOMATION_EVENTS(table) SIZEOF_ARRAY(table), sizeof(KSEVENT_ITEM), table
#define DEFINE_KSAUTOMATION_PROPERTIES_NULL 0, sizeof(KSPROPERTY_ITEM), NULL
#define DEFINE_KSAUTOMATION_METHODS_NULL 0, sizeof(KSMETHOD_ITEM), NULL
#define DEFINE_KSAUTOMATION_EVENTS_NULL 0, sizeof(KSEVENT_ITEM), NULL

/* Pin descriptor (KSPROPSETID_Pin properties of a pin type). */
typedef struct _KSPIN_DESCRIPTOR {
    ULONG InterfacesCount;
    const KSPIN_INTERFACE *Interfaces;
    ULONG MediumsCount;
    const KSPIN_MEDIUM *Mediums;
    ULONG DataRangesCount;
    const PKSDATARANGE *DataRanges;
    KSPIN_DATAFLOW DataFlow;
    KSPIN_COMMUNICATION Communication;
    const GUID *Category;
    const GUID *Name;
    union {
        LONGLONG Reserved;
        struct {
            ULONG ConstrainedDataRangesCount;
            PKSDATARANGE *ConstrainedDataRanges;
        };
    };
} KSPIN_DESCRIPTOR, *PKSPIN_DESCRIPTOR;

/* A connection between node pins; KSFILTER_NODE names the filter itself. */
typedef struct {
    ULONG FromNode;
    ULONG FromNodePin;
    ULONG ToNode;
    ULONG ToNodePin;
} KSTOPOLOGY_CONNECTION, *PKSTOPOLOGY_CONNECTION;
#define KSFILTER_NODE ((ULONG)-1)

/* KSDATARANGE.Flags: an attribute list (KSATTRIBUTE_LIST) follows. */
#define KSDATARANGE_ATTRIBUTES 0x00000002

/* Pin capability change events (KSEVENTSETID_PinCapsChange). */
typedef enum {
    KSEVENT_PINCAPS_FORMATCHANGE,
    KSEVENT_PINCAPS_JACKINFOCHANGE
} KSEVENT_PINCAPS_CHANGENOTIFICATIONS;

/* Named without a value here. */
DEFINE_GUIDEX(KSNAME_Filter);
DEFINE_GUIDEX(KSEVENTSETID_PinCapsChange);
DEFINE_GUIDEX(KSPROPTYPESETID_General);

#endif /* _KS_APPENDIX_AUTOMATION_ */

/* AVStream descriptors, dispatch tables, stream pointers and routines. */
#include <ks_avstream.h>

/* Event data, stream metadata, UVC timestamps and simple framing. */
#include <ks_events_metadata.h>

#endif /* _KS_ */
