// A section declared writable (or with no attributes, which means read and
// write) that the same file puts code in gets both write and execute:
// #pragma code_seg, #pragma alloc_text and __declspec(code_seg) count, and
// so do "NAME$x" groups, which the linker folds into NAME.  Sections
// declared read-only or read-execute, and writable sections that only hold
// data, stay silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#pragma section("CODERW", read, write) // expected-warning {{section 'CODERW' is declared writable and the file puts code in it, which makes it writable and executable [hvci-wx-section]}}
#pragma section("NOATTRS") // expected-warning {{section 'NOATTRS' is declared writable and the file puts code in it}}
#pragma section("INIT", read, write) // expected-warning {{section 'INIT' is declared writable and the file puts code in it}}
#pragma section("GRP$b", read, write) // expected-warning {{section 'GRP$b' is declared writable and the file puts code in it}}
#pragma section("DSEC", write) // expected-warning {{section 'DSEC' is declared writable and the file puts code in it}}

#pragma code_seg("CODERW")
ULONG InCodeRw(void)
{
	return 1;
}
#pragma code_seg()

#pragma code_seg(push, "NOATTRS")
ULONG InNoAttrs(void)
{
	return 2;
}
#pragma code_seg(pop)

DRIVER_INITIALIZE DriverEntry;
#pragma alloc_text(INIT, DriverEntry)

#pragma code_seg("GRP$a")
ULONG InGroup(void)
{
	return 3;
}
#pragma code_seg()

ULONG __declspec(code_seg("DSEC")) InDeclspec(void)
{
	return 4;
}

/* Silent look-alikes. */
#pragma section("CODERO", read)
#pragma section("CODERX", read, execute)
#pragma section("DATAONLY", read, write)
#pragma code_seg("CODERO")
ULONG InCodeRo(void)
{
	return 5;
}
#pragma code_seg("CODERX")
ULONG InCodeRx(void)
{
	return 6;
}
#pragma code_seg()
__declspec(allocate("DATAONLY")) ULONG gDataOnly = 7;
#if 0
#pragma code_seg("DATAONLY")
#endif
static const char Text[] = "#pragma code_seg(\"DATAONLY\")";

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	return InCodeRw() + InNoAttrs() + InGroup() + InDeclspec() + InCodeRo() + InCodeRx() +
	               gDataOnly + (ULONG)sizeof Text
	           ? STATUS_SUCCESS
	           : STATUS_UNSUCCESSFUL;
}
