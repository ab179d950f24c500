/*
 * misc_surface.c - selftest for the assorted device-class part of the
 * fallback headers: thermal cooling and power limit interfaces
 * (poclass.h), keyboard and mouse class and i8042 filter drivers
 * (kbdmou.h, ntddkbd.h, ntddmou.h, ntdd8042.h), GPIO controller drivers
 * (gpioclx.h), UCSI connector drivers (UcmUcsiCx.h, ucmucsispec.h and the
 * versioned UCm/1.0 and UcmUcsi/1.0 include paths), TCPCI port controller
 * drivers (UcmTcpciCx.h), PnP notification and registry enumeration
 * (wdm_pnp.h through wdm.h), smart card readers (smclib.h, winsmcrd.h)
 * and sideband audio (sidebandaudio.h, usbsidebandaudio.h), used
 * together, with static assertions on values and layouts that the
 * reference pages publish.
 */
#include <ntddk.h>
#include <wdf.h>
#include <poclass.h>
#include <kbdmou.h>
#include <ntdd8042.h>
#include <gpioclx.h>
#include <UcmUcsi/1.0/UcmucsiCx.h>
#include <UCm/1.0/UcmCx.h>
#include <UcmTcpciCx.h>
#include <smclib.h>
#include <usbsidebandaudio.h>

/* ---- poclass.h ------------------------------------------------------ */
C_ASSERT(PowerLimitContinuous == 0 && PowerLimitPreemptive == 3 && PowerLimitTypeMax == 5);
C_ASSERT(sizeof(POWER_LIMIT_ATTRIBUTES) == 9 * sizeof(ULONG));
C_ASSERT(FIELD_OFFSET(POWER_LIMIT_ATTRIBUTES, Flags) == 8 * sizeof(ULONG));
C_ASSERT(sizeof(POWER_LIMIT_VALUE) == 4 * sizeof(ULONG));
C_ASSERT(FIELD_OFFSET(THERMAL_COOLING_INTERFACE, Context) == sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(THERMAL_COOLING_INTERFACE, Flags) == 4 * sizeof(PVOID));
C_ASSERT(sizeof(THERMAL_DEVICE_INTERFACE) == sizeof(THERMAL_COOLING_INTERFACE));
C_ASSERT(FIELD_OFFSET(POWER_LIMIT_INTERFACE, DomainCount) == 4 * sizeof(PVOID));

static VOID MiscActiveCooling(PVOID Context, BOOLEAN Engaged)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Engaged);
}
static NTSTATUS MiscSetLimit(PVOID Context, ULONG ValueCount, PVOID Values)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(ValueCount);
    UNREFERENCED_PARAMETER(Values);
    return STATUS_SUCCESS;
}

/* ---- keyboard, mouse and i8042 -------------------------------------- */
C_ASSERT(sizeof(KEYBOARD_INPUT_DATA) == 12);
C_ASSERT(sizeof(MOUSE_INPUT_DATA) == 24);
C_ASSERT(FIELD_OFFSET(MOUSE_INPUT_DATA, ButtonFlags) == 4);
C_ASSERT(FIELD_OFFSET(MOUSE_INPUT_DATA, RawButtons) == 8);
C_ASSERT(FIELD_OFFSET(KEYBOARD_ATTRIBUTES, InputDataQueueLength) == 12);
C_ASSERT(sizeof(KEYBOARD_ID) == 2);
C_ASSERT(sizeof(CONNECT_DATA) == 2 * sizeof(PVOID));
C_ASSERT(Normal == 0 && GotE0 == 1 && GotE1 == 2);
C_ASSERT(sizeof(INTERNAL_I8042_HOOK_KEYBOARD) == 6 * sizeof(PVOID));
C_ASSERT(sizeof(INTERNAL_I8042_HOOK_MOUSE) == 5 * sizeof(PVOID));

static BOOLEAN MiscKeyboardIsr(PVOID IsrContext, PKEYBOARD_INPUT_DATA CurrentInput,
                               POUTPUT_PACKET CurrentOutput, UCHAR StatusByte, PUCHAR Byte,
                               PBOOLEAN ContinueProcessing, PKEYBOARD_SCAN_STATE ScanState)
{
    UNREFERENCED_PARAMETER(IsrContext);
    UNREFERENCED_PARAMETER(CurrentInput);
    UNREFERENCED_PARAMETER(CurrentOutput);
    UNREFERENCED_PARAMETER(StatusByte);
    UNREFERENCED_PARAMETER(Byte);
    UNREFERENCED_PARAMETER(ScanState);
    *ContinueProcessing = TRUE;
    return TRUE;
}

