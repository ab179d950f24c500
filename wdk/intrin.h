/*
 * intrin.h - hvcilint's fallback for the compiler intrinsics header.
 *
 * Written for hvcilint from public facts (intrinsic names and signatures),
 * not taken from the WDK, the CRT or clang.  Normally the compiler's own
 * <intrin.h> (clang's resource directory) is found first; if this file is
 * reached and a compiler intrin.h exists further down the include path,
 * that one is used.  Only otherwise are the few prototypes below declared.
 * Left out: everything but the intrinsics kernel code uses most.
 */
#pragma once
#ifndef _HVCILINT_INTRIN_H
#define _HVCILINT_INTRIN_H

/* clang's own intrin.h only has content for Microsoft targets (_MSC_VER);
   elsewhere it forwards to the next intrin.h, which may be this file. */
#if defined(__has_include_next) && defined(_MSC_VER)
#  if __has_include_next(<intrin.h>)
#    include_next <intrin.h>
#    define _HVCILINT_COMPILER_INTRIN 1
#  endif
#endif

#ifndef _HVCILINT_COMPILER_INTRIN
#ifdef __cplusplus
extern "C" {
#endif

void __debugbreak(void);
void *_ReturnAddress(void);

#if defined(_M_X64) || defined(_M_AMD64) || defined(__x86_64__)
unsigned long long __readcr0(void);
void __writecr0(unsigned long long Data);
unsigned long long __readcr4(void);
void __writecr4(unsigned long long Data);
#elif defined(_M_IX86) || defined(__i386__)
unsigned long __readcr0(void);
void __writecr0(unsigned int Data);
unsigned long __readcr4(void);
void __writecr4(unsigned int Data);
#endif
#if defined(_M_X64) || defined(_M_AMD64) || defined(__x86_64__) || \
    defined(_M_IX86) || defined(__i386__)
unsigned long long __readmsr(unsigned long Register);
void __writemsr(unsigned long Register, unsigned long long Value);
void _disable(void);
void _enable(void);
void __movsb(unsigned char *Destination, unsigned char const *Source, __SIZE_TYPE__ Count);
void __stosb(unsigned char *Destination, unsigned char Data, __SIZE_TYPE__ Count);
void __cpuid(int CPUInfo[4], int InfoType);
unsigned long long __rdtsc(void);
#endif

#ifdef __cplusplus
}
#endif
#endif /* !_HVCILINT_COMPILER_INTRIN */

#endif /* _HVCILINT_INTRIN_H */
