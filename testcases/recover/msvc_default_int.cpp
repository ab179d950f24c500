// C++: a declaration with no type (`const DebugLevel = 1;`), which MSVC
// compiles as an int and clang rejects: the unit is parsed again from a
// copy with `int` written over the `const`, and the code that reads the
// name is checked.  A declaration with no `const` to write over keeps its
// error.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 1'
#include <ntddk.h>

const DebugLevel = 1; // expected-note {{a declaration without a type, which MSVC compiles as an int and clang does not; analysed as an int}}
static Verbose = 0; // expected-note {{1 parse error in this translation unit (first: a type specifier is required for all declarations); findings cover the code that parsed}}

PVOID Allocate(SIZE_T Length)
{
	if (DebugLevel > 0)
		DbgPrint("allocating %Iu bytes\n", Length);
	return ExAllocatePoolWithTag(NonPagedPool, Length, 'gbeD'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
