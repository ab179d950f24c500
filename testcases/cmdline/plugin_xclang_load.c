// A compile command with -Xclang -load -Xclang lib.so is analysed; the plugin is dropped with a tool warning.
// RUN: %hvcilint check --verify %s -- -Xclang -load -Xclang /nonexistent.so
// expected-warning@1 {{'-Xclang -load' '-Xclang /nonexistent.so'}}
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'gulP'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
