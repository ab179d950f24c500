/*
 * ks.h - hvcilint's compact stand-in for the kernel-streaming types that
 * the PortCls stand-in needs.  Written for hvcilint from public facts, not
 * taken from the WDK.  Left out: everything else of kernel streaming.
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
typedef struct _KSPIN_DESCRIPTOR *PKSPIN_DESCRIPTOR;

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

#endif /* _KS_ */
