// Pragma text inside comments and string literals is not a pragma and suppresses nothing.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

/* Old build used: #pragma warning(disable: 30030) */
// #pragma warning(disable: 30029)
static const char g_Doc[] = "#pragma prefast(suppress: 30030, \"doc\")";

PVOID Map(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	PVOID a = MmMapIoSpaceEx(pa, n, PAGE_EXECUTE_READ); // expected-warning {{protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
	PVOID b = MmMapIoSpace(pa, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
	(void)g_Doc;
	return a ? a : b;
}
