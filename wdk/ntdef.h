/*
 * ntdef.h - hvcilint's compact stand-in for the WDK's basic NT types.
 *
 * Written for hvcilint from public facts (type names, layouts, values),
 * not taken from the WDK.  hvcilint adds this directory with -idirafter,
 * so the real WDK wins whenever it is on the include path.
 *
 * Left out: most of the real header (string/number helpers, QUAD, RTL
 * balanced trees, the full NTSTATUS list (see
 * ntstatus.h), WNF, ...).  Needs no C runtime: only the compiler's own
 * <stddef.h>.
 *
 * Architecture: when none of _X86_, _AMD64_, _ARM_, _ARM64_ is defined the
 * macro is derived from the compiler here, before wdm.h decides about the
 * automatic POOL_NX_OPTIN_AUTO (which keys on _X86_ / _AMD64_).
 */
#pragma once
#ifndef _NTDEF_
#define _NTDEF_

#include <stddef.h>
#include <sal.h>

/* The compiler's runtime header, which the WDK's headers pull in, gives
 * kernel code the pointer-sized integers as well as size_t. */
#ifndef _UINTPTR_T_DEFINED
#  define _UINTPTR_T_DEFINED
typedef __UINTPTR_TYPE__ uintptr_t;
#endif
#ifndef _INTPTR_T_DEFINED
#  define _INTPTR_T_DEFINED
typedef __INTPTR_TYPE__ intptr_t;
#endif
#include <sdkddkver.h>

/* ---- target architecture ------------------------------------------- */
#if !defined(_X86_) && !defined(_AMD64_) && !defined(_ARM_) && !defined(_ARM64_)
#  if defined(_M_ARM64) || defined(_M_ARM64EC) || defined(__aarch64__)
#    define _ARM64_ 1
#  elif defined(_M_AMD64) || defined(_M_X64) || defined(__x86_64__)
#    define _AMD64_ 1
#  elif defined(_M_IX86) || defined(__i386__)
#    define _X86_ 1
#  elif defined(_M_ARM) || defined(__arm__)
#    define _ARM_ 1
#  endif
#endif
#if !defined(_WIN64) && (defined(_AMD64_) || defined(_ARM64_))
#  define _WIN64 1
#endif

/* ---- compiler glue --------------------------------------------------- */
#if defined(_MSC_VER) || defined(_MSC_EXTENSIONS)
#  define _HVCILINT_MS 1
#endif

#ifdef _HVCILINT_MS
#  define DECLSPEC_IMPORT      __declspec(dllimport)
#  define DECLSPEC_EXPORT      __declspec(dllexport)
#  define DECLSPEC_SELECTANY   __declspec(selectany)
#  define DECLSPEC_NORETURN    __declspec(noreturn)
#  define DECLSPEC_NOINLINE    __declspec(noinline)
#  define DECLSPEC_ALIGN(x)    __declspec(align(x))
#  define DECLSPEC_NOVTABLE    __declspec(novtable)
#  define DECLSPEC_UUID(x)     __declspec(uuid(x))
#  define FORCEINLINE          __forceinline
#  define NTAPI                __stdcall
#  define NTAPI_INLINE         NTAPI
#  define FASTCALL             __fastcall
#  define __HVCI_CDECL         __cdecl
#else /* a non-Microsoft compiler mode: GNU spellings */
#  define DECLSPEC_IMPORT
#  define DECLSPEC_EXPORT      __attribute__((visibility("default")))
#  define DECLSPEC_SELECTANY   __attribute__((weak))
#  define DECLSPEC_NORETURN    __attribute__((noreturn))
#  define DECLSPEC_NOINLINE    __attribute__((noinline))
#  define DECLSPEC_ALIGN(x)    __attribute__((aligned(x)))
#  define DECLSPEC_NOVTABLE
#  define DECLSPEC_UUID(x)
#  define FORCEINLINE          static __inline__ __attribute__((always_inline))
#  define NTAPI
#  define NTAPI_INLINE
#  define FASTCALL
#  define __HVCI_CDECL
#  ifndef __stdcall
#    define __stdcall
#  endif
#  ifndef __cdecl
#    define __cdecl
#  endif
#  ifndef __forceinline
#    define __forceinline __inline__ __attribute__((always_inline))
#  endif
#  ifndef __int64
#    define __int64 long long
#  endif
#endif

