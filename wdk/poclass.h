/*
 * poclass.h - hvcilint's stand-in for the power-class driver interfaces
 * that thermal cooling devices and power limit devices expose to the
 * operating system through IRP_MN_QUERY_INTERFACE.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (THERMAL_COOLING_INTERFACE, DEVICE_ACTIVE_COOLING,
 * DEVICE_PASSIVE_COOLING, "Passive and active cooling modes",
 * POWER_LIMIT_TYPES, POWER_LIMIT_ATTRIBUTES and POWER_LIMIT_VALUE in
 * ntpoapi.h, PoQueryPowerLimitAttributes and PoSetPowerLimitValue), not
 * taken from the WDK.  The power limit interface carries the members
 * and callback parameters a power limit client fills in (size, version,
 * context, reference callbacks, domain count, then the query-attributes,
 * set-limit and query-limit callbacks).  The thermal device interface is
 * the cooling interface with flags that say which cooling callbacks are
 * present.  The interface GUIDs are declared, not defined: their values
 * are not published on the reference pages.
 *
 * Thermal sensor drivers: IOCTL_THERMAL_READ_TEMPERATURE and its
 * THERMAL_WAIT_READ input (the "Thermal management IOCTLs" and
 * THERMAL_WAIT_READ pages; the control code is the value the Win32
 * metadata constant listings publish, 0x00294090).
 *
 * Left out: the battery IOCTLs and records (see batclass.h), the other
 * thermal zone IOCTLs and records (thermal policy and information), the lid, button
 * and processor-power interfaces, and the PoCreatePowerLimitRequest
 * family of routines (wdm.h).
 */
#pragma once
#ifndef HVCILINT_POCLASS_H
#define HVCILINT_POCLASS_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Thermal sensor requests ------------------------------------------ */

/* Sent by the ACPI driver to a temperature sensor driver: the input is a
   THERMAL_WAIT_READ, the output a ULONG temperature in tenths of a kelvin. */
#define IOCTL_THERMAL_READ_TEMPERATURE \
    CTL_CODE(FILE_DEVICE_BATTERY, 0x24, METHOD_BUFFERED, FILE_READ_ACCESS)

/* Timeout in milliseconds (0: read now, (ULONG)-1: never time out); the
   request completes once the temperature leaves [Low, High] (tenths of a
   kelvin). */
typedef struct _THERMAL_WAIT_READ {
    ULONG Timeout;
    ULONG LowTemperature;
    ULONG HighTemperature;
} THERMAL_WAIT_READ, *PTHERMAL_WAIT_READ;

/* ---- Thermal cooling interface (Windows 8 and later) ---------------- */

#define THERMAL_COOLING_INTERFACE_VERSION 1

typedef _Function_class_(DEVICE_ACTIVE_COOLING)
VOID DEVICE_ACTIVE_COOLING(_Inout_opt_ PVOID Context, _In_ BOOLEAN Engaged);
typedef DEVICE_ACTIVE_COOLING *PDEVICE_ACTIVE_COOLING;

typedef _Function_class_(DEVICE_PASSIVE_COOLING)
VOID DEVICE_PASSIVE_COOLING(_Inout_opt_ PVOID Context, _In_ ULONG Percentage);
typedef DEVICE_PASSIVE_COOLING *PDEVICE_PASSIVE_COOLING;

typedef struct _THERMAL_COOLING_INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    ULONG Flags;
    PDEVICE_ACTIVE_COOLING ActiveCooling;
    PDEVICE_PASSIVE_COOLING PassiveCooling;
} THERMAL_COOLING_INTERFACE, *PTHERMAL_COOLING_INTERFACE;

/* The device interface variant: Flags says which callbacks are set. */
typedef enum _THERMAL_DEVICE_INTERFACE_FLAGS {
    ThermalDeviceFlagActiveCooling = 0x1,
    ThermalDeviceFlagPassiveCooling = 0x2
} THERMAL_DEVICE_INTERFACE_FLAGS;

