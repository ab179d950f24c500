/*
 * ks_surface.c - selftest for the kernel-streaming part of the fallback
 * headers: ks.h (with ks_avstream.h), ksmedia.h and portcls.h used
 * together the way an AVStream minidriver and a PortCls miniport use
 * them (automation tables, descriptors, dispatch tables, stream
 * pointers), with static assertions on the values and layouts that the
 * reference pages publish or that their documented member lists imply.
 */
#include <ntddk.h>
#include <windef.h>
#include <ks.h>
#include <ksmedia.h>
#include <portcls.h>
#include <stddef.h>

/* Published values. */
C_ASSERT(AUDIOMODULE_MAX_NAME_CCH_SIZE == 128);
C_ASSERT(KSDATARANGE_ATTRIBUTES == 0x2);
C_ASSERT(PCFILTER_NODE == (ULONG)-1);
C_ASSERT(KSFILTER_NODE == PCFILTER_NODE);
C_ASSERT(KSEVENT_PINCAPS_JACKINFOCHANGE == 1);
C_ASSERT(eMINIPORT_FX_CLSID == 10 && eMINIPORT_MaxValue == 11);
C_ASSERT(PCPROPERTY_ITEM_FLAG_GET == KSPROPERTY_TYPE_GET);
C_ASSERT(PCPROPERTY_ITEM_FLAG_BASICSUPPORT == KSPROPERTY_TYPE_BASICSUPPORT);
C_ASSERT(PCPROPERTY_ITEM_FLAG_SERIALIZE ==
         (PCPROPERTY_ITEM_FLAG_SERIALIZERAW | PCPROPERTY_ITEM_FLAG_UNSERIALIZERAW |
          PCPROPERTY_ITEM_FLAG_SERIALIZESIZE));
C_ASSERT(KSSTREAM_POINTER_STATE_LOCKED == 1);

/* Layouts: fixed-size structures. */
C_ASSERT(sizeof(KSTIME) == 16);
C_ASSERT(sizeof(KSMAPPING) == 16);
C_ASSERT(sizeof(KSTOPOLOGY_CONNECTION) == 16);
C_ASSERT(sizeof(PCCONNECTION_DESCRIPTOR) == 16);
C_ASSERT(sizeof(KS_RGBQUAD) == 4);
C_ASSERT(sizeof(KS_BITMAPINFOHEADER) == 40);
C_ASSERT(offsetof(KS_VIDEOINFOHEADER, AvgTimePerFrame) == 40);
C_ASSERT(sizeof(KS_VIDEOINFOHEADER) == 88);
C_ASSERT(sizeof(KS_COMPRESSION) == 12);
C_ASSERT(sizeof(KS_FRAMING_RANGE_WEIGHTED) == 20);
C_ASSERT(sizeof(KSAUDIOMODULE_DESCRIPTOR) == 16 + 3 * 4 + 128 * 2);
C_ASSERT(sizeof(KSAUDIOMODULE_NOTIFICATION) == 40);
C_ASSERT(sizeof(KSAUDIOMODULE_PROPERTY) == 24 + 16 + 8);
C_ASSERT(offsetof(KSATTRIBUTE_AUDIOSIGNALPROCESSING_MODE, SignalProcessingMode) == 24);
/* The Data/Mappings union and, on 32-bit targets, Alignment fill 8 bytes. */
C_ASSERT(offsetof(KSSTREAM_POINTER_OFFSET, Count) == 8);
C_ASSERT(sizeof(KSSTREAM_POINTER_OFFSET) == 16);

/* Layouts: documented member order. */
C_ASSERT(offsetof(KSPROPERTY_ITEM, PropertyId) == 0);
C_ASSERT(offsetof(KSPROPERTY_ITEM, MinProperty) == 2 * sizeof(void *));
C_ASSERT(offsetof(KSAUTOMATION_TABLE, PropertySets) == 8);
C_ASSERT(offsetof(KSPIN_DESCRIPTOR_EX, PinDescriptor) == 2 * sizeof(void *));
C_ASSERT(offsetof(KSFILTER_DESCRIPTOR, Version) == 2 * sizeof(void *));
C_ASSERT(offsetof(KSPIN_DISPATCH, Clock) == 8 * sizeof(void *));
C_ASSERT(offsetof(KSSTREAM_POINTER, OffsetIn) == 4 * sizeof(void *));
C_ASSERT(offsetof(PCPROPERTY_REQUEST, Node) == 2 * sizeof(void *));
C_ASSERT(offsetof(PCPIN_DESCRIPTOR, AutomationTable) == (sizeof(void *) == 8 ? 16 : 12));
C_ASSERT(offsetof(PCFILTER_DESCRIPTOR, AutomationTable) == sizeof(void *));
C_ASSERT(offsetof(PCAUTOMATION_TABLE, Properties) == 8);
C_ASSERT(offsetof(KS_DATARANGE_VIDEO, bFixedSizeSamples) == sizeof(KSDATARANGE));

