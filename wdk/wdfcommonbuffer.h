/*
 * wdfcommonbuffer.h - hvcilint's compact stand-in for KMDF common buffers.
 * Written for hvcilint from the public KMDF documentation, not taken from
 * the WDK.  Common buffers come from the DMA adapter, never from a pool
 * type the caller chooses, so no argument here decides executability.
 */
#pragma once
#ifndef _WDFCOMMONBUFFER_H_
#define _WDFCOMMONBUFFER_H_

#include <wdfdmaenabler.h>

WDF_EXTERN_C_START

typedef struct _WDF_COMMON_BUFFER_CONFIG {
    ULONG Size;
    ULONG AlignmentRequirement;
} WDF_COMMON_BUFFER_CONFIG, *PWDF_COMMON_BUFFER_CONFIG;

FORCEINLINE VOID WDF_COMMON_BUFFER_CONFIG_INIT(_Out_ PWDF_COMMON_BUFFER_CONFIG Config,
                                               _In_ ULONG AlignmentRequirement)
{
    RtlZeroMemory(Config, sizeof(WDF_COMMON_BUFFER_CONFIG));
    Config->Size = sizeof(WDF_COMMON_BUFFER_CONFIG);
    Config->AlignmentRequirement = AlignmentRequirement;
}

NTSTATUS WdfCommonBufferCreate(_In_ WDFDMAENABLER DmaEnabler, _In_ size_t Length,
                               _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                               _Out_ WDFCOMMONBUFFER *CommonBuffer);
NTSTATUS WdfCommonBufferCreateWithConfig(_In_ WDFDMAENABLER DmaEnabler, _In_ size_t Length,
                                         _In_ PWDF_COMMON_BUFFER_CONFIG Config,
                                         _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                         _Out_ WDFCOMMONBUFFER *CommonBuffer);
PVOID WdfCommonBufferGetAlignedVirtualAddress(_In_ WDFCOMMONBUFFER CommonBuffer);
PHYSICAL_ADDRESS WdfCommonBufferGetAlignedLogicalAddress(_In_ WDFCOMMONBUFFER CommonBuffer);
size_t WdfCommonBufferGetLength(_In_ WDFCOMMONBUFFER CommonBuffer);

WDF_EXTERN_C_END

#endif /* _WDFCOMMONBUFFER_H_ */
