// C: a variable a header declares volatile and the unit defines without the
// qualifier (`__volatile extern PMDL ReserveMdl;`, then `PMDL ReserveMdl =
// NULL;`), which MSVC compiles and clang rejects as a redefinition: the
// unit is parsed again with the qualifier blanked in a copy of the header,
// which is read here through a name in another case, and the function
// after it is checked.
// RUN: %hvcilint check --verify %s -- -I%S/../include
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- -I%S/../include | grep -q '"parse_errors": 0'
#include <ntddk.h>
#include "reservemdl.h"

PMDL ReserveMdl = NULL; // expected-note {{'ReserveMdl' is declared volatile and defined without it, which MSVC accepts and clang does not; analysed without the qualifier}}

PVOID Reserve(SIZE_T Length)
{
	return ExAllocatePoolWithTag(NonPagedPool, Length, 'vseR'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
