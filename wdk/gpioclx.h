/*
 * gpioclx.h - hvcilint's stand-in for the GPIO framework extension
 * (GpioClx) client interface: the registration packet a GPIO controller
 * driver hands to GpioClx, the CLIENT_* event callback types, the
 * parameter records those callbacks receive and the GPIO_CLX_* methods.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (gpioclx.h: GPIO_CLIENT_REGISTRATION_PACKET,
 * CLIENT_CONTROLLER_BASIC_INFORMATION, CONTROLLER_ATTRIBUTE_FLAGS,
 * CLIENT_CONTROLLER_QUERY_SET_INFORMATION_INPUT/_OUTPUT,
 * CLIENT_QUERY_BANK_POWER_INFORMATION_OUTPUT, the GPIO_*_PARAMETERS
 * records, GPIO_CONNECT_IO_PINS_MODE,
 * CLIENT_CONTROLLER_QUERY_SET_REQUEST_TYPE, the GPIO_CLIENT_* callback
 * pages and the GPIO_CLX_* method pages; KINTERRUPT_POLARITY in wdm.h),
 * not taken from the WDK.  Members are in the documented order.  The
 * flag records (GPIO_*_FLAGS) carry the flag bits their pages name,
 * followed by reserved bits and an AsULONG view.  The three version
 * constants are not given a value on the reference pages; 1 is used.
 * The function-config pin callbacks take their parameter record by an
 * untyped pointer.
 *
 * Left out: the GPIO_CLX_* IO-manager helpers beyond registration and
 * interrupt locking, the debounce and drive-strength constant tables,
 * and the HID/ACPI GPIO resource descriptors.
 */
#pragma once
#ifndef HVCILINT_GPIOCLX_H
#define HVCILINT_GPIOCLX_H

#include <wdf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* KINTERRUPT_POLARITY comes from wdm.h (wdm_cm.h), through wdf.h. */

/* ---- Basic types and constants ------------------------------------- */

typedef USHORT BANK_ID, *PBANK_ID;
typedef ULONG PIN_NUMBER, *PPIN_NUMBER;

#define GPIO_CLIENT_VERSION 1
#define GPIO_CONTROLLER_BASIC_INFORMATION_VERSION 1
#define GPIO_BANK_POWER_INFORMATION_OUTPUT_VERSION 1

#define GPIO_PIN_PULL_CONFIGURATION_DEFAULT  (0x0)
#define GPIO_PIN_PULL_CONFIGURATION_PULLUP   (0x1)
#define GPIO_PIN_PULL_CONFIGURATION_PULLDOWN (0x2)
#define GPIO_PIN_PULL_CONFIGURATION_NONE     (0x3)

typedef enum _GPIO_CONNECT_IO_PINS_MODE {
    ConnectModeInvalid,
    ConnectModeInput,
    ConnectModeOutput,
    ConnectModeMaximum
} GPIO_CONNECT_IO_PINS_MODE, *PGPIO_CONNECT_IO_PINS_MODE;

typedef enum _CLIENT_CONTROLLER_QUERY_SET_REQUEST_TYPE {
    QueryBankPowerInformation,
    QueryBankInterruptBindingInformation,
    QueryControllerFunctionBankMappingInformation,
    QuerySetRequestMaximumType
} CLIENT_CONTROLLER_QUERY_SET_REQUEST_TYPE;

/* ---- Controller information ---------------------------------------- */

typedef union _CONTROLLER_ATTRIBUTE_FLAGS {
    struct {
        ULONG MemoryMappedController : 1;
        ULONG ActiveInterruptsAutoClearOnRead : 1;
        ULONG FormatIoRequestsAsMasks : 1;
        ULONG DeviceIdlePowerMgmtSupported : 1;
        ULONG BankIdlePowerMgmtSupported : 1;
        ULONG EmulateDebouncing : 1;
        ULONG EmulateActiveBoth : 1;
        ULONG IndependentIoHwSupported : 1;
        ULONG Reserved : 24;
    };
    ULONG AsULONG;
} CONTROLLER_ATTRIBUTE_FLAGS, *PCONTROLLER_ATTRIBUTE_FLAGS;

