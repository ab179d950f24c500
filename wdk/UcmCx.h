/*
 * UcmCx.h - hvcilint's stand-in for the USB Type-C connector manager
 * class extension (UcmCx) client interface: the connector manager and
 * connector configuration records, the Type-C and Power Delivery
 * enumerations and data objects, the connector callbacks and the
 * notifications a client driver sends to UcmCx.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ucmmanager.h and ucmtypes.h sections:
 * UCM_MANAGER_CONFIG, UCM_CONNECTOR_CONFIG, UCM_CONNECTOR_TYPEC_CONFIG,
 * UCM_CONNECTOR_PD_CONFIG, UCM_CONNECTOR_TYPEC_ATTACH_PARAMS,
 * UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS, UCM_PD_POWER_DATA_OBJECT,
 * UCM_PD_REQUEST_DATA_OBJECT, the UCM_* enumerations, the
 * EVT_UCM_CONNECTOR_* callbacks and the UcmInitializeDevice / UcmConnector*
 * methods), not taken from the WDK.  Enumerators are listed in the order
 * of their pages, starting from an invalid or unknown value of zero;
 * the data objects carry the USB Power Delivery bit layout.  Methods are
 * plain prototypes, as in the KMDF stand-ins here.
 *
 * Left out: the UCSI and TCPCI class extensions (UcmUcsiCx, UcmTcpciCx)
 * and the version-specific include path forms.
 */
#pragma once
#ifndef HVCILINT_UCMCX_H
#define HVCILINT_UCMCX_H

#include <wdf.h>

WDF_EXTERN_C_START

WDF_DECLARE_HANDLE(UCMCONNECTOR);

typedef enum _UCM_TYPEC_OPERATING_MODE {
    UcmTypeCOperatingModeInvalid = 0x0,
    UcmTypeCOperatingModeDfp = 0x1,
    UcmTypeCOperatingModeUfp = 0x2,
    UcmTypeCOperatingModeDrp = 0x4
} UCM_TYPEC_OPERATING_MODE;

typedef enum _UCM_TYPEC_CURRENT {
    UcmTypeCCurrentInvalid = 0,
    UcmTypeCCurrentDefaultUsb,
    UcmTypeCCurrent1500mA,
    UcmTypeCCurrent3000mA
} UCM_TYPEC_CURRENT;

typedef enum _UCM_TYPEC_PARTNER {
    UcmTypeCPartnerInvalid = 0,
    UcmTypeCPartnerUfp,
    UcmTypeCPartnerDfp,
    UcmTypeCPartnerPoweredCableNoUfp,
    UcmTypeCPartnerPoweredCableWithUfp,
    UcmTypeCPartnerAudioAccessory,
    UcmTypeCPartnerDebugAccessory
} UCM_TYPEC_PARTNER;

typedef enum _UCM_POWER_ROLE {
    UcmPowerRoleInvalid = 0x0,
    UcmPowerRoleSink = 0x1,
    UcmPowerRoleSource = 0x2
} UCM_POWER_ROLE;

typedef enum _UCM_DATA_ROLE {
    UcmDataRoleUnknown = 0x0,
    UcmDataRoleUfp = 0x1,
    UcmDataRoleDfp = 0x2
} UCM_DATA_ROLE;

typedef enum _UCM_CHARGING_STATE {
    UcmChargingStateInvalid = 0,
    UcmChargingStateNotCharging,
    UcmChargingStateNominalCharging,
    UcmChargingStateSlowCharging,
    UcmChargingStateTrickleCharging
} UCM_CHARGING_STATE;

typedef enum _UCM_PD_CONN_STATE {
    UcmPdConnStateInvalid = 0,
    UcmPdConnStateNotSupported,
    UcmPdConnStateNegotiationFailed,
    UcmPdConnStateNegotiationSucceeded
} UCM_PD_CONN_STATE;

typedef enum _UCM_PD_POWER_DATA_OBJECT_TYPE {
    UcmPdPdoTypeFixedSupply = 0,
    UcmPdPdoTypeBatterySupply = 1,
    UcmPdPdoTypeVariableSupplyNonBattery = 2,
    UcmPdPdoTypeAugmentedPdo = 3
} UCM_PD_POWER_DATA_OBJECT_TYPE;

/* A Power Delivery power data object (PDO), as one 32-bit value. */
typedef union _UCM_PD_POWER_DATA_OBJECT {
    ULONG Ul;
    struct {
        ULONG Reserved : 30;
        ULONG Type : 2;
    } Common;
    struct {
        ULONG MaximumCurrentIn10mA : 10;
        ULONG VoltageIn50mV : 10;
        ULONG PeakCurrent : 2;
        ULONG Reserved : 3;
        ULONG DataRoleSwap : 1;
        ULONG UsbCommunicationCapable : 1;
        ULONG ExternallyPowered : 1;
        ULONG UsbSuspendSupported : 1;
        ULONG DualRolePower : 1;
        ULONG FixedSupply : 2;
    } FixedSupplyPdo;
    struct {
        ULONG MaximumAllowablePowerIn250mW : 10;
        ULONG MinimumVoltageIn50mV : 10;
        ULONG MaximumVoltageIn50mV : 10;
        ULONG Battery : 2;
    } BatterySupplyPdo;
    struct {
        ULONG MaximumCurrentIn10mA : 10;
        ULONG MinimumVoltageIn50mV : 10;
        ULONG MaximumVoltageIn50mV : 10;
        ULONG VariableSupportNonBattery : 2;
    } VariableSupplyNonBatteryPdo;
} UCM_PD_POWER_DATA_OBJECT, *PUCM_PD_POWER_DATA_OBJECT;

