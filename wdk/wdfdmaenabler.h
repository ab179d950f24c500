/*
 * wdfdmaenabler.h - hvcilint's compact stand-in for KMDF DMA enablers.
 * Written for hvcilint from the public KMDF documentation
 * (WDF_DMA_ENABLER_CONFIG, WDF_DMA_PROFILE, WdfDmaEnabler*), not taken
 * from the WDK.  The WDM DMA adapter is named by its structure tag.
 * Left out: system-mode DMA descriptors.
 */
#pragma once
#ifndef _WDFDMAENABLER_H_
#define _WDFDMAENABLER_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

struct _DMA_ADAPTER;

typedef enum _WDF_DMA_PROFILE {
    WdfDmaProfileInvalid = 0,
    WdfDmaProfilePacket,
    WdfDmaProfileScatterGather,
    WdfDmaProfilePacket64,
    WdfDmaProfileScatterGather64,
    WdfDmaProfileScatterGatherDuplex,
    WdfDmaProfileScatterGather64Duplex,
    WdfDmaProfileSystem,
    WdfDmaProfileSystemDuplex
} WDF_DMA_PROFILE;

typedef enum _WDF_DMA_DIRECTION {
    WdfDmaDirectionReadFromDevice = FALSE,
    WdfDmaDirectionWriteToDevice = TRUE
} WDF_DMA_DIRECTION;

typedef enum _WDF_DMA_ENABLER_CONFIG_FLAGS {
    WDF_DMA_ENABLER_CONFIG_NO_SGLIST_PREALLOCATION = 0x00000001,
    WDF_DMA_ENABLER_CONFIG_REQUIRE_SINGLE_TRANSFER = 0x00000002
} WDF_DMA_ENABLER_CONFIG_FLAGS;

typedef NTSTATUS EVT_WDF_DMA_ENABLER_FILL(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FILL *PFN_WDF_DMA_ENABLER_FILL;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_FLUSH(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FLUSH *PFN_WDF_DMA_ENABLER_FLUSH;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_ENABLE(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_ENABLE *PFN_WDF_DMA_ENABLER_ENABLE;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_DISABLE(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_DISABLE *PFN_WDF_DMA_ENABLER_DISABLE;
typedef VOID EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START;
typedef VOID EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP;

typedef struct _WDF_DMA_ENABLER_CONFIG {
    ULONG Size;
    WDF_DMA_PROFILE Profile;
    size_t MaximumLength;
    PFN_WDF_DMA_ENABLER_FILL EvtDmaEnablerFill;
    PFN_WDF_DMA_ENABLER_FLUSH EvtDmaEnablerFlush;
    PFN_WDF_DMA_ENABLER_DISABLE EvtDmaEnablerDisable;
    PFN_WDF_DMA_ENABLER_ENABLE EvtDmaEnablerEnable;
    PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START EvtDmaEnablerSelfManagedIoStart;
    PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP EvtDmaEnablerSelfManagedIoStop;
    ULONG AddressWidthOverride;
    ULONG WdmDmaVersionOverride;
    ULONG Flags;
} WDF_DMA_ENABLER_CONFIG, *PWDF_DMA_ENABLER_CONFIG;

FORCEINLINE VOID WDF_DMA_ENABLER_CONFIG_INIT(_Out_ PWDF_DMA_ENABLER_CONFIG Config,
                                             _In_ WDF_DMA_PROFILE Profile,
                                             _In_ size_t MaximumLength)
{
    RtlZeroMemory(Config, sizeof(WDF_DMA_ENABLER_CONFIG));
    Config->Size = sizeof(WDF_DMA_ENABLER_CONFIG);
    Config->Profile = Profile;
    Config->MaximumLength = MaximumLength;
}

NTSTATUS WdfDmaEnablerCreate(_In_ WDFDEVICE Device, _In_ PWDF_DMA_ENABLER_CONFIG Config,
                             _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                             _Out_ WDFDMAENABLER *DmaEnablerHandle);
size_t WdfDmaEnablerGetMaximumLength(_In_ WDFDMAENABLER DmaEnabler);
size_t WdfDmaEnablerGetMaximumScatterGatherElements(_In_ WDFDMAENABLER DmaEnabler);
VOID WdfDmaEnablerSetMaximumScatterGatherElements(_In_ WDFDMAENABLER DmaEnabler,
                                                  _In_ size_t MaximumFragments);
size_t WdfDmaEnablerGetFragmentLength(_In_ WDFDMAENABLER DmaEnabler,
                                      _In_ WDF_DMA_DIRECTION DmaDirection);
struct _DMA_ADAPTER *WdfDmaEnablerWdmGetDmaAdapter(_In_ WDFDMAENABLER DmaEnabler,
                                                   _In_ WDF_DMA_DIRECTION DmaDirection);

WDF_EXTERN_C_END

#endif /* _WDFDMAENABLER_H_ */
