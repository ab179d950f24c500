/*
 * wdfstring.h - hvcilint's compact stand-in for KMDF string objects.
 * Written for hvcilint from the public KMDF documentation, not taken from
 * the WDK.
 */
#pragma once
#ifndef _WDFSTRING_H_
#define _WDFSTRING_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

NTSTATUS WdfStringCreate(_In_opt_ PCUNICODE_STRING UnicodeString,
                         _In_opt_ PWDF_OBJECT_ATTRIBUTES StringAttributes,
                         _Out_ WDFSTRING *String);
VOID WdfStringGetUnicodeString(_In_ WDFSTRING String, _Out_ PUNICODE_STRING UnicodeString);

WDF_EXTERN_C_END

#endif /* _WDFSTRING_H_ */
