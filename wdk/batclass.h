/*
 * batclass.h - hvcilint's stand-in for the battery class driver interface
 * that battery miniclass drivers use: the battery records exchanged with
 * the class driver, the miniclass callbacks and BATTERY_MINIPORT_INFO, and
 * the BatteryClass* support routines.
 *
 * Written for hvcilint from the public reference pages (learn.microsoft.com:
 * the batclass.h section, BATTERY_INFORMATION, BATTERY_STATUS,
 * BATTERY_MANUFACTURE_DATE, BATTERY_REPORTING_SCALE, BATTERY_QUERY_INFORMATION
 * and BATTERY_SET_INFORMATION with their information levels), not taken
 * from the WDK.  Flag and level values are the ones those pages give;
 * MAX_BATTERY_STRING_SIZE, BATTERY_TAG_INVALID, BATTERY_UNKNOWN_CAPACITY /
 * _VOLTAGE / _RATE / _CURRENT, BATTERY_CLASS_MAJOR_VERSION, the charging
 * source types and the later set-information levels are the values
 * Microsoft's metadata publishes (windows-sys, Win32::System::Power).
 * BATTERY_REPORTING_SCALE lives in wdm.h in the WDK; it is declared here
 * behind a guard that wdm.h can share.
 *
 * Left out (no value found in the sources used): BATTERY_UNKNOWN_TIME,
 * UNKNOWN_CURRENT, BATTERY_CLASS_MINOR_VERSION and _MINOR_VERSION_1.  Also
 * left out: the battery IOCTLs and their query/set/wait records, the WMI
 * data blocks and GUIDs, BATTERY_MINIPORT_UPDATE_DATA and
 * BatteryClassUpdateData, and the charger-id and USB charger records.
 */
#pragma once
#ifndef HVCILINT_BATCLASS_H
#define HVCILINT_BATCLASS_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Limits and "unknown" values ----------------------------------------- */
#define MAX_BATTERY_STRING_SIZE     128
#define BATTERY_TAG_INVALID         0
#define BATTERY_UNKNOWN_CAPACITY    0xFFFFFFFF
#define BATTERY_UNKNOWN_VOLTAGE     0xFFFFFFFF
#define BATTERY_UNKNOWN_CURRENT     0xFFFFFFFF
#define BATTERY_UNKNOWN_RATE        0x80000000

#define BATTERY_CLASS_MAJOR_VERSION 1

/* BATTERY_INFORMATION.Capabilities flags. */
#define BATTERY_SET_CHARGE_SUPPORTED     0x00000001
#define BATTERY_SET_DISCHARGE_SUPPORTED  0x00000002
#define BATTERY_IS_SHORT_TERM            0x20000000
#define BATTERY_CAPACITY_RELATIVE        0x40000000
#define BATTERY_SYSTEM_BATTERY           0x80000000

/* BATTERY_STATUS.PowerState / BATTERY_NOTIFY.PowerState flags. */
#define BATTERY_POWER_ON_LINE   0x00000001
#define BATTERY_DISCHARGING     0x00000002
#define BATTERY_CHARGING        0x00000004
#define BATTERY_CRITICAL        0x00000008

/* ---- Battery records ------------------------------------------------------ */
typedef enum _BATTERY_QUERY_INFORMATION_LEVEL {
    BatteryInformation = 0,
    BatteryGranularityInformation = 1,
    BatteryTemperature = 2,
    BatteryEstimatedTime = 3,
    BatteryDeviceName = 4,
    BatteryManufactureDate = 5,
    BatteryManufactureName = 6,
    BatteryUniqueID = 7,
    BatterySerialNumber = 8
} BATTERY_QUERY_INFORMATION_LEVEL;

typedef enum _BATTERY_SET_INFORMATION_LEVEL {
    BatteryCriticalBias = 0,
    BatteryCharge = 1,
    BatteryDischarge = 2,
    BatteryChargingSource = 3,
    BatteryChargerId = 4,
    BatteryChargerStatus = 5
} BATTERY_SET_INFORMATION_LEVEL;

