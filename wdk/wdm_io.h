/*
 * wdm_io.h - hvcilint's stand-in for more of the I/O-manager and run-time
 * library part of the WDK's wdm.h and ntddk.h: extended work items, the
 * registry query table (RtlQueryRegistryValues), the fuller registry value
 * records, the device-count record, the device reset interface, the
 * high-resolution executive timers, power-setting callbacks, the
 * ALIGN_UP / ALIGN_DOWN helpers and performance counter providers; wdm.h
 * includes it at its end.  (The ACPI driver interface is in wdm_acpi.h.)
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (IO_WORKITEM_ROUTINE_EX, IoQueueWorkItemEx,
 * IoTryQueueWorkItem, IoInitializeWorkItem, RtlQueryRegistryValues,
 * RTL_QUERY_REGISTRY_ROUTINE, KEY_VALUE_BASIC_INFORMATION,
 * KEY_VALUE_FULL_INFORMATION, CONFIGURATION_INFORMATION,
 * IoGetConfigurationInformation, DEVICE_RESET_INTERFACE_STANDARD,
 * DEVICE_RESET_HANDLER, PoRegisterPowerSettingCallback, the Pcw* performance
 * counter routines and records), not taken from the WDK.
 * The reference pages name the RTL_REGISTRY_* and RTL_QUERY_REGISTRY_*
 * flags without their values: the values below are the ones in general
 * use and are not claimed by those pages.  The bus-specific reset
 * handlers of DEVICE_RESET_INTERFACE_STANDARD are kept as untyped
 * pointers (their pages give no prototype).
 *
 * Left out: the registry callback (CmRegisterCallbackEx) records, the
 * RtlXxxRegistry helpers other than query / write / delete / check, and
 * the power-setting GUIDs
 * other than the three declared at the end (values as on the "power
 * setting GUIDs" page).
 */
#pragma once
#ifndef HVCILINT_WDM_IO_H
#define HVCILINT_WDM_IO_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- extended work items ------------------------------------------------ */

typedef VOID IO_WORKITEM_ROUTINE_EX(_In_ PVOID IoObject, _In_opt_ PVOID Context,
                                    _In_ PIO_WORKITEM IoWorkItem);
typedef IO_WORKITEM_ROUTINE_EX *PIO_WORKITEM_ROUTINE_EX;

NTKERNELAPI VOID NTAPI IoQueueWorkItemEx(_Inout_ PIO_WORKITEM IoWorkItem,
                                         _In_ PIO_WORKITEM_ROUTINE_EX WorkerRoutine,
                                         _In_ WORK_QUEUE_TYPE QueueType,
                                         _In_opt_ PVOID Context);
NTKERNELAPI BOOLEAN NTAPI IoTryQueueWorkItem(_Inout_ PIO_WORKITEM IoWorkItem,
                                             _In_ PIO_WORKITEM_ROUTINE_EX WorkerRoutine,
                                             _In_ WORK_QUEUE_TYPE QueueType,
                                             _In_opt_ PVOID Context);
NTKERNELAPI ULONG NTAPI IoSizeofWorkItem(VOID);
NTKERNELAPI VOID NTAPI IoInitializeWorkItem(_In_ PVOID IoObject, _Out_ PIO_WORKITEM IoWorkItem);
NTKERNELAPI VOID NTAPI IoUninitializeWorkItem(_Inout_ PIO_WORKITEM IoWorkItem);

/* An IoCompletion routine's "let completion go on" result. */
#ifndef STATUS_CONTINUE_COMPLETION
#define STATUS_CONTINUE_COMPLETION STATUS_SUCCESS
#endif

/* ---- alignment by type ---------------------------------------------------- */

#ifndef ALIGN_DOWN
#define ALIGN_DOWN(length, type) ALIGN_DOWN_BY(length, sizeof(type))
#endif
#ifndef ALIGN_UP
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))
#endif

/* ---- registry value records ----------------------------------------------- */

