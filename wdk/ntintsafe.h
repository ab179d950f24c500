/*
 * ntintsafe.h - hvcilint's compact stand-in for the kernel's checked
 * integer arithmetic helpers.
 *
 * Written for hvcilint from public facts (the ntintsafe.h DDI reference on
 * learn.microsoft.com: names, parameter lists, STATUS_INTEGER_OVERFLOW on
 * overflow), not taken from the WDK.  Every helper is an inline function,
 * as in the real header; the bodies here are our own straightforward range
 * checks.  On overflow the result is set to the documented "error" value
 * (0 for unsigned targets, as drivers may rely on it being initialised).
 *
 * Left out: the signed Add/Sub/Mult helpers other than RtlLongAdd /
 * RtlLongSub, the Int8/Short/Char families, and most of the rarer
 * conversions.  Aliases that only rename a helper for an identical type
 * (RtlDWordAdd, RtlUInt32Add, RtlSIZETAdd, ...) are macros.
 */
#pragma once
#ifndef _NTINTSAFE_H_INCLUDED_
#define _NTINTSAFE_H_INCLUDED_

#include <ntdef.h>

#ifndef STATUS_INTEGER_OVERFLOW
#define STATUS_INTEGER_OVERFLOW ((NTSTATUS)0xC0000095L)  /* also in ntstatus.h */
#endif

#define INT_ERROR       (-1)
#define LONG_ERROR      (-1L)
#define ULONG_ERROR     0xffffffffUL
#define ULONGLONG_ERROR 0xffffffffffffffffULL
#define SIZET_ERROR     ((SIZE_T)-1)

