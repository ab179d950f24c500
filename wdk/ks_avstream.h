/*
 * ks_avstream.h - the AVStream part of hvcilint's ks.h stand-in, split
 * out of ks.h to keep both readable; ks.h includes it at its end, and it
 * includes ks.h, so either may be included first.  Not a WDK header name.
 *
 * Written for hvcilint from Microsoft's public documentation (ks.h
 * reference pages: KSFILTER_DISPATCH, KSPIN_DISPATCH, KSPIN_DESCRIPTOR_EX,
 * KSFILTER_DESCRIPTOR, KSALLOCATOR_FRAMING_EX, KS_FRAMING_ITEM,
 * KS_FRAMING_RANGE(_WEIGHTED), KS_COMPRESSION, KSSTREAM_HEADER,
 * KSSTREAM_POINTER, KSSTREAM_POINTER_OFFSET, KSMAPPING, KSPROCESSPIN,
 * KSPROCESSPIN_INDEXENTRY, the PFNKS* callback pages, KsGenerateEvents and
 * the routines declared below), not taken from the WDK.
 *
 * Declares: the filter and pin dispatch tables and their callback types,
 * the extended pin descriptor, the filter descriptor and its
 * DEFINE_KSFILTER_* helpers, allocator framing, stream headers, stream
 * pointers and mappings, process pins, the IKsReferenceClock interface
 * (C++; a pointer type in C), and the device/filter/pin/stream-pointer
 * routines AVStream minidrivers call most.
 *
 * Where sources disagree: the KSSTREAM_POINTER_OFFSET page shows both
 * header branches at once (Data in a union with Mappings, then Data and
 * Alignment again); here Data and Mappings share a union and the
 * pointer-sized Alignment member exists on 32-bit targets only, so the
 * structure is 16 bytes on 32- and 64-bit targets alike.
 *
 * Appended: the KSDEVICE_DISPATCH and KSDEVICE_DESCRIPTOR layouts with
 * the PFNKSDEVICE* callback types; then the filter factory (KSFILTERFACTORY,
 * KsCreateFilterFactory), object-bag editing (_KsEdit with its KsEdit and
 * KsEditSized macros, KsRemoveItemFromObjectBag, KsDiscard),
 * KsStreamPointerAdvanceOffsets, KsStreamPointerGetIrp, KsFilterAttemptProcessing,
 * KsFilterFactoryGetSymbolicLink,
 * KsFilterCreatePinFactory, and the KSPIN_FLAG_*, KSFILTER_FLAG_*,
 * KSSTREAM_HEADER_OPTIONSF_*, KSCREATE_ITEM_* and KSDEVICE_DESCRIPTOR_VERSION*
 * values that the Win32 metadata constant listings publish (the reference
 * pages name them without values).
 *
 * Left out: KSNODE_DESCRIPTOR beyond its documented members, clock and allocator
 * dispatch tables (named only), KSFILTER_DESCRIPTOR_VERSION, the
 * KSFILTER_FLAG_* values other than DISPATCH_LEVEL_PROCESSING and
 * PRIORITIZE_REFERENCEGUID, and the KSALLOCATOR_* values (no published values), the
 * other KSPIN_FLAG_* and KSSTREAM_HEADER_OPTIONSF_* values, memory-type
 * GUIDs, and the rest of the AVStream routines (DECLARE_SIMPLE_FRAMING_EX
 * is in ks_events_metadata.h).
 */
#pragma once
#ifndef _HVCILINT_KS_AVSTREAM_H
#define _HVCILINT_KS_AVSTREAM_H

#include <ks.h>

typedef struct _KSCLOCK_DISPATCH KSCLOCK_DISPATCH, *PKSCLOCK_DISPATCH;
typedef struct _KSALLOCATOR_DISPATCH KSALLOCATOR_DISPATCH, *PKSALLOCATOR_DISPATCH;
typedef struct _KSCOMPONENTID KSCOMPONENTID, *PKSCOMPONENTID;
typedef struct _KSDEVICE_DESCRIPTOR KSDEVICE_DESCRIPTOR, *PKSDEVICE_DESCRIPTOR;
typedef struct _KSDEVICE_DISPATCH KSDEVICE_DISPATCH, *PKSDEVICE_DISPATCH;

