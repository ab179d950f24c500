/*
 * ksmedia_video.h - hvcilint's compact stand-in for the video-capture
 * format types of the kernel-streaming media header.  Written for
 * hvcilint from Microsoft's public documentation (learn.microsoft.com:
 * KS_VIDEOINFOHEADER2, KS_DATARANGE_VIDEO2, KS_DATAFORMAT_VIDEOINFOHEADER2,
 * KS_DATARANGE_IMAGE, KS_DATAFORMAT_IMAGEINFO, KS_FRAME_INFO,
 * KS_AnalogVideoStandard, KS_BITMAPINFOHEADER and "Media types and
 * FOURCC codes"), not taken from the WDK.  Included by ksmedia.h after
 * the uncompressed video types (KS_VIDEOINFOHEADER, KS_DATARANGE_VIDEO).
 *
 * Declares: the interlaced/aspect-ratio video info header and its data
 * range and format, the still-image data range and format, the frame
 * information that follows a video stream header, the analog video
 * standards, the KS_BI_* compression values, the DIB size helpers, the
 * KS_VIDEO_FLAG_* frame flags, and STATIC_ initializers for the video
 * major type (the 'vids' FOURCC with the standard media-type tail) and
 * for the video format specifiers, categories and pin names that
 * ksmedia.h names.  Only the video major type's value follows from the
 * documentation; the other STATIC_ initializers here are zero
 * placeholders so that static KSDATARANGE and pin tables parse: do not
 * rely on their values.  Left out: VBI, MPEG, DirectDraw and TV-tuner
 * formats and property sets.
 */
#pragma once
#ifndef _HVCILINT_KSMEDIA_VIDEO_H
#define _HVCILINT_KSMEDIA_VIDEO_H

/* The uncompressed video types this file builds on. */
#include <ksmedia.h>

/* ---- GUID initializers ------------------------------------------------- */

#define STATIC_KSDATAFORMAT_TYPE_VIDEO \
    0x73646976L, 0x0000, 0x0010, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71

/* Zero placeholders (values not taken from the documentation). */
#define STATIC_KSDATAFORMAT_SPECIFIER_VIDEOINFO   STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SPECIFIER_VIDEOINFO2  STATIC_GUID_NULL
#define STATIC_KSDATAFORMAT_SPECIFIER_IMAGE       STATIC_GUID_NULL
#define STATIC_KSCATEGORY_VIDEO                   STATIC_GUID_NULL
#define STATIC_KSCATEGORY_VIDEO_CAMERA            STATIC_GUID_NULL
#define STATIC_PINNAME_VIDEO_CAPTURE              STATIC_GUID_NULL
#define STATIC_PINNAME_VIDEO_PREVIEW              STATIC_GUID_NULL
#define STATIC_PINNAME_VIDEO_STILL                STATIC_GUID_NULL
#define STATIC_PINNAME_IMAGE                      STATIC_GUID_NULL

DEFINE_GUIDEX(KSDATAFORMAT_SPECIFIER_VIDEOINFO2);
DEFINE_GUIDEX(KSDATAFORMAT_SPECIFIER_IMAGE);
DEFINE_GUIDEX(PINNAME_IMAGE);

/* ---- Bitmap helpers ---------------------------------------------------- */

#define KS_BI_RGB        0L
#define KS_BI_RLE8       1L
#define KS_BI_RLE4       2L
#define KS_BI_BITFIELDS  3L
#define KS_BI_JPEG       4L

#define KS_DIBWIDTHBYTES(bi) \
    (DWORD)((((DWORD)(bi).biWidth * (DWORD)(bi).biBitCount + 31) & ~31U) / 8)
#define KS_DIBSIZE(bi) \
    ((bi).biHeight < 0 \
        ? (DWORD)(-(bi).biHeight) * KS_DIBWIDTHBYTES(bi) \
        : (DWORD)(bi).biHeight * KS_DIBWIDTHBYTES(bi))

/* Size of a KS_VIDEOINFOHEADER before its bitmap header, and of a whole
   header whose bitmap header is biSize bytes long. */
#define KS_SIZE_PREHEADER (FIELD_OFFSET(KS_VIDEOINFOHEADER, bmiHeader))
#define KS_SIZE_VIDEOHEADER(pbmi) ((pbmi)->bmiHeader.biSize + KS_SIZE_PREHEADER)

/* ---- Analog video standards -------------------------------------------- */

