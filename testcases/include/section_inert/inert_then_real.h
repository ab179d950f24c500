/* inert_then_real.h - `#pragma once` first, then a section directive the
 * check reads: the header must still be read. */
#pragma once
#pragma section(".hdr", read, write, execute)