typedef struct _CLIENT_CONTROLLER_BASIC_INFORMATION {
    USHORT Version;
    USHORT Size;
    USHORT TotalPins;
    UCHAR NumberOfPinsPerBank;
    ULONG DeviceIdleTimeout;
    CONTROLLER_ATTRIBUTE_FLAGS Flags;
} CLIENT_CONTROLLER_BASIC_INFORMATION, *PCLIENT_CONTROLLER_BASIC_INFORMATION;

typedef struct _CLIENT_CONTROLLER_QUERY_SET_INFORMATION_INPUT {
    CLIENT_CONTROLLER_QUERY_SET_REQUEST_TYPE RequestType;
    USHORT Size;
    USHORT Flags;
    union {
        struct {
            BANK_ID BankId;
        } BankPowerInformation;
        struct {
            PCM_RESOURCE_LIST ResourcesTranslated;
            PCM_RESOURCE_LIST ResourcesRaw;
            USHORT TotalBanks;
        } BankInterruptBinding;
        struct {
            PVOID InputBuffer;
            SIZE_T InputBufferSize;
            SIZE_T OutputBufferSize;
            USHORT TotalBanks;
        } ControllerFunctionBankMapping;
    };
} CLIENT_CONTROLLER_QUERY_SET_INFORMATION_INPUT,
  *PCLIENT_CONTROLLER_QUERY_SET_INFORMATION_INPUT;

typedef struct _CLIENT_QUERY_BANK_POWER_INFORMATION_OUTPUT {
    BOOLEAN F1StateSupported;
    UCHAR Reserved[3];
    PO_FX_COMPONENT_IDLE_STATE F1IdleStateParameters;
} CLIENT_QUERY_BANK_POWER_INFORMATION_OUTPUT,
  *PCLIENT_QUERY_BANK_POWER_INFORMATION_OUTPUT;

typedef struct _CLIENT_CONTROLLER_QUERY_SET_INFORMATION_OUTPUT {
    USHORT Version;
    USHORT Size;
    union {
        CLIENT_QUERY_BANK_POWER_INFORMATION_OUTPUT BankPowerInformation;
        struct {
            ULONG ResourceMapping[1];
        } BankInterruptBinding;
        struct {
            ULONG64 Mapping[1];
        } ControllerFunctionBankMapping;
    };
} CLIENT_CONTROLLER_QUERY_SET_INFORMATION_OUTPUT,
  *PCLIENT_CONTROLLER_QUERY_SET_INFORMATION_OUTPUT;

/* ---- Flag records --------------------------------------------------- */

typedef union _GPIO_CONNECT_IO_PINS_FLAGS {
    struct {
        ULONG Reserved : 32;
    };
    ULONG AsULONG;
} GPIO_CONNECT_IO_PINS_FLAGS;

typedef union _GPIO_DISCONNECT_IO_PINS_FLAGS {
    struct {
        ULONG PreserveConfiguration : 1;
        ULONG Reserved : 31;
    };
    ULONG AsULONG;
} GPIO_DISCONNECT_IO_PINS_FLAGS;

typedef union _GPIO_READ_PINS_FLAGS {
    struct {
        ULONG WriteConfiguredPins : 1;
        ULONG Reserved : 31;
    };
    ULONG AsULONG;
} GPIO_READ_PINS_FLAGS;

typedef union _GPIO_WRITE_PINS_FLAGS {
    struct {
        ULONG Reserved : 32;
    };
    ULONG AsULONG;
} GPIO_WRITE_PINS_FLAGS;

typedef union _GPIO_SAVE_RESTORE_BANK_HARDWARE_CONTEXT_FLAGS {
    struct {
        ULONG CriticalTransition : 1;
        ULONG Reserved : 31;
    };
    ULONG AsULONG;
} GPIO_SAVE_RESTORE_BANK_HARDWARE_CONTEXT_FLAGS;

/* ---- Interrupt parameter records ------------------------------------ */

