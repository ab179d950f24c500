/*
 * audio_surface.c - selftest for the audio part of the fallback headers:
 * portcls.h with portcls_wavert.h, ksmedia.h with ksmedia_audio.h,
 * ks_avstream.h's device descriptor, acx.h (with acx_config.h and
 * acx_functions.h), devpkey.h, bthhfpddi.h, wdm_extimer.h and math.h
 * used together the way a WaveRT miniport, an AVStream minidriver and an
 * ACX driver use them, with static assertions on the values and layouts
 * that the reference pages publish or that their member lists imply.
 * In C++ a WaveRT miniport and stream class are declared with the
 * IMP_IXxx macros and instantiated through their interfaces.
 */
#include <ntddk.h>
#include <wdf.h>
#include <portcls.h>
#include <ksmedia.h>
#include <acx.h>
#include <devpkey.h>
#include <bthhfpddi.h>
#define _USE_MATH_DEFINES
#include <math.h>
#include <stddef.h>

/* Published values. */
C_ASSERT(KSEVENT_TYPE_ENABLE == 0x1);
C_ASSERT(KSEVENT_TYPE_BASICSUPPORT == 0x200);
C_ASSERT(KSEVENT_TYPE_TOPOLOGY == 0x10000000);
C_ASSERT(VT_UI4 == 19 && VT_BOOL == 11 && VT_ILLEGAL == 0xffff);
C_ASSERT(KSPROPERTY_SOUNDDETECTOR_SUPPORTEDPATTERNS == 1);
C_ASSERT(KSPROPERTY_SOUNDDETECTOR_STREAMINGSUPPORT == 6);
C_ASSERT(KSEVENT_SOUNDDETECTOR_MATCHDETECTED == 1);
C_ASSERT(AUDIO_CURVE_TYPE_WINDOWS_FADE == 1);
C_ASSERT(CONSTRICTOR_OPTION_MUTE == 1);
C_ASSERT(KSMICARRAY_MICTYPE_CARDIOID == 2 && KSMICARRAY_MICTYPE_VENDORDEFINED == 0x0F);
C_ASSERT(KSMICARRAY_MICARRAYTYPE_3D == 2);
C_ASSERT(KSPROPERTY_JACK_DESCRIPTION3 == 5);
C_ASSERT(KSDATAFORMAT_ATTRIBUTES == 0x2);
C_ASSERT(EX_TIMER_HIGH_RESOLUTION == 0x4 && EX_TIMER_NO_WAKE == 0x8);
C_ASSERT(AcxStreamStateStop == 0 && AcxStreamStateAcquire == 1 && AcxStreamStateRun == 3);
C_ASSERT(M_PI > 3.14159 && M_PI < 3.1416);

/* ACX: published values and documented member orders. */
C_ASSERT(ACX_PROPERTY_ITEM_FLAG_GET == KSPROPERTY_TYPE_GET);
C_ASSERT(ACX_PROPERTY_ITEM_FLAG_SET == KSPROPERTY_TYPE_SET);
C_ASSERT(ACX_PROPERTY_ITEM_FLAG_BASICSUPPORT == KSPROPERTY_TYPE_BASICSUPPORT);
C_ASSERT(AcxRequestTypeAny == 1 && AcxRequestTypeProperty == 3 && AcxRequestTypeMax == 7);
C_ASSERT(AcxItemTypeCircuit == 1 && AcxItemTypePin == 4 && AcxItemTypeElement == 5);
C_ASSERT(AcxPropertyVerbGet == 1 && AcxPropertyVerbBasicSupport == 3);
C_ASSERT(AcxPinTypeSink == 1 && AcxPinTypeSource == 2);
C_ASSERT(AcxCircuitTypeRender == 1 && AcxCircuitTypeCapture == 2);
C_ASSERT(AcxGeoLocFront == 2 && AcxGenLocPrimaryBox == 0 && AcxPortConnIntegratedDevice == 1);
C_ASSERT(AcxConnTypeAtapiInternal == 3);
C_ASSERT(offsetof(ACX_PIN_CONFIG, Type) == 12);
C_ASSERT(offsetof(ACX_VOLUME_CONFIG, ChannelsCount) == offsetof(ACX_MUTE_CONFIG, ChannelsCount));
C_ASSERT(offsetof(ACX_REQUEST_PARAMETERS, Type) == 4);
C_ASSERT(offsetof(ACX_RT_STREAM_CALLBACKS, EvtAcxStreamGetHwLatency) == sizeof(void *));
C_ASSERT(sizeof(ACX_JACK_DESCRIPTION) == 24);

