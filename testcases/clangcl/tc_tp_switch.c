// clang-cl commands that state the language with /TC or /TP, given on the
// command line and through a compile database: libclang must accept both.
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /TC /W4 /c
// RUN: %hvcilint check --verify %s -- clang-cl /kernel -TP /c
// RUN: d=$(mktemp -d) && echo '[{"directory":"%S","file":"%s","arguments":["clang-cl","/kernel","/TC","/c","%s"]}]' >"$d/compile_commands.json" && %hvcilint check --verify --no-db -p "$d" %s; r=$?; rm -rf "$d"; exit $r
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'lcgC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
