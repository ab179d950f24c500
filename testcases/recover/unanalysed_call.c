// A call that neither the AST (the code around it did not parse) nor its
// tokens (the protection is a run-time value) can decide is never passed
// off as clean: a warning at the call (not a finding), the run summary,
// exit 2, and with --allow-partial the exit code the findings give.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db %s -- 2>/dev/null | grep -c "^.*unanalysed_call.c:18:9: warning: call of 'MmMapIoSpaceEx' was not analysed: the code around it did not parse (line 18:24: .*) \[hvci-coverage\]$" | grep -qx 1
// RUN: %hvcilint check --no-db %s -- 2>/dev/null | tail -1 | grep -qx 'hvcilint: 1 of 2 affected calls analysed, 1 not analysed in 1 file; 2 of 2 functions parsed'
// RUN: %hvcilint check --no-db %s -- 2>&1 >/dev/null | grep -q "unanalysed_call.c:18: error: 1 affected call was not analysed .*--allow-partial"
// RUN: %hvcilint check --no-db %s -- >/dev/null 2>&1; test $? -eq 2
// RUN: %hvcilint check --no-db --fail-on none %s -- >/dev/null 2>&1; test $? -eq 2
// RUN: %hvcilint check --no-db --allow-partial %s -- >/dev/null; test $? -eq 0
// RUN: %hvcilint check --no-db --allow-partial %s -- | tail -1 | grep -q '1 not analysed in 1 file'
// RUN: %hvcilint check --no-db --format=sarif %s -- 2>/dev/null | grep -q '"executionSuccessful": false'
#include <ntddk.h>

PVOID MapBar(SIZE_T n, ULONG Protect)
{
	return MmMapIoSpaceEx(VENDOR_BAR0, n, Protect); // expected-note {{declared nowhere (first: 'VENDOR_BAR0')}} expected-note {{parse error}}
}

PVOID Buffer(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPoolNx, n, 'fuB');
}
