// An ARM64 build gets POOL_NX_OPTIN_AUTO from the header: NonPagedPool is NX, NonPagedPoolExecute is not.
// RUN: %hvcilint check --verify %s -- --target=aarch64-pc-windows-msvc
#include <ntddk.h>

void Arm64(PMDL mdl, SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'MRAx');
	out[1] = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
	out[2] = ExAllocatePoolWithTag(NonPagedPoolExecute, n, 'MRAx'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
	out[3] = ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, n, 'MRAx'); // expected-warning {{pool flags 'POOL_FLAG_NON_PAGED_EXECUTE' (0x80) [hvci-exec-pool]}}
}
