// Values reach calls in initializers through the dataflow: a constructor
// that forwards its parameter to the allocator is a wrapper, and a lambda
// sees the values its captures hold where it is written.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

class Buffer {
	PVOID data;

public:
	Buffer(POOL_TYPE type, SIZE_T n) : data(ExAllocatePoolWithTag(type, n, 'fuB')) {}
};

void MakeBuffers(void)
{
	Buffer exec(NonPagedPool, 16); // expected-warning {{'Buffer::Buffer' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	Buffer safe(NonPagedPoolNx, 16);
	(void)exec;
	(void)safe;
}

PVOID CapturedType(SIZE_T n)
{
	POOL_TYPE type = NonPagedPool;
	POOL_TYPE nx = NonPagedPoolNx;
	auto bad = [type, n]() { return ExAllocatePoolWithTag(type, n, 'pacC'); }; // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	auto good = [nx, n]() { return ExAllocatePoolWithTag(nx, n, 'pacC'); };
	PVOID a = bad();
	return a ? a : good();
}
