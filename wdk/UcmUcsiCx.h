/*
 * UcmUcsiCx.h - hvcilint's stand-in for the UCSI class extension
 * (UcmUcsiCx) client interface: the PPM and connector-collection objects,
 * the device, PPM and connector configuration records, the PPM methods
 * and the two PPM IOCTLs with their parameter records.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ucmucsidevice.h: UCMUCSI_DEVICE_CONFIG,
 * UcmUcsiDeviceInitInitialize, UcmUcsiDeviceInitialize; ucmucsippm.h:
 * UCMUCSI_PPM_CONFIG, UCMUCSI_CONNECTOR_INFO, UcmUcsiPpmCreate,
 * UcmUcsiPpmStart/Stop, UcmUcsiPpmNotification,
 * UcmUcsiPpmSetUcsiCommandRequestQueue, UcmUcsiConnectorCollectionCreate,
 * UcmUcsiConnectorCollectionAddConnector and the *_INIT functions;
 * ucmucsippmrequests.h: UCMUCSI_PPM_IOCTL and the
 * UCMUCSI_PPM_*_UCSI_DATA_BLOCK_*_PARAMS records), not taken from the
 * WDK.  Like the WDK's, it brings in the UCSI records (ucmucsispec.h).
 * The reference pages do not give the IOCTL codes' values: the two
 * requests are given distinct codes built from the UCMUCSI_PPM_IOCTL
 * function numbers with CTL_CODE.
 *
 * Left out: the driver-globals record and the function table used by
 * the class extension's own binding stubs.
 */
#pragma once
#ifndef HVCILINT_UCMUCSICX_H
#define HVCILINT_UCMUCSICX_H

#include <wdf.h>
#include <ucmucsispec.h>

WDF_EXTERN_C_START

WDF_DECLARE_HANDLE(UCMUCSIPPM);
WDF_DECLARE_HANDLE(UCMUCSI_CONNECTOR_COLLECTION);

/* ---- Device --------------------------------------------------------- */

typedef struct _UCMUCSI_DEVICE_CONFIG {
    ULONG Size;
} UCMUCSI_DEVICE_CONFIG, *PUCMUCSI_DEVICE_CONFIG;

FORCEINLINE VOID UCMUCSI_DEVICE_CONFIG_INIT(_Out_ PUCMUCSI_DEVICE_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(UCMUCSI_DEVICE_CONFIG));
    Config->Size = sizeof(UCMUCSI_DEVICE_CONFIG);
}

NTSTATUS UcmUcsiDeviceInitInitialize(_Inout_ PWDFDEVICE_INIT DeviceInit);
NTSTATUS UcmUcsiDeviceInitialize(_In_ WDFDEVICE WdfDevice, _In_ PUCMUCSI_DEVICE_CONFIG Config);

/* ---- Connectors and PPM --------------------------------------------- */

typedef struct _UCMUCSI_CONNECTOR_INFO {
    ULONG Size;
    ULONGLONG ConnectorId;
} UCMUCSI_CONNECTOR_INFO, *PUCMUCSI_CONNECTOR_INFO;

FORCEINLINE VOID UCMUCSI_CONNECTOR_INFO_INIT(_Out_ PUCMUCSI_CONNECTOR_INFO ConnectorInfo)
{
    RtlZeroMemory(ConnectorInfo, sizeof(UCMUCSI_CONNECTOR_INFO));
    ConnectorInfo->Size = sizeof(UCMUCSI_CONNECTOR_INFO);
}

typedef struct _UCMUCSI_PPM_CONFIG {
    ULONG Size;
    BOOLEAN UsbDeviceControllerEnabled;
    UCMUCSI_CONNECTOR_COLLECTION ConnectorCollectionHandle;
} UCMUCSI_PPM_CONFIG, *PUCMUCSI_PPM_CONFIG;

FORCEINLINE VOID UCMUCSI_PPM_CONFIG_INIT(_Out_ PUCMUCSI_PPM_CONFIG Config,
                                         _In_ UCMUCSI_CONNECTOR_COLLECTION CollectionObject)
{
    RtlZeroMemory(Config, sizeof(UCMUCSI_PPM_CONFIG));
    Config->Size = sizeof(UCMUCSI_PPM_CONFIG);
    Config->ConnectorCollectionHandle = CollectionObject;
}

NTSTATUS UcmUcsiConnectorCollectionCreate(
    _In_ WDFDEVICE WdfDevice, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ UCMUCSI_CONNECTOR_COLLECTION *ConnectorCollectionObject);
NTSTATUS UcmUcsiConnectorCollectionAddConnector(
    _In_ UCMUCSI_CONNECTOR_COLLECTION ConnectorCollectionObject,
    _In_ PUCMUCSI_CONNECTOR_INFO ConnectorInfo);
NTSTATUS UcmUcsiPpmCreate(_In_ WDFDEVICE WdfDevice, _In_ PUCMUCSI_PPM_CONFIG Config,
                          _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                          _Out_ UCMUCSIPPM *PPMObject);
NTSTATUS UcmUcsiPpmStart(_In_ UCMUCSIPPM PPMObject);
VOID UcmUcsiPpmStop(_In_ UCMUCSIPPM PPMObject);
VOID UcmUcsiPpmNotification(_In_ UCMUCSIPPM PPMObject, _In_ PUCSI_DATA_BLOCK UcsiDataBlock);
VOID UcmUcsiPpmSetUcsiCommandRequestQueue(_In_ UCMUCSIPPM PPMObject, _In_ WDFQUEUE UcsiCommandRequestQueue);

/* ---- PPM requests (ucmucsippmrequests.h) ---------------------------- */

typedef enum _UCMUCSI_PPM_IOCTL {
    _IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK = 0x800,
    _IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK
} UCMUCSI_PPM_IOCTL;

#define IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK \
    CTL_CODE(FILE_DEVICE_UNKNOWN, _IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK, METHOD_BUFFERED, \
             FILE_ANY_ACCESS)
#define IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK \
    CTL_CODE(FILE_DEVICE_UNKNOWN, _IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK, METHOD_BUFFERED, \
             FILE_ANY_ACCESS)

typedef struct _UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS {
    UCMUCSIPPM PpmObject;
    UCSI_DATA_BLOCK UcmUcsiDataBlock;
} UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS, *PUCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS;

typedef struct _UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_IN_PARAMS {
    UCMUCSIPPM PpmObject;
} UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_IN_PARAMS, *PUCMUCSI_PPM_GET_UCSI_DATA_BLOCK_IN_PARAMS;

typedef struct _UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS {
    UCSI_DATA_BLOCK UcmUcsiDataBlock;
} UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS, *PUCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS;

WDF_EXTERN_C_END

#endif /* HVCILINT_UCMUCSICX_H */
