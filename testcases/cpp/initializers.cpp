// Calls outside function bodies proper: constructor member initializers,
// default member initializers, lambdas and the dynamic initialisers of
// globals and static members run code too, and are checked like a body.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

class Page {
	PVOID page;
	PVOID spare = ExAllocatePoolWithTag(NonPagedPool, 64, 'egaP'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	PVOID safe = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'egaP');
	static PVOID shared;

public:
	Page() : page(ExAllocatePoolWithTag(NonPagedPool, PAGE_SIZE, 'egaP')) {} // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	explicit Page(SIZE_T n) : page(ExAllocatePoolWithTag(NonPagedPoolNx, n, 'egaP')) {}
};

PVOID Page::shared = ExAllocatePoolWithTag(NonPagedPoolExecute, 32, 'egaP'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}

static PVOID g_Table = ExAllocatePoolWithTag(NonPagedPool, 128, 'lbaT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
static PVOID g_Safe = ExAllocatePoolWithTag(NonPagedPoolNx, 128, 'lbaT');

NTSTATUS UseLambda(SIZE_T n)
{
	auto alloc = [](SIZE_T size) { return ExAllocatePoolWithTag(NonPagedPool, size, 'bmaL'); }; // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	auto safe = [n]() { return ExAllocatePoolWithTag(NonPagedPoolNx, n, 'bmaL'); };
	PVOID a = alloc(n);
	PVOID b = safe();
	return a && b ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
