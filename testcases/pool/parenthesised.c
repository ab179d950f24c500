// A parenthesised pool type is evaluated like the bare name.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocParen(SIZE_T n)
{
	return ExAllocatePoolWithTag((NonPagedPool), n, 'nraP'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type '(NonPagedPool)' (0) [hvci-exec-pool]}}
}

PVOID AllocParenNx(SIZE_T n)
{
	return ExAllocatePoolWithTag(((NonPagedPoolNx)), n, 'nraP');
}