/* PortCls: a property handler and the automation, pin and filter tables. */
static NTSTATUS PropertyHandlerVolume(PPCPROPERTY_REQUEST Request)
{
    if (Request->ValueSize < sizeof(LONG) || Request->Value == NULL) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    *(PLONG)Request->Value = (LONG)Request->Node;
    return STATUS_SUCCESS;
}

static PCPROPERTY_ITEM VolumeProperties[] = {
    { &KSPROPSETID_Audio, KSPROPERTY_AUDIO_VOLUMELEVEL,
      PCPROPERTY_ITEM_FLAG_GET | PCPROPERTY_ITEM_FLAG_SET | PCPROPERTY_ITEM_FLAG_BASICSUPPORT,
      PropertyHandlerVolume },
};

DEFINE_PCAUTOMATION_TABLE_PROP(AutomationVolume, VolumeProperties);

/* Driver-style GUID initializers (STATICGUIDOF) leave Data4 unbraced,
   as they do with the real headers; only these tables are exempt. */
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wmissing-braces"
#endif

static KSDATARANGE_AUDIO PinDataRanges[] = {
    { { { sizeof(KSDATARANGE_AUDIO), 0, 0, 0, { STATICGUIDOF(KSDATAFORMAT_TYPE_AUDIO) },
          { STATICGUIDOF(KSDATAFORMAT_SUBTYPE_PCM) },
          { STATICGUIDOF(KSDATAFORMAT_SPECIFIER_WAVEFORMATEX) } } },
      2, 16, 16, 44100, 48000 },
};

static PKSDATARANGE PinDataRangePointers[] = {
    (PKSDATARANGE)&PinDataRanges[0],
};

static KSATTRIBUTE_AUDIOSIGNALPROCESSING_MODE ModeAttribute = {
    { sizeof(KSATTRIBUTE_AUDIOSIGNALPROCESSING_MODE), 0,
      { STATICGUIDOF(KSATTRIBUTEID_AUDIOSIGNALPROCESSING_MODE) } },
    { STATICGUIDOF(AUDIO_SIGNALPROCESSINGMODE_DEFAULT) },
};
static PKSATTRIBUTE ModeAttributes[] = { (PKSATTRIBUTE)&ModeAttribute };
static KSATTRIBUTE_LIST ModeAttributeList = { SIZEOF_ARRAY(ModeAttributes), ModeAttributes };

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

static PCPIN_DESCRIPTOR MiniportPins[] = {
    { 1, 1, 0, NULL,
      { 0, NULL, 0, NULL, SIZEOF_ARRAY(PinDataRangePointers), PinDataRangePointers,
        KSPIN_DATAFLOW_IN, KSPIN_COMMUNICATION_SINK, &KSCATEGORY_AUDIO, NULL, { 0 } } },
};

static PCNODE_DESCRIPTOR MiniportNodes[] = {
    { 0, &AutomationVolume, &KSNODETYPE_VOLUME, NULL },
};

static PCCONNECTION_DESCRIPTOR MiniportConnections[] = {
    { PCFILTER_NODE, 0, 0, 1 },
};

#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wmissing-braces"
#endif
static GUID MiniportCategories[] = {
    { STATICGUIDOF(KSCATEGORY_AUDIO) },
    { STATICGUIDOF(KSCATEGORY_RENDER) },
};

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

static PCFILTER_DESCRIPTOR MiniportFilterDescriptor = {
    0, NULL,
    sizeof(PCPIN_DESCRIPTOR), SIZEOF_ARRAY(MiniportPins), MiniportPins,
    sizeof(PCNODE_DESCRIPTOR), SIZEOF_ARRAY(MiniportNodes), MiniportNodes,
    SIZEOF_ARRAY(MiniportConnections), MiniportConnections,
    SIZEOF_ARRAY(MiniportCategories), MiniportCategories,
};

/* AVStream: property table, automation table, dispatch tables, pin and
   filter descriptors, and a process routine walking a stream pointer. */
static NTSTATUS GetFrameRate(PIRP Irp, PKSIDENTIFIER Request, PVOID Data)
{
    UNREFERENCED_PARAMETER(Irp);
    UNREFERENCED_PARAMETER(Request);
    *(PULONG)Data = 30;
    return STATUS_SUCCESS;
}

DEFINE_KSPROPERTY_TABLE(FrameRateProperties) {
    DEFINE_KSPROPERTY_ITEM(0, GetFrameRate, sizeof(KSPROPERTY), sizeof(ULONG), NULL, NULL, 0,
                           NULL, NULL, 0),
};

DEFINE_KSPROPERTY_SET_TABLE(PinPropertySets) {
    DEFINE_KSPROPERTY_SET(&KSPROPSETID_Stream, SIZEOF_ARRAY(FrameRateProperties),
                          FrameRateProperties, 0, NULL),
};

