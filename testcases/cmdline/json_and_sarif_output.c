// JSON and SARIF output carry the rule id of the finding.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --format json %s -- | grep -q 'hvci-exec-protect'
// RUN: %hvcilint check --format sarif %s -- | grep -q '"ruleId": "hvci-exec-protect"'
#include <wdm.h>

PVOID Map(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	return MmMapIoSpaceEx(pa, n, PAGE_EXECUTE_READ); // expected-warning {{protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
}