/* A Power Delivery request data object (RDO), as one 32-bit value. */
typedef union _UCM_PD_REQUEST_DATA_OBJECT {
    ULONG Ul;
    struct {
        ULONG Reserved1 : 28;
        ULONG ObjectPosition : 3;
        ULONG Reserved2 : 1;
    } Common;
    struct {
        ULONG MaximumOperatingCurrentIn10mA : 10;
        ULONG OperatingCurrentIn10mA : 10;
        ULONG Reserved1 : 4;
        ULONG NoUsbSuspend : 1;
        ULONG UsbCommunicationCapable : 1;
        ULONG CapabilityMismatch : 1;
        ULONG GiveBackFlag : 1;
        ULONG ObjectPosition : 3;
        ULONG Reserved2 : 1;
    } FixedAndVariableRdo;
    struct {
        ULONG MaximumOperatingPowerIn250mW : 10;
        ULONG OperatingPowerIn250mW : 10;
        ULONG Reserved1 : 4;
        ULONG NoUsbSuspend : 1;
        ULONG UsbCommunicationCapable : 1;
        ULONG CapabilityMismatch : 1;
        ULONG GiveBackFlag : 1;
        ULONG ObjectPosition : 3;
        ULONG Reserved2 : 1;
    } BatteryRdo;
} UCM_PD_REQUEST_DATA_OBJECT, *PUCM_PD_REQUEST_DATA_OBJECT;

/* ---- callbacks ------------------------------------------------------------ */

typedef NTSTATUS EVT_UCM_CONNECTOR_SET_DATA_ROLE(_In_ UCMCONNECTOR Connector,
                                                 _In_ UCM_DATA_ROLE DataRole);
typedef EVT_UCM_CONNECTOR_SET_DATA_ROLE *PFN_UCM_CONNECTOR_SET_DATA_ROLE;
typedef NTSTATUS EVT_UCM_CONNECTOR_SET_POWER_ROLE(_In_ UCMCONNECTOR Connector,
                                                  _In_ UCM_POWER_ROLE PowerRole);
typedef EVT_UCM_CONNECTOR_SET_POWER_ROLE *PFN_UCM_CONNECTOR_SET_POWER_ROLE;

/* ---- configuration -------------------------------------------------------- */

typedef struct _UCM_MANAGER_CONFIG {
    ULONG Size;
} UCM_MANAGER_CONFIG, *PUCM_MANAGER_CONFIG;

FORCEINLINE VOID UCM_MANAGER_CONFIG_INIT(_Out_ PUCM_MANAGER_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(UCM_MANAGER_CONFIG));
    Config->Size = sizeof(UCM_MANAGER_CONFIG);
}

typedef struct _UCM_CONNECTOR_TYPEC_CONFIG {
    ULONG Size;
    BOOLEAN IsSupported;
    ULONG SupportedOperatingModes;
    ULONG SupportedPowerSourcingCapabilities;
    BOOLEAN AudioAccessoryCapable;
    PFN_UCM_CONNECTOR_SET_DATA_ROLE EvtSetDataRole;
} UCM_CONNECTOR_TYPEC_CONFIG, *PUCM_CONNECTOR_TYPEC_CONFIG;

FORCEINLINE VOID UCM_CONNECTOR_TYPEC_CONFIG_INIT(_Out_ PUCM_CONNECTOR_TYPEC_CONFIG Config,
                                                 _In_ ULONG SupportedOperatingModes,
                                                 _In_ ULONG SupportedPowerSourcingCapabilities)
{
    RtlZeroMemory(Config, sizeof(UCM_CONNECTOR_TYPEC_CONFIG));
    Config->Size = sizeof(UCM_CONNECTOR_TYPEC_CONFIG);
    Config->IsSupported = TRUE;
    Config->SupportedOperatingModes = SupportedOperatingModes;
    Config->SupportedPowerSourcingCapabilities = SupportedPowerSourcingCapabilities;
}

typedef struct _UCM_CONNECTOR_PD_CONFIG {
    ULONG Size;
    BOOLEAN IsSupported;
    ULONG SupportedPowerRoles;
    PFN_UCM_CONNECTOR_SET_POWER_ROLE EvtSetPowerRole;
} UCM_CONNECTOR_PD_CONFIG, *PUCM_CONNECTOR_PD_CONFIG;