/* Framing. */
typedef struct {
    ULONG RatioNumerator;
    ULONG RatioDenominator;
    ULONG RatioConstantMargin;
} KS_COMPRESSION, *PKS_COMPRESSION;

typedef struct {
    ULONG MinFrameSize;
    ULONG MaxFrameSize;
    ULONG Stepping;
} KS_FRAMING_RANGE, *PKS_FRAMING_RANGE;

typedef struct {
    KS_FRAMING_RANGE Range;
    ULONG InPlaceWeight;
    ULONG NotInPlaceWeight;
} KS_FRAMING_RANGE_WEIGHTED, *PKS_FRAMING_RANGE_WEIGHTED;

typedef struct {
    GUID MemoryType;
    GUID BusType;
    ULONG MemoryFlags;
    ULONG BusFlags;
    ULONG Flags;
    ULONG Frames;
    union {
        ULONG FileAlignment;
        LONG FramePitch;
    };
    ULONG MemoryTypeWeight;
    KS_FRAMING_RANGE PhysicalRange;
    KS_FRAMING_RANGE_WEIGHTED FramingRange;
} KS_FRAMING_ITEM, *PKS_FRAMING_ITEM;

typedef struct {
    ULONG CountItems;
    ULONG PinFlags;
    KS_COMPRESSION OutputCompression;
    ULONG PinWeight;
    KS_FRAMING_ITEM FramingItem[1];
} KSALLOCATOR_FRAMING_EX, *PKSALLOCATOR_FRAMING_EX;

/* Stream headers, mappings and stream pointers. */
typedef struct {
    ULONG Size;
    ULONG TypeSpecificFlags;
    KSTIME PresentationTime;
    LONGLONG Duration;
    ULONG FrameExtent;
    ULONG DataUsed;
    PVOID Data;
    ULONG OptionsFlags;
    ULONG Reserved;
} KSSTREAM_HEADER, *PKSSTREAM_HEADER;

typedef struct _KSMAPPING {
    PHYSICAL_ADDRESS PhysicalAddress;
    ULONG ByteCount;
    ULONG Alignment;
} KSMAPPING, *PKSMAPPING;

typedef struct _KSSTREAM_POINTER_OFFSET {
    union {
        PUCHAR Data;
        PKSMAPPING Mappings;
    };
#if !(defined(_WIN64) || defined(_M_X64) || defined(_M_ARM64) || defined(__x86_64__) || \
      defined(__aarch64__))
    PVOID Alignment;
#endif
    ULONG Count;
    ULONG Remaining;
} KSSTREAM_POINTER_OFFSET, *PKSSTREAM_POINTER_OFFSET;

typedef struct _KSSTREAM_POINTER {
    PVOID Context;
    PKSPIN Pin;
    PKSSTREAM_HEADER StreamHeader;
    PKSSTREAM_POINTER_OFFSET Offset;
    KSSTREAM_POINTER_OFFSET OffsetIn;
    KSSTREAM_POINTER_OFFSET OffsetOut;
} KSSTREAM_POINTER, *PKSSTREAM_POINTER;

typedef enum {
    KSSTREAM_POINTER_STATE_UNLOCKED = 0,
    KSSTREAM_POINTER_STATE_LOCKED
} KSSTREAM_POINTER_STATE;

/* Process pins (filter-centric processing). */
typedef struct _KSPROCESSPIN KSPROCESSPIN, *PKSPROCESSPIN;
struct _KSPROCESSPIN {
    PKSPIN Pin;
    PKSSTREAM_POINTER StreamPointer;
    PKSPROCESSPIN InPlaceCounterpart;
    PKSPROCESSPIN DelegateBranch;
    PKSPROCESSPIN CopySource;
    PVOID Data;
    ULONG BytesAvailable;
    ULONG BytesUsed;
    ULONG Flags;
    BOOLEAN Terminate;
};

typedef struct _KSPROCESSPIN_INDEXENTRY {
    PKSPROCESSPIN *Pins;
    ULONG Count;
} KSPROCESSPIN_INDEXENTRY, *PKSPROCESSPIN_INDEXENTRY;

/* Callback types. */
typedef NTSTATUS (*PFNKSFILTERIRP)(_In_ PKSFILTER Filter, _In_ PIRP Irp);
typedef NTSTATUS (*PFNKSFILTERPROCESS)(_In_ PKSFILTER Filter,
                                       _In_ PKSPROCESSPIN_INDEXENTRY Index);
