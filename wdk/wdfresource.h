/*
 * wdfresource.h - hvcilint's compact stand-in for KMDF resource lists.
 * Written for hvcilint from the public KMDF documentation, not taken from
 * the WDK.  The descriptor type is the WDM CM_PARTIAL_RESOURCE_DESCRIPTOR,
 * named here by its structure tag (its layout belongs to wdm.h).  Left
 * out: resource requirements lists.
 */
#pragma once
#ifndef _WDFRESOURCE_H_
#define _WDFRESOURCE_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

struct _CM_PARTIAL_RESOURCE_DESCRIPTOR;

ULONG WdfCmResourceListGetCount(_In_ WDFCMRESLIST List);
struct _CM_PARTIAL_RESOURCE_DESCRIPTOR *WdfCmResourceListGetDescriptor(_In_ WDFCMRESLIST List,
                                                                       _In_ ULONG Index);

WDF_EXTERN_C_END

#endif /* _WDFRESOURCE_H_ */
