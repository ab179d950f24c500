/*
 * wdm_acpi.h - hvcilint's stand-in for the ACPI driver interface of the
 * WDK's wdm.h: ACPI_INTERFACE_STANDARD2, returned for
 * GUID_ACPI_INTERFACE_STANDARD2 by IRP_MN_QUERY_INTERFACE, with the
 * general-purpose-event and device-notification routines it points to.
 * wdm_cm.h includes it at its end (its GPE routines take the
 * KINTERRUPT_MODE declared there), so every path into wdm.h gets it.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ACPI_INTERFACE_STANDARD2, PGPE_CONNECT_VECTOR2,
 * PGPE_DISCONNECT_VECTOR2, PGPE_ENABLE_EVENT2, PGPE_DISABLE_EVENT2,
 * PGPE_CLEAR_STATUS2, PREGISTER_FOR_DEVICE_NOTIFICATIONS2,
 * PUNREGISTER_FOR_DEVICE_NOTIFICATIONS2, PDEVICE_NOTIFY_CALLBACK2,
 * PGPE_SERVICE_ROUTINE2), not taken from the WDK.  The value of
 * GUID_ACPI_INTERFACE_STANDARD2 is not given on those pages; the one
 * below is the one in general use.
 *
 * Left out: the version-1 ACPI_INTERFACE_STANDARD and its routines.
 */
#pragma once
#ifndef HVCILINT_WDM_ACPI_H
#define HVCILINT_WDM_ACPI_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef BOOLEAN GPE_SERVICE_ROUTINE2(_In_ PVOID ObjectContext, _In_ PVOID ServiceContext);
typedef GPE_SERVICE_ROUTINE2 *PGPE_SERVICE_ROUTINE2;
typedef NTSTATUS GPE_CONNECT_VECTOR2(_In_ PVOID Context, _In_ ULONG GpeNumber,
                                     _In_ KINTERRUPT_MODE Mode, _In_ BOOLEAN Shareable,
                                     _In_ PGPE_SERVICE_ROUTINE2 ServiceRoutine,
                                     _In_opt_ PVOID ServiceContext,
                                     _Out_ PVOID *ObjectContext);
typedef GPE_CONNECT_VECTOR2 *PGPE_CONNECT_VECTOR2;
typedef NTSTATUS GPE_DISCONNECT_VECTOR2(_In_ PVOID Context, _In_ PVOID ObjectContext);
typedef GPE_DISCONNECT_VECTOR2 *PGPE_DISCONNECT_VECTOR2;
typedef NTSTATUS GPE_ENABLE_EVENT2(_In_ PVOID Context, _In_ PVOID ObjectContext);
typedef GPE_ENABLE_EVENT2 *PGPE_ENABLE_EVENT2;
typedef NTSTATUS GPE_DISABLE_EVENT2(_In_ PVOID Context, _In_ PVOID ObjectContext);
typedef GPE_DISABLE_EVENT2 *PGPE_DISABLE_EVENT2;
typedef NTSTATUS GPE_CLEAR_STATUS2(_In_ PVOID Context, _In_ PVOID ObjectContext);
typedef GPE_CLEAR_STATUS2 *PGPE_CLEAR_STATUS2;
typedef VOID DEVICE_NOTIFY_CALLBACK2(_In_ PVOID NotificationContext, _In_ ULONG NotifyCode);
typedef DEVICE_NOTIFY_CALLBACK2 *PDEVICE_NOTIFY_CALLBACK2;
typedef NTSTATUS REGISTER_FOR_DEVICE_NOTIFICATIONS2(
    _In_ PVOID Context, _In_ PDEVICE_NOTIFY_CALLBACK2 NotificationHandler,
    _In_opt_ PVOID NotificationContext);
typedef REGISTER_FOR_DEVICE_NOTIFICATIONS2 *PREGISTER_FOR_DEVICE_NOTIFICATIONS2;
typedef VOID UNREGISTER_FOR_DEVICE_NOTIFICATIONS2(_In_ PVOID Context);
typedef UNREGISTER_FOR_DEVICE_NOTIFICATIONS2 *PUNREGISTER_FOR_DEVICE_NOTIFICATIONS2;

typedef struct _ACPI_INTERFACE_STANDARD2 {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    PGPE_CONNECT_VECTOR2 GpeConnectVector;
    PGPE_DISCONNECT_VECTOR2 GpeDisconnectVector;
    PGPE_ENABLE_EVENT2 GpeEnableEvent;
    PGPE_DISABLE_EVENT2 GpeDisableEvent;
    PGPE_CLEAR_STATUS2 GpeClearStatus;
    PREGISTER_FOR_DEVICE_NOTIFICATIONS2 RegisterForDeviceNotifications;
    PUNREGISTER_FOR_DEVICE_NOTIFICATIONS2 UnregisterForDeviceNotifications;
} ACPI_INTERFACE_STANDARD2, *PACPI_INTERFACE_STANDARD2;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_WDM_ACPI_H */

/* Outside the guard so that <initguid.h> can define it. */
#include <guiddef.h>
DEFINE_GUID(GUID_ACPI_INTERFACE_STANDARD2,
            0xE8695F63L, 0x1831, 0x4870, 0xA8, 0xCF, 0x9C, 0x2F, 0x03, 0xF9, 0xDC, 0xB5);
