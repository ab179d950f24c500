/*
 * mmreg.h - hvcilint's stand-in for the wave-format part of the SDK's
 * multimedia registration header, which kernel audio drivers include
 * (portcls.h does) for the format structures.  Written for hvcilint from
 * the public reference pages of WAVEFORMAT, PCMWAVEFORMAT, WAVEFORMATEX
 * and WAVEFORMATEXTENSIBLE (learn.microsoft.com, mmreg.h section), not
 * taken from the SDK.  The structures are byte-packed, as the SDK's are
 * (WAVEFORMATEX is 18 bytes).
 *
 * Declares: the PCM, IEEE-float and extensible format tags, WAVEFORMAT,
 * PCMWAVEFORMAT, WAVEFORMATEX and WAVEFORMATEXTENSIBLE with their pointer
 * names, under the guards the SDK uses, so that ksmedia.h and a real
 * header can meet.  Left out: the hundreds of registered vendor format
 * tags and their structures, and the RIFF, bitmap and MIDI parts.
 */
#pragma once
#ifndef HVCILINT_MMREG_H
#define HVCILINT_MMREG_H

#include <wdm.h>

#ifndef WAVE_FORMAT_PCM
#define WAVE_FORMAT_PCM 1
#endif
#ifndef WAVE_FORMAT_IEEE_FLOAT
#define WAVE_FORMAT_IEEE_FLOAT 0x0003
#endif
#ifndef WAVE_FORMAT_EXTENSIBLE
#define WAVE_FORMAT_EXTENSIBLE 0xFFFE
#endif

#include <pshpack1.h>

#ifndef _WAVEFORMAT_
#define _WAVEFORMAT_
typedef struct waveformat_tag {
    USHORT wFormatTag;
    USHORT nChannels;
    ULONG nSamplesPerSec;
    ULONG nAvgBytesPerSec;
    USHORT nBlockAlign;
} WAVEFORMAT, *PWAVEFORMAT, *NPWAVEFORMAT, *LPWAVEFORMAT;

typedef struct pcmwaveformat_tag {
    WAVEFORMAT wf;
    USHORT wBitsPerSample;
} PCMWAVEFORMAT, *PPCMWAVEFORMAT, *NPPCMWAVEFORMAT, *LPPCMWAVEFORMAT;
#endif

#ifndef _WAVEFORMATEX_
#define _WAVEFORMATEX_
typedef struct tWAVEFORMATEX {
    USHORT wFormatTag;
    USHORT nChannels;
    ULONG nSamplesPerSec;
    ULONG nAvgBytesPerSec;
    USHORT nBlockAlign;
    USHORT wBitsPerSample;
    USHORT cbSize;
} WAVEFORMATEX, *PWAVEFORMATEX, *NPWAVEFORMATEX, *LPWAVEFORMATEX;
typedef const WAVEFORMATEX *PCWAVEFORMATEX;
#endif

#ifndef _WAVEFORMATEXTENSIBLE_
#define _WAVEFORMATEXTENSIBLE_
typedef struct {
    WAVEFORMATEX Format;
    union {
        USHORT wValidBitsPerSample;
        USHORT wSamplesPerBlock;
        USHORT wReserved;
    } Samples;
    ULONG dwChannelMask;
    GUID SubFormat;
} WAVEFORMATEXTENSIBLE, *PWAVEFORMATEXTENSIBLE;
typedef const WAVEFORMATEXTENSIBLE *PCWAVEFORMATEXTENSIBLE;
#endif

#include <poppack.h>

#endif /* HVCILINT_MMREG_H */
