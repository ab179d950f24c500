// Calling into a local, static or global buffer: data executed as code.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

typedef VOID (*PFN_STUB)(VOID);
typedef ULONG (*PFN_GET)(ULONG);

static UCHAR g_Thunk[32];
static const UCHAR g_Shellcode[] = {0x48, 0x31, 0xC0, 0xC3};

ULONG CallGlobalBuffer(ULONG x)
{
	return ((PFN_GET)g_Thunk)(x); // expected-warning {{call executes data: the target is the global buffer 'g_Thunk' [hvci-dynamic-code]}}
}

VOID CallConstShellcode(VOID)
{
	PFN_STUB s = (PFN_STUB)g_Shellcode;
	s(); // expected-warning {{call executes data: the target is the global buffer 'g_Shellcode' [hvci-dynamic-code]}}
}

VOID CallStackBuffer(VOID)
{
	UCHAR code[16] = {0xC3};
	((PFN_STUB)code)(); // expected-warning {{call executes data: the target is the local buffer 'code' [hvci-dynamic-code]}}
}

VOID CallStaticLocal(VOID)
{
	static UCHAR stub[8];
	stub[0] = 0xC3;
	((PFN_STUB)&stub[0])(); // expected-warning {{call executes data: the target is the global buffer 'stub' [hvci-dynamic-code]}}
}

VOID CallAddressOfVariable(VOID)
{
	ULONG64 word = 0xC3;
	((PFN_STUB)&word)(); // expected-warning {{call executes data: the target is the local buffer 'word' [hvci-dynamic-code]}}
}

VOID CallPointerIntoBuffer(VOID)
{
	UCHAR code[32];
	PUCHAR p = code;
	p += 4;
	PFN_STUB f = (PFN_STUB)p;
	f(); // expected-warning {{call executes data: the target is the local buffer 'code' [hvci-dynamic-code]}}
}
