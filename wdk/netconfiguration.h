/*
 * netconfiguration.h - hvcilint's compact stand-in for the NetAdapterCx
 * configuration header.  Written for hvcilint from public facts
 * (hvci-facts.md 2.7), not taken from the WDK.  Left out: everything but
 * opening/closing and the binary query.
 */
#pragma once
#ifndef _NETCONFIGURATION_H_
#define _NETCONFIGURATION_H_

#include <wdf.h>

WDF_EXTERN_C_START

WDF_DECLARE_HANDLE(NETCONFIGURATION);
WDF_DECLARE_HANDLE(NETADAPTER);

VOID NetConfigurationClose(_In_ NETCONFIGURATION Configuration);

/* PoolType (2) decides. */
NTSTATUS NetConfigurationQueryBinary(
    _In_ NETCONFIGURATION Configuration,
    _In_ PCUNICODE_STRING ValueName,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
    _Out_ WDFMEMORY *Memory);

WDF_EXTERN_C_END

#endif /* _NETCONFIGURATION_H_ */
