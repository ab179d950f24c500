// A driver that declares ZwProtectVirtualMemory itself (no WDK declaration) is still checked.
// RUN: %hvcilint check --verify %s --
typedef unsigned long ULONG, *PULONG;
typedef void *PVOID, *HANDLE;
typedef unsigned long long SIZE_T, *PSIZE_T;
typedef long NTSTATUS;
#define PAGE_EXECUTE_READWRITE 0x40
#define PAGE_READWRITE 0x04

NTSTATUS __stdcall ZwProtectVirtualMemory(HANDLE ProcessHandle, PVOID *BaseAddress, PSIZE_T RegionSize, ULONG NewProtect, PULONG OldProtect);

NTSTATUS Unprotect(HANDLE proc, PVOID *base, PSIZE_T size)
{
	ULONG old;
	ZwProtectVirtualMemory(proc, base, size, PAGE_READWRITE, &old);
	return ZwProtectVirtualMemory(proc, base, size, PAGE_EXECUTE_READWRITE, &old); // expected-warning {{'ZwProtectVirtualMemory' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
}
