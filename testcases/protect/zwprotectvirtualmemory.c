// ZwProtectVirtualMemory (undocumented, declared in ntifs.h here) switching memory to PAGE_EXECUTE_READ.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

NTSTATUS MakeExecutable(PVOID *base, PSIZE_T size)
{
	ULONG old;
	return ZwProtectVirtualMemory(ZwCurrentProcess(), base, size, PAGE_EXECUTE_READ, &old); // expected-warning {{'ZwProtectVirtualMemory' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
}
