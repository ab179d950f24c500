// A kernel unit whose command says so (/kernel) is analysed even when a
// header it includes drags in windows.h-style names.
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /D_AMD64_
#include <ntddk.h>
#include <windows.h> // expected-note {{#include 'windows.h' was not found; analysed with an empty stand-in for it [hvcilint]}}

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'nwxK'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