typedef enum {
    KS_AnalogVideo_None = 0x00000000,
    KS_AnalogVideo_NTSC_M = 0x00000001,
    KS_AnalogVideo_NTSC_M_J = 0x00000002,
    KS_AnalogVideo_NTSC_433 = 0x00000004,
    KS_AnalogVideo_PAL_B = 0x00000010,
    KS_AnalogVideo_PAL_D = 0x00000020,
    KS_AnalogVideo_PAL_G = 0x00000040,
    KS_AnalogVideo_PAL_H = 0x00000080,
    KS_AnalogVideo_PAL_I = 0x00000100,
    KS_AnalogVideo_PAL_M = 0x00000200,
    KS_AnalogVideo_PAL_N = 0x00000400,
    KS_AnalogVideo_PAL_60 = 0x00000800,
    KS_AnalogVideo_SECAM_B = 0x00001000,
    KS_AnalogVideo_SECAM_D = 0x00002000,
    KS_AnalogVideo_SECAM_G = 0x00004000,
    KS_AnalogVideo_SECAM_H = 0x00008000,
    KS_AnalogVideo_SECAM_K = 0x00010000,
    KS_AnalogVideo_SECAM_K1 = 0x00020000,
    KS_AnalogVideo_SECAM_L = 0x00040000,
    KS_AnalogVideo_SECAM_L1 = 0x00080000,
    KS_AnalogVideo_PAL_N_COMBO = 0x00100000
} KS_AnalogVideoStandard;

/* ---- Interlaced video info header -------------------------------------- */

typedef struct tagKS_VIDEOINFOHEADER2 {
    RECT rcSource;
    RECT rcTarget;
    DWORD dwBitRate;
    DWORD dwBitErrorRate;
    REFERENCE_TIME AvgTimePerFrame;
    DWORD dwInterlaceFlags;
    DWORD dwCopyProtectFlags;
    DWORD dwPictAspectRatioX;
    DWORD dwPictAspectRatioY;
    union {
        DWORD dwControlFlags;
        DWORD dwReserved1;
    };
    DWORD dwReserved2;
    KS_BITMAPINFOHEADER bmiHeader;
} KS_VIDEOINFOHEADER2, *PKS_VIDEOINFOHEADER2;

typedef struct tagKS_DATARANGE_VIDEO2 {
    KSDATARANGE DataRange;
    BOOL bFixedSizeSamples;
    BOOL bTemporalCompression;
    DWORD StreamDescriptionFlags;
    DWORD MemoryAllocationFlags;
    KS_VIDEO_STREAM_CONFIG_CAPS ConfigCaps;
    KS_VIDEOINFOHEADER2 VideoInfoHeader;
} KS_DATARANGE_VIDEO2, *PKS_DATARANGE_VIDEO2;

typedef struct tagKS_DATAFORMAT_VIDEOINFOHEADER2 {
    KSDATAFORMAT DataFormat;
    KS_VIDEOINFOHEADER2 VideoInfoHeader2;
} KS_DATAFORMAT_VIDEOINFOHEADER2, *PKS_DATAFORMAT_VIDEOINFOHEADER2;

/* ---- Still images ------------------------------------------------------ */

typedef struct tagKS_DATARANGE_IMAGE {
    KSDATARANGE DataRange;
    KS_VIDEO_STREAM_CONFIG_CAPS ConfigCaps;
    KS_BITMAPINFOHEADER ImageInfoHeader;
} KS_DATARANGE_IMAGE, *PKS_DATARANGE_IMAGE;

typedef struct tagKS_DATAFORMAT_IMAGEINFO {
    KSDATAFORMAT DataFormat;
    KS_BITMAPINFOHEADER ImageInfoHeader;
} KS_DATAFORMAT_IMAGEINFO, *PKS_DATAFORMAT_IMAGEINFO;

/* ---- Frame information (follows a video stream header) ----------------- */

#define KS_VIDEO_FLAG_FRAME          0x0000L
#define KS_VIDEO_FLAG_FIELD1         0x0001L
#define KS_VIDEO_FLAG_FIELD2         0x0002L
#define KS_VIDEO_FLAG_I_FRAME        0x0000L
#define KS_VIDEO_FLAG_P_FRAME        0x0010L
#define KS_VIDEO_FLAG_B_FRAME        0x0020L
#define KS_VIDEO_FLAG_TYPEMASK       0x0030L
#define KS_VIDEO_FLAG_REPEAT_FIELD   0x0040L

typedef struct tagKS_FRAME_INFO {
    ULONG ExtendedHeaderSize;
    DWORD dwFrameFlags;
    LONGLONG PictureNumber;
    LONGLONG DropCount;
    HANDLE hDirectDraw;
    HANDLE hSurfaceHandle;
    RECT DirectDrawRect;
    union {
        LONG lSurfacePitch;
        ULONG Reserved1;
    };
    ULONG Reserved2;
    union {
        struct {
            ULONG Reserved3;
            ULONG Reserved4;
        };
        ULONGLONG FrameCompletionNumber;
    };
} KS_FRAME_INFO, *PKS_FRAME_INFO;

#endif /* _HVCILINT_KSMEDIA_VIDEO_H */
