// C++ casts: reinterpret_cast of data called, static member functions patched.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

using Stub = void (*)();

struct Patcher {
	static void Target() {}
	static void Patch(const UCHAR *bytes)
	{
		RtlCopyMemory(reinterpret_cast<void *>(&Patcher::Target), bytes, 5); // expected-warning {{'RtlCopyMemory' writes to the code of function 'Target' [hvci-code-write]}}
	}
};

void RunPool()
{
	void *mem = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'ppC');
	auto fn = reinterpret_cast<Stub>(mem);
	fn(); // expected-warning {{call executes data: the target is the allocation returned by 'ExAllocatePool2' [hvci-dynamic-code]}}
}

void RunStack()
{
	unsigned char code[8] = {0xC3};
	reinterpret_cast<Stub>(code)(); // expected-warning {{call executes data: the target is the local buffer 'code' [hvci-dynamic-code]}}
}

// Silent: a static member function called through a pointer.
void RunMember()
{
	Stub s = &Patcher::Target;
	s();
}