typedef struct _BATTERY_INFORMATION {
    ULONG Capabilities;             /* BATTERY_* capability flags */
    UCHAR Technology;               /* 0 primary, 1 rechargeable */
    UCHAR Reserved[3];
    UCHAR Chemistry[4];
    ULONG DesignedCapacity;
    ULONG FullChargedCapacity;
    ULONG DefaultAlert1;
    ULONG DefaultAlert2;
    ULONG CriticalBias;
    ULONG CycleCount;
} BATTERY_INFORMATION, *PBATTERY_INFORMATION;

typedef struct _BATTERY_STATUS {
    ULONG PowerState;               /* BATTERY_POWER_ON_LINE, ... */
    ULONG Capacity;
    ULONG Voltage;                  /* millivolts */
    LONG Rate;                      /* positive: charging */
} BATTERY_STATUS, *PBATTERY_STATUS;

typedef struct _BATTERY_MANUFACTURE_DATE {
    UCHAR Day;
    UCHAR Month;
    USHORT Year;
} BATTERY_MANUFACTURE_DATE, *PBATTERY_MANUFACTURE_DATE;

#ifndef HVCILINT_BATTERY_REPORTING_SCALE_DEFINED
#define HVCILINT_BATTERY_REPORTING_SCALE_DEFINED
typedef struct {
    ULONG Granularity;
    ULONG Capacity;
} BATTERY_REPORTING_SCALE, *PBATTERY_REPORTING_SCALE;
#endif

typedef struct {
    ULONG PowerState;
    ULONG LowCapacity;
    ULONG HighCapacity;
} BATTERY_NOTIFY, *PBATTERY_NOTIFY;

typedef enum _BATTERY_CHARGING_SOURCE_TYPE {
    BatteryChargingSourceType_AC = 1,
    BatteryChargingSourceType_USB = 2,
    BatteryChargingSourceType_Wireless = 3,
    BatteryChargingSourceType_Max = 4
} BATTERY_CHARGING_SOURCE_TYPE, *PBATTERY_CHARGING_SOURCE_TYPE;

/* Buffer of a BatteryChargingSource set-information request. */
typedef struct _BATTERY_CHARGING_SOURCE {
    BATTERY_CHARGING_SOURCE_TYPE Type;
    ULONG MaxCurrent;
} BATTERY_CHARGING_SOURCE, *PBATTERY_CHARGING_SOURCE;

/* ---- Miniclass callbacks -------------------------------------------------- */
typedef _Function_class_(BCLASS_QUERY_TAG_CALLBACK)
NTSTATUS BCLASS_QUERY_TAG_CALLBACK(
    _In_ PVOID Context,
    _Out_ PULONG BatteryTag);
typedef BCLASS_QUERY_TAG_CALLBACK *PBCLASS_QUERY_TAG_CALLBACK;

typedef _Function_class_(BCLASS_QUERY_INFORMATION_CALLBACK)
NTSTATUS BCLASS_QUERY_INFORMATION_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG BatteryTag,
    _In_ BATTERY_QUERY_INFORMATION_LEVEL Level,
    _In_ LONG AtRate,
    _Out_writes_bytes_to_(BufferLength, *ReturnedLength) PVOID Buffer,
    _In_ ULONG BufferLength,
    _Out_ PULONG ReturnedLength);
typedef BCLASS_QUERY_INFORMATION_CALLBACK *PBCLASS_QUERY_INFORMATION_CALLBACK;

typedef _Function_class_(BCLASS_SET_INFORMATION_CALLBACK)
NTSTATUS BCLASS_SET_INFORMATION_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG BatteryTag,
    _In_ BATTERY_SET_INFORMATION_LEVEL Level,
    _In_opt_ PVOID Buffer);
typedef BCLASS_SET_INFORMATION_CALLBACK *PBCLASS_SET_INFORMATION_CALLBACK;

typedef _Function_class_(BCLASS_QUERY_STATUS_CALLBACK)
NTSTATUS BCLASS_QUERY_STATUS_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG BatteryTag,
    _Out_ PBATTERY_STATUS BatteryStatus);
typedef BCLASS_QUERY_STATUS_CALLBACK *PBCLASS_QUERY_STATUS_CALLBACK;

