/*
 * camera_surface.c - selftest for the camera and video-capture part of
 * the fallback headers: ks.h (with ks_events_metadata.h), ksmedia.h
 * (with ksmedia_video.h, ksmedia_camera.h and ksmedia_camera_flags.h),
 * acpitabl.h, devpkey.h and uuids.h used together the way an AVStream
 * camera minidriver uses them (extended-property payloads, per-frame
 * settings, metadata items, video and image data ranges, event tables),
 * with static assertions on the values and layouts that the reference
 * pages publish or that their documented member lists imply.
 */
#include <ntddk.h>
#include <windef.h>
#include <ks.h>
#include <ksmedia.h>
#include <acpitabl.h>
#include <devpkey.h>
#include <uuids.h>
#include <stddef.h>

/* Published values: extended controls. */
C_ASSERT(KSPROPERTY_CAMERACONTROL_EXTENDED_PHOTOMODE == 0);
C_ASSERT(KSPROPERTY_CAMERACONTROL_EXTENDED_TORCHMODE == 8);
C_ASSERT(KSPROPERTY_CAMERACONTROL_EXTENDED_FOCUSMODE == 13);
C_ASSERT(KSPROPERTY_CAMERACONTROL_EXTENDED_MCC == 25);
C_ASSERT(KSPROPERTY_CAMERACONTROL_EXTENDED_VIDEOSTABILIZATION == 27);
C_ASSERT(KSPROPERTY_CAMERACONTROL_EXTENDED_FACEDETECTION == 29);
C_ASSERT(KSPROPERTY_CAMERACONTROL_EXTENDED_PROFILE == 34);
C_ASSERT(KSPROPERTY_CAMERACONTROL_EXTENDED_IRTORCHMODE == 38);
C_ASSERT(KSPROPERTY_CAMERACONTROL_EXTENDED_END == 44);
C_ASSERT(KSPROPERTY_CAMERACONTROL_PERFRAMESETTING_CLEAR == 2);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FILTERSCOPE == 0xFFFFFFFF);
C_ASSERT(KSCAMERA_EXTENDEDPROP_CAPS_ASYNCCONTROL == 0x8000000000000000ULL);
C_ASSERT(KSCAMERA_EXTENDEDPROP_CAPS_CANCELLABLE == 0x4000000000000000ULL);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FLAG_CANCELOPERATION == 0x8000000000000000ULL);
C_ASSERT(KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_LOCK == 4);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FOCUS_CONTINUOUS == 0x100);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FOCUS_UNLOCK == 0x400);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FOCUS_REGIONBASED == 0x1000);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FOCUS_RANGE_HYPERFOCAL == 0x100000);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FOCUS_DISTANCE_NEAREST == 0x4000000);
C_ASSERT(KSCAMERA_EXTENDEDPROP_ISO_25600 == 0x800);
C_ASSERT(KSCAMERA_EXTENDEDPROP_ISO_MANUAL == 0x0080000000000000ULL);
C_ASSERT(KSCAMERA_EXTENDEDPROP_SCENEMODE_NIGHTPORTRAIT == 0x200);
C_ASSERT(KSCAMERA_EXTENDEDPROP_EVCOMP_FULLSTEP == 0x10);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FLASH_MULTIFLASHSUPPORTED == 0x40);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FLASH_ASSISTANT_AUTO == 0x100);
C_ASSERT(KSCAMERA_EXTENDEDPROP_OPTIMIZATION_POWER == 0x10);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FACEDETECTION_SMILE == 0x10);
C_ASSERT(KSCAMERA_EXTENDEDPROP_ADVANCEDPHOTO_ULTRALOWLIGHT == 0x8);
C_ASSERT(KSCAMERA_EXTENDEDPROP_VIDEOTEMPORALDENOISING_ON == 0x4);
C_ASSERT(KSCAMERA_EXTENDEDPROP_IRTORCHMODE_ALWAYS_ON == 0x2);
C_ASSERT(KSCAMERA_EXTENDEDPROP_METADATA_ALIGNMENTREQUIRED == 0x100);
C_ASSERT(KSCAMERA_EXTENDEDPROP_MetadataAlignment_16 == 4);
C_ASSERT(KSCAMERA_EXTENDEDPROP_MetadataAlignment_2048 == 11);
C_ASSERT(KSCAMERA_EXTENDEDPROP_FOCUSSTATE_FOCUSED == 3);
C_ASSERT(KSCAMERA_PERFRAMESETTING_AUTO == 0x0000000100000000ULL);
C_ASSERT(KSCAMERA_PERFRAMESETTING_MANUAL == 0x0000000200000000ULL);
C_ASSERT(KSCAMERA_PERFRAMESETTING_ITEM_EXPOSURE_TIME == 1);
C_ASSERT(KSCAMERA_PERFRAMESETTING_ITEM_EXPOSURE_COMPENSATION == 3);
C_ASSERT(MetadataId_CameraIntrinsics == 5 && MetadataId_FrameIllumination == 6);
C_ASSERT(KSCAMERA_METADATA_CAPTURESTATS_FLAG_SENSORFRAMERATE == 0x400);
C_ASSERT(KSCAMERA_METADATA_FRAMEILLUMINATION_FLAG_ON == 1);

