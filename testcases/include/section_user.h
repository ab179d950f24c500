/* A driver's own header: its pragmas are the driver's and are reported here. */
#pragma once
#pragma section(".hdrwx", read, write, execute)
#pragma comment(linker, "/ALIGN:256")
#define HDR_WX_SECTION(n) __pragma(section(n, read, write, execute))
