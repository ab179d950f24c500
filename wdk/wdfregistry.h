/*
 * wdfregistry.h - hvcilint's compact stand-in for KMDF registry keys.
 * Written for hvcilint from public facts (hvci-facts.md 2.7), not taken
 * from the WDK.  Left out: key creation/enumeration, string/multi-string
 * queries, value assignment.
 */
#pragma once
#ifndef _WDFREGISTRY_H_
#define _WDFREGISTRY_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

VOID WdfRegistryClose(_In_ WDFKEY Key);
NTSTATUS WdfRegistryQueryULong(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName,
                               _Out_ PULONG Value);

/* PoolType (2) decides. */
NTSTATUS WdfRegistryQueryMemory(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
    _Out_ WDFMEMORY *Memory,
    _Out_opt_ PULONG ValueType);

WDF_EXTERN_C_END

#endif /* _WDFREGISTRY_H_ */