/* ---- gpioclx.h ------------------------------------------------------ */
C_ASSERT(sizeof(BANK_ID) == 2 && sizeof(PIN_NUMBER) == 4);
C_ASSERT(ConnectModeInvalid == 0 && ConnectModeInput == 1 && ConnectModeOutput == 2);
C_ASSERT(QueryBankPowerInformation == 0 && QuerySetRequestMaximumType == 3);
C_ASSERT(sizeof(CONTROLLER_ATTRIBUTE_FLAGS) == sizeof(ULONG));
C_ASSERT(InterruptActiveHigh == InterruptRisingEdge && InterruptActiveLow == InterruptFallingEdge);
C_ASSERT(GPIO_PIN_PULL_CONFIGURATION_PULLUP == 1 && GPIO_PIN_PULL_CONFIGURATION_NONE == 3);
C_ASSERT(FIELD_OFFSET(GPIO_CLIENT_REGISTRATION_PACKET, CLIENT_PrepareController) == 24);
C_ASSERT(FIELD_OFFSET(CLIENT_CONTROLLER_BASIC_INFORMATION, TotalPins) == 4);

static NTSTATUS MiscStartController(PVOID Context, BOOLEAN RestoreContext,
                                    WDF_POWER_DEVICE_STATE PreviousPowerState)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(RestoreContext);
    UNREFERENCED_PARAMETER(PreviousPowerState);
    return STATUS_SUCCESS;
}

/* ---- UcmUcsiCx.h and ucmucsispec.h ---------------------------------- */
C_ASSERT(sizeof(UCSI_VERSION) == 2 && sizeof(UCSI_CCI) == 4 && sizeof(UCSI_CONTROL) == 8);
C_ASSERT(FIELD_OFFSET(UCSI_DATA_BLOCK, CCI) == 4);
C_ASSERT(FIELD_OFFSET(UCSI_DATA_BLOCK, Control) == 8);
C_ASSERT(FIELD_OFFSET(UCSI_DATA_BLOCK, MessageIn) == 16);
C_ASSERT(FIELD_OFFSET(UCSI_DATA_BLOCK, MessageOut) == 32);
C_ASSERT(sizeof(UCSI_DATA_BLOCK) == 48);
C_ASSERT(IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK != IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK);
C_ASSERT(sizeof(UCMTCPCI_DEVICE_CONFIG) == sizeof(ULONG));

/* ---- wdm_pnp.h ------------------------------------------------------ */
C_ASSERT(EventCategoryReserved == 0 && EventCategoryDeviceInterfaceChange == 2);
C_ASSERT(EventCategoryTargetDeviceChange == 3);
C_ASSERT(PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES == 1);
C_ASSERT(KeyBasicInformation == 0 && KeyFullInformation == 2 && MaxKeyInfoClass == 10);
C_ASSERT(FIELD_OFFSET(KEY_BASIC_INFORMATION, Name) == 16);
C_ASSERT(FIELD_OFFSET(DEVICE_INTERFACE_CHANGE_NOTIFICATION, InterfaceClassGuid) == 20);
C_ASSERT(FIELD_OFFSET(TARGET_DEVICE_REMOVAL_NOTIFICATION, FileObject) ==
         (sizeof(PVOID) == 8 ? 24 : 20));

static NTSTATUS MiscInterfaceChange(PVOID NotificationStructure, PVOID Context)
{
    PDEVICE_INTERFACE_CHANGE_NOTIFICATION n =
        (PDEVICE_INTERFACE_CHANGE_NOTIFICATION)NotificationStructure;
    UNREFERENCED_PARAMETER(Context);
    return n->SymbolicLinkName ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}

/* ---- smclib.h and winsmcrd.h ---------------------------------------- */
C_ASSERT(DEBUG_IOCTL == 1 && DEBUG_ERROR == 0x20 && DEBUG_ALL == 0x7FFFFFFF);
C_ASSERT(sizeof(SCARD_IO_REQUEST) == 8);
C_ASSERT(sizeof(((PSMARTCARD_EXTENSION)0)->ReaderFunction) == 16 * sizeof(PVOID));
C_ASSERT(sizeof(T0_DATA) == 8);
C_ASSERT(sizeof(CLOCK_RATE_CONVERSION) == 8);
C_ASSERT(FIELD_OFFSET(SMARTCARD_REQUEST, BufferSize) == sizeof(PVOID));

