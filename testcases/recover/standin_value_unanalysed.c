// A decisive argument built from a name the unit never declares (a pool
// type macro the database did not define) has no value anyone knows: the
// call is reported as not analysed, never passed off as safe, and never
// reported as executable on a stand-in's account.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db %s -- 2>/dev/null | grep -q "standin_value_unanalysed.c:13:9: warning: call of 'ExAllocatePoolWithTag' was not analysed: its argument 'DRV_POOL | 0' is built from a name the unit never declares, so its value is unknown \[hvci-coverage\]"
// RUN: %hvcilint check --no-db %s -- >/dev/null 2>&1; test $? -eq 2
// RUN: %hvcilint check --no-db --allow-partial %s -- >/dev/null 2>&1; test $? -eq 0
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(DRV_POOL | 0, n, 'lPrD'); // expected-note {{1 name this unit uses is declared nowhere (first: 'DRV_POOL'); analysed with stand-in declarations}}
}

PVOID AllocNx(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPoolNx, n, 'lPrD');
}