#define DECLSPEC_DEPRECATED_DDK          /* deprecation is noted in comments only */
#define DECLSPEC_DEPRECATED_DDK_WINXP
#define DECLSPEC_DEPRECATED_DDK_WIN2K
#define PRAGMA_DEPRECATED_DDK 0
#define NTKERNELAPI   DECLSPEC_IMPORT
#define NTHALAPI      DECLSPEC_IMPORT
#define NTSYSAPI      DECLSPEC_IMPORT
#define NTSYSCALLAPI  DECLSPEC_IMPORT
#define WINAPI        __stdcall
#define APIENTRY      WINAPI
#define CALLBACK      __stdcall
#define STDAPICALLTYPE __stdcall

#ifdef __cplusplus
#  define EXTERN_C        extern "C"
#  define EXTERN_C_START  extern "C" {
#  define EXTERN_C_END    }
#else
#  define EXTERN_C        extern
#  define EXTERN_C_START
#  define EXTERN_C_END
#endif

/* DBG stays undefined unless the build defines it (DBG=1 in debug
   builds): `#if DBG` reads it as 0, and `#ifdef DBG` sees it undefined,
   as release builds with the kit do (docs/projects.md says why). */
#ifndef IN
#  define IN
#  define OUT
#  define OPTIONAL
#endif
#ifndef CONST
#  define CONST const
#endif
#ifndef VOID
#  define VOID void
#endif

#ifdef _WIN64
#  define POINTER_ALIGNMENT DECLSPEC_ALIGN(8)
#else
#  define POINTER_ALIGNMENT
#endif
#define UNALIGNED
#define RESTRICTED_POINTER
#define ANYSIZE_ARRAY 1

/* Pool allocations are aligned to this; cache lines to the next. */
#ifdef _WIN64
#  define MEMORY_ALLOCATION_ALIGNMENT 16
#else
#  define MEMORY_ALLOCATION_ALIGNMENT 8
#endif
#if defined(_AMD64_) || defined(_X86_)
#  define SYSTEM_CACHE_ALIGNMENT_SIZE 64
#else
#  define SYSTEM_CACHE_ALIGNMENT_SIZE 128
#endif
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(SYSTEM_CACHE_ALIGNMENT_SIZE)

EXTERN_C_START

/* ---- scalar types ---------------------------------------------------- */
typedef char CHAR, *PCHAR, CCHAR, *PCCHAR;
typedef unsigned char UCHAR, *PUCHAR;
typedef signed char SCHAR;
typedef short SHORT, *PSHORT, CSHORT;
typedef unsigned short USHORT, *PUSHORT;
typedef int INT, *PINT;
typedef unsigned int UINT, *PUINT;
typedef long LONG, *PLONG;
typedef unsigned long ULONG, *PULONG;
typedef ULONG CLONG;
/* Pointers to constant scalars. */
typedef const UCHAR *PCUCHAR;
typedef const USHORT *PCUSHORT;
typedef const ULONG *PCULONG;
typedef long long LONGLONG, *PLONGLONG, LONG64, *PLONG64, INT64, *PINT64;
typedef unsigned long long ULONGLONG, *PULONGLONG, ULONG64, *PULONG64,
    UINT64, *PUINT64, DWORD64, *PDWORD64;
