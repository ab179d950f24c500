// /MERGE of .rdata or .idata into an executable section puts the import
// address table in code (hvci-iat-exec).  Executable targets: .text, PAGE,
// INIT and their $-groups, sections the file puts code in (code_seg,
// alloc_text, __declspec(code_seg)), declares with `execute` or marks E
// with /SECTION.  Merging into data sections is silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#pragma section("XSEC", read, execute)
#pragma comment(linker, "/SECTION:ESEC,ER")
#pragma code_seg("MYCODE")
ULONG InMyCode(void)
{
	return 1;
}
#pragma code_seg()
ULONG __declspec(code_seg("DSCODE")) InDsCode(void)
{
	return 2;
}
ULONG Paged(void);
#pragma alloc_text(PAGEwmi, Paged)
ULONG Paged(void)
{
	return 3;
}

#pragma comment(linker, "/MERGE:.rdata=.text") // expected-warning {{'/MERGE:.rdata=.text' puts the import address table in executable section '.text' [hvci-iat-exec]}}
#pragma comment(linker, "/merge:.idata=PAGE") // expected-warning {{'/merge:.idata=PAGE' puts the import address table in executable section 'PAGE'}}
#pragma comment(linker, "/MERGE:.rdata=INIT") // expected-warning {{executable section 'INIT' [hvci-iat-exec]}}
#pragma comment(linker, "/MERGE:.rdata=.text$mn") // expected-warning {{executable section '.text$mn' [hvci-iat-exec]}}
#pragma comment(linker, "/MERGE:.rdata=MYCODE") // expected-warning {{executable section 'MYCODE' [hvci-iat-exec]}}
#pragma comment(linker, "/MERGE:.rdata=DSCODE") // expected-warning {{executable section 'DSCODE' [hvci-iat-exec]}}
#pragma comment(linker, "/MERGE:.rdata=PAGEwmi") // expected-warning {{executable section 'PAGEwmi' [hvci-iat-exec]}}
#pragma comment(linker, "/MERGE:.rdata=XSEC") // expected-warning {{executable section 'XSEC' [hvci-iat-exec]}}
#pragma comment(linker, "/MERGE:.rdata=ESEC") // expected-warning {{executable section 'ESEC' [hvci-iat-exec]}}
_Pragma("comment(linker, \"/MERGE:.rdata=.text\")") // expected-warning {{'/MERGE:.rdata=.text' puts the import address table}}
#pragma comment(linker, "/MERGE:.data=.text") // expected-note {{'/MERGE:.data=.text' merges writable data into code section '.text' (how merged attributes combine is unconfirmed) [hvci-wx-section]}}

/* Silent look-alikes. */
#pragma comment(linker, "/MERGE:.rdata=.data")
#pragma comment(linker, "/MERGE:.rdata=PAGEDATA")
#pragma comment(linker, "/MERGE:.idata=.rdata")
#pragma comment(linker, "/MERGE:.text=PAGE")
#pragma comment(linker, "/MERGE:.CRT=.rdata")
#pragma comment(linker, "/MERGE:.rdata")
#if 0
#pragma comment(linker, "/MERGE:.rdata=.text")
#endif
