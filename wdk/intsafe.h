/*
 * intsafe.h - hvcilint's compact stand-in for the checked integer helpers
 * that return HRESULT (the intsafe.h reference on learn.microsoft.com:
 * S_OK on success, INTSAFE_E_ARITHMETIC_OVERFLOW otherwise).
 *
 * Written for hvcilint from public facts, not taken from the WDK or SDK.
 * Kernel code normally uses ntintsafe.h (NTSTATUS results); some drivers
 * include this header instead.  The bodies are our own range checks.
 *
 * Like the real header it also supplies the Windows sized-integer names
 * its helper families are documented with (BYTE, WORD, DWORD), so that
 * kernel code which includes only intsafe.h can use them.
 *
 * Left out: signed helpers, the Int8/Short/Char families and nearly all
 * conversions.
 */
#pragma once
#ifndef _INTSAFE_H_INCLUDED_
#define _INTSAFE_H_INCLUDED_

#include <ntdef.h>

/* Sized-integer names (same types as minwindef.h, so either order works). */
typedef unsigned char BYTE;
typedef unsigned short WORD;
typedef unsigned long DWORD;

#ifndef S_OK
#define S_OK ((HRESULT)0L)
#endif
#ifndef INTSAFE_E_ARITHMETIC_OVERFLOW
#define INTSAFE_E_ARITHMETIC_OVERFLOW ((HRESULT)0x80070216L)
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define _HVCILINT_HSAFE_ARITH(Name, T, MaxV)                                     \
    FORCEINLINE HRESULT Name##Add(_In_ T a, _In_ T b, _Out_ T *r)                \
    {                                                                            \
        if ((T)(a + b) < a) { *r = 0; return INTSAFE_E_ARITHMETIC_OVERFLOW; }    \
        *r = (T)(a + b);                                                         \
        return S_OK;                                                             \
    }                                                                            \
    FORCEINLINE HRESULT Name##Sub(_In_ T a, _In_ T b, _Out_ T *r)                \
    {                                                                            \
        if (a < b) { *r = 0; return INTSAFE_E_ARITHMETIC_OVERFLOW; }             \
        *r = (T)(a - b);                                                         \
        return S_OK;                                                             \
    }                                                                            \
    FORCEINLINE HRESULT Name##Mult(_In_ T a, _In_ T b, _Out_ T *r)               \
    {                                                                            \
        if (b != 0 && a > (T)((MaxV) / b)) { *r = 0; return INTSAFE_E_ARITHMETIC_OVERFLOW; } \
        *r = (T)(a * b);                                                         \
        return S_OK;                                                             \
    }

_HVCILINT_HSAFE_ARITH(UShort, USHORT, 0xffffU)
_HVCILINT_HSAFE_ARITH(UInt, UINT, 0xffffffffU)
_HVCILINT_HSAFE_ARITH(ULong, ULONG, 0xffffffffUL)
_HVCILINT_HSAFE_ARITH(ULongLong, ULONGLONG, 0xffffffffffffffffULL)
_HVCILINT_HSAFE_ARITH(ULongPtr, ULONG_PTR, MAXULONG_PTR)
_HVCILINT_HSAFE_ARITH(SizeT, SIZE_T, MAXULONG_PTR)

#undef _HVCILINT_HSAFE_ARITH

#define DWordAdd    ULongAdd
#define DWordSub    ULongSub
#define DWordMult   ULongMult
#define UInt32Add   UIntAdd
#define UInt32Sub   UIntSub
#define UInt32Mult  UIntMult
#define DWordPtrAdd ULongPtrAdd
#define DWordPtrSub ULongPtrSub
#define DWordPtrMult ULongPtrMult
#define SIZETAdd    SizeTAdd
#define SIZETSub    SizeTSub
#define SIZETMult   SizeTMult

FORCEINLINE HRESULT ULongLongToULong(_In_ ULONGLONG v, _Out_ ULONG *r)
{
    if (v > 0xffffffffULL) { *r = 0xffffffffUL; return INTSAFE_E_ARITHMETIC_OVERFLOW; }
    *r = (ULONG)v;
    return S_OK;
}
FORCEINLINE HRESULT SizeTToULong(_In_ SIZE_T v, _Out_ ULONG *r)
{
    if ((ULONGLONG)v > 0xffffffffULL) { *r = 0xffffffffUL; return INTSAFE_E_ARITHMETIC_OVERFLOW; }
    *r = (ULONG)v;
    return S_OK;
}
#define SizeTToDWord SizeTToULong

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _INTSAFE_H_INCLUDED_ */