typedef int LONG32, *PLONG32, INT32;
typedef unsigned int ULONG32, *PULONG32, UINT32, DWORD32;
typedef short INT16, *PINT16;
typedef unsigned short UINT16, *PUINT16;
typedef signed char INT8, *PINT8;
typedef unsigned char UINT8, *PUINT8;
typedef INT32 *PINT32;
typedef UINT32 *PUINT32;
typedef DWORD32 *PDWORD32;
typedef void *PVOID, *LPVOID;
typedef const void *PCVOID, *LPCVOID;
typedef void *PVOID64;
typedef UCHAR BOOLEAN, *PBOOLEAN;
typedef ULONG LOGICAL, *PLOGICAL;
typedef float FLOAT;
typedef double DOUBLE;

#ifdef _WIN64
typedef long long INT_PTR, *PINT_PTR, LONG_PTR, *PLONG_PTR;
typedef unsigned long long UINT_PTR, *PUINT_PTR, ULONG_PTR, *PULONG_PTR;
typedef int HALF_PTR;
typedef unsigned int UHALF_PTR;
#else
typedef int INT_PTR, *PINT_PTR;
typedef long LONG_PTR, *PLONG_PTR;
typedef unsigned int UINT_PTR, *PUINT_PTR;
typedef unsigned long ULONG_PTR, *PULONG_PTR;
typedef short HALF_PTR;
typedef unsigned short UHALF_PTR;
#endif
typedef ULONG_PTR SIZE_T, *PSIZE_T;
typedef LONG_PTR SSIZE_T, *PSSIZE_T;
typedef ULONG_PTR DWORD_PTR, *PDWORD_PTR;
typedef ULONG_PTR KAFFINITY, *PKAFFINITY;

#if !defined(__cplusplus) && !defined(_WCHAR_T_DEFINED) && !defined(_WCHAR_T)
typedef __WCHAR_TYPE__ wchar_t;  /* normally already done by <stddef.h> */
#define _WCHAR_T_DEFINED
#endif
typedef wchar_t WCHAR, *PWCHAR, *PWCH, *LPWCH, *PWSTR, *LPWSTR, *NWPSTR;
typedef const WCHAR *PCWCH, *LPCWCH, *PCWSTR, *LPCWSTR;
typedef CHAR *PCH, *LPCH, *PSTR, *LPSTR, *NPSTR;
typedef const CHAR *PCCH, *LPCCH, *PCSTR, *LPCSTR, *PCSZ;
typedef PSTR *PZPSTR;
typedef PWSTR *PZPWSTR;

typedef LONG NTSTATUS, *PNTSTATUS;
typedef LONG HRESULT;
typedef void *HANDLE, **PHANDLE;
typedef ULONG ACCESS_MASK, *PACCESS_MASK;
typedef ULONG DEVICE_TYPE;
typedef ULONG LCID, *PLCID;
typedef USHORT LANGID;
typedef LONG KPRIORITY;
typedef ULONG SECURITY_INFORMATION, *PSECURITY_INFORMATION;
typedef PVOID PSECURITY_DESCRIPTOR;
typedef PVOID PSID;
typedef ULONG EXECUTION_STATE;
typedef ULONG NODE_REQUIREMENT;

#define TRUE  1
#define FALSE 0
#ifndef NULL
#  ifdef __cplusplus
#    define NULL 0
#  else
#    define NULL ((void *)0)
#  endif
#endif
#define NULL64 ((void *)0)

#define MINCHAR   0x80
#define MAXCHAR   0x7f
#define MINSHORT  0x8000
#define MAXSHORT  0x7fff
#define MINLONG   0x80000000
#define MAXLONG   0x7fffffff
#define MAXUCHAR  0xff
#define MAXUSHORT 0xffff
#define MAXULONG  0xffffffff
#define MAXLONGLONG (0x7fffffffffffffffLL)
#define MAXULONG_PTR (~((ULONG_PTR)0))
#define MAXLONG_PTR ((LONG_PTR)(MAXULONG_PTR >> 1))
#define MAXULONG64 (~((ULONG64)0))