/* Published values: the older property sets, video and ACPI. */
C_ASSERT(KSPROPERTY_VIDEOPROCAMP_FLAGS_AUTO == 1 && KSPROPERTY_VIDEOPROCAMP_FLAGS_MANUAL == 2);
C_ASSERT(KSPROPERTY_CAMERACONTROL_FLAGS_ASYNCHRONOUS == 4);
C_ASSERT(KS_VideoControlFlag_StartPhotoSequenceCapture == 0x100);
C_ASSERT(KS_VideoControlFlag_StopPhotoSequenceCapture == 0x200);
C_ASSERT(AcpiPldPanelBack == 5 && AcpiPldPanelUnknown == 6);
C_ASSERT(AcpiPldRotation90 == 2 && AcpiPldRotation315 == 7);

/* Layouts: fixed-size structures. */
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_HEADER) == 32);
C_ASSERT(offsetof(KSCAMERA_EXTENDEDPROP_HEADER, Flags) == 16);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_VALUE) == 8);
C_ASSERT(offsetof(KSCAMERA_EXTENDEDPROP_VIDEOPROCSETTING, VideoProc) == 16);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_VIDEOPROCSETTING) == 32);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_EVCOMPENSATION) == 24);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_FIELDOFVIEW) == 16);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_CAMERAOFFSET) == 16);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_PHOTOMODE) == 16);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_PROFILE) == 24);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_METADATAINFO) == 8);
C_ASSERT(sizeof(KSCAMERA_MAXVIDEOFPS_FORPHOTORES) == 24);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_ROI_INFO) == 32);
C_ASSERT(sizeof(KSCAMERA_EXTENDEDPROP_ROI_ISPCONTROL) == 16);
C_ASSERT(sizeof(KSCAMERA_PERFRAMESETTING_HEADER) == 40);
C_ASSERT(sizeof(KSCAMERA_PERFRAMESETTING_ITEM_HEADER) == 16);
C_ASSERT(sizeof(KSCAMERA_METADATA_ITEMHEADER) == 8);
C_ASSERT(offsetof(KSCAMERA_METADATA_CAPTURESTATS, ExposureTime) == 16);
C_ASSERT(sizeof(KSCAMERA_METADATA_CAPTURESTATS) == 80);
C_ASSERT(sizeof(KSSTREAM_UVC_METADATATYPE_TIMESTAMP) == 16);
C_ASSERT(sizeof(KSSTREAM_UVC_METADATA) == 32);
C_ASSERT(sizeof(ACPI_PLD_V2_BUFFER) == 20);
C_ASSERT(offsetof(KS_VIDEOINFOHEADER2, bmiHeader) == 72);
C_ASSERT(sizeof(KS_VIDEOINFOHEADER2) == 112);
C_ASSERT(KS_SIZE_PREHEADER == 48);

