// POOL_NX_OPTIN_AUTO=1 does not touch NonPagedPoolExecute, MustSucceed, POOL_FLAGS, numbers, protections or always-executable APIs.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN_AUTO=1
#include <ntddk.h>

void StillExecutable(PHYSICAL_ADDRESS pa, PMDL mdl, SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPoolExecute, n, 'cexE'); // expected-warning {{pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
	out[1] = ExAllocatePoolWithTag(NonPagedPoolMustSucceed, n, 'cexE'); // expected-warning {{pool type 'NonPagedPoolMustSucceed' (2) [hvci-exec-pool]}}
	out[2] = ExAllocatePoolWithTag(0, n, 'cexE'); // expected-warning {{pool type '0' (0) [hvci-exec-pool]}}
	out[3] = ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, n, 'cexE'); // expected-warning {{pool flags 'POOL_FLAG_NON_PAGED_EXECUTE' (0x80) [hvci-exec-pool]}}
	out[4] = MmMapIoSpace(pa, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
	out[5] = MmMapLockedPages(mdl, KernelMode); // expected-warning {{'MmMapLockedPages' always returns executable memory [hvci-exec-api]}}
	out[6] = MmMapIoSpaceEx(pa, n, PAGE_EXECUTE_READWRITE); // expected-warning {{protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
}