#ifdef __cplusplus
extern "C" {
#endif

/* Unsigned add / subtract / multiply: one definition shape per type. */
#define _HVCILINT_USAFE_ARITH(Name, T, MaxV)                                     \
    FORCEINLINE NTSTATUS Rtl##Name##Add(_In_ T a, _In_ T b, _Out_ T *r)           \
    {                                                                            \
        if ((T)(a + b) < a) { *r = 0; return STATUS_INTEGER_OVERFLOW; }          \
        *r = (T)(a + b);                                                         \
        return STATUS_SUCCESS;                                                   \
    }                                                                            \
    FORCEINLINE NTSTATUS Rtl##Name##Sub(_In_ T a, _In_ T b, _Out_ T *r)           \
    {                                                                            \
        if (a < b) { *r = 0; return STATUS_INTEGER_OVERFLOW; }                   \
        *r = (T)(a - b);                                                         \
        return STATUS_SUCCESS;                                                   \
    }                                                                            \
    FORCEINLINE NTSTATUS Rtl##Name##Mult(_In_ T a, _In_ T b, _Out_ T *r)          \
    {                                                                            \
        if (b != 0 && a > (T)((MaxV) / b)) { *r = 0; return STATUS_INTEGER_OVERFLOW; } \
        *r = (T)(a * b);                                                         \
        return STATUS_SUCCESS;                                                   \
    }

_HVCILINT_USAFE_ARITH(UShort, USHORT, 0xffffU)
_HVCILINT_USAFE_ARITH(UInt, UINT, 0xffffffffU)
_HVCILINT_USAFE_ARITH(ULong, ULONG, 0xffffffffUL)
_HVCILINT_USAFE_ARITH(ULongLong, ULONGLONG, 0xffffffffffffffffULL)
_HVCILINT_USAFE_ARITH(ULongPtr, ULONG_PTR, MAXULONG_PTR)
_HVCILINT_USAFE_ARITH(SizeT, SIZE_T, MAXULONG_PTR)

#undef _HVCILINT_USAFE_ARITH

/* Aliases the DDI reference lists for identical types. */
#define RtlUInt32Add     RtlUIntAdd
#define RtlUInt32Sub     RtlUIntSub
#define RtlUInt32Mult    RtlUIntMult
#define RtlDWordAdd      RtlULongAdd
#define RtlDWordSub      RtlULongSub
#define RtlDWordMult     RtlULongMult
#define RtlULong64Add    RtlULongLongAdd
#define RtlULong64Sub    RtlULongLongSub
#define RtlULong64Mult   RtlULongLongMult
#define RtlUInt64Add     RtlULongLongAdd
#define RtlUInt64Sub     RtlULongLongSub
#define RtlUInt64Mult    RtlULongLongMult
#define RtlDWord64Add    RtlULongLongAdd
#define RtlDWord64Sub    RtlULongLongSub
#define RtlDWord64Mult   RtlULongLongMult
#define RtlUIntPtrAdd    RtlULongPtrAdd
#define RtlUIntPtrSub    RtlULongPtrSub
#define RtlUIntPtrMult   RtlULongPtrMult
#define RtlDWordPtrAdd   RtlULongPtrAdd
#define RtlDWordPtrSub   RtlULongPtrSub
#define RtlDWordPtrMult  RtlULongPtrMult
#define RtlSIZETAdd      RtlSizeTAdd
#define RtlSIZETSub      RtlSizeTSub
#define RtlSIZETMult     RtlSizeTMult

/* Signed add / subtract for LONG (widened to 64 bits). */
FORCEINLINE NTSTATUS RtlLongAdd(_In_ LONG a, _In_ LONG b, _Out_ LONG *r)
{
    LONGLONG s = (LONGLONG)a + (LONGLONG)b;
    if (s > 0x7fffffffLL || s < -0x7fffffffLL - 1) { *r = LONG_ERROR; return STATUS_INTEGER_OVERFLOW; }
    *r = (LONG)s;
    return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlLongSub(_In_ LONG a, _In_ LONG b, _Out_ LONG *r)
{
    LONGLONG s = (LONGLONG)a - (LONGLONG)b;
    if (s > 0x7fffffffLL || s < -0x7fffffffLL - 1) { *r = LONG_ERROR; return STATUS_INTEGER_OVERFLOW; }
    *r = (LONG)s;
    return STATUS_SUCCESS;
}
#define RtlIntAdd(a, b, r) RtlLongAdd((LONG)(a), (LONG)(b), (LONG *)(r))
#define RtlIntSub(a, b, r) RtlLongSub((LONG)(a), (LONG)(b), (LONG *)(r))

/* Conversions: the value must fit the target type. */
#define _HVCILINT_TO(Name, From, To, Ok, ErrV)                                   \
    FORCEINLINE NTSTATUS Rtl##Name(_In_ From v, _Out_ To *r)                     \
    {                                                                            \
        if (!(Ok)) { *r = (To)(ErrV); return STATUS_INTEGER_OVERFLOW; }          \
        *r = (To)v;                                                              \
        return STATUS_SUCCESS;                                                   \
    }

_HVCILINT_TO(ULongToUShort, ULONG, USHORT, v <= 0xffffUL, 0xffff)
_HVCILINT_TO(ULongToUChar, ULONG, UCHAR, v <= 0xffUL, 0xff)
_HVCILINT_TO(ULongToLong, ULONG, LONG, v <= 0x7fffffffUL, LONG_ERROR)
_HVCILINT_TO(ULongToInt, ULONG, INT, v <= 0x7fffffffUL, INT_ERROR)
_HVCILINT_TO(LongToULong, LONG, ULONG, v >= 0, ULONG_ERROR)
_HVCILINT_TO(LongToUShort, LONG, USHORT, v >= 0 && v <= 0xffff, 0xffff)
_HVCILINT_TO(IntToULong, INT, ULONG, v >= 0, ULONG_ERROR)
_HVCILINT_TO(IntToUInt, INT, UINT, v >= 0, 0xffffffffU)
_HVCILINT_TO(UIntToUShort, UINT, USHORT, v <= 0xffffU, 0xffff)
_HVCILINT_TO(UIntToInt, UINT, INT, v <= 0x7fffffffU, INT_ERROR)
_HVCILINT_TO(UShortToUChar, USHORT, UCHAR, v <= 0xff, 0xff)
_HVCILINT_TO(LongLongToULong, LONGLONG, ULONG, v >= 0 && v <= 0xffffffffLL, ULONG_ERROR)
_HVCILINT_TO(LongLongToLong, LONGLONG, LONG, v >= -0x7fffffffLL - 1 && v <= 0x7fffffffLL, LONG_ERROR)
_HVCILINT_TO(LongLongToULongLong, LONGLONG, ULONGLONG, v >= 0, ULONGLONG_ERROR)
_HVCILINT_TO(ULongLongToULong, ULONGLONG, ULONG, v <= 0xffffffffULL, ULONG_ERROR)
_HVCILINT_TO(ULongLongToLong, ULONGLONG, LONG, v <= 0x7fffffffULL, LONG_ERROR)
_HVCILINT_TO(ULongLongToLongLong, ULONGLONG, LONGLONG, v <= 0x7fffffffffffffffULL, -1)
_HVCILINT_TO(ULongLongToUInt, ULONGLONG, UINT, v <= 0xffffffffULL, 0xffffffffU)
_HVCILINT_TO(ULongLongToSizeT, ULONGLONG, SIZE_T, v <= (ULONGLONG)MAXULONG_PTR, SIZET_ERROR)
_HVCILINT_TO(ULongLongToULongPtr, ULONGLONG, ULONG_PTR, v <= (ULONGLONG)MAXULONG_PTR, MAXULONG_PTR)
_HVCILINT_TO(SizeTToULong, SIZE_T, ULONG, (ULONGLONG)v <= 0xffffffffULL, ULONG_ERROR)
_HVCILINT_TO(SizeTToUInt, SIZE_T, UINT, (ULONGLONG)v <= 0xffffffffULL, 0xffffffffU)
_HVCILINT_TO(SizeTToUShort, SIZE_T, USHORT, v <= 0xffff, 0xffff)
_HVCILINT_TO(SizeTToLong, SIZE_T, LONG, (ULONGLONG)v <= 0x7fffffffULL, LONG_ERROR)
_HVCILINT_TO(ULongPtrToULong, ULONG_PTR, ULONG, (ULONGLONG)v <= 0xffffffffULL, ULONG_ERROR)
_HVCILINT_TO(ULongPtrToUShort, ULONG_PTR, USHORT, v <= 0xffff, 0xffff)
_HVCILINT_TO(LongPtrToULong, LONG_PTR, ULONG, v >= 0 && (ULONGLONG)v <= 0xffffffffULL, ULONG_ERROR)

#undef _HVCILINT_TO

#define RtlSizeTToUInt32   RtlSizeTToUInt
#define RtlSizeTToDWord    RtlSizeTToULong
#define RtlULongLongToUInt32 RtlULongLongToUInt
#define RtlDWordPtrToULong RtlULongPtrToULong
#define RtlUIntPtrToULong  RtlULongPtrToULong

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _NTINTSAFE_H_INCLUDED_ */
