// #pragma comment(linker, "/SECTION:...") that gives a section both E and W
// is W+X; E on the import table's section is hvci-iat-exec.  Letters are
// case-insensitive, '!' negates one letter, and attributes left out are
// turned off, so E or W alone is silent.  Options and section names may
// be spelled through macros that stand for strings.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#pragma comment(linker, "/SECTION:INIT,ERW") // expected-warning {{'/SECTION:INIT,ERW' makes section 'INIT' writable and executable [hvci-wx-section]}}
#pragma comment(linker, "/section:PAGE,rwe") // expected-warning {{'/section:PAGE,rwe' makes section 'PAGE' writable and executable}}
#pragma comment(linker, "-SECTION:MYSEC,EW") // expected-warning {{'-SECTION:MYSEC,EW' makes section 'MYSEC' writable and executable}}
#pragma comment(linker, "/SECTION:" "JOINED,EWR") // expected-warning {{'/SECTION:JOINED,EWR' makes section 'JOINED' writable and executable}}
#pragma comment(linker, "/INCLUDE:Foo /SECTION:SECOND,ERWD") // expected-warning {{'/SECTION:SECOND,ERWD' makes section 'SECOND' writable and executable}}
__pragma(comment(linker, "/SECTION:VIAPRAGMA,ERW")) // expected-warning {{'/SECTION:VIAPRAGMA,ERW' makes section 'VIAPRAGMA' writable and executable}}
#pragma comment(linker, "/SECTION:.rdata,ER") // expected-warning {{'/SECTION:.rdata,ER' makes section '.rdata', which holds the import address table, executable [hvci-iat-exec]}}
#pragma comment(linker, "/SECTION:.idata,RE") // expected-warning {{section '.idata', which holds the import address table, executable [hvci-iat-exec]}}

#define MERGE_OPT "/MERGE:.rdata=.text"
#define SECTION_PREFIX "/SECTION:"
#define SECTION_NAME ".viamacro"
#define RX_OPT "/SECTION:MACRORX,ER"
#pragma comment(linker, MERGE_OPT) // expected-warning {{'/MERGE:.rdata=.text' puts the import address table in executable section '.text' [hvci-iat-exec]}}
#pragma comment(linker, SECTION_PREFIX "VIAMACRO,ERW") // expected-warning {{'/SECTION:VIAMACRO,ERW' makes section 'VIAMACRO' writable and executable [hvci-wx-section]}}
#pragma section(SECTION_NAME, read, write, execute) // expected-warning {{section '.viamacro' is declared writable and executable [hvci-wx-section]}}

/* Silent look-alikes. */
#pragma comment(linker, RX_OPT)
#pragma section(SECTION_NAME "ro", read)
#pragma comment(linker, "/SECTION:INIT,ER")
#pragma comment(linker, "/SECTION:INIT,RWD")
#pragma comment(linker, "/SECTION:INITX,E!W")
#pragma comment(linker, "/SECTION:INITY,!EW")
#pragma comment(linker, "/SECTION:PAGEDATA,RW")
#pragma comment(linker, "/SECTION:.rdata,R")
#pragma comment(linker, "/SECTION:.rdata,!E")
#pragma comment(linker, "/SECTIONS:ODD,ERW")
#pragma comment(lib, "/SECTION:LIBNAME,ERW")
#pragma comment(user, "/SECTION:USER,ERW")
#pragma comment(linker, "/INCLUDE:Bar")
#pragma comment(linker, "/DEFAULTLIB:ntoskrnl.lib")
#if 0
#pragma comment(linker, "/SECTION:SKIPPED,ERW")
#endif

ULONG Linker(void)
{
	return 0;
}