/* Layouts: documented member order. */
C_ASSERT(offsetof(KSPROPERTY_CAMERACONTROL_S, Value) == sizeof(KSPROPERTY));
C_ASSERT(offsetof(KSPROPERTY_VIDEOPROCAMP_S, Capabilities) == sizeof(KSPROPERTY) + 8);
C_ASSERT(offsetof(KSPROPERTY_VIDEOCONTROL_MODE_S, Mode) == sizeof(KSPROPERTY) + 4);
C_ASSERT(offsetof(KSPROPERTY_CAMERACONTROL_REGION_OF_INTEREST_S, AutoFocusLock) == sizeof(RECT));
C_ASSERT(offsetof(KS_DATAFORMAT_IMAGEINFO, ImageInfoHeader) == sizeof(KSDATAFORMAT));
C_ASSERT(offsetof(KS_DATARANGE_VIDEO2, VideoInfoHeader) ==
         offsetof(KS_DATARANGE_VIDEO, VideoInfoHeader));
C_ASSERT(offsetof(KS_FRAME_INFO, PictureNumber) == 8);
C_ASSERT(offsetof(KSEVENTDATA, EventHandle) == sizeof(void *));
C_ASSERT(offsetof(KSSTREAM_METADATA_INFO, Data) == 8);

/* A video data range and an image data range as static tables.  Driver-style
   GUID initializers leave Data4 unbraced and the trailing members are left
   to zero, as drivers write them with the real headers; only these tables
   are exempt. */
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wmissing-braces"
#pragma clang diagnostic ignored "-Wmissing-field-initializers"
#endif

static const KS_DATARANGE_VIDEO2 g_Range2 = {
    { { sizeof(KS_DATARANGE_VIDEO2), 0, 0, 0,
        { STATICGUIDOF(KSDATAFORMAT_TYPE_VIDEO) },
        { STATICGUIDOF(KSDATAFORMAT_SUBTYPE_WILDCARD) },
        { STATICGUIDOF(KSDATAFORMAT_SPECIFIER_VIDEOINFO2) } } },
    TRUE, FALSE, 0, 0,
    { { STATICGUIDOF(KSDATAFORMAT_SPECIFIER_VIDEOINFO2) }, KS_AnalogVideo_None },
    { { 0, 0, 640, 480 }, { 0, 0, 640, 480 }, 0, 0, 333333, 0, 0, 4, 3, { 0 }, 0,
      { sizeof(KS_BITMAPINFOHEADER), 640, 480, 1, 32, KS_BI_RGB, 640 * 480 * 4 } }
};

static const KS_DATARANGE_IMAGE g_Image = {
    { { sizeof(KS_DATARANGE_IMAGE), 0, 0, 0,
        { STATICGUIDOF(KSDATAFORMAT_TYPE_VIDEO) },
        { STATICGUIDOF(KSDATAFORMAT_SUBTYPE_WILDCARD) },
        { STATICGUIDOF(KSDATAFORMAT_SPECIFIER_IMAGE) } } },
    { { STATICGUIDOF(KSDATAFORMAT_SPECIFIER_IMAGE) }, 0 },
    { sizeof(KS_BITMAPINFOHEADER), 1280, 720, 1, 24, KS_BI_RGB, 0 }
};

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

/* An event table and a framing declaration. */
static const KSEVENT_ITEM g_Events[] = {
    DEFINE_KSEVENT_ITEM(KSPROPERTY_CAMERACONTROL_EXTENDED_FOCUSMODE, sizeof(KSEVENTDATA), 0,
                        NULL, NULL, NULL)
};
C_ASSERT(SIZEOF_ARRAY(g_Events) == 1);

DECLARE_SIMPLE_FRAMING_EX(g_Framing, STATICGUIDOF(KSMEMORY_TYPE_KERNEL_NONPAGED), 0, 2, 0,
                          4096, 4096);

