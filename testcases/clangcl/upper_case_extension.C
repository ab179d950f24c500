// A cl command for a source named X.C: cl compiles it as C, as a Windows
// file system does not tell .C from .c, so this unit (which uses C++
// keywords as names) parses as C, not as C++ as the clang driver would.
// RUN: %hvcilint check --verify %s -- cl.exe /kernel /c
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- cl.exe /kernel /c | grep -q '"parse_errors": 0'
#include <ntddk.h>

PVOID Alloc(SIZE_T new)
{
	PVOID class = ExAllocatePoolWithTag(NonPagedPool, new, 'weN'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return class;
}
