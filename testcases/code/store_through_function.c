// Plain stores through a function's address (inline hooks, breakpoints, NOP patches).
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VOID Target(VOID) {}
VOID Hook(VOID) {}

VOID WriteBreakpoint(VOID)
{
	*(PUCHAR)Target = 0xCC; // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
}

VOID WriteSubscript(VOID)
{
	((PUCHAR)Target)[1] = 0x90; // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
}

VOID WriteJump(VOID)
{
	*(PUCHAR)Target = 0xE9; // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
	*(PLONG)((PUCHAR)Target + 1) = (LONG)((PUCHAR)Hook - (PUCHAR)Target - 5); // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
}

VOID WriteAbsoluteHook(VOID)
{
	PUCHAR p = (PUCHAR)&Target;
	p[0] = 0x48; // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
	p[1] = 0xB8; // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
	*(PVOID *)(p + 2) = (PVOID)Hook; // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
}

VOID NopLoop(ULONG n)
{
	PUCHAR p = (PUCHAR)Target;
	for (ULONG i = 0; i < n; i++)
		p[i] = 0x90; // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
}

VOID OrIntoCode(VOID)
{
	*(PUCHAR)Target |= 0x01; // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
}

VOID StoreOnOnePath(BOOLEAN hook, PUCHAR scratch)
{
	PUCHAR p = scratch;
	if (hook)
		p = (PUCHAR)Target;
	*p = 0xC3; // expected-warning {{store through the address of function 'Target' writes to its code [hvci-code-write]}}
}
