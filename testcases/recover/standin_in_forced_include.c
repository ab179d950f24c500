// A name first used in a forced include (a precompiled header given with
// /FI) gets its stand-in before that header is read, so the unit parses
// without an error: the JSON report counts none.  The note is in the header
// (line 0 here).
// expected-note@0 {{1 name this unit uses is declared nowhere (first: 'VENDOR_MODE')}}
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /FI%S/../include/pch_unknown_type.h
// RUN: %hvcilint check --format json %s -- clang-cl /kernel /FI%S/../include/pch_unknown_type.h | grep -q '"parse_errors": 0,'
// With /TC before it, as project files' commands have it:
// RUN: %hvcilint check --format json %s -- clang-cl /kernel /TC /FI%S/../include/pch_unknown_type.h | grep -q '"parse_errors": 0,'

PVOID AllocConfig(PDEV_CONFIG Config)
{
	return ExAllocatePoolWithTag(NonPagedPool, Config->Port, 'gfCD'); // expected-warning {{pool type 'NonPagedPool' (0)}}
}
