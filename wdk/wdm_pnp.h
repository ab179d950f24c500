/*
 * wdm_pnp.h - hvcilint's stand-in for the Plug and Play notification and
 * device-interface part of the WDK's wdm.h, and for the registry key
 * creation and enumeration routines; wdm.h includes it at its end.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (IoRegisterPlugPlayNotification,
 * IoUnregisterPlugPlayNotification(Ex), DRIVER_NOTIFICATION_CALLBACK_ROUTINE,
 * IO_NOTIFICATION_EVENT_CATEGORY, DEVICE_INTERFACE_CHANGE_NOTIFICATION,
 * HWPROFILE_CHANGE_NOTIFICATION, TARGET_DEVICE_REMOVAL_NOTIFICATION,
 * TARGET_DEVICE_CUSTOM_NOTIFICATION, IoReportTargetDeviceChange(Asynchronous),
 * IoInvalidateDeviceRelations, IoRequestDeviceEject, IoGetDeviceInterfaces,
 * IoOpenDeviceInterfaceRegistryKey, IoOpenDeviceRegistryKey,
 * IoOpenDriverRegistryKey with DRIVER_REGKEY_TYPE,
 * IoGet/SetDeviceInterfacePropertyData, KEY_INFORMATION_CLASS,
 * KEY_BASIC_INFORMATION, KEY_NODE_INFORMATION, KEY_FULL_INFORMATION,
 * ZwCreateKey, ZwQueryKey, ZwEnumerateKey, ZwEnumerateValueKey,
 * ZwDeleteKey, ZwDeleteValueKey, ZwFlushKey), not taken from the WDK.
 * The reference pages name the REG_OPTION_*, REG_*_KEY disposition,
 * PLUGPLAY_REGKEY_*, PLUGPLAY_PROPERTY_PERSISTENT and
 * DEVICE_INTERFACE_INCLUDE_NONACTIVE flags without printing their values:
 * the values below are the ones in general use and are not claimed by
 * those pages.
 *
 * Left out: the asynchronous target-change completion callback's
 * context records, the device-interface alias and property-key
 * enumeration routines, registry transactions and the key
 * virtualization, name and cached information records.
 */
#pragma once
#ifndef HVCILINT_WDM_PNP_H
#define HVCILINT_WDM_PNP_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- PnP notification ---------------------------------------------- */

typedef enum _IO_NOTIFICATION_EVENT_CATEGORY {
    EventCategoryReserved,
    EventCategoryHardwareProfileChange,
    EventCategoryDeviceInterfaceChange,
    EventCategoryTargetDeviceChange,
    EventCategoryKernelSoftRestart
} IO_NOTIFICATION_EVENT_CATEGORY;

#define PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES 0x00000001

typedef _Function_class_(DRIVER_NOTIFICATION_CALLBACK_ROUTINE)
NTSTATUS DRIVER_NOTIFICATION_CALLBACK_ROUTINE(_In_ PVOID NotificationStructure,
                                              _Inout_opt_ PVOID Context);
typedef DRIVER_NOTIFICATION_CALLBACK_ROUTINE *PDRIVER_NOTIFICATION_CALLBACK_ROUTINE;

/* Every notification record starts with Version, Size and Event. */
typedef struct _PLUGPLAY_NOTIFICATION_HEADER {
    USHORT Version;
    USHORT Size;
    GUID Event;
} PLUGPLAY_NOTIFICATION_HEADER, *PPLUGPLAY_NOTIFICATION_HEADER;

typedef struct _DEVICE_INTERFACE_CHANGE_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
    GUID InterfaceClassGuid;
    PUNICODE_STRING SymbolicLinkName;
} DEVICE_INTERFACE_CHANGE_NOTIFICATION, *PDEVICE_INTERFACE_CHANGE_NOTIFICATION;

typedef struct _HWPROFILE_CHANGE_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
} HWPROFILE_CHANGE_NOTIFICATION, *PHWPROFILE_CHANGE_NOTIFICATION;

typedef struct _TARGET_DEVICE_REMOVAL_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
    PFILE_OBJECT FileObject;
} TARGET_DEVICE_REMOVAL_NOTIFICATION, *PTARGET_DEVICE_REMOVAL_NOTIFICATION;

