/*
 * windef.h - hvcilint's compact stand-in for windef.h: the basic Windows
 * types of minwindef.h plus the geometry structures (RECT, POINT, SIZE)
 * and window/GDI handles that kernel code shared with user mode names.
 *
 * Written for hvcilint from public facts (the Windows Data Types and
 * windef.h structure reference on learn.microsoft.com), not taken from
 * the WDK or SDK.
 *
 * Left out: everything GDI beyond the handle types.
 */
#pragma once
#ifndef _WINDEF_
#define _WINDEF_

#include <minwindef.h>

typedef HANDLE HWND, HDC, HBITMAP, HBRUSH, HFONT, HICON, HMENU, HPALETTE, HPEN, HRGN,
    HMONITOR, HCURSOR;
typedef DWORD COLORREF, *LPCOLORREF;

typedef struct tagRECT {
    LONG left;
    LONG top;
    LONG right;
    LONG bottom;
} RECT, *PRECT, *LPRECT;
typedef const RECT *LPCRECT;
typedef struct _RECTL {
    LONG left;
    LONG top;
    LONG right;
    LONG bottom;
} RECTL, *PRECTL, *LPRECTL;

typedef struct tagPOINT {
    LONG x;
    LONG y;
} POINT, *PPOINT, *LPPOINT;
typedef struct _POINTL {
    LONG x;
    LONG y;
} POINTL, *PPOINTL;

typedef struct tagSIZE {
    LONG cx;
    LONG cy;
} SIZE, *PSIZE, *LPSIZE;
typedef SIZE SIZEL, *PSIZEL, *LPSIZEL;

#define RGB(r, g, b) ((COLORREF)(((BYTE)(r) | ((WORD)((BYTE)(g)) << 8)) | (((DWORD)(BYTE)(b)) << 16)))

#endif /* _WINDEF_ */
