// __pragma and _Pragma inside user macros are reported where the macro is
// used: object-like and function-like macros, stringized arguments, macros
// that use other macros.  Macros that are defined but never used, used only
// in skipped code, or carry harmless pragmas stay silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#define WX_SECTION __pragma(section(".mwx", read, write, execute))
#define DECLARE_SECTION(n, ...) __pragma(section(#n, __VA_ARGS__))
#define DECLARE_NAMED(s) __pragma(section(s, read, write, execute))
#define PRAGMA_STR(x) _Pragma(#x)
#define LINKER_WX PRAGMA_STR(comment(linker, "/SECTION:MCODE,ERW"))
#define OUTER WX_SECTION
#define RO_SECTION __pragma(section(".mro", read))
#define UNUSED_WX __pragma(section(".unused", read, write, execute))
#define INIT_DATA_BEGIN __pragma(data_seg("INIT"))
#define INIT_DATA_END __pragma(data_seg())
#define PAGE_DATA_BEGIN _Pragma("data_seg(\"PAGEDATA\")")
#define PASS(x) x
#define QUOTE(x) #x

WX_SECTION // expected-warning {{section '.mwx' is declared writable and executable [hvci-wx-section]}}
DECLARE_SECTION(mwx2, read, write, execute) // expected-warning {{section 'mwx2' is declared writable and executable}}
DECLARE_NAMED(".mwx3") // expected-warning {{section '.mwx3' is declared writable and executable}}
LINKER_WX // expected-warning {{'/SECTION:MCODE,ERW' makes section 'MCODE' writable and executable [hvci-wx-section]}}
OUTER // expected-warning {{section '.mwx' is declared writable and executable}}
PASS(__pragma(section(".arg", read, write, execute))) // expected-warning {{section '.arg' is declared writable and executable}}
PASS(_Pragma("comment(linker, \"/ALIGN:512\")")) // expected-warning {{'/ALIGN:512' sets a section alignment of 512 (0x200), not a multiple of 0x1000 [hvci-section-align]}}

INIT_DATA_BEGIN // expected-warning {{'#pragma data_seg("INIT")' places writable data in code section 'INIT', which makes it writable and executable [hvci-wx-section]}}
ULONG gMacroInit = 1;
INIT_DATA_END
ULONG gAfterEnd = 2;

/* Silent look-alikes. */
PAGE_DATA_BEGIN
ULONG gPagedData = 3;
INIT_DATA_END
RO_SECTION
static const char Quoted[] = QUOTE(__pragma(section(".quoted", read, write, execute)));
PASS(__pragma(section(".argro", read)))
DECLARE_SECTION(mrx, read, execute)
DECLARE_SECTION(mrw, read, write)
#if 0
WX_SECTION
#endif

ULONG Unused(void)
{
	return gMacroInit + gAfterEnd + gPagedData + (ULONG)sizeof Quoted;
}
