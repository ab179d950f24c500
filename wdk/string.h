/*
 * string.h - hvcilint's compact stand-in for the kernel CRT <string.h>.
 *
 * Written for hvcilint from public facts (C library signatures), not taken
 * from the WDK or any CRT.  Only reached when no C runtime is on the
 * include path.  The bounds-checked _s copies and concatenations are
 * declared as the CRT reference documents them, with their C++ overloads
 * for array destinations (strncpy_s(buf, src, n)).  Left out: locale, the
 * other _s functions, most MS extensions.
 */
#pragma once
#ifndef _HVCILINT_STRING_H
#define _HVCILINT_STRING_H

#include <stddef.h>

#if defined(_MSC_VER) || defined(_MSC_EXTENSIONS)
#define _HVCILINT_CRTCC __cdecl
#else
#define _HVCILINT_CRTCC
#endif

#ifdef __cplusplus
extern "C" {
#endif

void *_HVCILINT_CRTCC memcpy(void *_Dst, const void *_Src, size_t _Size);
void *_HVCILINT_CRTCC memmove(void *_Dst, const void *_Src, size_t _Size);
void *_HVCILINT_CRTCC memset(void *_Dst, int _Val, size_t _Size);
int _HVCILINT_CRTCC memcmp(const void *_Buf1, const void *_Buf2, size_t _Size);
void *_HVCILINT_CRTCC memchr(const void *_Buf, int _Val, size_t _MaxCount);
size_t _HVCILINT_CRTCC strlen(const char *_Str);
size_t _HVCILINT_CRTCC strnlen(const char *_Str, size_t _MaxCount);
int _HVCILINT_CRTCC strcmp(const char *_Str1, const char *_Str2);
int _HVCILINT_CRTCC strncmp(const char *_Str1, const char *_Str2, size_t _MaxCount);
char *_HVCILINT_CRTCC strcpy(char *_Dest, const char *_Source);
char *_HVCILINT_CRTCC strncpy(char *_Dest, const char *_Source, size_t _Count);
char *_HVCILINT_CRTCC strcat(char *_Dest, const char *_Source);
char *_HVCILINT_CRTCC strncat(char *_Dest, const char *_Source, size_t _Count);
char *_HVCILINT_CRTCC strchr(const char *_Str, int _Val);
char *_HVCILINT_CRTCC strrchr(const char *_Str, int _Ch);
char *_HVCILINT_CRTCC strstr(const char *_Str, const char *_SubStr);
int _HVCILINT_CRTCC _stricmp(const char *_Str1, const char *_Str2);
int _HVCILINT_CRTCC _strnicmp(const char *_Str1, const char *_Str2, size_t _MaxCount);
size_t _HVCILINT_CRTCC wcslen(const wchar_t *_Str);
size_t _HVCILINT_CRTCC wcsnlen(const wchar_t *_Src, size_t _MaxCount);
int _HVCILINT_CRTCC wcscmp(const wchar_t *_Str1, const wchar_t *_Str2);
int _HVCILINT_CRTCC wcsncmp(const wchar_t *_Str1, const wchar_t *_Str2, size_t _MaxCount);
wchar_t *_HVCILINT_CRTCC wcscpy(wchar_t *_Dest, const wchar_t *_Source);
wchar_t *_HVCILINT_CRTCC wcsncpy(wchar_t *_Dest, const wchar_t *_Source, size_t _Count);
wchar_t *_HVCILINT_CRTCC wcscat(wchar_t *_Dest, const wchar_t *_Source);
wchar_t *_HVCILINT_CRTCC wcschr(const wchar_t *_Str, wchar_t _Ch);
wchar_t *_HVCILINT_CRTCC wcsrchr(const wchar_t *_Str, wchar_t _Ch);
wchar_t *_HVCILINT_CRTCC wcsstr(const wchar_t *_Str, const wchar_t *_SubStr);
int _HVCILINT_CRTCC _wcsicmp(const wchar_t *_Str1, const wchar_t *_Str2);
int _HVCILINT_CRTCC _wcsnicmp(const wchar_t *_Str1, const wchar_t *_Str2, size_t _MaxCount);

#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif
#ifndef _RSIZE_T_DEFINED
#define _RSIZE_T_DEFINED
typedef size_t rsize_t;
#endif

errno_t _HVCILINT_CRTCC memcpy_s(void *_Dst, rsize_t _DstSize, const void *_Src, rsize_t _Count);
errno_t _HVCILINT_CRTCC memmove_s(void *_Dst, rsize_t _DstSize, const void *_Src, rsize_t _Count);
errno_t _HVCILINT_CRTCC strcpy_s(char *_Dst, rsize_t _SizeInBytes, const char *_Src);
errno_t _HVCILINT_CRTCC strncpy_s(char *_Dst, rsize_t _SizeInBytes, const char *_Src,
                                  rsize_t _MaxCount);
errno_t _HVCILINT_CRTCC strcat_s(char *_Dst, rsize_t _SizeInBytes, const char *_Src);
errno_t _HVCILINT_CRTCC strncat_s(char *_Dst, rsize_t _SizeInBytes, const char *_Src,
                                  rsize_t _MaxCount);
errno_t _HVCILINT_CRTCC wcscpy_s(wchar_t *_Dst, rsize_t _SizeInWords, const wchar_t *_Src);
errno_t _HVCILINT_CRTCC wcsncpy_s(wchar_t *_Dst, rsize_t _SizeInWords, const wchar_t *_Src,
                                  rsize_t _MaxCount);
errno_t _HVCILINT_CRTCC wcscat_s(wchar_t *_Dst, rsize_t _SizeInWords, const wchar_t *_Src);
errno_t _HVCILINT_CRTCC wcsncat_s(wchar_t *_Dst, rsize_t _SizeInWords, const wchar_t *_Src,
                                  rsize_t _MaxCount);

#ifdef __cplusplus
}

/* The array forms take the destination's size from its type; C++ linkage
 * even when the header is included inside an extern "C" block. */
extern "C++" {
template <size_t _Size> errno_t strcpy_s(char (&_Dst)[_Size], const char *_Src);
template <size_t _Size>
errno_t strncpy_s(char (&_Dst)[_Size], const char *_Src, size_t _MaxCount);
template <size_t _Size> errno_t strcat_s(char (&_Dst)[_Size], const char *_Src);
template <size_t _Size>
errno_t strncat_s(char (&_Dst)[_Size], const char *_Src, size_t _MaxCount);
template <size_t _Size> errno_t wcscpy_s(wchar_t (&_Dst)[_Size], const wchar_t *_Src);
template <size_t _Size>
errno_t wcsncpy_s(wchar_t (&_Dst)[_Size], const wchar_t *_Src, size_t _MaxCount);
template <size_t _Size> errno_t wcscat_s(wchar_t (&_Dst)[_Size], const wchar_t *_Src);
template <size_t _Size>
errno_t wcsncat_s(wchar_t (&_Dst)[_Size], const wchar_t *_Src, size_t _MaxCount);
}
#endif

#endif /* _HVCILINT_STRING_H */