typedef struct _TARGET_DEVICE_CUSTOM_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
    PFILE_OBJECT FileObject;
    LONG NameBufferOffset;
    UCHAR CustomDataBuffer[1];
} TARGET_DEVICE_CUSTOM_NOTIFICATION, *PTARGET_DEVICE_CUSTOM_NOTIFICATION;

NTKERNELAPI NTSTATUS IoRegisterPlugPlayNotification(
    _In_ IO_NOTIFICATION_EVENT_CATEGORY EventCategory, _In_ ULONG EventCategoryFlags,
    _In_opt_ PVOID EventCategoryData, _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDRIVER_NOTIFICATION_CALLBACK_ROUTINE CallbackRoutine,
    _Inout_opt_ __drv_aliasesMem PVOID Context, _Out_ PVOID *NotificationEntry);
NTKERNELAPI NTSTATUS IoUnregisterPlugPlayNotification(_In_ PVOID NotificationEntry);
NTKERNELAPI NTSTATUS IoUnregisterPlugPlayNotificationEx(_In_ PVOID NotificationEntry);

typedef _Function_class_(DEVICE_CHANGE_COMPLETE_CALLBACK)
VOID DEVICE_CHANGE_COMPLETE_CALLBACK(_Inout_opt_ PVOID Context);
typedef DEVICE_CHANGE_COMPLETE_CALLBACK *PDEVICE_CHANGE_COMPLETE_CALLBACK;

NTKERNELAPI NTSTATUS IoReportTargetDeviceChange(_In_ PDEVICE_OBJECT PhysicalDeviceObject,
                                                _In_ PVOID NotificationStructure);
NTKERNELAPI NTSTATUS IoReportTargetDeviceChangeAsynchronous(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject, _In_ PVOID NotificationStructure,
    _In_opt_ PDEVICE_CHANGE_COMPLETE_CALLBACK Callback, _In_opt_ PVOID Context);

/* ---- Device relations and device interfaces ------------------------- */

NTKERNELAPI VOID IoInvalidateDeviceRelations(_In_ PDEVICE_OBJECT DeviceObject,
                                             _In_ DEVICE_RELATION_TYPE Type);
NTKERNELAPI VOID IoRequestDeviceEject(_In_ PDEVICE_OBJECT PhysicalDeviceObject);

#define DEVICE_INTERFACE_INCLUDE_NONACTIVE 0x00000001

NTKERNELAPI NTSTATUS IoGetDeviceInterfaces(_In_ const GUID *InterfaceClassGuid,
                                           _In_opt_ PDEVICE_OBJECT PhysicalDeviceObject,
                                           _In_ ULONG Flags, _Outptr_ PWSTR *SymbolicLinkList);
NTKERNELAPI NTSTATUS IoOpenDeviceInterfaceRegistryKey(_In_ PUNICODE_STRING SymbolicLinkName,
                                                      _In_ ACCESS_MASK DesiredAccess,
                                                      _Out_ PHANDLE DeviceInterfaceRegKey);

#define PLUGPLAY_REGKEY_DEVICE            1
#define PLUGPLAY_REGKEY_DRIVER            2
#define PLUGPLAY_REGKEY_CURRENT_HWPROFILE 4

NTKERNELAPI NTSTATUS IoOpenDeviceRegistryKey(_In_ PDEVICE_OBJECT DeviceObject,
                                             _In_ ULONG DevInstKeyType,
                                             _In_ ACCESS_MASK DesiredAccess,
                                             _Out_ PHANDLE DeviceRegKey);

/* Driver-specific registry keys (Windows 10 version 1803 and later). */
typedef enum _DRIVER_REGKEY_TYPE {
    DriverRegKeyParameters,
    DriverRegKeyPersistentState,
    DriverRegKeySharedPersistentState
} DRIVER_REGKEY_TYPE, *PDRIVER_REGKEY_TYPE;

NTKERNELAPI NTSTATUS IoOpenDriverRegistryKey(_In_ PDRIVER_OBJECT DriverObject,
                                             _In_ DRIVER_REGKEY_TYPE RegKeyType,
                                             _In_ ACCESS_MASK DesiredAccess,
                                             _In_ ULONG Flags,
                                             _Out_ PHANDLE DriverRegKey);

#define PLUGPLAY_PROPERTY_PERSISTENT 0x00000001
#ifndef LOCALE_NEUTRAL
#define LOCALE_NEUTRAL 0x0000
#endif

