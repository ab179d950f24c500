// Which definition a macro use gets, for pragmas carried by user macros: a
// use reads the definition in force where it is written (a redefined macro
// is two macros), a pragma reached through a chain of macros is found, and
// macros that name each other end the search instead of going round.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#define SECTION_FOR_DATA __pragma(section(".sdata", read, write))
SECTION_FOR_DATA
#undef SECTION_FOR_DATA
#define SECTION_FOR_DATA __pragma(section(".sdata2", read, write, execute))
SECTION_FOR_DATA // expected-warning {{section '.sdata2' is declared writable and executable [hvci-wx-section]}}

#define LEVEL5 __pragma(section(".deep", read, write, execute))
#define LEVEL4 LEVEL5
#define LEVEL3 LEVEL4
#define LEVEL2 LEVEL3
#define LEVEL1 LEVEL2
LEVEL1 // expected-warning {{section '.deep' is declared writable and executable [hvci-wx-section]}}
LEVEL3 // expected-warning {{section '.deep' is declared writable and executable [hvci-wx-section]}}

/* Each names the other: the preprocessor stops at the second step and
 * leaves the identifier, which here declares a variable. */
#define ROUND_A ROUND_B
#define ROUND_B ROUND_A
static ULONG ROUND_A;

ULONG Lookup(void)
{
	return ROUND_A;
}
