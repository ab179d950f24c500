// Text that merely looks like a section pragma stays silent: string
// literals and comments holding pragma text, linker options in other pragma
// kinds (message, detect_mismatch, comment(lib/user/compiler)), option names
// that only start like /SECTION, /MERGE or /ALIGN, every kind of skipped
// preprocessor branch, and macros that carry a W+X pragma but are only
// mentioned (or stringized), not expanded.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

static const char Msg1[] = "#pragma section(\".s1\", read, write, execute)";
static const char Msg2[] = "/MERGE:.rdata=.text";
static const char Msg3[] = "__pragma(comment(linker, \"/ALIGN:512\"))";
static const char *const Msg4 = "_Pragma(\"section(\\\".s4\\\", write, execute)\")";
static const WCHAR Msg5[] = L"/SECTION:INIT,ERW";
// #pragma comment(linker, "/MERGE:.rdata=.text")
/* #pragma comment(linker, "/ALIGN:16")
   #pragma section(".multi", read, write, execute) */

#pragma message("/SECTION:MSG,ERW /MERGE:.rdata=.text /ALIGN:512")
#pragma detect_mismatch("/ALIGN", "512")
#pragma comment(compiler)
#pragma comment(lib, "/MERGE:.rdata=.text")
#pragma comment(user, "/ALIGN:16")
#pragma comment(linker, "/ALIGNMENT:512")
#pragma comment(linker, "/MERGES:.rdata=.text")
#pragma comment(linker, "/SECTIONALIGN:512")
#pragma comment(linker, "/FILEALIGN:16")
#pragma comment(linker, "-filealign:0x10")
#pragma comment(linker, "/SECTION:.text,ER")
#pragma comment(linker, "/SECTION:.data,RW")
#pragma comment(linker, "/MERGE:.text=.rdata")
#pragma comment(linker, "/MERGE:.rdata=.rdata2")
#pragma comment(linker, "/ALIGN:notanumber")
#pragma warning(disable : 4001)
#pragma section

#if 0
#pragma section(".if0", read, write, execute)
#elif 0
#pragma comment(linker, "/MERGE:.rdata=.text")
#else
#pragma section(".else_ro", read)
#endif
#if 1
#pragma section(".if1_rw", read, write)
#else
#pragma section(".else_wx", read, write, execute)
#pragma comment(linker, "/ALIGN:512")
#endif
#ifndef NTDDI_VERSION
#pragma comment(linker, "/SECTION:NODDI,ERW")
#endif
#if defined(_M_IX86) && !defined(_M_IX86)
_Pragma("comment(linker, \"/ALIGN:256\")")
#endif

#define ONLY_MENTIONED __pragma(section(".mentioned", read, write, execute))
#define STRINGIZED(x) #x
static const char Msg6[] = STRINGIZED(__pragma(section(".str6", read, write, execute)));
#undef ONLY_MENTIONED

ULONG Lookalikes(void)
{
	return (ULONG)(sizeof Msg1 + sizeof Msg2 + sizeof Msg3 + sizeof Msg4 + sizeof Msg5 +
	               sizeof Msg6);
}