DEFINE_DEVPROPKEY(HvciTest_PanelKey, 0x8dbc9c86, 0x97a9, 0x4bff, 0x9b, 0xc6, 0xbf, 0xe9, 0x5d,
                  0x3e, 0x6d, 0xad, 2);

/* Filling an extended property: header, video-processing payload. */
static NTSTATUS FillWhiteBalance(_Out_writes_bytes_(Size) PVOID Buffer, _In_ ULONG Size)
{
    PKSCAMERA_EXTENDEDPROP_HEADER Header = (PKSCAMERA_EXTENDEDPROP_HEADER)Buffer;
    PKSCAMERA_EXTENDEDPROP_VIDEOPROCSETTING Setting;

    if (Size < sizeof(*Header) + sizeof(*Setting)) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    Setting = (PKSCAMERA_EXTENDEDPROP_VIDEOPROCSETTING)(Header + 1);
    Header->Version = 1;
    Header->PinId = KSCAMERA_EXTENDEDPROP_FILTERSCOPE;
    Header->Size = sizeof(*Header) + sizeof(*Setting);
    Header->Result = 0;
    Header->Capability = KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_AUTO |
                         KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_MANUAL |
                         KSCAMERA_EXTENDEDPROP_CAPS_ASYNCCONTROL;
    Header->Flags = KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_AUTO;
    Setting->Mode = KSCAMERA_EXTENDEDPROP_WHITEBALANCE_TEMPERATURE;
    Setting->Min = 2300;
    Setting->Max = 7500;
    Setting->Step = 1;
    Setting->VideoProc.Value.ul = 5000;
    Setting->Reserved = 0;
    return STATUS_SUCCESS;
}

/* Reading a capture-stats metadata item and a UVC header. */
static ULONG ReadStats(_In_ const KSCAMERA_METADATA_CAPTURESTATS *Stats,
                       _In_ const KSSTREAM_UVC_METADATA *Uvc,
                       _In_ const KSSTREAM_METADATA_INFO *Info)
{
    ULONG Value = 0;
    if (Stats->Header.MetadataId == MetadataId_CaptureStats &&
        (Stats->Flags & KSCAMERA_METADATA_CAPTURESTATS_FLAG_ISOSPEED) != 0) {
        Value = Stats->IsoSpeed;
    }
    return Value + Uvc->StartOfFrameTimestamp.PresentationTimeStamp + Info->UsedSize +
           g_Range2.DataRange.FormatSize + g_Image.ImageInfoHeader.biSize +
           g_Events[0].DataInput + g_Framing.CountItems;
}

/* The PLD buffer a camera publishes. */
static void FillPld(_Out_ ACPI_PLD_V2_BUFFER *Pld, _In_ ACPI_PLD_PANEL Panel,
                    _In_ ACPI_PLD_ROTATION Rotation)
{
    RtlZeroMemory(Pld, sizeof(*Pld));
    Pld->Revision = 2;
    Pld->Panel = (UINT32)Panel;
    Pld->Rotation = (UINT32)Rotation;
}

NTSTATUS CameraSurfaceEntry(_Out_writes_bytes_(64) PVOID Buffer)
{
    ACPI_PLD_V2_BUFFER Pld;
    KSCAMERA_METADATA_CAPTURESTATS Stats;
    KSSTREAM_UVC_METADATA Uvc;
    KSSTREAM_METADATA_INFO Info;

    RtlZeroMemory(&Stats, sizeof(Stats));
    RtlZeroMemory(&Uvc, sizeof(Uvc));
    RtlZeroMemory(&Info, sizeof(Info));
    FillPld(&Pld, AcpiPldPanelBack, AcpiPldRotation90);
    (void)ReadStats(&Stats, &Uvc, &Info);
    (void)&PIN_CATEGORY_CAPTURE;
    (void)&HvciTest_PanelKey;
    return FillWhiteBalance(Buffer, 64);
}