FORCEINLINE VOID UCM_CONNECTOR_PD_CONFIG_INIT(_Out_ PUCM_CONNECTOR_PD_CONFIG Config,
                                              _In_ ULONG SupportedPowerRoles)
{
    RtlZeroMemory(Config, sizeof(UCM_CONNECTOR_PD_CONFIG));
    Config->Size = sizeof(UCM_CONNECTOR_PD_CONFIG);
    Config->IsSupported = TRUE;
    Config->SupportedPowerRoles = SupportedPowerRoles;
}

typedef struct _UCM_CONNECTOR_CONFIG {
    ULONG Size;
    ULONGLONG ConnectorId;
    PUCM_CONNECTOR_TYPEC_CONFIG TypeCConfig;
    PUCM_CONNECTOR_PD_CONFIG PdConfig;
} UCM_CONNECTOR_CONFIG, *PUCM_CONNECTOR_CONFIG;

FORCEINLINE VOID UCM_CONNECTOR_CONFIG_INIT(_Out_ PUCM_CONNECTOR_CONFIG Config,
                                           _In_ ULONGLONG ConnectorId)
{
    RtlZeroMemory(Config, sizeof(UCM_CONNECTOR_CONFIG));
    Config->Size = sizeof(UCM_CONNECTOR_CONFIG);
    Config->ConnectorId = ConnectorId;
}

typedef struct _UCM_CONNECTOR_TYPEC_ATTACH_PARAMS {
    ULONG Size;
    UCM_TYPEC_PARTNER Partner;
    UCM_TYPEC_CURRENT CurrentAdvertisement;
    UCM_CHARGING_STATE ChargingState;
} UCM_CONNECTOR_TYPEC_ATTACH_PARAMS, *PUCM_CONNECTOR_TYPEC_ATTACH_PARAMS;

FORCEINLINE VOID UCM_CONNECTOR_TYPEC_ATTACH_PARAMS_INIT(
    _Out_ PUCM_CONNECTOR_TYPEC_ATTACH_PARAMS Params, _In_ UCM_TYPEC_PARTNER Partner)
{
    RtlZeroMemory(Params, sizeof(UCM_CONNECTOR_TYPEC_ATTACH_PARAMS));
    Params->Size = sizeof(UCM_CONNECTOR_TYPEC_ATTACH_PARAMS);
    Params->Partner = Partner;
}

typedef struct _UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS {
    ULONG Size;
    UCM_PD_CONN_STATE PdConnState;
    UCM_PD_REQUEST_DATA_OBJECT Rdo;
    UCM_CHARGING_STATE ChargingState;
} UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS, *PUCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS;

FORCEINLINE VOID UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS_INIT(
    _Out_ PUCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS Params,
    _In_ UCM_PD_CONN_STATE PdConnState)
{
    RtlZeroMemory(Params, sizeof(UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS));
    Params->Size = sizeof(UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS);
    Params->PdConnState = PdConnState;
}

/* ---- methods -------------------------------------------------------------- */

NTSTATUS UcmInitializeDevice(_In_ WDFDEVICE WdfDevice, _In_ PUCM_MANAGER_CONFIG Config);
NTSTATUS UcmConnectorCreate(_In_ WDFDEVICE WdfDevice, _In_ PUCM_CONNECTOR_CONFIG Config,
                            _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                            _Out_ UCMCONNECTOR *Connector);
NTSTATUS UcmConnectorTypeCAttach(_In_ UCMCONNECTOR Connector,
                                 _In_ PUCM_CONNECTOR_TYPEC_ATTACH_PARAMS Params);
NTSTATUS UcmConnectorTypeCDetach(_In_ UCMCONNECTOR Connector);
NTSTATUS UcmConnectorTypeCCurrentAdChanged(_In_ UCMCONNECTOR Connector,
                                           _In_ UCM_TYPEC_CURRENT CurrentAdvertisement);
NTSTATUS UcmConnectorPdSourceCaps(_In_ UCMCONNECTOR Connector,
                                  _In_reads_(PdoCount) UCM_PD_POWER_DATA_OBJECT Pdos[],
                                  _In_ UCHAR PdoCount);
NTSTATUS UcmConnectorPdPartnerSourceCaps(_In_ UCMCONNECTOR Connector,
                                         _In_reads_(PdoCount) UCM_PD_POWER_DATA_OBJECT Pdos[],
                                         _In_ UCHAR PdoCount);
NTSTATUS UcmConnectorPdConnectionStateChanged(
    _In_ UCMCONNECTOR Connector, _In_ PUCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS Params);
NTSTATUS UcmConnectorChargingStateChanged(_In_ UCMCONNECTOR Connector,
                                          _In_ UCM_CHARGING_STATE ChargingState);
VOID UcmConnectorDataDirectionChanged(_In_ UCMCONNECTOR Connector, _In_ BOOLEAN Success,
                                      _In_ UCM_DATA_ROLE CurrentDataRole);
VOID UcmConnectorPowerDirectionChanged(_In_ UCMCONNECTOR Connector, _In_ BOOLEAN Success,
                                       _In_ UCM_POWER_ROLE CurrentPowerRole);

WDF_EXTERN_C_END

#endif /* HVCILINT_UCMCX_H */
