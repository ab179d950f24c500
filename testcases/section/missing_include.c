// A header that cannot be found gets an empty stand-in, and the rest of the
// file is preprocessed as usual: its pragmas are checked and its skipped
// branches stay skipped.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include "no_such_driver_header.h" // expected-note {{#include 'no_such_driver_header.h' was not found; analysed with an empty stand-in}}

#pragma section(".live", read, write, execute) // expected-warning {{section '.live' is declared writable and executable [hvci-wx-section]}}
#pragma comment(linker, "/SECTION:.idata,ER") // expected-warning {{'/SECTION:.idata,ER' makes section '.idata', which holds the import address table, executable [hvci-iat-exec]}}
#pragma comment(linker, "/ALIGN:0x10") // expected-warning {{'/ALIGN:0x10' sets a section alignment of 16 (0x10), not a multiple of 0x1000 [hvci-section-align]}}

#if 0
#pragma section(".dead", read, write, execute)
#endif
#ifdef NO_SUCH_MACRO
#pragma comment(linker, "/ALIGN:512")
#endif
#pragma comment(linker, "/FILEALIGN:0x10")
