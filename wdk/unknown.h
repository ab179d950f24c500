/*
 * unknown.h - hvcilint's compact stand-in for the kernel-mode IUnknown
 * definitions used by PortCls and the COM-style kernel interfaces.
 *
 * Written for hvcilint from public facts (interface and method names),
 * not taken from the WDK.  In C only the PUNKNOWN pointer type exists; in
 * C++ IUnknown is a struct of pure virtual methods; IID_IUnknown is named
 * without a value.  Left out: C vtable layouts, IID values.
 */
#pragma once
#ifndef _HVCILINT_UNKNOWN_H
#define _HVCILINT_UNKNOWN_H

#include <wdm.h>

#ifndef STDMETHODCALLTYPE
#define STDMETHODCALLTYPE __stdcall
#endif
#ifndef PURE
#define PURE = 0
#endif
#ifdef __cplusplus
#define STDMETHOD(method)        virtual NTSTATUS STDMETHODCALLTYPE method
#define STDMETHOD_(type, method) virtual type STDMETHODCALLTYPE method
#define STDMETHODIMP             NTSTATUS STDMETHODCALLTYPE
#define STDMETHODIMP_(type)      type STDMETHODCALLTYPE
#define THIS_
#define THIS                     void
#define DECLARE_INTERFACE(iface)               struct DECLSPEC_NOVTABLE iface
#define DECLARE_INTERFACE_(iface, baseiface)   struct DECLSPEC_NOVTABLE iface : public baseiface
#endif

typedef struct IUnknown *PUNKNOWN;

/* The IUnknown interface id, named without a value. */
#ifdef __cplusplus
extern "C" const GUID IID_IUnknown;
#else
extern const GUID IID_IUnknown;
#endif

#ifdef __cplusplus
struct DECLSPEC_NOVTABLE IUnknown {
    STDMETHOD_(NTSTATUS, QueryInterface)(REFIID InterfaceId, PVOID *Interface) PURE;
    STDMETHOD_(ULONG, AddRef)(THIS) PURE;
    STDMETHOD_(ULONG, Release)(THIS) PURE;
};
#endif

#endif /* _HVCILINT_UNKNOWN_H */