/* ---- structures ------------------------------------------------------ */
typedef union _LARGE_INTEGER {
    struct { ULONG LowPart; LONG HighPart; };
    struct { ULONG LowPart; LONG HighPart; } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct { ULONG LowPart; ULONG HighPart; };
    struct { ULONG LowPart; ULONG HighPart; } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;
typedef LONGLONG USN;

typedef struct _LUID { ULONG LowPart; LONG HighPart; } LUID, *PLUID;

typedef struct _PROCESSOR_NUMBER {
    USHORT Group;
    UCHAR Number;
    UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;

typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWCH   Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

/* The wide-character string terminator (UNICODE_STRING buffers need not
   carry one; the reference pages speak of "the UNICODE_NULL terminator"). */
#define UNICODE_NULL ((WCHAR)0)

typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR  Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;
typedef const STRING *PCSTRING, *PCANSI_STRING, *PCOEM_STRING;

typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef struct _OBJECT_ATTRIBUTES {
    ULONG Length;
    HANDLE RootDirectory;
    PUNICODE_STRING ObjectName;
    ULONG Attributes;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

#define OBJ_INHERIT                0x00000002L
#define OBJ_PERMANENT              0x00000010L
#define OBJ_EXCLUSIVE              0x00000020L
#define OBJ_CASE_INSENSITIVE       0x00000040L
#define OBJ_OPENIF                 0x00000080L
#define OBJ_OPENLINK               0x00000100L
#define OBJ_KERNEL_HANDLE          0x00000200L
#define OBJ_FORCE_ACCESS_CHECK     0x00000400L
#define OBJ_VALID_ATTRIBUTES       0x000007F2L

#define InitializeObjectAttributes(p, n, a, r, s) \
    do {                                          \
        (p)->Length = sizeof(OBJECT_ATTRIBUTES);  \
        (p)->RootDirectory = (r);                 \
        (p)->Attributes = (a);                    \
        (p)->ObjectName = (n);                    \
        (p)->SecurityDescriptor = (s);            \
        (p)->SecurityQualityOfService = NULL;     \
    } while (0)

#define RTL_CONSTANT_OBJECT_ATTRIBUTES(n, a) \
    { sizeof(OBJECT_ATTRIBUTES), NULL, (PUNICODE_STRING)(n), (a), NULL, NULL }

EXTERN_C_END

#include <guiddef.h>
#include <ntstatus.h>
#include <excpt.h>

/* ---- macros ---------------------------------------------------------- */
#define NT_SUCCESS(Status)     (((NTSTATUS)(Status)) >= 0)
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status)     ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status)       ((((ULONG)(Status)) >> 30) == 3)

#define UNREFERENCED_PARAMETER(P)          ((void)(P))
#define NOTHING

/* 64-bit shifts by less than 32 bits. */
#define Int64ShllMod32(a, b) ((ULONGLONG)(a) << (b))
#define Int64ShraMod32(a, b) ((LONGLONG)(a) >> (b))
#define Int64ShrlMod32(a, b) ((ULONGLONG)(a) >> (b))
#define DBG_UNREFERENCED_PARAMETER(P)      ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))

#ifdef __cplusplus
#  define C_ASSERT(e) static_assert((e), #e)
#else
#  define C_ASSERT(e) _Static_assert((e), #e)
#endif

#if defined(__clang__) || defined(__GNUC__)
#  define FIELD_OFFSET(type, field) ((LONG)__builtin_offsetof(type, field))
#else
#  define FIELD_OFFSET(type, field) ((LONG)(LONG_PTR)&(((type *)0)->field))
#endif
#define UFIELD_OFFSET(type, field) ((ULONG)FIELD_OFFSET(type, field))
/* 32 x 32 -> 64-bit products (signed and unsigned). */
#define Int32x32To64(a, b)  ((LONGLONG)(LONG)(a) * (LONGLONG)(LONG)(b))
#define UInt32x32To64(a, b) ((ULONGLONG)(ULONG)(a) * (ULONGLONG)(ULONG)(b))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) \
    (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define CONTAINING_RECORD(address, type, field) \
    ((type *)((PCHAR)(address) - (ULONG_PTR)FIELD_OFFSET(type, field)))
#define ARGUMENT_PRESENT(ArgumentPointer) \
    ((CHAR *)((ULONG_PTR)(ArgumentPointer)) != (CHAR *)NULL)
/* Pointer / integer / handle conversions (basetsd.h). */
#define LongToPtr(l)      ((PVOID)(LONG_PTR)(LONG)(l))
#define ULongToPtr(ul)    ((PVOID)(ULONG_PTR)(ULONG)(ul))
#define UlongToPtr(ul)    ULongToPtr(ul)
#define IntToPtr(i)       ((PVOID)(INT_PTR)(INT)(i))
#define UIntToPtr(ui)     ((PVOID)(UINT_PTR)(UINT)(ui))
#define UintToPtr(ui)     UIntToPtr(ui)
#define PtrToUlong(p)     ((ULONG)(ULONG_PTR)(p))
#define PtrToULong(p)     PtrToUlong(p)
#define PtrToLong(p)      ((LONG)(LONG_PTR)(p))
#define PtrToUint(p)      ((UINT)(UINT_PTR)(p))
#define PtrToInt(p)       ((INT)(INT_PTR)(p))
#define PtrToUshort(p)    ((unsigned short)(ULONG_PTR)(p))
#define PtrToShort(p)     ((short)(LONG_PTR)(p))
#define LongToHandle(h)   ((HANDLE)(LONG_PTR)(h))
#define ULongToHandle(h)  ((HANDLE)(ULONG_PTR)(h))
#define UlongToHandle(h)  ULongToHandle(h)
#define HandleToULong(h)  ((ULONG)(ULONG_PTR)(h))
#define HandleToUlong(h)  HandleToULong(h)
#define HandleToLong(h)   ((LONG)(LONG_PTR)(h))
#define RTL_NUMBER_OF(A)    (sizeof(A) / sizeof((A)[0]))
#define RTL_NUMBER_OF_V1(A) RTL_NUMBER_OF(A)
#define RTL_NUMBER_OF_V2(A) RTL_NUMBER_OF(A)
#define ARRAYSIZE(A)        RTL_NUMBER_OF(A)
#define _ARRAYSIZE(A)       RTL_NUMBER_OF(A)
#define ALIGN_DOWN_BY(length, alignment) \
    ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#define ALIGN_UP_BY(length, alignment) \
    (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), (alignment)))
