// /ALIGN:n and /SECTION:...,ALIGN=n with n not a multiple of 0x1000 break
// page alignment (hvci-section-align).  Numbers are decimal or C notation
// (0x hex); /FILEALIGN, page multiples and /ALIGN without a value are fine.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#pragma comment(linker, "/ALIGN:512") // expected-warning {{'/ALIGN:512' sets a section alignment of 512 (0x200), not a multiple of 0x1000 [hvci-section-align]}}
#pragma comment(linker, "/align:0x80") // expected-warning {{'/align:0x80' sets a section alignment of 128 (0x80), not a multiple of 0x1000}}
#pragma comment(linker, "-ALIGN:2048") // expected-warning {{'-ALIGN:2048' sets a section alignment of 2048 (0x800)}}
#pragma comment(linker, "/SECTION:.mydata,RW,ALIGN=0x200") // expected-warning {{'/SECTION:.mydata,RW,ALIGN=0x200' sets the alignment of section '.mydata' to 512 (0x200), not a multiple of 0x1000 [hvci-section-align]}}
#pragma comment(linker, "/SECTION:NOATTR,ALIGN=16") // expected-warning {{sets the alignment of section 'NOATTR' to 16 (0x10)}}
#pragma comment(linker, "/SECTION:BOTH,ERW,ALIGN=64") // expected-warning {{'/SECTION:BOTH,ERW,ALIGN=64' makes section 'BOTH' writable and executable [hvci-wx-section]}} expected-warning {{sets the alignment of section 'BOTH' to 64 (0x40), not a multiple of 0x1000 [hvci-section-align]}}

__pragma(comment(linker, "/ALIGN:0x800")) // expected-warning {{'/ALIGN:0x800' sets a section alignment of 2048 (0x800), not a multiple of 0x1000 [hvci-section-align]}}
_Pragma("comment(linker, \"/SECTION:LOWER,R,align=0X100\")") // expected-warning {{'/SECTION:LOWER,R,align=0X100' sets the alignment of section 'LOWER' to 256 (0x100)}}
#pragma comment(linker, "/ALIGN:8192 /FILEALIGN:512 /ALIGN:1024") // expected-warning {{'/ALIGN:1024' sets a section alignment of 1024 (0x400)}}
#pragma comment(linker, "/ALIGN:" "0x10") // expected-warning {{'/ALIGN:0x10' sets a section alignment of 16 (0x10)}}

/* Silent look-alikes. */
#pragma comment(linker, "/ALIGN:0x3000")
#pragma comment(linker, "/SECTION:EMPTYVAL,R,ALIGN=")
#pragma comment(linker, "/SECTION:NOTALIGN,R,XALIGN=16")
#pragma comment(linker, "/ALIGN:4096")
#pragma comment(linker, "/ALIGN:0x1000")
#pragma comment(linker, "/ALIGN:0x2000")
#pragma comment(linker, "/ALIGN:65536")
#pragma comment(linker, "/ALIGN")
#pragma comment(linker, "/FILEALIGN:512")
#pragma comment(linker, "/FILEALIGN:0x200")
#pragma comment(linker, "/SECTION:.mydata,RW,ALIGN=4096")
#pragma comment(linker, "/SECTION:OTHER,ALIGN=0x2000")
#pragma comment(user, "/ALIGN:512")
#if 0
#pragma comment(linker, "/ALIGN:512")
#endif
