/*
 * pepfx.h - hvcilint's stand-in for the ACPI part of the WDK's platform
 * extension plug-in (PEP) interface: the ACPI notification codes a PEP's
 * AcceptAcpiNotification routine receives, the device handle, ACPI
 * object names, and the namespace-enumeration and control-method
 * evaluation records.
 *
 * Written for hvcilint from the public pages on learn.microsoft.com (the
 * "ACPI notifications" guide, which gives the PEP_NOTIFY_ACPI_* values,
 * PEP_ACPI_ENUMERATE_DEVICE_NAMESPACE, PEP_ACPI_EVALUATE_CONTROL_METHOD,
 * PEP_ACPI_OBJECT_NAME, PEP_ACPI_OBJECT_NAME_WITH_TYPE and
 * PEP_ACPI_OBJECT_TYPE), not taken from the WDK.  PEPHANDLE is an opaque
 * handle type.  The order of the PEP_ACPI_OBJECT_TYPE enumerators is not
 * claimed to match the WDK.
 *
 * Left out: the device power management (DPM), processor power
 * management (PPM) and miscellaneous notifications and their records, the
 * other ACPI notification records, the resource-conversion records and
 * PoFxRegisterPlugin / PoFxRegisterPluginEx.
 */
#pragma once
#ifndef HVCILINT_PEPFX_H
#define HVCILINT_PEPFX_H

#include <wdm.h>
#include <acpiioct.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _PEPHANDLE__ { UCHAR unused; } *PEPHANDLE;

/* ACPI notification codes (AcceptAcpiNotification's Notification). */
#define PEP_NOTIFY_ACPI_PREPARE_DEVICE                     0x01
#define PEP_NOTIFY_ACPI_ABANDON_DEVICE                     0x02
#define PEP_NOTIFY_ACPI_REGISTER_DEVICE                    0x03
#define PEP_NOTIFY_ACPI_UNREGISTER_DEVICE                  0x04
#define PEP_NOTIFY_ACPI_ENUMERATE_DEVICE_NAMESPACE         0x05
#define PEP_NOTIFY_ACPI_QUERY_OBJECT_INFORMATION           0x06
#define PEP_NOTIFY_ACPI_EVALUATE_CONTROL_METHOD            0x07
#define PEP_NOTIFY_ACPI_QUERY_DEVICE_CONTROL_RESOURCES     0x08
#define PEP_NOTIFY_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES 0x09

typedef union _PEP_ACPI_OBJECT_NAME {
    UCHAR Name[4];
    ULONG NameAsUlong;
} PEP_ACPI_OBJECT_NAME, *PPEP_ACPI_OBJECT_NAME;

typedef enum _PEP_ACPI_OBJECT_TYPE {
    PepAcpiObjectTypeMethod,
    PepAcpiObjectTypeDevice,
    PepAcpiObjectTypeMaximum
} PEP_ACPI_OBJECT_TYPE, *PPEP_ACPI_OBJECT_TYPE;

typedef struct _PEP_ACPI_OBJECT_NAME_WITH_TYPE {
    PEP_ACPI_OBJECT_NAME Name;
    PEP_ACPI_OBJECT_TYPE Type;
} PEP_ACPI_OBJECT_NAME_WITH_TYPE, *PPEP_ACPI_OBJECT_NAME_WITH_TYPE;

#define PEP_ACPI_EDN_FLAG_NONE 0x0

typedef struct _PEP_ACPI_ENUMERATE_DEVICE_NAMESPACE {
    PEPHANDLE DeviceHandle;
    ULONG RequestFlags;
    NTSTATUS Status;
    ULONG ObjectCount;
    SIZE_T ObjectBufferSize;
    PEP_ACPI_OBJECT_NAME_WITH_TYPE Objects[ANYSIZE_ARRAY];
} PEP_ACPI_ENUMERATE_DEVICE_NAMESPACE, *PPEP_ACPI_ENUMERATE_DEVICE_NAMESPACE;

#define PEP_ACPI_ECM_FLAG_NONE                 0x0
#define PEP_ACPI_ECM_FLAG_RELATIVE_NAME        0x1
#define PEP_ACPI_ECM_FLAG_FULLY_QUALIFIED_NAME 0x2

typedef struct _PEP_ACPI_EVALUATE_CONTROL_METHOD {
    PEPHANDLE DeviceHandle;
    ULONG RequestFlags;
    union {
        ULONG MethodName;
        ANSI_STRING MethodNameString;
    };
    NTSTATUS MethodStatus;
    PVOID CompletionContext;
    ULONG InputArgumentCount;
    SIZE_T InputArgumentSize;
    PACPI_METHOD_ARGUMENT InputArguments;
    ULONG OutputArgumentCount;
    SIZE_T OutputArgumentSize;
    PACPI_METHOD_ARGUMENT OutputArguments;
} PEP_ACPI_EVALUATE_CONTROL_METHOD, *PPEP_ACPI_EVALUATE_CONTROL_METHOD;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_PEPFX_H */