typedef NTSTATUS (*PFNKSFILTERVOID)(_In_ PKSFILTER Filter);
typedef NTSTATUS (*PFNKSPINIRP)(_In_ PKSPIN Pin, _In_ PIRP Irp);
typedef NTSTATUS (*PFNKSPIN)(_In_ PKSPIN Pin);
typedef void (*PFNKSPINVOID)(_In_ PKSPIN Pin);
typedef NTSTATUS (*PFNKSPINSETDATAFORMAT)(_In_ PKSPIN Pin, _In_opt_ PKSDATAFORMAT OldFormat,
                                          _In_opt_ PKSMULTIPLE_ITEM OldAttributeList,
                                          _In_ const KSDATARANGE *DataRange,
                                          _In_opt_ const KSATTRIBUTE_LIST *AttributeRange);
typedef NTSTATUS (*PFNKSPINSETDEVICESTATE)(_In_ PKSPIN Pin, _In_ KSSTATE ToState,
                                           _In_ KSSTATE FromState);
typedef NTSTATUS (*PFNKSINTERSECTHANDLEREX)(_In_ PVOID Context, _In_ PIRP Irp,
                                            _In_ PKSP_PIN Pin, _In_ PKSDATARANGE DataRange,
                                            _In_ PKSDATARANGE MatchingDataRange,
                                            _In_ ULONG DataBufferSize, _Out_opt_ PVOID Data,
                                            _Out_ PULONG DataSize);
typedef void (*PFNKSSTREAMPOINTER)(_In_ PKSSTREAM_POINTER StreamPointer);
typedef BOOLEAN (*PFNKSGENERATEEVENTCALLBACK)(_In_ PVOID Context,
                                              _In_ PKSEVENT_ENTRY EventEntry);
typedef void (*PFNKSFREE)(_In_ PVOID Data);

/* Dispatch tables and descriptors. */
typedef struct _KSFILTER_DISPATCH {
    PFNKSFILTERIRP Create;
    PFNKSFILTERIRP Close;
    PFNKSFILTERPROCESS Process;
    PFNKSFILTERVOID Reset;
} KSFILTER_DISPATCH, *PKSFILTER_DISPATCH;

typedef struct _KSPIN_DISPATCH {
    PFNKSPINIRP Create;
    PFNKSPINIRP Close;
    PFNKSPIN Process;
    PFNKSPINVOID Reset;
    PFNKSPINSETDATAFORMAT SetDataFormat;
    PFNKSPINSETDEVICESTATE SetDeviceState;
    PFNKSPIN Connect;
    PFNKSPINVOID Disconnect;
    const KSCLOCK_DISPATCH *Clock;
    const KSALLOCATOR_DISPATCH *Allocator;
} KSPIN_DISPATCH, *PKSPIN_DISPATCH;

typedef struct _KSPIN_DESCRIPTOR_EX {
    const KSPIN_DISPATCH *Dispatch;
    const KSAUTOMATION_TABLE *AutomationTable;
    KSPIN_DESCRIPTOR PinDescriptor;
    ULONG Flags;
    ULONG InstancesPossible;
    ULONG InstancesNecessary;
    const KSALLOCATOR_FRAMING_EX *AllocatorFraming;
    PFNKSINTERSECTHANDLEREX IntersectHandler;
} KSPIN_DESCRIPTOR_EX, *PKSPIN_DESCRIPTOR_EX;

typedef struct _KSNODE_DESCRIPTOR {
    const KSAUTOMATION_TABLE *AutomationTable;
    const GUID *Type;
    const GUID *Name;
} KSNODE_DESCRIPTOR, *PKSNODE_DESCRIPTOR;

typedef struct _KSFILTER_DESCRIPTOR {
    const KSFILTER_DISPATCH *Dispatch;
    const KSAUTOMATION_TABLE *AutomationTable;
    ULONG Version;
    ULONG Flags;
    const GUID *ReferenceGuid;
    ULONG PinDescriptorsCount;
    ULONG PinDescriptorSize;
    const KSPIN_DESCRIPTOR_EX *PinDescriptors;
    ULONG CategoriesCount;
    const GUID *Categories;
    ULONG NodeDescriptorsCount;
    ULONG NodeDescriptorSize;
    const KSNODE_DESCRIPTOR *NodeDescriptors;
    ULONG ConnectionsCount;
    const KSTOPOLOGY_CONNECTION *Connections;
    const KSCOMPONENTID *ComponentId;
} KSFILTER_DESCRIPTOR, *PKSFILTER_DESCRIPTOR;