#define FlagOn(_F, _SF)        ((_F) & (_SF))
#define BooleanFlagOn(F, SF)   ((BOOLEAN)(((F) & (SF)) != 0))
#define SetFlag(_F, _SF)       ((_F) |= (_SF))
#define ClearFlag(_F, _SF)     ((_F) &= ~(_SF))
#ifndef NOMINMAX
#  ifndef min
#    define min(a, b) (((a) < (b)) ? (a) : (b))
#  endif
#  ifndef max
#    define max(a, b) (((a) > (b)) ? (a) : (b))
#  endif
#endif

#define RTL_CONSTANT_STRING(s) \
    { (USHORT)(sizeof(s) - sizeof((s)[0])), (USHORT)sizeof(s), (PWCH)(s) }
#define DECLARE_CONST_UNICODE_STRING(_var, _string)              \
    const WCHAR _var##_buffer[] = _string;                       \
    const UNICODE_STRING _var = { sizeof(_string) - sizeof(WCHAR), \
                                  sizeof(_string), (PWCH)_var##_buffer }
#define DECLARE_UNICODE_STRING_SIZE(_var, _size)                 \
    WCHAR _var##_buffer[_size];                                  \
    UNICODE_STRING _var = { 0, (_size) * sizeof(WCHAR), _var##_buffer }

#endif /* _NTDEF_ */
