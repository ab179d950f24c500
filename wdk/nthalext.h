/*
 * nthalext.h - hvcilint's compact stand-in for the HAL extension header.
 * Written for hvcilint from public facts (hvci-facts.md 2.8), not taken
 * from the WDK.  Left out: everything but the I/O-space mapping routines.
 */
#pragma once
#ifndef _NTHALEXT_
#define _NTHALEXT_

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Like MmMapIoSpace (executability unconfirmed). */
PVOID NTAPI HalMapIoSpace(
    _In_ PHYSICAL_ADDRESS PhysicalAddress,
    _In_ SIZE_T NumberOfBytes,
    _In_ MEMORY_CACHING_TYPE CacheType);
VOID NTAPI HalUnmapIoSpace(_In_ PVOID VirtualAddress, _In_ SIZE_T NumberOfBytes);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _NTHALEXT_ */