/* Descriptor helpers: the count/size/pointer groups KSFILTER_DESCRIPTOR
   expects, in its member order. */
#define DEFINE_KSFILTER_DESCRIPTOR(descriptor) const KSFILTER_DESCRIPTOR descriptor =
#define DEFINE_KSFILTER_DESCRIPTOR_TABLE(table) const KSFILTER_DESCRIPTOR *const table[] =
#define DEFINE_KSFILTER_PIN_DESCRIPTORS(table) SIZEOF_ARRAY(table), sizeof(table[0]), table
#define DEFINE_KSFILTER_CATEGORIES(table) SIZEOF_ARRAY(table), table
#define DEFINE_KSFILTER_CATEGORY(category) 1, &(category)
#define DEFINE_KSFILTER_CATEGORIES_NULL 0, NULL
#define DEFINE_KSFILTER_NODE_DESCRIPTORS(table) SIZEOF_ARRAY(table), sizeof(table[0]), table
#define DEFINE_KSFILTER_NODE_DESCRIPTORS_NULL 0, sizeof(KSNODE_DESCRIPTOR), NULL
#define DEFINE_KSFILTER_CONNECTIONS(table) SIZEOF_ARRAY(table), table
#define DEFINE_KSFILTER_DEFAULT_CONNECTIONS 0, NULL

/* Reference clock. */
typedef struct {
    LONGLONG Granularity;
    LONGLONG Error;
} KSRESOLUTION, *PKSRESOLUTION;

typedef struct IKsReferenceClock *PIKSREFERENCECLOCK;

#ifdef __cplusplus
#include <unknown.h>
struct DECLSPEC_NOVTABLE IKsReferenceClock : public IUnknown {
    STDMETHOD_(LONGLONG, GetTime)(THIS) PURE;
    STDMETHOD_(LONGLONG, GetPhysicalTime)(THIS) PURE;
    STDMETHOD_(LONGLONG, GetCorrelatedTime)(_Out_ PLONGLONG SystemTime) PURE;
    STDMETHOD_(LONGLONG, GetCorrelatedPhysicalTime)(_Out_ PLONGLONG SystemTime) PURE;
    STDMETHOD_(NTSTATUS, GetResolution)(_Out_ PKSRESOLUTION Resolution) PURE;
    STDMETHOD_(NTSTATUS, GetState)(_Out_ PKSSTATE State) PURE;
};
#endif

/* Routines. */
EXTERN_C NTSTATUS NTAPI KsInitializeDriver(_In_ PDRIVER_OBJECT DriverObject,
                                           _In_ PUNICODE_STRING RegistryPathName,
                                           _In_opt_ const KSDEVICE_DESCRIPTOR *Descriptor);
EXTERN_C void NTAPI KsAcquireDevice(_In_ PKSDEVICE Device);
EXTERN_C void NTAPI KsReleaseDevice(_In_ PKSDEVICE Device);
EXTERN_C PKSDEVICE NTAPI KsGetDevice(_In_ PVOID Object);
EXTERN_C PKSDEVICE NTAPI KsFilterGetDevice(_In_ PKSFILTER Filter);
EXTERN_C PKSDEVICE NTAPI KsPinGetDevice(_In_ PKSPIN Pin);
EXTERN_C void NTAPI KsFilterAcquireControl(_In_ PKSFILTER Filter);
EXTERN_C void NTAPI KsFilterReleaseControl(_In_ PKSFILTER Filter);
EXTERN_C PKSFILTER NTAPI KsPinGetParentFilter(_In_ PKSPIN Pin);
EXTERN_C PKSFILTER NTAPI KsGetFilterFromIrp(_In_ PIRP Irp);
EXTERN_C PKSPIN NTAPI KsGetPinFromIrp(_In_ PIRP Irp);
EXTERN_C PKSPIN NTAPI KsFilterGetFirstChildPin(_In_ PKSFILTER Filter, _In_ ULONG PinId);
EXTERN_C void NTAPI KsPinAttemptProcessing(_In_ PKSPIN Pin, _In_ BOOLEAN Asynchronous);
/* Filter-centric processing: ask AVStream to call the filter's Process
 * callback, and add a pin factory to an existing filter at run time. */
