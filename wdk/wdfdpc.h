/*
 * wdfdpc.h - hvcilint's compact stand-in for KMDF DPC objects.
 * Written for hvcilint from the public KMDF documentation, not taken from
 * the WDK.
 */
#pragma once
#ifndef _WDFDPC_H_
#define _WDFDPC_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

typedef VOID EVT_WDF_DPC(_In_ WDFDPC Dpc);
typedef EVT_WDF_DPC *PFN_WDF_DPC;

typedef struct _WDF_DPC_CONFIG {
    ULONG Size;
    PFN_WDF_DPC EvtDpcFunc;
    BOOLEAN AutomaticSerialization;
} WDF_DPC_CONFIG, *PWDF_DPC_CONFIG;

FORCEINLINE VOID WDF_DPC_CONFIG_INIT(_Out_ PWDF_DPC_CONFIG Config, _In_ PFN_WDF_DPC EvtDpcFunc)
{
    RtlZeroMemory(Config, sizeof(WDF_DPC_CONFIG));
    Config->Size = sizeof(WDF_DPC_CONFIG);
    Config->EvtDpcFunc = EvtDpcFunc;
    Config->AutomaticSerialization = TRUE;
}

NTSTATUS WdfDpcCreate(_In_ PWDF_DPC_CONFIG Config, _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
                      _Out_ WDFDPC *Dpc);
BOOLEAN WdfDpcEnqueue(_In_ WDFDPC Dpc);
BOOLEAN WdfDpcCancel(_In_ WDFDPC Dpc, _In_ BOOLEAN Wait);
WDFOBJECT WdfDpcGetParentObject(_In_ WDFDPC Dpc);
PKDPC WdfDpcWdmGetDpc(_In_ WDFDPC Dpc);

WDF_EXTERN_C_END

#endif /* _WDFDPC_H_ */