typedef _Function_class_(BCLASS_SET_STATUS_NOTIFY_CALLBACK)
NTSTATUS BCLASS_SET_STATUS_NOTIFY_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG BatteryTag,
    _In_ PBATTERY_NOTIFY BatteryNotify);
typedef BCLASS_SET_STATUS_NOTIFY_CALLBACK *PBCLASS_SET_STATUS_NOTIFY_CALLBACK;

typedef _Function_class_(BCLASS_DISABLE_STATUS_NOTIFY_CALLBACK)
NTSTATUS BCLASS_DISABLE_STATUS_NOTIFY_CALLBACK(
    _In_ PVOID Context);
typedef BCLASS_DISABLE_STATUS_NOTIFY_CALLBACK *PBCLASS_DISABLE_STATUS_NOTIFY_CALLBACK;

/* The member types of BATTERY_MINIPORT_INFO. */
typedef PBCLASS_QUERY_TAG_CALLBACK BCLASS_QUERY_TAG;
typedef PBCLASS_QUERY_INFORMATION_CALLBACK BCLASS_QUERY_INFORMATION;
typedef PBCLASS_SET_INFORMATION_CALLBACK BCLASS_SET_INFORMATION;
typedef PBCLASS_QUERY_STATUS_CALLBACK BCLASS_QUERY_STATUS;
typedef PBCLASS_SET_STATUS_NOTIFY_CALLBACK BCLASS_SET_STATUS_NOTIFY;
typedef PBCLASS_DISABLE_STATUS_NOTIFY_CALLBACK BCLASS_DISABLE_STATUS_NOTIFY;

/* Filled in by the miniclass driver before BatteryClassInitializeDevice. */
typedef struct {
    USHORT MajorVersion;
    USHORT MinorVersion;
    PVOID Context;
    BCLASS_QUERY_TAG QueryTag;
    BCLASS_QUERY_INFORMATION QueryInformation;
    BCLASS_SET_INFORMATION SetInformation;
    BCLASS_QUERY_STATUS QueryStatus;
    BCLASS_SET_STATUS_NOTIFY SetStatusNotify;
    BCLASS_DISABLE_STATUS_NOTIFY DisableStatusNotify;
    PDEVICE_OBJECT Pdo;
    PUNICODE_STRING DeviceName;
} BATTERY_MINIPORT_INFO, *PBATTERY_MINIPORT_INFO;

/* Version 1.1 adds the FDO. */
typedef struct {
    USHORT MajorVersion;
    USHORT MinorVersion;
    PVOID Context;
    BCLASS_QUERY_TAG QueryTag;
    BCLASS_QUERY_INFORMATION QueryInformation;
    BCLASS_SET_INFORMATION SetInformation;
    BCLASS_QUERY_STATUS QueryStatus;
    BCLASS_SET_STATUS_NOTIFY SetStatusNotify;
    BCLASS_DISABLE_STATUS_NOTIFY DisableStatusNotify;
    PDEVICE_OBJECT Pdo;
    PUNICODE_STRING DeviceName;
    PDEVICE_OBJECT Fdo;
} BATTERY_MINIPORT_INFO_V1_1, *PBATTERY_MINIPORT_INFO_V1_1;

/* ---- Class driver routines ------------------------------------------------ */
NTSTATUS
BatteryClassInitializeDevice(
    _In_ PBATTERY_MINIPORT_INFO MiniportInfo,
    _Out_ PVOID *ClassData);

NTSTATUS
BatteryClassUnload(
    _In_ PVOID ClassData);

NTSTATUS
BatteryClassIoctl(
    _In_ PVOID ClassData,
    _Inout_ PIRP Irp);

NTSTATUS
BatteryClassStatusNotify(
    _In_ PVOID ClassData);

NTSTATUS
BatteryClassSystemControl(
    _In_ PVOID ClassData,
    _In_ PVOID WmiLibContext,
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _Out_ PVOID Disposition);

NTSTATUS
BatteryClassQueryWmiDataBlock(
    _In_ PVOID ClassData,
    _Inout_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _Out_ PULONG InstanceLengthArray,
    _In_ ULONG OutBufferSize,
    _Out_writes_bytes_opt_(OutBufferSize) PUCHAR Buffer);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_BATCLASS_H */