typedef struct _THERMAL_DEVICE_INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    ULONG Flags;
    PDEVICE_ACTIVE_COOLING ActiveCooling;
    PDEVICE_PASSIVE_COOLING PassiveCooling;
} THERMAL_DEVICE_INTERFACE, *PTHERMAL_DEVICE_INTERFACE;

extern const GUID GUID_THERMAL_COOLING_INTERFACE;
extern const GUID GUID_DEVINTERFACE_THERMAL_COOLING;

/* ---- Power limit records (ntpoapi.h in the WDK) --------------------- */

#ifndef HVCILINT_POWER_LIMIT_TYPES_DEFINED
#define HVCILINT_POWER_LIMIT_TYPES_DEFINED

typedef enum _POWER_LIMIT_TYPES {
    PowerLimitContinuous = 0,
    PowerLimitBurst = 1,
    PowerLimitRapid = 2,
    PowerLimitPreemptive = 3,
    PowerLimitPreemptiveOffset = 4,
    PowerLimitTypeMax = 5
} POWER_LIMIT_TYPES, *PPOWER_LIMIT_TYPES;

typedef struct _POWER_LIMIT_ATTRIBUTES {
    POWER_LIMIT_TYPES Type;
    ULONG DomainId;
    ULONG MaxValue;
    ULONG MinValue;
    ULONG MinTimeParameter;
    ULONG MaxTimeParameter;
    ULONG DefaultACValue;
    ULONG DefaultDCValue;
    union {
        struct {
            ULONG SupportTimeParameter : 1;
            ULONG Reserved : 31;
        };
        ULONG AsUlong;
    } Flags;
} POWER_LIMIT_ATTRIBUTES, *PPOWER_LIMIT_ATTRIBUTES;

typedef struct _POWER_LIMIT_VALUE {
    POWER_LIMIT_TYPES Type;
    ULONG DomainId;
    ULONG TargetValue;
    ULONG TimeParameter;
} POWER_LIMIT_VALUE, *PPOWER_LIMIT_VALUE;

#endif /* HVCILINT_POWER_LIMIT_TYPES_DEFINED */

/* A limit value that leaves the limit uncontrolled. */
#define POWER_LIMIT_VALUE_NO_CONTROL ((ULONG)0xFFFFFFFF)

/* ---- Power limit interface ------------------------------------------ */

#define POWER_LIMIT_INTERFACE_VERSION 1

typedef _Function_class_(QUERY_POWER_LIMIT_ATTRIBUTES)
NTSTATUS QUERY_POWER_LIMIT_ATTRIBUTES(_In_ PVOID Context, _In_ ULONG BufferCount,
                                      _Out_ PVOID Buffer, _Out_ PULONG AttributeCount);
typedef QUERY_POWER_LIMIT_ATTRIBUTES *PQUERY_POWER_LIMIT_ATTRIBUTES;

typedef _Function_class_(SET_POWER_LIMIT)
NTSTATUS SET_POWER_LIMIT(_In_ PVOID Context, _In_ ULONG ValueCount, _In_ PVOID Values);
typedef SET_POWER_LIMIT *PSET_POWER_LIMIT;

typedef _Function_class_(QUERY_POWER_LIMIT)
NTSTATUS QUERY_POWER_LIMIT(_In_ PVOID Context, _In_ ULONG ValueCount, _Inout_ PVOID Values);
typedef QUERY_POWER_LIMIT *PQUERY_POWER_LIMIT;

typedef struct _POWER_LIMIT_INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    ULONG DomainCount;
    PQUERY_POWER_LIMIT_ATTRIBUTES QueryAttributes;
    PSET_POWER_LIMIT SetPowerLimit;
    PQUERY_POWER_LIMIT QueryPowerLimit;
} POWER_LIMIT_INTERFACE, *PPOWER_LIMIT_INTERFACE;

extern const GUID GUID_POWER_LIMIT_INTERFACE;
extern const GUID GUID_DEVINTERFACE_POWER_LIMIT;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_POCLASS_H */
