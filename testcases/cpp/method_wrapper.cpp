// A static class method wrapping ExAllocatePoolWithTag is followed like a function wrapper.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

class Pool {
public:
	static PVOID Alloc(POOL_TYPE t, SIZE_T n)
	{
		return ExAllocatePoolWithTag(t, n, 'looP');
	}
};

void Use(PVOID *out)
{
	out[0] = Pool::Alloc(NonPagedPool, 64); // expected-warning {{allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[1] = Pool::Alloc(NonPagedPoolNx, 64);
}
