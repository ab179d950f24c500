// Macros the section directives need, defined in headers that never spell
// a pragma: a string macro naming a section or linker options, a macro
// that reaches a pragma through a macro of another header, and
// function-like macros that expand or stringize a __pragma argument.  The
// check reads such headers only when they define a name it needs; each
// finding (and each silence) here depends on one of them.
// RUN: %hvcilint check --verify %s -- -I%S/../include/section_macros
#include <ntddk.h>
#include "sect_carry.h"
#include "sect_names.h"

#pragma section(SECT_NAME, read, write, execute) // expected-warning {{section '.hwx' is declared writable and executable [hvci-wx-section]}}
#pragma comment(linker, LINK_OPTS) // expected-warning {{'/SECTION:HCODE,ERW' makes section 'HCODE' writable and executable [hvci-wx-section]}}
MID_WX // expected-warning {{section '.inner' is declared writable and executable [hvci-wx-section]}}
KEEP(__pragma(section(".kept", read, write, execute))) // expected-warning {{section '.kept' is declared writable and executable [hvci-wx-section]}}
static const char Quoted[] = DROP(__pragma(section(".quoted", read, write, execute)));

ULONG QuotedLength(void)
{
	return (ULONG)sizeof Quoted;
}
