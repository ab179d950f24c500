/*
 * bugcodes.h - hvcilint's compact stand-in for the bug-check codes drivers
 * pass to KeBugCheckEx (wdm.h includes it, so every kernel header sees
 * the codes).
 *
 * Written for hvcilint from the bug-check code reference on
 * learn.microsoft.com (one page per code, "Bug Check 0xNN: NAME"), not
 * taken from the WDK.
 *
 * Left out: all codes but the file-system ones listed below.
 */
#pragma once
#ifndef _HVCILINT_BUGCODES_H
#define _HVCILINT_BUGCODES_H

/* File-system bug checks: parameter 1 carries the source file and line. */
#define FAT_FILE_SYSTEM  ((ULONG)0x00000023L)
#define CDFS_FILE_SYSTEM ((ULONG)0x00000026L)

#endif /* _HVCILINT_BUGCODES_H */
