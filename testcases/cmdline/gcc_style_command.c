// A gcc-named compiler with a Windows target is analysed like clang.
// RUN: %hvcilint check --verify %s -- x86_64-w64-mingw32-gcc -c -O2 -DNDEBUG
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'wgnM'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