/* Layouts. */
C_ASSERT(offsetof(BTHHFP_DESCRIPTOR2, SupportsVolume) == 3 * sizeof(GUID));
C_ASSERT(sizeof(HFP_BYPASS_CODEC_ID_V1) == 1);
C_ASSERT(sizeof(KSAUDIO_POSITION) == 16);
C_ASSERT(sizeof(KSAUDIO_PRESENTATION_POSITION) == 16);
C_ASSERT(sizeof(KSRTAUDIO_HWLATENCY) == 12);
C_ASSERT(sizeof(KSAUDIOENGINE_DESCRIPTOR) == 12);
C_ASSERT(sizeof(KSAUDIOENGINE_BUFFER_SIZE_RANGE) == 8);
C_ASSERT(sizeof(DRMRIGHTS) == 12);
C_ASSERT(sizeof(ACXDRMRIGHTS) == 12);
C_ASSERT(sizeof(KSAUDIO_MICROPHONE_COORDINATES) == 12);
C_ASSERT(offsetof(KSAUDIO_MIC_ARRAY_GEOMETRY, KsMicCoord) == 18);
C_ASSERT(offsetof(KSDSOUND_BUFFERDESC, WaveFormatEx) == 8);
C_ASSERT(offsetof(KSDATAFORMAT_DSOUND, BufferDesc) == sizeof(KSDATAFORMAT));
C_ASSERT(sizeof(INTERLEAVED_AUDIO_FORMAT_INFORMATION) == 28);
C_ASSERT(offsetof(KSAUDIO_PACKETSIZE_CONSTRAINTS2, ProcessingModeConstraints) == 16);
C_ASSERT(sizeof(KSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT) == 24);
C_ASSERT(sizeof(SOUNDDETECTOR_PATTERNHEADER) == 20);
C_ASSERT(offsetof(KSSOUNDDETECTORPROPERTY, EventId) == sizeof(KSPROPERTY));
C_ASSERT(offsetof(KSP_PINMODE, AudioProcessingMode) == sizeof(KSP_PIN));
C_ASSERT(sizeof(KSCOMPONENTID) == 4 * sizeof(GUID) + 8);
C_ASSERT(offsetof(KS_DATAFORMAT_VIDEOINFOHEADER, VideoInfoHeader) == sizeof(KSDATAFORMAT));
C_ASSERT(sizeof(EXT_SET_PARAMETERS) == 16);
C_ASSERT(offsetof(KSDEVICE_DISPATCH, QueryInterface) == 13 * sizeof(void *));
C_ASSERT(offsetof(KSDEVICE_DESCRIPTOR, Version) == 3 * sizeof(void *));
C_ASSERT(offsetof(KSRTAUDIO_HWREGISTER, Numerator) == 2 * sizeof(void *));

/* Callbacks declared with the framework's function types. */
static EXT_CALLBACK TimerCallback;
static VOID TimerCallback(PEX_TIMER Timer, PVOID Context)
{
    UNREFERENCED_PARAMETER(Timer);
    UNREFERENCED_PARAMETER(Context);
}

static EVT_ACX_STREAM_RUN StreamRun;
static NTSTATUS StreamRun(ACXSTREAM Stream)
{
    WDFOBJECT object = Stream;
    UNREFERENCED_PARAMETER(object);
    return STATUS_SUCCESS;
}

static EVT_ACX_CIRCUIT_CREATE_STREAM CreateStream;
static NTSTATUS CreateStream(WDFDEVICE Device, ACXCIRCUIT Circuit, ACXPIN Pin,
                             PACXSTREAM_INIT StreamInit, ACXDATAFORMAT StreamFormat,
                             const GUID *SignalProcessingMode, ACXOBJECTBAG VarArguments)
{
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(Circuit);
    UNREFERENCED_PARAMETER(Pin);
    UNREFERENCED_PARAMETER(StreamInit);
    UNREFERENCED_PARAMETER(StreamFormat);
    UNREFERENCED_PARAMETER(SignalProcessingMode);
    UNREFERENCED_PARAMETER(VarArguments);
    return STATUS_SUCCESS;
}

