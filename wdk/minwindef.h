/*
 * minwindef.h - hvcilint's compact stand-in for the basic Windows types
 * (DWORD, BOOL, BYTE, WORD, ...) that kernel code shared with user mode
 * uses.
 *
 * Written for hvcilint from public facts (the Windows Data Types
 * reference on learn.microsoft.com), not taken from the WDK or SDK.
 *
 * Left out: module/instance handles beyond the basic ones, the far/near
 * pointer spellings of older code, MAKEINTRESOURCE and friends.
 */
#pragma once
#ifndef _MINWINDEF_
#define _MINWINDEF_

#include <ntdef.h>

#ifndef MAX_PATH
#define MAX_PATH 260
#endif

typedef unsigned long DWORD, *PDWORD, *LPDWORD;
typedef int BOOL, *PBOOL, *LPBOOL;
typedef unsigned char BYTE, *PBYTE, *LPBYTE;
typedef unsigned short WORD, *PWORD, *LPWORD;
typedef float *PFLOAT;
typedef int *LPINT;
typedef long *LPLONG;
typedef unsigned int *LPUINT;
typedef UINT_PTR WPARAM;
typedef LONG_PTR LPARAM;
typedef LONG_PTR LRESULT;
typedef WORD ATOM;
typedef HANDLE HGLOBAL, HLOCAL, HINSTANCE, HMODULE, HKEY, *PHKEY;

#define MAKEWORD(a, b) ((WORD)(((BYTE)(((DWORD_PTR)(a)) & 0xff)) | ((WORD)((BYTE)(((DWORD_PTR)(b)) & 0xff))) << 8))
#define MAKELONG(a, b) ((LONG)(((WORD)(((DWORD_PTR)(a)) & 0xffff)) | ((DWORD)((WORD)(((DWORD_PTR)(b)) & 0xffff))) << 16))
#define LOWORD(l) ((WORD)(((DWORD_PTR)(l)) & 0xffff))
#define HIWORD(l) ((WORD)((((DWORD_PTR)(l)) >> 16) & 0xffff))
#define LOBYTE(w) ((BYTE)(((DWORD_PTR)(w)) & 0xff))
#define HIBYTE(w) ((BYTE)((((DWORD_PTR)(w)) >> 8) & 0xff))

#endif /* _MINWINDEF_ */
