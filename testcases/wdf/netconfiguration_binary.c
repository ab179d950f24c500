// NetAdapterCx NetConfigurationQueryBinary with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <netconfiguration.h>

NTSTATUS ReadBlob(NETCONFIGURATION cfg, PCUNICODE_STRING name, WDFMEMORY *mem)
{
	return NetConfigurationQueryBinary(cfg, name, NonPagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem); // expected-warning {{'NetConfigurationQueryBinary' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