static NTSTATUS StartDevice(PDEVICE_OBJECT DeviceObject, PIRP Irp, PRESOURCELIST ResourceList)
{
    UNREFERENCED_PARAMETER(Irp);
    UNREFERENCED_PARAMETER(ResourceList);
    return PcRegisterPhysicalConnection(DeviceObject, NULL, 0, NULL, 1);
}

NTSTATUS AudioSurfaceAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PEX_TIMER timer = ExAllocateTimer(TimerCallback, NULL, EX_TIMER_HIGH_RESOLUTION);
    PFN_ACX_STREAM_RUN run = StreamRun;
    PFN_ACX_CIRCUIT_CREATE_STREAM create = CreateStream;
    UNREFERENCED_PARAMETER(run);
    UNREFERENCED_PARAMETER(create);
    if (timer != NULL) {
        (void)ExDeleteTimer(timer, TRUE, TRUE, NULL);
    }
    return PcAddAdapterDevice(DriverObject, Pdo, StartDevice, 4, 0);
}

#ifdef __cplusplus
#include <stdunk.h>

class CAudioSurfaceWaveRT : public IMiniportWaveRT,
                            public IMiniportAudioEngineNode,
                            public IMiniportAudioSignalProcessing,
                            public CUnknown {
public:
    DECLARE_STD_UNKNOWN();
    CAudioSurfaceWaveRT(PUNKNOWN Outer) : CUnknown(Outer) {}
    IMP_IMiniportWaveRT;
    IMP_IMiniportAudioEngineNode;
    IMP_IMiniportAudioSignalProcessing;
};

class CAudioSurfaceStream : public IMiniportWaveRTStreamNotification,
                            public IMiniportWaveRTInputStream,
                            public IMiniportWaveRTOutputStream,
                            public IMiniportStreamAudioEngineNode2,
                            public IDrmAudioStream,
                            public CUnknown {
public:
    DECLARE_STD_UNKNOWN();
    CAudioSurfaceStream(PUNKNOWN Outer) : CUnknown(Outer) {}
    IMP_IMiniportWaveRTStream;
    IMP_IMiniportWaveRTStreamNotification;
    IMP_IMiniportWaveRTInputStream;
    IMP_IMiniportWaveRTOutputStream;
    IMP_IMiniportStreamAudioEngineNode;
    IMP_IMiniportStreamAudioEngineNode2;
    IMP_IDrmAudioStream;
};

class CAudioSurfaceTopology : public IMiniportTopology,
                              public IAdapterPowerManagement,
                              public CUnknown {
public:
    DECLARE_STD_UNKNOWN();
    CAudioSurfaceTopology(PUNKNOWN Outer) : CUnknown(Outer) {}
    IMP_IMiniportTopology;
    IMP_IAdapterPowerManagement;
};

/* The IMP_ macros declare exactly the interfaces' methods: a pointer to
   each class converts to every interface it implements. */
void AudioSurfaceInterfaces(CAudioSurfaceWaveRT *w, CAudioSurfaceStream *s,
                            CAudioSurfaceTopology *t)
{
    PMINIPORTWAVERT miniport = w;
    PMINIPORTWAVERTSTREAM stream = s;
    PMINIPORTTOPOLOGY topology = t;
    PADAPTERPOWERMANAGEMENT power = t;
    UNREFERENCED_PARAMETER(miniport);
    UNREFERENCED_PARAMETER(stream);
    UNREFERENCED_PARAMETER(topology);
    UNREFERENCED_PARAMETER(power);
}

/* std::align_val_t, which kernel C++ drivers name in their aligned
   operator delete, without <new>. */
#ifdef __cpp_aligned_new
typedef std::align_val_t AudioSurfaceAlign;
#endif
#endif /* __cplusplus */

#ifdef __cplusplus
/* The port's stream helpers: the buffer's pages for an MDL, then mapped. */
PVOID AudioSurfaceMapBuffer(PPORTWAVERTSTREAM port, SIZE_T bytes)
{
    PHYSICAL_ADDRESS high;
    high.QuadPart = -1;
    PMDL mdl = port->AllocatePagesForMdl(high, bytes);
    return mdl && port->GetPhysicalPagesCount(mdl) ? port->MapAllocatedPages(mdl, MmCached)
                                                   : NULL;
}
#endif
