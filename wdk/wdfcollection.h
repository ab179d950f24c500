/*
 * wdfcollection.h - hvcilint's compact stand-in for KMDF collection
 * objects.  Written for hvcilint from the public KMDF documentation, not
 * taken from the WDK.
 */
#pragma once
#ifndef _WDFCOLLECTION_H_
#define _WDFCOLLECTION_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

NTSTATUS WdfCollectionCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
                             _Out_ WDFCOLLECTION *Collection);
ULONG WdfCollectionGetCount(_In_ WDFCOLLECTION Collection);
NTSTATUS WdfCollectionAdd(_In_ WDFCOLLECTION Collection, _In_ WDFOBJECT Object);
VOID WdfCollectionRemove(_In_ WDFCOLLECTION Collection, _In_ WDFOBJECT Item);
VOID WdfCollectionRemoveItem(_In_ WDFCOLLECTION Collection, _In_ ULONG Index);
WDFOBJECT WdfCollectionGetItem(_In_ WDFCOLLECTION Collection, _In_ ULONG Index);
WDFOBJECT WdfCollectionGetFirstItem(_In_ WDFCOLLECTION Collection);
WDFOBJECT WdfCollectionGetLastItem(_In_ WDFCOLLECTION Collection);

WDF_EXTERN_C_END

#endif /* _WDFCOLLECTION_H_ */
