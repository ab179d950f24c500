// Code addresses that are not a function designator: a module's base plus
// an offset (DllBase, ImageBase of a module record), the instruction
// pointer saved in a context or exception record, the system service
// table, and a pointer read out of code.  Writes through them are
// reported; reads, and look-alike fields of other records, are silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <ntimage.h>

typedef struct _KLDR_DATA_TABLE_ENTRY {
	LIST_ENTRY InLoadOrderLinks;
	PVOID ExceptionTable;
	ULONG ExceptionTableSize;
	PVOID GpValue;
	PVOID NonPagedDebugInfo;
	PVOID DllBase;
	PVOID EntryPoint;
	ULONG SizeOfImage;
} KLDR_DATA_TABLE_ENTRY, *PKLDR_DATA_TABLE_ENTRY;

typedef struct _RTL_PROCESS_MODULE_INFORMATION {
	HANDLE Section;
	PVOID MappedBase;
	PVOID ImageBase;
	ULONG ImageSize;
} RTL_PROCESS_MODULE_INFORMATION, *PRTL_PROCESS_MODULE_INFORMATION;

typedef struct _MY_EXCEPTION_RECORD {
	NTSTATUS ExceptionCode;
	ULONG ExceptionFlags;
	struct _MY_EXCEPTION_RECORD *ExceptionRecord;
	PVOID ExceptionAddress;
} MY_EXCEPTION_RECORD, *PMY_EXCEPTION_RECORD;

typedef struct _SERVICE_DESCRIPTOR_TABLE {
	PULONG_PTR ServiceTableBase;
	PULONG ServiceCounterTableBase;
	ULONG_PTR NumberOfServices;
	PUCHAR ParamTableBase;
} SERVICE_DESCRIPTOR_TABLE, *PSERVICE_DESCRIPTOR_TABLE;

extern PSERVICE_DESCRIPTOR_TABLE KeServiceDescriptorTable;

static const UCHAR Jump[] = {0xE9, 0, 0, 0, 0};

VOID Target(VOID) {}

VOID PatchModule(PKLDR_DATA_TABLE_ENTRY entry, ULONG rva)
{
	PUCHAR code = (PUCHAR)entry->DllBase + rva;
	RtlCopyMemory(code, Jump, sizeof Jump); // expected-warning {{'RtlCopyMemory' writes to code: its destination is the module base 'entry->DllBase' [hvci-code-write]}}
}

VOID PatchModuleInfo(PRTL_PROCESS_MODULE_INFORMATION info, ULONG rva)
{
	*((PUCHAR)info->ImageBase + rva) = 0xC3; // expected-warning {{store through the module base 'info->ImageBase' writes to code [hvci-code-write]}}
}

VOID BreakAtRip(PCONTEXT context)
{
	*(PUCHAR)context->Rip = 0xCC; // expected-warning {{store through the instruction pointer 'context->Rip' writes to code [hvci-code-write]}}
}

VOID RestoreByte(PMY_EXCEPTION_RECORD record, UCHAR original)
{
	PUCHAR at = (PUCHAR)record->ExceptionAddress;
	at[0] = original; // expected-warning {{store through the instruction pointer 'record->ExceptionAddress' writes to code [hvci-code-write]}}
}

VOID HookService(ULONG index, ULONG_PTR hook)
{
	KeServiceDescriptorTable->ServiceTableBase[index] = hook; // expected-warning {{store through the service table 'KeServiceDescriptorTable->ServiceTableBase' writes to code [hvci-code-write]}}
}

VOID FollowJump(VOID)
{
	ULONG_PTR next = *(PULONG_PTR)((PUCHAR)Target + 2);
	*(PUCHAR)next = 0x90; // expected-warning {{store through the pointer read from code '*(PULONG_PTR)((PUCHAR)Target + 2)' writes to code [hvci-code-write]}}
}

// Silent: reading code, copying from it, and fields of the same names in
// records that are not modules, contexts or exception records.
typedef struct _IMAGE_HINT {
	ULONG_PTR ImageBase;
	PVOID DllBase;
} IMAGE_HINT;

UCHAR ReadModule(PKLDR_DATA_TABLE_ENTRY entry, ULONG rva, PUCHAR copy)
{
	RtlCopyMemory(copy, (PUCHAR)entry->DllBase + rva, 16);
	return *((PUCHAR)entry->DllBase + rva);
}

VOID MoveRip(PCONTEXT context)
{
	context->Rip += 3; /* changes the saved register, not the code */
}

VOID WriteHint(IMAGE_HINT *hint, PUCHAR buffer)
{
	hint->DllBase = buffer;
	*(PUCHAR)hint->DllBase = 0;
}

ULONG ReadDisplacement(VOID)
{
	ULONG rel = *(PULONG)((PUCHAR)Target + 1); /* a rel32, not an address */
	PUCHAR p = (PUCHAR)(ULONG_PTR)rel;
	return p ? 1 : 0;
}

// Silent: a module base plus the RVA of its import or export tables points
// at the image's data.  Hooking an import or export entry writes data, not
// code.
VOID HookImport(PKLDR_DATA_TABLE_ENTRY entry, ULONG_PTR hook)
{
	PUCHAR base = (PUCHAR)entry->DllBase;
	PIMAGE_NT_HEADERS nt = (PIMAGE_NT_HEADERS)(base + ((PIMAGE_DOS_HEADER)base)->e_lfanew);
	PIMAGE_IMPORT_DESCRIPTOR imp = (PIMAGE_IMPORT_DESCRIPTOR)(
	    base + nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_IMPORT].VirtualAddress);
	PULONG_PTR iat = (PULONG_PTR)(base + imp->FirstThunk);
	iat[0] = hook;
	RtlCopyMemory(base + imp->FirstThunk, &hook, sizeof hook);
}

VOID HookExport(PRTL_PROCESS_MODULE_INFORMATION info, ULONG rva)
{
	PUCHAR base = (PUCHAR)info->ImageBase;
	PIMAGE_NT_HEADERS nt = (PIMAGE_NT_HEADERS)(base + ((PIMAGE_DOS_HEADER)base)->e_lfanew);
	PIMAGE_EXPORT_DIRECTORY exp = (PIMAGE_EXPORT_DIRECTORY)(
	    base + nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_EXPORT].VirtualAddress);
	PULONG functions = (PULONG)(base + exp->AddressOfFunctions);
	functions[0] = rva;
}

// Still reported: an offset from a section header may well be code.
VOID PatchSection(PRTL_PROCESS_MODULE_INFORMATION info, PIMAGE_SECTION_HEADER text)
{
	*((PUCHAR)info->ImageBase + text->VirtualAddress) = 0xCC; // expected-warning {{store through the module base 'info->ImageBase' writes to code [hvci-code-write]}}
}
