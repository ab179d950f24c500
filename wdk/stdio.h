/*
 * stdio.h - hvcilint's compact stand-in for the C runtime's stdio.h, as far
 * as kernel-mode code can use it: the formatting routines that the kernel
 * exports (the _snprintf family, sprintf, vsprintf), size_t and va_list.
 *
 * Written for hvcilint from public facts (the C runtime reference on
 * learn.microsoft.com), not taken from the WDK or a C library.  hvcilint
 * adds this directory with -idirafter, so a real C runtime on the include
 * path wins.
 *
 * Left out: FILE and every stream function, printf/scanf, swprintf (whose
 * Microsoft signature depends on _CRT_NON_CONFORMING_SWPRINTFS).
 */
#pragma once
#ifndef _HVCILINT_STDIO_H
#define _HVCILINT_STDIO_H

#include <stddef.h>
#include <stdarg.h>

#if defined(_MSC_VER) || defined(_MSC_EXTENSIONS)
#  define _HVCILINT_CRTCALL __cdecl
#else
#  define _HVCILINT_CRTCALL
#endif

#ifndef EOF
#define EOF (-1)
#endif

#ifdef __cplusplus
extern "C" {
#endif

int _HVCILINT_CRTCALL sprintf(char *buffer, const char *format, ...);
int _HVCILINT_CRTCALL vsprintf(char *buffer, const char *format, va_list argptr);
int _HVCILINT_CRTCALL snprintf(char *buffer, size_t count, const char *format, ...);
int _HVCILINT_CRTCALL vsnprintf(char *buffer, size_t count, const char *format, va_list argptr);
int _HVCILINT_CRTCALL _snprintf(char *buffer, size_t count, const char *format, ...);
int _HVCILINT_CRTCALL _vsnprintf(char *buffer, size_t count, const char *format, va_list argptr);
int _HVCILINT_CRTCALL _snwprintf(wchar_t *buffer, size_t count, const wchar_t *format, ...);
int _HVCILINT_CRTCALL _vsnwprintf(wchar_t *buffer, size_t count, const wchar_t *format,
                                  va_list argptr);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _HVCILINT_STDIO_H */
