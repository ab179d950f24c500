/*
 * stdunk.h - hvcilint's compact stand-in for the kernel C++ "standard
 * unknown" helpers.
 *
 * Written for hvcilint from public facts (hvci-facts.md 2.1: the placement
 * operator new taking a POOL_TYPE passes it to ExAllocatePoolWithTag, so
 * in `new (PoolType, Tag) T` the first placement argument decides), not
 * taken from the WDK.  C++ only; in C this header declares nothing.
 * DEFINE_STD_CONSTRUCTOR is given the shape its use implies (a
 * constructor passing the outer unknown to CUnknown).  Left out:
 * operator delete, IMPLEMENT_STD_UNKNOWN, the stdunk library method
 * bodies.
 */
#pragma once
#ifndef _HVCILINT_STDUNK_H
#define _HVCILINT_STDUNK_H

#include <unknown.h>

#ifdef __cplusplus

struct DECLSPEC_NOVTABLE INonDelegatingUnknown {
    STDMETHOD_(NTSTATUS, NonDelegatingQueryInterface)(REFIID InterfaceId, PVOID *Interface) PURE;
    STDMETHOD_(ULONG, NonDelegatingAddRef)(THIS) PURE;
    STDMETHOD_(ULONG, NonDelegatingRelease)(THIS) PURE;
};
typedef INonDelegatingUnknown *PNONDELEGATINGUNKNOWN;

class CUnknown : public INonDelegatingUnknown {
private:
    LONG m_lRefCount;
    PUNKNOWN m_pUnknownOuter;
public:
    CUnknown(PUNKNOWN pUnknownOuter);
    virtual ~CUnknown(void);
    PUNKNOWN GetOuterUnknown(void) { return m_pUnknownOuter; }
    STDMETHODIMP_(ULONG) NonDelegatingAddRef(void);
    STDMETHODIMP_(ULONG) NonDelegatingRelease(void);
    STDMETHODIMP_(NTSTATUS) NonDelegatingQueryInterface(REFIID rIID, PVOID *ppVoid);
};

#define DECLARE_STD_UNKNOWN()                                                   \
    STDMETHODIMP_(NTSTATUS) NonDelegatingQueryInterface(REFIID iid,             \
                                                        PVOID *ppvObject);      \
    STDMETHODIMP_(NTSTATUS) QueryInterface(REFIID riid, void **ppv)             \
    {                                                                           \
        return GetOuterUnknown()->QueryInterface(riid, ppv);                    \
    }                                                                           \
    STDMETHODIMP_(ULONG) AddRef()                                               \
    {                                                                           \
        return GetOuterUnknown()->AddRef();                                     \
    }                                                                           \
    STDMETHODIMP_(ULONG) Release()                                              \
    {                                                                           \
        return GetOuterUnknown()->Release();                                    \
    }

/* A class's constructor that hands the outer unknown to CUnknown. */
#define DEFINE_STD_CONSTRUCTOR(Class) \
    Class(PUNKNOWN UnknownOuter) : CUnknown(UnknownOuter) {}

/* Default tag 'wNcP' written as its numeric value (multi-character
   literals warn in some modes). */
#define _HVCILINT_STDUNK_DEFAULT_TAG 0x774E6350UL

/* Placement new: the POOL_TYPE argument is the allocation's pool type. */
inline PVOID operator new(size_t iSize, POOL_TYPE poolType)
{
    PVOID result = ExAllocatePoolWithTag(poolType, iSize, _HVCILINT_STDUNK_DEFAULT_TAG);
    if (result) {
        RtlZeroMemory(result, iSize);
    }
    return result;
}

inline PVOID operator new(size_t iSize, POOL_TYPE poolType, ULONG tag)
{
    PVOID result = ExAllocatePoolWithTag(poolType, iSize, tag);
    if (result) {
        RtlZeroMemory(result, iSize);
    }
    return result;
}

#endif /* __cplusplus */

#endif /* _HVCILINT_STDUNK_H */