typedef struct _KEY_VALUE_BASIC_INFORMATION {
    ULONG TitleIndex;
    ULONG Type;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_VALUE_BASIC_INFORMATION, *PKEY_VALUE_BASIC_INFORMATION;

typedef struct _KEY_VALUE_FULL_INFORMATION {
    ULONG TitleIndex;
    ULONG Type;
    ULONG DataOffset;
    ULONG DataLength;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_VALUE_FULL_INFORMATION, *PKEY_VALUE_FULL_INFORMATION;

/* ---- RtlQueryRegistryValues ----------------------------------------------- */

#define RTL_REGISTRY_ABSOLUTE   0
#define RTL_REGISTRY_SERVICES   1
#define RTL_REGISTRY_CONTROL    2
#define RTL_REGISTRY_WINDOWS_NT 3
#define RTL_REGISTRY_DEVICEMAP  4
#define RTL_REGISTRY_USER       5
#define RTL_REGISTRY_MAXIMUM    6
#define RTL_REGISTRY_HANDLE     0x40000000
#define RTL_REGISTRY_OPTIONAL   0x80000000

#define RTL_QUERY_REGISTRY_SUBKEY         0x00000001
#define RTL_QUERY_REGISTRY_TOPKEY         0x00000002
#define RTL_QUERY_REGISTRY_REQUIRED       0x00000004
#define RTL_QUERY_REGISTRY_NOVALUE        0x00000008
#define RTL_QUERY_REGISTRY_NOEXPAND       0x00000010
#define RTL_QUERY_REGISTRY_DIRECT         0x00000020
#define RTL_QUERY_REGISTRY_DELETE         0x00000040
#define RTL_QUERY_REGISTRY_TYPECHECK      0x00000100
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT 24
#define RTL_QUERY_REGISTRY_TYPECHECK_MASK (0xff << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT)

typedef NTSTATUS NTAPI RTL_QUERY_REGISTRY_ROUTINE(_In_z_ PWSTR ValueName, _In_ ULONG ValueType,
                                                  _In_reads_bytes_opt_(ValueLength) PVOID ValueData,
                                                  _In_ ULONG ValueLength,
                                                  _In_opt_ PVOID Context,
                                                  _In_opt_ PVOID EntryContext);
typedef RTL_QUERY_REGISTRY_ROUTINE *PRTL_QUERY_REGISTRY_ROUTINE;

typedef struct _RTL_QUERY_REGISTRY_TABLE {
    PRTL_QUERY_REGISTRY_ROUTINE QueryRoutine;
    ULONG Flags;
    PWSTR Name;
    PVOID EntryContext;
    ULONG DefaultType;
    PVOID DefaultData;
    ULONG DefaultLength;
} RTL_QUERY_REGISTRY_TABLE, *PRTL_QUERY_REGISTRY_TABLE;

NTSYSAPI NTSTATUS NTAPI RtlQueryRegistryValues(_In_ ULONG RelativeTo, _In_ PCWSTR Path,
                                               _Inout_ PRTL_QUERY_REGISTRY_TABLE QueryTable,
                                               _In_opt_ PVOID Context,
                                               _In_opt_ PVOID Environment);
NTSYSAPI NTSTATUS NTAPI RtlWriteRegistryValue(_In_ ULONG RelativeTo, _In_ PCWSTR Path,
                                              _In_z_ PCWSTR ValueName, _In_ ULONG ValueType,
                                              _In_reads_bytes_opt_(ValueLength) PVOID ValueData,
                                              _In_ ULONG ValueLength);
NTSYSAPI NTSTATUS NTAPI RtlDeleteRegistryValue(_In_ ULONG RelativeTo, _In_ PCWSTR Path,
                                               _In_z_ PCWSTR ValueName);
NTSYSAPI NTSTATUS NTAPI RtlCheckRegistryKey(_In_ ULONG RelativeTo, _In_ PWSTR Path);

/* ---- device counts (IoGetConfigurationInformation) ------------------------ */

typedef struct _CONFIGURATION_INFORMATION {
    ULONG DiskCount;
    ULONG FloppyCount;
    ULONG CdRomCount;
    ULONG TapeCount;
    ULONG ScsiPortCount;
    ULONG SerialCount;
    ULONG ParallelCount;
    BOOLEAN AtDiskPrimaryAddressClaimed;
    BOOLEAN AtDiskSecondaryAddressClaimed;
    ULONG Version;
    ULONG MediumChangerCount;
} CONFIGURATION_INFORMATION, *PCONFIGURATION_INFORMATION;

NTKERNELAPI PCONFIGURATION_INFORMATION NTAPI IoGetConfigurationInformation(VOID);

/* ---- device reset interface (GUID_DEVICE_RESET_INTERFACE_STANDARD) -------- */

typedef enum _DEVICE_RESET_TYPE {
    FunctionLevelDeviceReset,
    PlatformLevelDeviceReset
} DEVICE_RESET_TYPE;

typedef NTSTATUS DEVICE_RESET_HANDLER(_In_ PVOID InterfaceContext,
                                      _In_ DEVICE_RESET_TYPE ResetType,
                                      _In_ ULONG Flags,
                                      _In_opt_ PVOID ResetParameters);
typedef DEVICE_RESET_HANDLER *PDEVICE_RESET_HANDLER;
typedef PVOID PDEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER;
typedef PVOID PDEVICE_BUS_SPECIFIC_RESET_HANDLER;
typedef PVOID PGET_DEVICE_RESET_STATUS;

typedef struct _DEVICE_RESET_INTERFACE_STANDARD {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    PDEVICE_RESET_HANDLER DeviceReset;
    ULONG SupportedResetTypes;
    PVOID Reserved;
    PDEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER QueryBusSpecificResetInfo;
    PDEVICE_BUS_SPECIFIC_RESET_HANDLER DeviceBusSpecificReset;
    PGET_DEVICE_RESET_STATUS GetDeviceResetStatus;
} DEVICE_RESET_INTERFACE_STANDARD, *PDEVICE_RESET_INTERFACE_STANDARD;

#define DEVICE_RESET_INTERFACE_VERSION 1

/* The executive timers (ExAllocateTimer and friends) are in wdm_extimer.h. */

/* ---- performance counter providers (PcwRegister) ------------------------- */

typedef struct _PCW_INSTANCE *PPCW_INSTANCE;
typedef struct _PCW_REGISTRATION *PPCW_REGISTRATION;
typedef struct _PCW_BUFFER *PPCW_BUFFER;

typedef enum _PCW_CALLBACK_TYPE {
    PcwCallbackAddCounter = 0,
    PcwCallbackRemoveCounter,
    PcwCallbackEnumerateInstances,
    PcwCallbackCollectData
} PCW_CALLBACK_TYPE, *PPCW_CALLBACK_TYPE;

typedef enum _PCW_REGISTRATION_FLAGS {
    PcwRegistrationNone = 0,
    PcwRegistrationSiloNeutral = 0x1
} PCW_REGISTRATION_FLAGS, *PPCW_REGISTRATION_FLAGS;

typedef struct _PCW_COUNTER_INFORMATION {
    ULONG64 CounterMask;
    PCUNICODE_STRING InstanceMask;
} PCW_COUNTER_INFORMATION, *PPCW_COUNTER_INFORMATION;

typedef struct _PCW_MASK_INFORMATION {
    ULONG64 CounterMask;
    PCUNICODE_STRING InstanceMask;
    ULONG InstanceId;
    BOOLEAN CollectMultiple;
    PPCW_BUFFER Buffer;
    PKEVENT CancelEvent;
} PCW_MASK_INFORMATION, *PPCW_MASK_INFORMATION;

typedef union _PCW_CALLBACK_INFORMATION {
    PCW_COUNTER_INFORMATION AddCounter;
    PCW_COUNTER_INFORMATION RemoveCounter;
    PCW_MASK_INFORMATION EnumerateInstances;
    PCW_MASK_INFORMATION CollectData;
} PCW_CALLBACK_INFORMATION, *PPCW_CALLBACK_INFORMATION;

typedef NTSTATUS NTAPI PCW_CALLBACK(_In_ PCW_CALLBACK_TYPE Type,
                                    _In_ PPCW_CALLBACK_INFORMATION Info,
                                    _In_opt_ PVOID Context);
typedef PCW_CALLBACK *PPCW_CALLBACK;

typedef struct _PCW_COUNTER_DESCRIPTOR {
    USHORT Id;
    USHORT StructIndex;
    USHORT Offset;
    USHORT Size;
} PCW_COUNTER_DESCRIPTOR, *PPCW_COUNTER_DESCRIPTOR;

typedef struct _PCW_DATA {
    const VOID *Data;
    ULONG Size;
} PCW_DATA, *PPCW_DATA;

typedef struct _PCW_REGISTRATION_INFORMATION {
    ULONG Version;
    PCUNICODE_STRING Name;
    ULONG CounterCount;
    PPCW_COUNTER_DESCRIPTOR Counters;
    PPCW_CALLBACK Callback;
    PVOID CallbackContext;
    PCW_REGISTRATION_FLAGS Flags;
} PCW_REGISTRATION_INFORMATION, *PPCW_REGISTRATION_INFORMATION;

#define PCW_VERSION_1       0x0100
#define PCW_VERSION_2       0x0200
#define PCW_CURRENT_VERSION PCW_VERSION_2

NTKERNELAPI NTSTATUS NTAPI PcwRegister(_Outptr_ PPCW_REGISTRATION *Registration,
                                       _In_ PPCW_REGISTRATION_INFORMATION Info);
NTKERNELAPI VOID NTAPI PcwUnregister(_In_ PPCW_REGISTRATION Registration);
NTKERNELAPI NTSTATUS NTAPI PcwCreateInstance(_Outptr_ PPCW_INSTANCE *Instance,
                                             _In_ PPCW_REGISTRATION Registration,
                                             _In_ PCUNICODE_STRING Name, _In_ ULONG Count,
                                             _In_reads_(Count) PPCW_DATA Data);
NTKERNELAPI VOID NTAPI PcwCloseInstance(_In_ PPCW_INSTANCE Instance);
NTKERNELAPI NTSTATUS NTAPI PcwAddInstance(_In_ PPCW_BUFFER Buffer, _In_ PCUNICODE_STRING Name,
                                          _In_ ULONG Id, _In_ ULONG Count,
                                          _In_reads_(Count) PPCW_DATA Data);

/* ---- power-setting callbacks ---------------------------------------------- */

typedef NTSTATUS POWER_SETTING_CALLBACK(_In_ LPCGUID SettingGuid,
                                        _In_reads_bytes_(ValueLength) PVOID Value,
                                        _In_ ULONG ValueLength,
                                        _Inout_opt_ PVOID Context);
typedef POWER_SETTING_CALLBACK *PPOWER_SETTING_CALLBACK;

NTKERNELAPI NTSTATUS NTAPI PoRegisterPowerSettingCallback(_In_opt_ PDEVICE_OBJECT DeviceObject,
                                                          _In_ LPCGUID SettingGuid,
                                                          _In_ PPOWER_SETTING_CALLBACK Callback,
                                                          _In_opt_ PVOID Context,
                                                          _Outptr_opt_ PVOID *Handle);
NTKERNELAPI NTSTATUS NTAPI PoUnregisterPowerSettingCallback(_Inout_ PVOID Handle);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_WDM_IO_H */

/* Power settings drivers commonly watch; outside the guard so that
   <initguid.h> can define them. */
#include <guiddef.h>
DEFINE_GUID(GUID_MONITOR_POWER_ON,
            0x02731015L, 0x4510, 0x4526, 0x99, 0xE6, 0xE5, 0xA1, 0x7E, 0xBD, 0x1A, 0xEA);
DEFINE_GUID(GUID_CONSOLE_DISPLAY_STATE,
            0x6FE69556L, 0x704A, 0x47A0, 0x8F, 0x24, 0xC2, 0x8D, 0x93, 0x6F, 0xDA, 0x47);
DEFINE_GUID(GUID_ACDC_POWER_SOURCE,
            0x5D3E9A59L, 0xE9D5, 0x4B00, 0xA6, 0xBD, 0xFF, 0x34, 0xFF, 0x51, 0x65, 0x48);
