// A compile command with -fplugin=... is analysed; the plugin option is dropped with a tool warning.
// RUN: %hvcilint check --verify %s -- -fplugin=/nonexistent.so
// expected-warning@1 {{dropped compile command options}}
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'gulP'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