typedef struct _GPIO_ENABLE_INTERRUPT_PARAMETERS {
    BANK_ID BankId;
    PIN_NUMBER PinNumber;
    ULONG Flags;
    KINTERRUPT_MODE InterruptMode;
    KINTERRUPT_POLARITY Polarity;
    UCHAR PullConfiguration;
    USHORT DebounceTimeout;
    PVOID VendorData;
    ULONG VendorDataLength;
} GPIO_ENABLE_INTERRUPT_PARAMETERS, *PGPIO_ENABLE_INTERRUPT_PARAMETERS;

typedef struct _GPIO_DISABLE_INTERRUPT_PARAMETERS {
    BANK_ID BankId;
    PIN_NUMBER PinNumber;
    ULONG Flags;
} GPIO_DISABLE_INTERRUPT_PARAMETERS, *PGPIO_DISABLE_INTERRUPT_PARAMETERS;

typedef struct _GPIO_MASK_INTERRUPT_PARAMETERS {
    BANK_ID BankId;
    ULONG64 PinMask;
    ULONG64 FailedMask;
} GPIO_MASK_INTERRUPT_PARAMETERS, *PGPIO_MASK_INTERRUPT_PARAMETERS;

typedef struct _GPIO_QUERY_ACTIVE_INTERRUPTS_PARAMETERS {
    BANK_ID BankId;
    ULONG64 EnabledMask;
    ULONG64 ActiveMask;
} GPIO_QUERY_ACTIVE_INTERRUPTS_PARAMETERS, *PGPIO_QUERY_ACTIVE_INTERRUPTS_PARAMETERS;

typedef struct _GPIO_QUERY_ENABLED_INTERRUPTS_PARAMETERS {
    BANK_ID BankId;
    ULONG64 EnabledMask;
} GPIO_QUERY_ENABLED_INTERRUPTS_PARAMETERS, *PGPIO_QUERY_ENABLED_INTERRUPTS_PARAMETERS;

typedef struct _GPIO_CLEAR_ACTIVE_INTERRUPTS_PARAMETERS {
    BANK_ID BankId;
    ULONG64 ClearActiveMask;
    ULONG64 FailedClearMask;
} GPIO_CLEAR_ACTIVE_INTERRUPTS_PARAMETERS, *PGPIO_CLEAR_ACTIVE_INTERRUPTS_PARAMETERS;

typedef struct _GPIO_RECONFIGURE_INTERRUPTS_PARAMETERS {
    BANK_ID BankId;
    PIN_NUMBER PinNumber;
    KINTERRUPT_MODE InterruptMode;
    KINTERRUPT_POLARITY Polarity;
    ULONG Flags;
} GPIO_RECONFIGURE_INTERRUPTS_PARAMETERS, *PGPIO_RECONFIGURE_INTERRUPTS_PARAMETERS;

/* ---- I/O parameter records ------------------------------------------ */

typedef struct _GPIO_CONNECT_IO_PINS_PARAMETERS {
    BANK_ID BankId;
    PPIN_NUMBER PinNumberTable;
    USHORT PinCount;
    GPIO_CONNECT_IO_PINS_MODE ConnectMode;
    UCHAR PullConfiguration;
    USHORT DebounceTimeout;
    USHORT DriveStrength;
    PVOID VendorData;
    ULONG VendorDataLength;
    GPIO_CONNECT_IO_PINS_FLAGS ConnectFlags;
} GPIO_CONNECT_IO_PINS_PARAMETERS, *PGPIO_CONNECT_IO_PINS_PARAMETERS;

typedef struct _GPIO_DISCONNECT_IO_PINS_PARAMETERS {
    BANK_ID BankId;
    PPIN_NUMBER PinNumberTable;
    USHORT PinCount;
    GPIO_CONNECT_IO_PINS_MODE DisconnectMode;
    GPIO_DISCONNECT_IO_PINS_FLAGS DisconnectFlags;
} GPIO_DISCONNECT_IO_PINS_PARAMETERS, *PGPIO_DISCONNECT_IO_PINS_PARAMETERS;

typedef struct _GPIO_READ_PINS_PARAMETERS {
    BANK_ID BankId;
    PPIN_NUMBER PinNumberTable;
    ULONG PinCount;
    PVOID Buffer;
    GPIO_READ_PINS_FLAGS Flags;
    PVOID Reserved;
} GPIO_READ_PINS_PARAMETERS, *PGPIO_READ_PINS_PARAMETERS;

