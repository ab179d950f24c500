/* Stands for a WDK or system header: its pragmas are not the driver's. */
#pragma once
#pragma section(".syswx", read, write, execute)
#pragma comment(linker, "/MERGE:.rdata=.text")
#pragma comment(linker, "/ALIGN:512")
#define SYS_WX_SECTION __pragma(section(".sysmacro", read, write, execute))
