/*
 * UcmTcpciCx.h - hvcilint's stand-in for the USB Type-C port controller
 * interface class extension (UcmTcpciCx) client interface, reduced to the
 * port controller object and the device-level registration: the
 * UCMTCPCIPORTCONTROLLER handle, UCMTCPCI_DEVICE_CONFIG with its INIT
 * function, UcmTcpciDeviceInitInitialize, UcmTcpciDeviceInitialize and
 * UcmTcpciPortControllerStart / Stop.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ucmtcpcidevice.h and ucmtcpciportcontroller.h),
 * not taken from the WDK.  Like the WDK's, it brings in UcmCx.h.
 *
 * Left out: the port controller configuration, identification,
 * capabilities and alert records with the TCPCI register layouts they
 * carry, UcmTcpciPortControllerCreate and UcmTcpciPortControllerAlert,
 * and the hardware request IOCTLs with their parameter records
 * (ucmtcpciportcontrollerrequests.h).
 */
#pragma once
#ifndef HVCILINT_UCMTCPCICX_H
#define HVCILINT_UCMTCPCICX_H

#include <UcmCx.h>

WDF_EXTERN_C_START

WDF_DECLARE_HANDLE(UCMTCPCIPORTCONTROLLER);

typedef struct _UCMTCPCI_DEVICE_CONFIG {
    ULONG Size;
} UCMTCPCI_DEVICE_CONFIG, *PUCMTCPCI_DEVICE_CONFIG;

FORCEINLINE VOID UCMTCPCI_DEVICE_CONFIG_INIT(_Out_ PUCMTCPCI_DEVICE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(UCMTCPCI_DEVICE_CONFIG));
    Config->Size = sizeof(UCMTCPCI_DEVICE_CONFIG);
}

NTSTATUS UcmTcpciDeviceInitInitialize(_Inout_ PWDFDEVICE_INIT DeviceInit);
NTSTATUS UcmTcpciDeviceInitialize(_In_ WDFDEVICE WdfDevice, _In_ PUCMTCPCI_DEVICE_CONFIG Config);
NTSTATUS UcmTcpciPortControllerStart(_In_ UCMTCPCIPORTCONTROLLER PortControllerObject);
VOID UcmTcpciPortControllerStop(_In_ UCMTCPCIPORTCONTROLLER PortControllerObject);

WDF_EXTERN_C_END

#endif /* HVCILINT_UCMTCPCICX_H */
