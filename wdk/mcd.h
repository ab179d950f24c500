/*
 * mcd.h - hvcilint's compact stand-in for the media changer class header.
 * Written for hvcilint from public facts (hvci-facts.md 2.6), not taken
 * from the WDK.  Left out: everything but the pool routines.
 */
#pragma once
#ifndef _MCD_H_
#define _MCD_H_

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

/* PoolType (0) decides. */
PVOID NTAPI ChangerClassAllocatePool(_In_ POOL_TYPE PoolType, _In_ ULONG NumberOfBytes);
VOID NTAPI ChangerClassFreePool(_In_ PVOID PoolToFree);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _MCD_H_ */
