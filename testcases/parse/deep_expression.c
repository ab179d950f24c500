// An expression thousands of levels deep (a long chain of `+`, which clang
// parses without recursing) must not overflow the worker's stack: the
// walker stops at its depth limit and says where, and the call inside the
// chain is still checked, from its tokens.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#define A4 a + a + a + a
#define A16 A4 + A4 + A4 + A4
#define A256 A16 + A16 + A16 + A16 + A16 + A16 + A16 + A16 + A16 + A16 + A16 + A16 + A16 + A16 + A16 + A16
#define A4096 A256 + A256 + A256 + A256 + A256 + A256 + A256 + A256 + A256 + A256 + A256 + A256 + A256 + A256 + A256 + A256

ULONG Sum(ULONG a)
{
	return (ULONG)(ULONG_PTR)ExAllocatePoolWithTag(NonPagedPool, 8, 'peeD') + A4096 + A4096; // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}} expected-note {{nests too deeply for the walker}}
}

PVOID Shallow(VOID)
{
	return ExAllocatePoolWithTag(NonPagedPool, 8, 'peeD'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
