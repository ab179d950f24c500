/*
 * stdlib.h - hvcilint's compact stand-in for the kernel CRT <stdlib.h>.
 *
 * Written for hvcilint from public facts (C library signatures), not taken
 * from the WDK or any CRT.  Only reached when no C runtime is on the
 * include path (clang's <intrin.h> pulls it in via <mm_malloc.h>).
 * Left out: conversions, environment, process control, wide variants.
 */
#pragma once
#ifndef _HVCILINT_STDLIB_H
#define _HVCILINT_STDLIB_H

#include <stddef.h>

#if defined(_MSC_VER) || defined(_MSC_EXTENSIONS)
#define _HVCILINT_CRTCC __cdecl
#else
#define _HVCILINT_CRTCC
#endif

#ifdef __cplusplus
extern "C" {
#endif

void *_HVCILINT_CRTCC malloc(size_t _Size);
void *_HVCILINT_CRTCC calloc(size_t _Count, size_t _Size);
void *_HVCILINT_CRTCC realloc(void *_Block, size_t _Size);
void _HVCILINT_CRTCC free(void *_Block);
int _HVCILINT_CRTCC abs(int _X);
long _HVCILINT_CRTCC labs(long _X);
void _HVCILINT_CRTCC qsort(void *_Base, size_t _NumOfElements, size_t _SizeOfElements,
                           int (_HVCILINT_CRTCC *_CompareFunction)(const void *, const void *));

#ifdef __cplusplus
}
#endif

#ifndef _countof
#define _countof(_Array) (sizeof(_Array) / sizeof((_Array)[0]))
#endif

#endif /* _HVCILINT_STDLIB_H */
