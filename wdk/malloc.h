/*
 * malloc.h - hvcilint's compact stand-in for the CRT <malloc.h>.
 * Written for hvcilint from public facts (signatures), not taken from the
 * WDK or any CRT.  Only reached when no C runtime is on the include path
 * (clang's <mm_malloc.h> needs it on Windows targets).  Left out: _alloca
 * (a compiler builtin), heap walking.
 */
#pragma once
#ifndef _HVCILINT_MALLOC_H
#define _HVCILINT_MALLOC_H

#include <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

void *_HVCILINT_CRTCC _aligned_malloc(size_t _Size, size_t _Alignment);
void _HVCILINT_CRTCC _aligned_free(void *_Block);

#ifdef __cplusplus
}
#endif

#endif /* _HVCILINT_MALLOC_H */