EXTERN_C void NTAPI KsFilterAttemptProcessing(_In_ PKSFILTER Filter, _In_ BOOLEAN Asynchronous);
EXTERN_C NTSTATUS NTAPI KsFilterCreatePinFactory(_In_ PKSFILTER Filter,
                                                 _In_ const KSPIN_DESCRIPTOR_EX *const PinDescriptor,
                                                 _Out_ PULONG PinID);
EXTERN_C NTSTATUS NTAPI KsPinGetReferenceClockInterface(_In_ PKSPIN Pin,
                                                        _Out_ PIKSREFERENCECLOCK *Interface);
EXTERN_C void NTAPI KsGenerateEvents(_In_ PVOID Object, _In_opt_ const GUID *EventSet,
                                     _In_ ULONG EventId, _In_ ULONG DataSize,
                                     _In_opt_ PVOID Data,
                                     _In_opt_ PFNKSGENERATEEVENTCALLBACK CallBack,
                                     _In_opt_ PVOID CallBackContext);
EXTERN_C void NTAPI KsFilterGenerateEvents(_In_ PKSFILTER Filter, _In_opt_ const GUID *EventSet,
                                           _In_ ULONG EventId, _In_ ULONG DataSize,
                                           _In_opt_ PVOID Data,
                                           _In_opt_ PFNKSGENERATEEVENTCALLBACK CallBack,
                                           _In_opt_ PVOID CallBackContext);
EXTERN_C NTSTATUS NTAPI KsAddItemToObjectBag(_In_ KSOBJECT_BAG ObjectBag, _In_ PVOID Item,
                                             _In_opt_ PFNKSFREE Free);
EXTERN_C PKSSTREAM_POINTER NTAPI KsPinGetLeadingEdgeStreamPointer(
    _In_ PKSPIN Pin, _In_ KSSTREAM_POINTER_STATE State);
EXTERN_C PKSSTREAM_POINTER NTAPI KsPinGetFirstCloneStreamPointer(_In_ PKSPIN Pin);
EXTERN_C PKSSTREAM_POINTER NTAPI KsStreamPointerGetNextClone(
    _In_ PKSSTREAM_POINTER StreamPointer);
EXTERN_C NTSTATUS NTAPI KsStreamPointerClone(_In_ PKSSTREAM_POINTER StreamPointer,
                                             _In_opt_ PFNKSSTREAMPOINTER CancelCallback,
                                             _In_ ULONG ContextSize,
                                             _Out_ PKSSTREAM_POINTER *CloneStreamPointer);
EXTERN_C NTSTATUS NTAPI KsStreamPointerAdvance(_In_ PKSSTREAM_POINTER StreamPointer);
EXTERN_C NTSTATUS NTAPI KsStreamPointerAdvanceOffsetsAndUnlock(
    _In_ PKSSTREAM_POINTER StreamPointer, _In_ ULONG InUsed, _In_ ULONG OutUsed,
    _In_ BOOLEAN Eject);
EXTERN_C void NTAPI KsStreamPointerUnlock(_In_ PKSSTREAM_POINTER StreamPointer,
                                          _In_ BOOLEAN Eject);
EXTERN_C void NTAPI KsStreamPointerDelete(_In_ PKSSTREAM_POINTER StreamPointer);
/* The IRP behind a locked stream pointer's frame (NULL if not locked). */
EXTERN_C PIRP NTAPI KsStreamPointerGetIrp(_In_ PKSSTREAM_POINTER StreamPointer,
                                          _Out_opt_ PBOOLEAN FirstFrameInIrp,
                                          _Out_opt_ PBOOLEAN LastFrameInIrp);

/* Device dispatch table and device descriptor (KSDEVICE_DISPATCH and
   KSDEVICE_DESCRIPTOR reference pages, members in their documented order). */
