// `EXTERN_C static` (a linkage specification on a static function), which
// MSVC accepts and clang rejects: the unit is parsed again from a copy with
// the `extern "C"` blanked, whether written out or through EXTERN_C, and
// the functions are checked.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

EXTERN_C static PVOID AllocTrampoline(SIZE_T Size); // expected-note {{'extern "C"' on a static declaration, which MSVC accepts and clang does not; analysed as a static declaration}}
extern "C" static VOID FreeTrampoline(PVOID Va); // expected-note {{'extern "C"' on a static declaration, which MSVC accepts and clang does not; analysed as a static declaration}}

EXTERN_C static PVOID AllocTrampoline(SIZE_T Size) // expected-note {{'extern "C"' on a static declaration, which MSVC accepts and clang does not; analysed as a static declaration}}
{
	return ExAllocatePoolWithTag(NonPagedPoolExecute, Size, 'pmrT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}

extern "C" static VOID FreeTrampoline(PVOID Va) // expected-note {{'extern "C"' on a static declaration, which MSVC accepts and clang does not; analysed as a static declaration}}
{
	ExFreePoolWithTag(Va, 'pmrT');
}