DEFINE_KSAUTOMATION_TABLE(PinAutomation) {
    DEFINE_KSAUTOMATION_PROPERTIES(PinPropertySets),
    DEFINE_KSAUTOMATION_METHODS_NULL,
    DEFINE_KSAUTOMATION_EVENTS_NULL,
    NULL
};

static BOOLEAN MatchAnyEvent(PVOID Context, PKSEVENT_ENTRY EventEntry)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(EventEntry);
    return TRUE;
}

static NTSTATUS PinProcess(PKSPIN Pin)
{
    PKSSTREAM_POINTER Leading = KsPinGetLeadingEdgeStreamPointer(Pin, KSSTREAM_POINTER_STATE_LOCKED);
    PKSFILTER Filter = KsPinGetParentFilter(Pin);
    ULONG Used;
    if (Leading == NULL) {
        return STATUS_SUCCESS;
    }
    Used = Leading->OffsetOut.Remaining;
    if (Leading->StreamHeader != NULL) {
        Leading->StreamHeader->DataUsed = Used;
    }
    KsFilterAcquireControl(Filter);
    KsGenerateEvents(Pin, &KSEVENTSETID_PinCapsChange, KSEVENT_PINCAPS_FORMATCHANGE, 0, NULL,
                     MatchAnyEvent, NULL);
    KsFilterReleaseControl(Filter);
    return KsStreamPointerAdvanceOffsetsAndUnlock(Leading, 0, Used, FALSE);
}

static NTSTATUS PinSetState(PKSPIN Pin, KSSTATE ToState, KSSTATE FromState)
{
    PKSDEVICE Device = KsPinGetDevice(Pin);
    UNREFERENCED_PARAMETER(FromState);
    KsAcquireDevice(Device);
    if (ToState == KSSTATE_STOP) {
        PIKSREFERENCECLOCK Clock = NULL;
        (void)KsPinGetReferenceClockInterface(Pin, &Clock);
    }
    KsReleaseDevice(Device);
    return STATUS_SUCCESS;
}

static NTSTATUS PinSetFormat(PKSPIN Pin, PKSDATAFORMAT OldFormat, PKSMULTIPLE_ITEM OldAttributeList,
                             const KSDATARANGE *DataRange, const KSATTRIBUTE_LIST *AttributeRange)
{
    const KS_DATARANGE_VIDEO *Video = (const KS_DATARANGE_VIDEO *)DataRange;
    UNREFERENCED_PARAMETER(Pin);
    UNREFERENCED_PARAMETER(OldFormat);
    UNREFERENCED_PARAMETER(OldAttributeList);
    UNREFERENCED_PARAMETER(AttributeRange);
    return Video->VideoInfoHeader.bmiHeader.biBitCount == 24 ? STATUS_SUCCESS
                                                              : STATUS_NO_MATCH;
}

static const KSPIN_DISPATCH CapturePinDispatch = {
    NULL, NULL, PinProcess, NULL, PinSetFormat, PinSetState, NULL, NULL, NULL, NULL,
};

static const KSPIN_DESCRIPTOR_EX CapturePins[] = {
    { &CapturePinDispatch, &PinAutomation,
      { 0, NULL, 0, NULL, 0, NULL, KSPIN_DATAFLOW_OUT, KSPIN_COMMUNICATION_BOTH,
        &KSCATEGORY_CAPTURE, NULL, { 0 } },
      0, 1, 1, NULL, NULL },
};

#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wmissing-braces"
#endif
static const GUID CaptureCategories[] = {
    { STATICGUIDOF(KSCATEGORY_CAPTURE) },
};

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

static NTSTATUS FilterCreate(PKSFILTER Filter, PIRP Irp)
{
    UNREFERENCED_PARAMETER(Irp);
    return KsAddItemToObjectBag(Filter->Bag, Filter->Context, NULL);
}

static const KSFILTER_DISPATCH CaptureFilterDispatch = { FilterCreate, NULL, NULL, NULL };

DEFINE_KSFILTER_DESCRIPTOR(CaptureFilterDescriptor) {
    &CaptureFilterDispatch, NULL, 0, 0, &KSNAME_Filter,
    DEFINE_KSFILTER_PIN_DESCRIPTORS(CapturePins),
    DEFINE_KSFILTER_CATEGORIES(CaptureCategories),
    DEFINE_KSFILTER_NODE_DESCRIPTORS_NULL,
    DEFINE_KSFILTER_DEFAULT_CONNECTIONS,
    NULL
};

DEFINE_KSFILTER_DESCRIPTOR_TABLE(FilterDescriptors) {
    &CaptureFilterDescriptor,
};

/* Reached so the tables above count as used. */
void hvcilint_ks_surface(PKSAUDIOMODULE_NOTIFICATION Notification);
void hvcilint_ks_surface(PKSAUDIOMODULE_NOTIFICATION Notification)
{
    Notification->ProviderId.InstanceId = MiniportFilterDescriptor.PinCount +
                                          ModeAttributeList.Count +
                                          FilterDescriptors[0]->PinDescriptorsCount;
}