typedef NTSTATUS (*PFNKSDEVICECREATE)(_In_ PKSDEVICE Device);
typedef NTSTATUS (*PFNKSDEVICEPNPSTART)(_In_ PKSDEVICE Device, _In_ PIRP Irp,
                                        _In_opt_ PCM_RESOURCE_LIST TranslatedResourceList,
                                        _In_opt_ PCM_RESOURCE_LIST UntranslatedResourceList);
typedef NTSTATUS (*PFNKSDEVICE)(_In_ PKSDEVICE Device);
typedef NTSTATUS (*PFNKSDEVICEIRP)(_In_ PKSDEVICE Device, _In_ PIRP Irp);
typedef void (*PFNKSDEVICEIRPVOID)(_In_ PKSDEVICE Device, _In_ PIRP Irp);
typedef NTSTATUS (*PFNKSDEVICEQUERYCAPABILITIES)(_In_ PKSDEVICE Device, _In_ PIRP Irp,
                                                 _Inout_ PDEVICE_CAPABILITIES Capabilities);
typedef NTSTATUS (*PFNKSDEVICEQUERYPOWER)(_In_ PKSDEVICE Device, _In_ PIRP Irp,
                                          _In_ DEVICE_POWER_STATE DeviceTo,
                                          _In_ DEVICE_POWER_STATE DeviceFrom,
                                          _In_ SYSTEM_POWER_STATE SystemTo,
                                          _In_ SYSTEM_POWER_STATE SystemFrom,
                                          _In_ POWER_ACTION Action);
typedef void (*PFNKSDEVICESETPOWER)(_In_ PKSDEVICE Device, _In_ PIRP Irp,
                                    _In_ DEVICE_POWER_STATE To, _In_ DEVICE_POWER_STATE From);

struct _KSDEVICE_DISPATCH {
    PFNKSDEVICECREATE Add;
    PFNKSDEVICEPNPSTART Start;
    PFNKSDEVICE PostStart;
    PFNKSDEVICEIRP QueryStop;
    PFNKSDEVICEIRPVOID CancelStop;
    PFNKSDEVICEIRPVOID Stop;
    PFNKSDEVICEIRP QueryRemove;
    PFNKSDEVICEIRPVOID CancelRemove;
    PFNKSDEVICEIRPVOID Remove;
    PFNKSDEVICEQUERYCAPABILITIES QueryCapabilities;
    PFNKSDEVICEIRPVOID SurpriseRemoval;
    PFNKSDEVICEQUERYPOWER QueryPower;
    PFNKSDEVICESETPOWER SetPower;
    PFNKSDEVICEIRP QueryInterface;
};

struct _KSDEVICE_DESCRIPTOR {
    const KSDEVICE_DISPATCH *Dispatch;
    ULONG FilterDescriptorsCount;
    const KSFILTER_DESCRIPTOR *const *FilterDescriptors;
    ULONG Version;
    ULONG Flags;
};

#define KSDEVICE_DESCRIPTOR_VERSION   0x100
#define KSDEVICE_DESCRIPTOR_VERSION_2 0x110

/* KSPIN_DESCRIPTOR_EX.Flags. */
#define KSPIN_FLAG_DISPATCH_LEVEL_PROCESSING          0x00000001
#define KSPIN_FLAG_CRITICAL_PROCESSING                0x00000002
#define KSPIN_FLAG_ASYNCHRONOUS_PROCESSING            0x00000008
#define KSPIN_FLAG_DO_NOT_INITIATE_PROCESSING         0x00000010
#define KSPIN_FLAG_INITIATE_PROCESSING_ON_EVERY_ARRIVAL 0x00000020
#define KSPIN_FLAG_FRAMES_NOT_REQUIRED_FOR_PROCESSING 0x00000040
#define KSPIN_FLAG_PROCESS_IN_RUN_STATE_ONLY          0x00010000
#define KSPIN_FLAG_SOME_FRAMES_REQUIRED_FOR_PROCESSING 0x00800000
#define KSPIN_FLAG_PROCESS_IF_ANY_IN_RUN_STATE        0x01000000
#define KSPIN_FLAG_FIXED_FORMAT                       0x00100000