typedef struct _GPIO_READ_PINS_MASK_PARAMETERS {
    BANK_ID BankId;
    PULONG64 PinValues;
    GPIO_READ_PINS_FLAGS Flags;
    PVOID Reserved;
} GPIO_READ_PINS_MASK_PARAMETERS, *PGPIO_READ_PINS_MASK_PARAMETERS;

typedef struct _GPIO_WRITE_PINS_PARAMETERS {
    BANK_ID BankId;
    PPIN_NUMBER PinNumberTable;
    ULONG PinCount;
    PVOID Buffer;
    GPIO_WRITE_PINS_FLAGS Flags;
    PVOID Reserved;
} GPIO_WRITE_PINS_PARAMETERS, *PGPIO_WRITE_PINS_PARAMETERS;

typedef struct _GPIO_WRITE_PINS_MASK_PARAMETERS {
    BANK_ID BankId;
    ULONG64 SetMask;
    ULONG64 ClearMask;
    GPIO_WRITE_PINS_FLAGS Flags;
    PVOID Reserved;
} GPIO_WRITE_PINS_MASK_PARAMETERS, *PGPIO_WRITE_PINS_MASK_PARAMETERS;

typedef struct _GPIO_SAVE_RESTORE_BANK_HARDWARE_CONTEXT_PARAMETERS {
    BANK_ID BankId;
    ULONG State;
    GPIO_SAVE_RESTORE_BANK_HARDWARE_CONTEXT_FLAGS Flags;
} GPIO_SAVE_RESTORE_BANK_HARDWARE_CONTEXT_PARAMETERS,
  *PGPIO_SAVE_RESTORE_BANK_HARDWARE_CONTEXT_PARAMETERS;

typedef struct _GPIO_CLIENT_CONTROLLER_SPECIFIC_FUNCTION_PARAMETERS {
    PVOID InputBuffer;
    SIZE_T InputBufferLength;
    PVOID OutputBuffer;
    SIZE_T OutputBufferLength;
    SIZE_T BytesWritten;
} GPIO_CLIENT_CONTROLLER_SPECIFIC_FUNCTION_PARAMETERS,
  *PGPIO_CLIENT_CONTROLLER_SPECIFIC_FUNCTION_PARAMETERS;

/* ---- Event callbacks ------------------------------------------------ */

#define HVCILINT_GPIO_CALLBACK(ret, name, params) \
    typedef _Function_class_(name) ret name params; \
    typedef name *P##name;

HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_PREPARE_CONTROLLER,
    (_In_ WDFDEVICE Device, _In_ PVOID Context, _In_ WDFCMRESLIST ResourcesRaw,
     _In_ WDFCMRESLIST ResourcesTranslated))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_RELEASE_CONTROLLER,
    (_In_ WDFDEVICE Device, _In_ PVOID Context))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_START_CONTROLLER,
    (_In_ PVOID Context, _In_ BOOLEAN RestoreContext,
     _In_ WDF_POWER_DEVICE_STATE PreviousPowerState))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_STOP_CONTROLLER,
    (_In_ PVOID Context, _In_ BOOLEAN SaveContext, _In_ WDF_POWER_DEVICE_STATE TargetState))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_QUERY_CONTROLLER_BASIC_INFORMATION,
    (_In_ PVOID Context, _Out_ PCLIENT_CONTROLLER_BASIC_INFORMATION Information))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_QUERY_SET_CONTROLLER_INFORMATION,
    (_In_ PVOID Context, _In_ PCLIENT_CONTROLLER_QUERY_SET_INFORMATION_INPUT InputBuffer,
     _Out_opt_ PCLIENT_CONTROLLER_QUERY_SET_INFORMATION_OUTPUT OutputBuffer))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_ENABLE_INTERRUPT,
    (_In_ PVOID Context, _In_ PGPIO_ENABLE_INTERRUPT_PARAMETERS EnableParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_DISABLE_INTERRUPT,
    (_In_ PVOID Context, _In_ PGPIO_DISABLE_INTERRUPT_PARAMETERS DisableParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_UNMASK_INTERRUPT,
    (_In_ PVOID Context, _In_ PGPIO_ENABLE_INTERRUPT_PARAMETERS InterruptParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_MASK_INTERRUPTS,
    (_In_ PVOID Context, _Inout_ PGPIO_MASK_INTERRUPT_PARAMETERS MaskParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_QUERY_ACTIVE_INTERRUPTS,
    (_In_ PVOID Context, _Inout_ PGPIO_QUERY_ACTIVE_INTERRUPTS_PARAMETERS QueryActiveParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS,
    (_In_ PVOID Context, _Inout_ PGPIO_CLEAR_ACTIVE_INTERRUPTS_PARAMETERS ClearParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_CONNECT_IO_PINS,
    (_In_ PVOID Context, _In_ PGPIO_CONNECT_IO_PINS_PARAMETERS ConnectParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_DISCONNECT_IO_PINS,
    (_In_ PVOID Context, _In_ PGPIO_DISCONNECT_IO_PINS_PARAMETERS DisconnectParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_READ_PINS,
    (_In_ PVOID Context, _Inout_ PGPIO_READ_PINS_PARAMETERS ReadParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_READ_PINS_MASK,
    (_In_ PVOID Context, _Inout_ PGPIO_READ_PINS_MASK_PARAMETERS ReadParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_WRITE_PINS,
    (_In_ PVOID Context, _In_ PGPIO_WRITE_PINS_PARAMETERS WriteParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_WRITE_PINS_MASK,
    (_In_ PVOID Context, _In_ PGPIO_WRITE_PINS_MASK_PARAMETERS WriteParameters))
HVCILINT_GPIO_CALLBACK(VOID, GPIO_CLIENT_SAVE_BANK_HARDWARE_CONTEXT,
    (_In_ PVOID Context, _In_ PGPIO_SAVE_RESTORE_BANK_HARDWARE_CONTEXT_PARAMETERS Parameters))
HVCILINT_GPIO_CALLBACK(VOID, GPIO_CLIENT_RESTORE_BANK_HARDWARE_CONTEXT,
    (_In_ PVOID Context, _In_ PGPIO_SAVE_RESTORE_BANK_HARDWARE_CONTEXT_PARAMETERS Parameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_PRE_PROCESS_CONTROLLER_INTERRUPT,
    (_In_ PVOID Context, _In_ BANK_ID BankId, _In_ ULONG64 EnabledMask))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_CONTROLLER_SPECIFIC_FUNCTION,
    (_In_ PVOID Context,
     _Inout_ PGPIO_CLIENT_CONTROLLER_SPECIFIC_FUNCTION_PARAMETERS Parameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_RECONFIGURE_INTERRUPT,
    (_In_ PVOID Context, _In_ PGPIO_RECONFIGURE_INTERRUPTS_PARAMETERS ReconfigureParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_QUERY_ENABLED_INTERRUPTS,
    (_In_ PVOID Context, _In_ PGPIO_QUERY_ENABLED_INTERRUPTS_PARAMETERS QueryEnabledParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_CONNECT_FUNCTION_CONFIG_PINS,
    (_In_ PVOID Context, _In_ PVOID ConnectParameters))
HVCILINT_GPIO_CALLBACK(NTSTATUS, GPIO_CLIENT_DISCONNECT_FUNCTION_CONFIG_PINS,
    (_In_ PVOID Context, _In_ PVOID DisconnectParameters))

#undef HVCILINT_GPIO_CALLBACK

/* ---- Registration --------------------------------------------------- */

typedef struct _GPIO_CLIENT_REGISTRATION_PACKET {
    USHORT Version;
    USHORT Size;
    ULONG Flags;
    ULONG ControllerContextSize;
    ULONG64 Reserved;
    PGPIO_CLIENT_PREPARE_CONTROLLER CLIENT_PrepareController;
    PGPIO_CLIENT_RELEASE_CONTROLLER CLIENT_ReleaseController;
    PGPIO_CLIENT_START_CONTROLLER CLIENT_StartController;
    PGPIO_CLIENT_STOP_CONTROLLER CLIENT_StopController;
    PGPIO_CLIENT_QUERY_CONTROLLER_BASIC_INFORMATION CLIENT_QueryControllerBasicInformation;
    PGPIO_CLIENT_QUERY_SET_CONTROLLER_INFORMATION CLIENT_QuerySetControllerInformation;
    PGPIO_CLIENT_ENABLE_INTERRUPT CLIENT_EnableInterrupt;
    PGPIO_CLIENT_DISABLE_INTERRUPT CLIENT_DisableInterrupt;
    PGPIO_CLIENT_UNMASK_INTERRUPT CLIENT_UnmaskInterrupt;
    PGPIO_CLIENT_MASK_INTERRUPTS CLIENT_MaskInterrupts;
    PGPIO_CLIENT_QUERY_ACTIVE_INTERRUPTS CLIENT_QueryActiveInterrupts;
    PGPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS CLIENT_ClearActiveInterrupts;
    PGPIO_CLIENT_CONNECT_IO_PINS CLIENT_ConnectIoPins;
    PGPIO_CLIENT_DISCONNECT_IO_PINS CLIENT_DisconnectIoPins;
    union {
        PGPIO_CLIENT_READ_PINS CLIENT_ReadGpioPins;
        PGPIO_CLIENT_READ_PINS_MASK CLIENT_ReadGpioPinsUsingMask;
    };
    union {
        PGPIO_CLIENT_WRITE_PINS CLIENT_WriteGpioPins;
        PGPIO_CLIENT_WRITE_PINS_MASK CLIENT_WriteGpioPinsUsingMask;
    };
    PGPIO_CLIENT_SAVE_BANK_HARDWARE_CONTEXT CLIENT_SaveBankHardwareContext;
    PGPIO_CLIENT_RESTORE_BANK_HARDWARE_CONTEXT CLIENT_RestoreBankHardwareContext;
    PGPIO_CLIENT_PRE_PROCESS_CONTROLLER_INTERRUPT CLIENT_PreProcessControllerInterrupt;
    PGPIO_CLIENT_CONTROLLER_SPECIFIC_FUNCTION CLIENT_ControllerSpecificFunction;
    PGPIO_CLIENT_RECONFIGURE_INTERRUPT CLIENT_ReconfigureInterrupt;
    PGPIO_CLIENT_QUERY_ENABLED_INTERRUPTS CLIENT_QueryEnabledInterrupts;
    PGPIO_CLIENT_CONNECT_FUNCTION_CONFIG_PINS CLIENT_ConnectFunctionConfigPins;
    PGPIO_CLIENT_DISCONNECT_FUNCTION_CONFIG_PINS CLIENT_DisconnectFunctionConfigPins;
} GPIO_CLIENT_REGISTRATION_PACKET, *PGPIO_CLIENT_REGISTRATION_PACKET;

/* ---- Methods -------------------------------------------------------- */

NTSTATUS GPIO_CLX_RegisterClient(_In_ WDFDRIVER Driver,
                                 _Inout_ PGPIO_CLIENT_REGISTRATION_PACKET RegistrationPacket,
                                 _In_ PUNICODE_STRING RegistryPath);
NTSTATUS GPIO_CLX_UnregisterClient(_In_ WDFDRIVER Driver);
NTSTATUS GPIO_CLX_ProcessAddDevicePreDeviceCreate(_In_ WDFDRIVER Driver,
                                                  _Inout_ PWDFDEVICE_INIT DeviceInit,
                                                  _Out_ PWDF_OBJECT_ATTRIBUTES FdoAttributes);
NTSTATUS GPIO_CLX_ProcessAddDevicePostDeviceCreate(_In_ WDFDRIVER Driver,
                                                   _In_ WDFDEVICE Device);
NTSTATUS GPIO_CLX_AcquireInterruptLock(_In_ PVOID Context, _In_ BANK_ID BankId);
NTSTATUS GPIO_CLX_ReleaseInterruptLock(_In_ PVOID Context, _In_ BANK_ID BankId);

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_GPIOCLX_H */
