// Copies, fills and atomic updates whose destination is a function's address.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <intrin.h>

VOID Target(VOID) {}
static UCHAR g_Patch[16];

VOID CopyIntoFunction(PVOID src)
{
	RtlCopyMemory((PVOID)Target, src, 5); // expected-warning {{'RtlCopyMemory' writes to the code of function 'Target' [hvci-code-write]}}
	RtlMoveMemory((PVOID)Target, src, 5); // expected-warning {{'RtlMoveMemory' writes to the code of function 'Target' [hvci-code-write]}}
	memcpy((PVOID)Target, src, 5); // expected-warning {{'memcpy' writes to the code of function 'Target' [hvci-code-write]}}
	memmove(&Target, src, 5); // expected-warning {{'memmove' writes to the code of function 'Target' [hvci-code-write]}}
}

VOID FillFunction(VOID)
{
	RtlFillMemory((PVOID)Target, 1, 0xC3); // expected-warning {{'RtlFillMemory' writes to the code of function 'Target' [hvci-code-write]}}
	RtlZeroMemory((PVOID)Target, 1); // expected-warning {{'RtlZeroMemory' writes to the code of function 'Target' [hvci-code-write]}}
	memset((PVOID)Target, 0x90, 4); // expected-warning {{'memset' writes to the code of function 'Target' [hvci-code-write]}}
	__stosb((PUCHAR)Target, 0xCC, 2); // expected-warning {{'__stosb' writes to the code of function 'Target' [hvci-code-write]}}
}

VOID CopyAtOffset(VOID)
{
	RtlCopyMemory((PUCHAR)Target + 6, g_Patch, 8); // expected-warning {{'RtlCopyMemory' writes to the code of function 'Target' [hvci-code-write]}}
	__movsb((PUCHAR)Target + 1, g_Patch, 4); // expected-warning {{'__movsb' writes to the code of function 'Target' [hvci-code-write]}}
}

VOID CopyThroughVariable(SIZE_T n)
{
	PUCHAR dst = (PUCHAR)&Target;
	dst += 2;
	RtlCopyMemory(dst, g_Patch, n); // expected-warning {{'RtlCopyMemory' writes to the code of function 'Target' [hvci-code-write]}}
}

static VOID Patch(PVOID where, const VOID *bytes, SIZE_T n)
{
	RtlCopyMemory(where, bytes, n);
}

VOID PatchThroughHelper(VOID)
{
	Patch((PVOID)Target, g_Patch, 5); // expected-warning {{'Patch' writes to the code of function 'Target' [hvci-code-write]}}
}

VOID MmCopyIntoFunction(MM_COPY_ADDRESS src, SIZE_T n, PSIZE_T done)
{
	MmCopyMemory((PVOID)Target, src, n, MM_COPY_MEMORY_VIRTUAL, done); // expected-warning {{'MmCopyMemory' writes to the code of function 'Target' [hvci-code-write]}}
}

VOID InterlockedOnCode(VOID)
{
	InterlockedExchange((volatile LONG *)Target, 0x90909090); // expected-warning {{'InterlockedExchange' writes to the code of function 'Target' [hvci-code-write]}}
	InterlockedCompareExchange((volatile LONG *)Target, 0xCCCCCCCC, 0); // expected-warning {{'InterlockedCompareExchange' writes to the code of function 'Target' [hvci-code-write]}}
	InterlockedExchange64((volatile LONG64 *)Target, 0); // expected-warning {{'InterlockedExchange64' writes to the code of function 'Target' [hvci-code-write]}}
	InterlockedExchangePointer((PVOID volatile *)Target, NULL); // expected-warning {{'InterlockedExchangePointer' writes to the code of function 'Target' [hvci-code-write]}}
	InterlockedOr((volatile LONG *)((PUCHAR)Target + 4), 1); // expected-warning {{'InterlockedOr' writes to the code of function 'Target' [hvci-code-write]}}
	_InterlockedAnd((volatile long *)Target, 0); // expected-warning {{'_InterlockedAnd' writes to the code of function 'Target' [hvci-code-write]}}
}
