// A clang-cl command with /clang:-fplugin=... is analysed; the plugin option is dropped.
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /clang:-fplugin=/nonexistent.so
// expected-warning@1 {{dropped compile command options}}
#include <ntddk.h>

PVOID Alloc(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	return MmMapIoSpace(pa, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
}
