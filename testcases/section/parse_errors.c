// Pragmas are read from the file's tokens, so they are still checked when
// the translation unit has parse errors elsewhere: before the error, after
// it, and inside a function that does not parse.  Data placement needs the
// declarations, so a variable that parses is still placed.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#pragma section(".before", read, write, execute) // expected-warning {{section '.before' is declared writable and executable [hvci-wx-section]}}

VENDOR_HANDLE g_Vendor; // expected-note {{declared nowhere}}

#pragma comment(linker, "/MERGE:.rdata=.text") // expected-warning {{'/MERGE:.rdata=.text' puts the import address table in executable section '.text' [hvci-iat-exec]}}

ULONG Broken(ULONG x)
{
	ULONG y = x + ; // expected-note {{parse error}}
#pragma comment(linker, "/ALIGN:0x400") // expected-warning {{'/ALIGN:0x400' sets a section alignment of 1024 (0x400), not a multiple of 0x1000 [hvci-section-align]}}
	return y;
}

#pragma data_seg("INIT") // expected-warning {{'#pragma data_seg("INIT")' places writable data in code section 'INIT'}}
ULONG gAfterErrors = 1;
#pragma data_seg()

/* Silent look-alikes after the errors. */
#pragma section(".after_ro", read)
#pragma comment(linker, "/FILEALIGN:0x200")
#if 0
#pragma comment(linker, "/SECTION:SKIPPED,ERW")
#endif

ULONG UseAfter(void)
{
	return gAfterErrors;
}
