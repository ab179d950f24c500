/*
 * guiddef.h - hvcilint's compact stand-in for GUID / DEFINE_GUID.
 *
 * Written for hvcilint from public facts, not taken from the WDK or SDK.
 * In C++, GUIDs compare with == and != (as the SDK's header allows unless
 * _NO_SYS_GUID_OPERATOR_EQ_ is defined) and IsEqualGUID takes references.
 * Left out: CLSID/FMTID helpers.
 * Like the real header, DEFINE_GUID is re-evaluated on every inclusion so
 * that <initguid.h> can switch it from "declare" to "define".
 */
#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
    unsigned long  Data1;
    unsigned short Data2;
    unsigned short Data3;
    unsigned char  Data4[8];
} GUID;
typedef GUID *LPGUID;
typedef const GUID *LPCGUID;
typedef GUID *PGUID;
typedef const GUID *PCGUID;
typedef GUID IID;
typedef IID *LPIID;
typedef GUID CLSID;
#ifndef UUID_DEFINED
#define UUID_DEFINED
typedef GUID UUID;
#endif
#ifdef __cplusplus
#define REFGUID const GUID &
#define REFIID  const IID &
#define REFCLSID const CLSID &
#else
#define REFGUID const GUID *
#define REFIID  const IID *
#define REFCLSID const CLSID *
#endif
#ifdef __cplusplus
#define IsEqualGUID(a, b) (memcmp(&(a), &(b), sizeof(GUID)) == 0)
#else
#define IsEqualGUID(a, b) (memcmp((a), (b), sizeof(GUID)) == 0)
#endif
#endif /* GUID_DEFINED */

#if defined(__cplusplus) && !defined(_SYS_GUID_OPERATOR_EQ_) && !defined(_NO_SYS_GUID_OPERATOR_EQ_)
#define _SYS_GUID_OPERATOR_EQ_
extern "C++" {
inline bool operator==(REFGUID a, REFGUID b)
{
    for (unsigned i = 0; i < 8; i++)
        if (a.Data4[i] != b.Data4[i])
            return false;
    return a.Data1 == b.Data1 && a.Data2 == b.Data2 && a.Data3 == b.Data3;
}
inline bool operator!=(REFGUID a, REFGUID b) { return !(a == b); }
}
#endif

#ifndef _HVCILINT_GUID_EXTERN
#ifdef __cplusplus
#define _HVCILINT_GUID_EXTERN extern "C"
#else
#define _HVCILINT_GUID_EXTERN extern
#endif
#endif

#ifndef _HVCILINT_GUID_SELECTANY
#if defined(_MSC_VER) || defined(_MSC_EXTENSIONS)
#define _HVCILINT_GUID_SELECTANY __declspec(selectany)
#else
#define _HVCILINT_GUID_SELECTANY __attribute__((weak))
#endif
#endif

#ifdef DEFINE_GUID
#undef DEFINE_GUID
#endif
#ifdef INITGUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    _HVCILINT_GUID_EXTERN const GUID _HVCILINT_GUID_SELECTANY name =     \
        { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    _HVCILINT_GUID_EXTERN const GUID name
#endif