static NTSTATUS MiscCardPower(PSMARTCARD_EXTENSION SmartcardExtension)
{
    SmartcardDebug(DEBUG_TRACE, ("power %u\n", SmartcardExtension->MinorIoControlCode));
    SmartcardExtension->ReaderCapabilities.CurrentState = SCARD_SPECIFIC;
    return SmartcardUpdateCardCapabilities(SmartcardExtension);
}

/* ---- sidebandaudio.h ------------------------------------------------ */
C_ASSERT(sizeof(SIDEBANDAUDIO_ENDPOINT_CAPABILITIES) == 4 * sizeof(BOOL));
C_ASSERT(FIELD_OFFSET(SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR, Category) == 20);
C_ASSERT(FIELD_OFFSET(SIDEBANDAUDIO_SUPPORTED_FORMATS, Formats) == 16 ||
         FIELD_OFFSET(SIDEBANDAUDIO_SUPPORTED_FORMATS, Formats) == 12);
C_ASSERT(sizeof(SIDEBANDAUDIO_EP_USBAUDIO_TRANSPORT_RESOURCES) == 4);

/* DMA adapters (wdm.h): the table follows two USHORTs, and the operations
 * the size. */
C_ASSERT(FIELD_OFFSET(DMA_ADAPTER, DmaOperations) == sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(DMA_OPERATIONS, PutDmaAdapter) == sizeof(PVOID));
C_ASSERT(FIELD_OFFSET(DMA_OPERATIONS, PutScatterGatherList) == 12 * sizeof(PVOID));
C_ASSERT(KeepObject == 1 && DeallocateObjectKeepRegisters == 3);
C_ASSERT(FIELD_OFFSET(DMA_OPERATIONS, CreateCommonBufferFromMdl) == 39 * sizeof(PVOID));

/* Everything used together, as a driver would. */
NTSTATUS MiscSurfaceUse(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo, WDFDEVICE Device)
{
    THERMAL_DEVICE_INTERFACE thermal;
    POWER_LIMIT_INTERFACE limit;
    CONNECT_DATA connect;
    INTERNAL_I8042_HOOK_KEYBOARD hook;
    GPIO_CLIENT_REGISTRATION_PACKET packet;
    UCMUCSI_CONNECTOR_INFO connector;
    UCMUCSI_DEVICE_CONFIG ucsiConfig;
    PVOID entry = NULL;
    HANDLE key = NULL;
    NTSTATUS status;

    RtlZeroMemory(&thermal, sizeof(thermal));
    thermal.Size = sizeof(thermal);
    thermal.Version = THERMAL_COOLING_INTERFACE_VERSION;
    thermal.Flags = ThermalDeviceFlagActiveCooling;
    thermal.ActiveCooling = MiscActiveCooling;

    RtlZeroMemory(&limit, sizeof(limit));
    limit.SetPowerLimit = MiscSetLimit;

    connect.ClassDeviceObject = Pdo;
    connect.ClassService = NULL;
    RtlZeroMemory(&hook, sizeof(hook));
    hook.IsrRoutine = MiscKeyboardIsr;

    RtlZeroMemory(&packet, sizeof(packet));
    packet.Version = GPIO_CLIENT_VERSION;
    packet.Size = sizeof(packet);
    packet.CLIENT_StartController = MiscStartController;

    UCMUCSI_CONNECTOR_INFO_INIT(&connector);
    UCMUCSI_DEVICE_CONFIG_INIT(&ucsiConfig);
    status = UcmUcsiDeviceInitialize(Device, &ucsiConfig);
    if (NT_SUCCESS(status)) {
        UCMTCPCI_DEVICE_CONFIG tcpciConfig;
        UCMTCPCI_DEVICE_CONFIG_INIT(&tcpciConfig);
        status = UcmTcpciDeviceInitialize(Device, &tcpciConfig);
    }

    if (NT_SUCCESS(status)) {
        status = IoRegisterPlugPlayNotification(
            EventCategoryDeviceInterfaceChange,
            PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES,
            (PVOID)&GUID_THERMAL_COOLING_INTERFACE, DriverObject, MiscInterfaceChange, NULL,
            &entry);
    }
    if (NT_SUCCESS(status)) {
        status = IoOpenDeviceRegistryKey(Pdo, PLUGPLAY_REGKEY_DEVICE, KEY_READ, &key);
        (VOID)IoUnregisterPlugPlayNotificationEx(entry);
    }
    UNREFERENCED_PARAMETER(MiscCardPower);
    return status;
}
