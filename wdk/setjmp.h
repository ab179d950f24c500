/*
 * setjmp.h - hvcilint's compact stand-in for <setjmp.h>.
 * Written for hvcilint from public facts, not taken from the WDK or any
 * CRT.  Only reached when no C runtime is on the include path (clang's
 * <intrin.h> wants jmp_buf in hosted mode).  The buffer size is generous,
 * not exact.  Left out: setjmp/longjmp prototypes (kernel code must not
 * use them).
 */
#pragma once
#ifndef _HVCILINT_SETJMP_H
#define _HVCILINT_SETJMP_H

#ifndef _JMP_BUF_DEFINED
#define _JMP_BUF_DEFINED
typedef struct _HVCILINT_JBELEM {
    unsigned long long Part[2];
} _HVCILINT_JBELEM;
typedef _HVCILINT_JBELEM jmp_buf[16];
#endif

#endif /* _HVCILINT_SETJMP_H */