/* KSSTREAM_HEADER.OptionsFlags. */
#define KSSTREAM_HEADER_OPTIONSF_TIMEVALID         0x00000010
#define KSSTREAM_HEADER_OPTIONSF_TIMEDISCONTINUITY 0x00000040
#define KSSTREAM_HEADER_OPTIONSF_DURATIONVALID     0x00000100
#define KSSTREAM_HEADER_OPTIONSF_METADATA          0x00001000
#define KSSTREAM_HEADER_OPTIONSF_ENDOFSTREAM       0x00000200
#define KSSTREAM_HEADER_OPTIONSF_ENDOFPHOTOSEQUENCE 0x00002000

/* KSFILTER_DESCRIPTOR.Flags (values from the Win32 metadata listings). */
#define KSFILTER_FLAG_DISPATCH_LEVEL_PROCESSING    0x00000001
#define KSFILTER_FLAG_PRIORITIZE_REFERENCEGUID     0x00000010

/* Create-item flags (KSOBJECT_CREATE_ITEM.Flags, KsCreateFilterFactory). */
#define KSCREATE_ITEM_WILDCARD     0x00000002
#define KSCREATE_ITEM_NOPARAMETERS 0x00000004
#define KSCREATE_ITEM_FREEONSTOP   0x00000008

/* Filter factories. */
typedef struct _KSFILTERFACTORY {
    const KSFILTER_DESCRIPTOR *FilterDescriptor;
    KSOBJECT_BAG Bag;
    PVOID Context;
} KSFILTERFACTORY, *PKSFILTERFACTORY;

/* Sleep/wake notification for the device a filter factory belongs to. */
typedef void (*PFNKSFILTERFACTORYPOWER)(_In_ PKSFILTERFACTORY FilterFactory,
                                        _In_ DEVICE_POWER_STATE State);

EXTERN_C NTSTATUS NTAPI KsCreateFilterFactory(
    _In_ PDEVICE_OBJECT DeviceObject, _In_ const KSFILTER_DESCRIPTOR *Descriptor,
    _In_opt_ PWSTR RefString, _In_opt_ PSECURITY_DESCRIPTOR SecurityDescriptor,
    _In_ ULONG CreateItemFlags, _In_opt_ PFNKSFILTERFACTORYPOWER SleepCallback,
    _In_opt_ PFNKSFILTERFACTORYPOWER WakeCallback,
    _Out_opt_ PKSFILTERFACTORY *FilterFactory);
/* The factory's device-interface link (NULL if none is registered). */
EXTERN_C PUNICODE_STRING NTAPI KsFilterFactoryGetSymbolicLink(_In_ PKSFILTERFACTORY FilterFactory);

/* Object bags: _KsEdit makes *PointerToPointerToItem point at memory owned
   by the bag (copying the old contents); the caller holds the bag mutex.
   KsEdit keeps the item's size, KsEditSized resizes it; both take the
   AVStream object whose Bag is used. */
EXTERN_C NTSTATUS NTAPI _KsEdit(_In_ KSOBJECT_BAG ObjectBag,
                                _Inout_ PVOID *PointerToPointerToItem,
                                _In_ ULONG NewSize, _In_ ULONG OldSize, _In_ ULONG Tag);
#define KsEdit(Object, PointerToPointer, Tag)                                   \
    _KsEdit((Object)->Bag, (PVOID *)(PointerToPointer),                        \
            (ULONG)sizeof(**(PointerToPointer)), (ULONG)sizeof(**(PointerToPointer)), (Tag))
#define KsEditSized(Object, PointerToPointer, NewSize, OldSize, Tag)            \
    _KsEdit((Object)->Bag, (PVOID *)(PointerToPointer), (NewSize), (OldSize), (Tag))

/* Returns the references left on Item (0: it was not in the bag). */
EXTERN_C ULONG NTAPI KsRemoveItemFromObjectBag(_In_ KSOBJECT_BAG ObjectBag, _In_ PVOID Item,
                                               _In_ BOOLEAN Free);
#define KsDiscard(Object, Pointer) \
    KsRemoveItemFromObjectBag((Object)->Bag, (PVOID)(Pointer), TRUE)

/* Advances a locked stream pointer's input and output offsets. */
EXTERN_C NTSTATUS NTAPI KsStreamPointerAdvanceOffsets(_In_ PKSSTREAM_POINTER StreamPointer,
                                                      _In_ ULONG InUsed, _In_ ULONG OutUsed,
                                                      _In_ BOOLEAN Eject);

#endif /* _HVCILINT_KS_AVSTREAM_H */
