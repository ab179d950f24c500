/*
 * video.h - hvcilint's compact stand-in for the video miniport header.
 *
 * Written for hvcilint from public facts (hvci-facts.md 2.6, 3.9), not
 * taken from the WDK.  VP_POOL_TYPE has no NX member; whether
 * VpNonPagedPool is executable is unconfirmed.  Left out: everything but
 * the pool routines and basic status type.
 */
#pragma once
#ifndef __VIDEO_H__
#define __VIDEO_H__

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define VIDEOPORT_API DECLSPEC_IMPORT

typedef LONG VP_STATUS, *PVP_STATUS;

typedef enum _VP_POOL_TYPE {
    VpNonPagedPool = 0,
    VpPagedPool = 1,
    VpNonPagedPoolCacheAligned = 4,
    VpPagedPoolCacheAligned = 5
} VP_POOL_TYPE, *PVP_POOL_TYPE;

/* PoolType (1) is the pool selector. */
VIDEOPORT_API PVOID NTAPI VideoPortAllocatePool(
    _In_ PVOID HwDeviceExtension,
    _In_ VP_POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);
VIDEOPORT_API VOID NTAPI VideoPortFreePool(_In_ PVOID HwDeviceExtension, _In_ PVOID Ptr);
VIDEOPORT_API VOID __HVCI_CDECL VideoPortDebugPrint(_In_ ULONG DebugPrintLevel,
                                                    _In_ PCSTR DebugMessage, ...);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __VIDEO_H__ */