NTKERNELAPI NTSTATUS IoSetDeviceInterfacePropertyData(
    _In_ PUNICODE_STRING SymbolicLinkName, _In_ const DEVPROPKEY *PropertyKey,
    _In_ LCID Lcid, _In_ ULONG Flags, _In_ DEVPROPTYPE Type, _In_ ULONG Size,
    _In_reads_bytes_opt_(Size) PVOID Data);
NTKERNELAPI NTSTATUS IoGetDeviceInterfacePropertyData(
    _In_ PUNICODE_STRING SymbolicLinkName, _In_ const DEVPROPKEY *PropertyKey,
    _In_ LCID Lcid, _Reserved_ ULONG Flags, _In_ ULONG Size,
    _Out_writes_bytes_to_(Size, *RequiredSize) PVOID Data, _Out_ PULONG RequiredSize,
    _Out_ PDEVPROPTYPE Type);

/* ---- Registry keys -------------------------------------------------- */

#define REG_OPTION_NON_VOLATILE 0x00000000L
#define REG_OPTION_VOLATILE     0x00000001L
#define REG_CREATED_NEW_KEY     0x00000001L
#define REG_OPENED_EXISTING_KEY 0x00000002L

typedef enum _KEY_INFORMATION_CLASS {
    KeyBasicInformation,
    KeyNodeInformation,
    KeyFullInformation,
    KeyNameInformation,
    KeyCachedInformation,
    KeyFlagsInformation,
    KeyVirtualizationInformation,
    KeyHandleTagsInformation,
    KeyTrustInformation,
    KeyLayerInformation,
    MaxKeyInfoClass
} KEY_INFORMATION_CLASS;

typedef struct _KEY_BASIC_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_BASIC_INFORMATION, *PKEY_BASIC_INFORMATION;

typedef struct _KEY_NODE_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG ClassOffset;
    ULONG ClassLength;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_NODE_INFORMATION, *PKEY_NODE_INFORMATION;

typedef struct _KEY_FULL_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG ClassOffset;
    ULONG ClassLength;
    ULONG SubKeys;
    ULONG MaxNameLen;
    ULONG MaxClassLen;
    ULONG Values;
    ULONG MaxValueNameLen;
    ULONG MaxValueDataLen;
    WCHAR Class[1];
} KEY_FULL_INFORMATION, *PKEY_FULL_INFORMATION;

NTSYSAPI NTSTATUS NTAPI ZwCreateKey(_Out_ PHANDLE KeyHandle, _In_ ACCESS_MASK DesiredAccess,
                                    _In_ POBJECT_ATTRIBUTES ObjectAttributes,
                                    _Reserved_ ULONG TitleIndex, _In_opt_ PUNICODE_STRING Class,
                                    _In_ ULONG CreateOptions, _Out_opt_ PULONG Disposition);
NTSYSAPI NTSTATUS NTAPI ZwQueryKey(_In_ HANDLE KeyHandle,
                                   _In_ KEY_INFORMATION_CLASS KeyInformationClass,
                                   _Out_writes_bytes_opt_(Length) PVOID KeyInformation,
                                   _In_ ULONG Length, _Out_ PULONG ResultLength);
NTSYSAPI NTSTATUS NTAPI ZwEnumerateKey(_In_ HANDLE KeyHandle, _In_ ULONG Index,
                                       _In_ KEY_INFORMATION_CLASS KeyInformationClass,
                                       _Out_writes_bytes_opt_(Length) PVOID KeyInformation,
                                       _In_ ULONG Length, _Out_ PULONG ResultLength);
NTSYSAPI NTSTATUS NTAPI ZwEnumerateValueKey(
    _In_ HANDLE KeyHandle, _In_ ULONG Index,
    _In_ KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
    _Out_writes_bytes_opt_(Length) PVOID KeyValueInformation, _In_ ULONG Length,
    _Out_ PULONG ResultLength);
NTSYSAPI NTSTATUS NTAPI ZwDeleteKey(_In_ HANDLE KeyHandle);
NTSYSAPI NTSTATUS NTAPI ZwDeleteValueKey(_In_ HANDLE KeyHandle, _In_ PUNICODE_STRING ValueName);
NTSYSAPI NTSTATUS NTAPI ZwFlushKey(_In_ HANDLE KeyHandle);

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_WDM_PNP_H */
