/*
 * dmusicks.h - hvcilint's compact stand-in for the DirectMusic kernel
 * miniport header.  Written for hvcilint from public facts (hvci-facts.md
 * 2.6), not taken from the WDK.  C++ only for the interface; left out:
 * the MXF/allocator/clock interface methods, DMus events.
 */
#pragma once
#ifndef _DMUSICKS_
#define _DMUSICKS_

#include <portcls.h>

typedef struct IMXF *PMXF;
typedef struct IAllocatorMXF *PAllocatorMXF;
typedef struct IMasterClock *PMASTERCLOCK;
typedef struct IPortDMus *PPORTDMUS;
typedef struct IMiniportDMus *PMINIPORTDMUS;

typedef enum {
    DMUS_STREAM_MIDI_INVALID = -1,
    DMUS_STREAM_MIDI_RENDER = 0,
    DMUS_STREAM_MIDI_CAPTURE,
    DMUS_STREAM_WAVE_SINK
} DMUS_STREAM_TYPE;

#ifdef __cplusplus
struct DECLSPEC_NOVTABLE IMiniportDMus : public IMiniport {
    STDMETHOD_(NTSTATUS, Init)(PUNKNOWN UnknownAdapter, PRESOURCELIST ResourceList,
                               PPORTDMUS Port, PSERVICEGROUP *ServiceGroup) PURE;
    STDMETHOD_(void, Service)(THIS) PURE;
    /* PoolType (2) decides. */
    STDMETHOD_(NTSTATUS, NewStream)(
        _Out_ PMXF *MXF,
        _In_opt_ PUNKNOWN OuterUnknown,
        _In_ POOL_TYPE PoolType,
        _In_ ULONG PinID,
        _In_ DMUS_STREAM_TYPE StreamType,
        _In_ PKSDATAFORMAT DataFormat,
        _Out_ PSERVICEGROUP *ServiceGroup,
        _In_ PAllocatorMXF AllocatorMXF,
        _In_ PMASTERCLOCK MasterClock,
        _Out_ PULONGLONG SchedulePreFetch) PURE;
};
#endif

#endif /* _DMUSICKS_ */
