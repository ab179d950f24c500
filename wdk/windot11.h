/*
 * windot11.h - hvcilint's stand-in for the native 802.11 (Native Wi-Fi)
 * definitions shared by WLAN miniports and the WDI/WiFiCx models.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (windot11.h section of the WDK reference, and the
 * Native Wifi pages of the Windows SDK reference), not taken from the WDK.
 * Declares:
 *   - DOT11_MAC_ADDRESS, DOT11_SSID, DOT11_RATE_SET and the length limits;
 *   - the PHY, BSS, authentication, cipher, association-state, power-mode,
 *     scan, direction, reset, temperature and diversity enumerations and
 *     the DOT11_OPERATION_MODE_* bits and DOT11_POWER_SAVING_* levels;
 *   - the variable-length list structures (an NDIS_OBJECT_HEADER where the
 *     page gives one, the entry counts and a one-element array): SSID,
 *     BSSID, MAC address, authentication and cipher algorithm,
 *     authentication/cipher pair, PMKID, privacy exemption, association
 *     information, peer information (with DOT11_PEER_INFO and its
 *     statistics), PHY identifier, channel and frequency lists, supported
 *     PHY types and antennas, DOT11_BYTE_ARRAY;
 *   - DOT11_DATA_RATE_MAPPING_TABLE;
 *   - DOT11_SCAN_REQUEST_V2, DOT11_BSS_ENTRY, the default and key-mapping
 *     cipher key values, the optional-capability and operation-mode
 *     structures, DOT11_PHY_ATTRIBUTES with the per-PHY attributes and the
 *     data-rate tables, DOT11_VWIFI_ATTRIBUTES, and the extensible
 *     station and access point attributes;
 *   - the ExtSTA receive context, DOT11_ADDITIONAL_IE and the TKIP MIC
 *     failure parameters.
 *
 * Left out: the OID_DOT11_* and NDIS_STATUS_DOT11_* numbers, the send
 * context, the Wi-Fi Direct attribute structure
 * (DOT11_WFD_ATTRIBUTES), the status-indication structures, the
 * Wi-Fi Direct (WFD) parameter structures and the legacy NDIS_802_11_*
 * OID types.
 */
#pragma once
#ifndef HVCILINT_WINDOT11_H
#define HVCILINT_WINDOT11_H

#include <ntddndis.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Addresses, SSIDs, rates ------------------------------------------ */

typedef UCHAR DOT11_MAC_ADDRESS[6];
typedef DOT11_MAC_ADDRESS *PDOT11_MAC_ADDRESS;

#define DOT11_SSID_MAX_LENGTH 32
typedef struct _DOT11_SSID {
    ULONG uSSIDLength;
    UCHAR ucSSID[DOT11_SSID_MAX_LENGTH];
} DOT11_SSID, *PDOT11_SSID;

#define DOT11_RATE_SET_MAX_LENGTH 126
typedef struct _DOT11_RATE_SET {
    ULONG uRateSetLength;
    UCHAR ucRateSet[DOT11_RATE_SET_MAX_LENGTH];
} DOT11_RATE_SET, *PDOT11_RATE_SET;

#define MAX_NUM_SUPPORTED_RATES_V2 255
typedef struct _DOT11_SUPPORTED_DATA_RATES_VALUE_V2 {
    UCHAR ucSupportedTxDataRatesValue[MAX_NUM_SUPPORTED_RATES_V2];
    UCHAR ucSupportedRxDataRatesValue[MAX_NUM_SUPPORTED_RATES_V2];
} DOT11_SUPPORTED_DATA_RATES_VALUE_V2, *PDOT11_SUPPORTED_DATA_RATES_VALUE_V2;

typedef struct _DOT11_DATA_RATE_MAPPING_ENTRY {
    UCHAR ucDataRateIndex;
    UCHAR ucDataRateFlag;
    USHORT usDataRateValue;
} DOT11_DATA_RATE_MAPPING_ENTRY, *PDOT11_DATA_RATE_MAPPING_ENTRY;

typedef struct _DOT11_DATA_RATE_MAPPING_TABLE {
    NDIS_OBJECT_HEADER Header;
    ULONG uDataRateMappingLength;
    DOT11_DATA_RATE_MAPPING_ENTRY DataRateMappingEntries[DOT11_RATE_SET_MAX_LENGTH];
} DOT11_DATA_RATE_MAPPING_TABLE, *PDOT11_DATA_RATE_MAPPING_TABLE;

#define DOT11_DATA_RATE_MAPPING_TABLE_REVISION_1 1

/* ---- Enumerations -------------------------------------------------------- */

typedef enum _DOT11_PHY_TYPE {
    dot11_phy_type_unknown = 0,
    dot11_phy_type_any = dot11_phy_type_unknown,
    dot11_phy_type_fhss = 1,
    dot11_phy_type_dsss = 2,
    dot11_phy_type_irbaseband = 3,
    dot11_phy_type_ofdm = 4,
    dot11_phy_type_hrdsss = 5,
    dot11_phy_type_erp = 6,
    dot11_phy_type_ht = 7,
    dot11_phy_type_vht = 8,
    dot11_phy_type_dmg = 9,
    dot11_phy_type_he = 10,
    dot11_phy_type_eht = 11,
    dot11_phy_type_IHV_start = 0x80000000,
    dot11_phy_type_IHV_end = 0xffffffff
} DOT11_PHY_TYPE, *PDOT11_PHY_TYPE;

typedef enum _DOT11_BSS_TYPE {
    dot11_BSS_type_infrastructure = 1,
    dot11_BSS_type_independent = 2,
    dot11_BSS_type_any = 3
} DOT11_BSS_TYPE, *PDOT11_BSS_TYPE;

typedef enum _DOT11_AUTH_ALGORITHM {
    DOT11_AUTH_ALGO_80211_OPEN = 1,
    DOT11_AUTH_ALGO_80211_SHARED_KEY = 2,
    DOT11_AUTH_ALGO_WPA = 3,
    DOT11_AUTH_ALGO_WPA_PSK = 4,
    DOT11_AUTH_ALGO_WPA_NONE = 5,
    DOT11_AUTH_ALGO_RSNA = 6,
    DOT11_AUTH_ALGO_RSNA_PSK = 7,
    DOT11_AUTH_ALGO_WPA3 = 8,
    DOT11_AUTH_ALGO_WPA3_ENT_192 = DOT11_AUTH_ALGO_WPA3,
    DOT11_AUTH_ALGO_WPA3_SAE = 9,
    DOT11_AUTH_ALGO_OWE = 10,
    DOT11_AUTH_ALGO_WPA3_ENT = 11,
    DOT11_AUTH_ALGO_IHV_START = 0x80000000,
    DOT11_AUTH_ALGO_IHV_END = 0xffffffff
} DOT11_AUTH_ALGORITHM, *PDOT11_AUTH_ALGORITHM;

typedef enum _DOT11_CIPHER_ALGORITHM {
    DOT11_CIPHER_ALGO_NONE = 0x00,
    DOT11_CIPHER_ALGO_WEP40 = 0x01,
    DOT11_CIPHER_ALGO_TKIP = 0x02,
    DOT11_CIPHER_ALGO_CCMP = 0x04,
    DOT11_CIPHER_ALGO_WEP104 = 0x05,
    DOT11_CIPHER_ALGO_BIP = 0x06,
    DOT11_CIPHER_ALGO_GCMP = 0x08,
    DOT11_CIPHER_ALGO_GCMP_256 = 0x09,
    DOT11_CIPHER_ALGO_CCMP_256 = 0x0a,
    DOT11_CIPHER_ALGO_BIP_GMAC_128 = 0x0b,
    DOT11_CIPHER_ALGO_BIP_GMAC_256 = 0x0c,
    DOT11_CIPHER_ALGO_BIP_CMAC_256 = 0x0d,
    DOT11_CIPHER_ALGO_WPA_USE_GROUP = 0x100,
    DOT11_CIPHER_ALGO_RSN_USE_GROUP = 0x100,
    DOT11_CIPHER_ALGO_WEP = 0x101,
    DOT11_CIPHER_ALGO_IHV_START = 0x80000000,
    DOT11_CIPHER_ALGO_IHV_END = 0xffffffff
} DOT11_CIPHER_ALGORITHM, *PDOT11_CIPHER_ALGORITHM;

typedef enum _DOT11_ASSOCIATION_STATE {
    dot11_assoc_state_zero = 0,
    dot11_assoc_state_unauth_unassoc = 1,
    dot11_assoc_state_auth_unassoc = 2,
    dot11_assoc_state_auth_assoc = 3
} DOT11_ASSOCIATION_STATE, *PDOT11_ASSOCIATION_STATE;

typedef enum _DOT11_POWER_MODE {
    dot11_power_mode_unknown = 0,
    dot11_power_mode_active = 1,
    dot11_power_mode_powersave = 2
} DOT11_POWER_MODE, *PDOT11_POWER_MODE;

typedef enum _DOT11_SCAN_TYPE {
    dot11_scan_type_active = 1,
    dot11_scan_type_passive = 2,
    dot11_scan_type_auto = 3,
    dot11_scan_type_forced = 0x80000000
} DOT11_SCAN_TYPE, *PDOT11_SCAN_TYPE;

typedef enum _DOT11_DIRECTION {
    DOT11_DIR_INBOUND = 1,
    DOT11_DIR_OUTBOUND = 2,
    DOT11_DIR_BOTH = 3
} DOT11_DIRECTION, *PDOT11_DIRECTION;

typedef enum _DOT11_RESET_TYPE {
    dot11_reset_type_phy = 1,
    dot11_reset_type_mac = 2,
    dot11_reset_type_phy_and_mac = 3
} DOT11_RESET_TYPE, *PDOT11_RESET_TYPE;

typedef enum _DOT11_TEMP_TYPE {
    dot11_temp_type_unknown = 0,
    dot11_temp_type_1 = 1,
    dot11_temp_type_2 = 2
} DOT11_TEMP_TYPE, *PDOT11_TEMP_TYPE;

typedef enum _DOT11_DIVERSITY_SUPPORT {
    dot11_diversity_support_unknown = 0,
    dot11_diversity_support_fixedlist = 1,
    dot11_diversity_support_notsupported = 2,
    dot11_diversity_support_dynamic = 3
} DOT11_DIVERSITY_SUPPORT, *PDOT11_DIVERSITY_SUPPORT;

#define DOT11_OPERATION_MODE_UNKNOWN             0x00000000
#define DOT11_OPERATION_MODE_STATION             0x00000001
#define DOT11_OPERATION_MODE_AP                  0x00000002
#define DOT11_OPERATION_MODE_EXTENSIBLE_STATION  0x00000004
#define DOT11_OPERATION_MODE_EXTENSIBLE_AP       0x00000008
#define DOT11_OPERATION_MODE_WFD_DEVICE          0x00000010
#define DOT11_OPERATION_MODE_WFD_GROUP_OWNER     0x00000020
#define DOT11_OPERATION_MODE_WFD_CLIENT          0x00000040
#define DOT11_OPERATION_MODE_MANUFACTURING       0x40000000
#define DOT11_OPERATION_MODE_NETWORK_MONITOR     0x80000000

/* Power-saving levels (OID_DOT11_POWER_MGMT_REQUEST). */
#define DOT11_POWER_SAVING_NO_POWER_SAVING  0
#define DOT11_POWER_SAVING_FAST_PSP         8
#define DOT11_POWER_SAVING_MAX_PSP          16
#define DOT11_POWER_SAVING_MAXIMUM_LEVEL    24

/* ---- Entries of the lists ----------------------------------------------- */

typedef struct _DOT11_AUTH_CIPHER_PAIR {
    DOT11_AUTH_ALGORITHM AuthAlgoId;
    DOT11_CIPHER_ALGORITHM CipherAlgoId;
} DOT11_AUTH_CIPHER_PAIR, *PDOT11_AUTH_CIPHER_PAIR;

typedef UCHAR DOT11_PMKID_VALUE[16];

typedef struct _DOT11_PMKID_ENTRY {
    DOT11_MAC_ADDRESS BSSID;
    DOT11_PMKID_VALUE PMKID;
    ULONG uFlags;
} DOT11_PMKID_ENTRY, *PDOT11_PMKID_ENTRY;

typedef struct _DOT11_PRIVACY_EXEMPTION {
    USHORT usEtherType;
    USHORT usExemptionActionType;
    USHORT usExemptionPacketType;
} DOT11_PRIVACY_EXEMPTION, *PDOT11_PRIVACY_EXEMPTION;

#define DOT11_EXEMPT_ALWAYS                          1
#define DOT11_EXEMPT_ON_KEY_MAPPING_KEY_UNAVAILABLE  2
#define DOT11_EXEMPT_UNICAST                         1
#define DOT11_EXEMPT_MULTICAST                       2
#define DOT11_EXEMPT_BOTH                            3

typedef struct _DOT11_SUPPORTED_ANTENNA {
    ULONG uAntennaListIndex;
    BOOLEAN bSupportedAntenna;
} DOT11_SUPPORTED_ANTENNA, *PDOT11_SUPPORTED_ANTENNA;

typedef struct _DOT11_ASSOCIATION_INFO_EX {
    DOT11_MAC_ADDRESS PeerMacAddress;
    DOT11_MAC_ADDRESS BSSID;
    USHORT usCapabilityInformation;
    USHORT usListenInterval;
    UCHAR ucPeerSupportedRates[255];
    USHORT usAssociationID;
    DOT11_ASSOCIATION_STATE dot11AssociationState;
    DOT11_POWER_MODE dot11PowerMode;
    LARGE_INTEGER liAssociationUpTime;
    ULONGLONG ullNumOfTxPacketSuccesses;
    ULONGLONG ullNumOfTxPacketFailures;
    ULONGLONG ullNumOfRxPacketSuccesses;
    ULONGLONG ullNumOfRxPacketFailures;
} DOT11_ASSOCIATION_INFO_EX, *PDOT11_ASSOCIATION_INFO_EX;

typedef struct _DOT11_PEER_STATISTICS {
    ULONGLONG ullDecryptSuccessCount;
    ULONGLONG ullDecryptFailureCount;
    ULONGLONG ullTxPacketSuccessCount;
    ULONGLONG ullTxPacketFailureCount;
    ULONGLONG ullRxPacketSuccessCount;
    ULONGLONG ullRxPacketFailureCount;
} DOT11_PEER_STATISTICS, *PDOT11_PEER_STATISTICS;

typedef struct _DOT11_PEER_INFO {
    DOT11_MAC_ADDRESS MacAddress;
    USHORT usCapabilityInformation;
    DOT11_AUTH_ALGORITHM AuthAlgo;
    DOT11_CIPHER_ALGORITHM UnicastCipherAlgo;
    DOT11_CIPHER_ALGORITHM MulticastCipherAlgo;
    BOOLEAN bWpsEnabled;
    USHORT usListenInterval;
    UCHAR ucSupportedRates[MAX_NUM_SUPPORTED_RATES_V2];
    USHORT usAssociationID;
    DOT11_ASSOCIATION_STATE AssociationState;
    DOT11_POWER_MODE PowerMode;
    LARGE_INTEGER liAssociationUpTime;
    DOT11_PEER_STATISTICS Statistics;
} DOT11_PEER_INFO, *PDOT11_PEER_INFO;

/* ---- Variable-length lists ---------------------------------------------- */

#define HVCILINT_DOT11_LIST(_name_, _entry_, _member_)        \
    typedef struct _##_name_ {                              \
        NDIS_OBJECT_HEADER Header;                          \
        ULONG uNumOfEntries;                                \
        ULONG uTotalNumOfEntries;                           \
        _entry_ _member_[1];                                \
    } _name_, *P##_name_

HVCILINT_DOT11_LIST(DOT11_SSID_LIST, DOT11_SSID, SSIDs);
HVCILINT_DOT11_LIST(DOT11_BSSID_LIST, DOT11_MAC_ADDRESS, BSSIDs);
HVCILINT_DOT11_LIST(DOT11_MAC_ADDRESS_LIST, DOT11_MAC_ADDRESS, MacAddrs);
HVCILINT_DOT11_LIST(DOT11_AUTH_ALGORITHM_LIST, DOT11_AUTH_ALGORITHM, AlgorithmIds);
HVCILINT_DOT11_LIST(DOT11_CIPHER_ALGORITHM_LIST, DOT11_CIPHER_ALGORITHM, AlgorithmIds);
HVCILINT_DOT11_LIST(DOT11_AUTH_CIPHER_PAIR_LIST, DOT11_AUTH_CIPHER_PAIR, AuthCipherPairs);
HVCILINT_DOT11_LIST(DOT11_PMKID_LIST, DOT11_PMKID_ENTRY, PMKIDs);
HVCILINT_DOT11_LIST(DOT11_PRIVACY_EXEMPTION_LIST, DOT11_PRIVACY_EXEMPTION, PrivacyExemptionEntries);
HVCILINT_DOT11_LIST(DOT11_ASSOCIATION_INFO_LIST, DOT11_ASSOCIATION_INFO_EX, dot11AssocInfo);
HVCILINT_DOT11_LIST(DOT11_AVAILABLE_CHANNEL_LIST, ULONG, uChannelNumber);
HVCILINT_DOT11_LIST(DOT11_AVAILABLE_FREQUENCY_LIST, ULONG, uFrequencyValue);
HVCILINT_DOT11_LIST(DOT11_PEER_INFO_LIST, DOT11_PEER_INFO, PeerInfo);
HVCILINT_DOT11_LIST(DOT11_PHY_ID_LIST, ULONG, dot11PhyId);

#undef HVCILINT_DOT11_LIST

#define DOT11_SSID_LIST_REVISION_1                1
#define DOT11_BSSID_LIST_REVISION_1               1
#define DOT11_MAC_ADDRESS_LIST_REVISION_1         1
#define DOT11_AUTH_ALGORITHM_LIST_REVISION_1      1
#define DOT11_CIPHER_ALGORITHM_LIST_REVISION_1    1
#define DOT11_AUTH_CIPHER_PAIR_LIST_REVISION_1    1
#define DOT11_PMKID_LIST_REVISION_1               1
#define DOT11_PRIVACY_EXEMPTION_LIST_REVISION_1   1
#define DOT11_ASSOCIATION_INFO_LIST_REVISION_1    1
#define DOT11_AVAILABLE_CHANNEL_LIST_REVISION_1   1
#define DOT11_AVAILABLE_FREQUENCY_LIST_REVISION_1 1
#define DOT11_PEER_INFO_LIST_REVISION_1           1
#define DOT11_PHY_ID_LIST_REVISION_1              1
#define DOT11_PHY_ID_ANY                          0xffffffffU

/* These two carry no object header. */
typedef struct _DOT11_SUPPORTED_PHY_TYPES {
    ULONG uNumOfEntries;
    ULONG uTotalNumOfEntries;
    DOT11_PHY_TYPE dot11PHYType[1];
} DOT11_SUPPORTED_PHY_TYPES, *PDOT11_SUPPORTED_PHY_TYPES;

typedef struct _DOT11_SUPPORTED_ANTENNA_LIST {
    ULONG uNumOfEntries;
    ULONG uTotalNumOfEntries;
    DOT11_SUPPORTED_ANTENNA dot11SupportedAntenna[1];
} DOT11_SUPPORTED_ANTENNA_LIST, *PDOT11_SUPPORTED_ANTENNA_LIST;

typedef struct _DOT11_BYTE_ARRAY {
    NDIS_OBJECT_HEADER Header;
    ULONG uNumOfBytes;
    ULONG uTotalNumOfBytes;
    UCHAR ucBuffer[1];
} DOT11_BYTE_ARRAY, *PDOT11_BYTE_ARRAY;

/* ---- Scan request and BSS entry ------------------------------------------ */

typedef struct _DOT11_SCAN_REQUEST_V2 {
    DOT11_BSS_TYPE dot11BSSType;
    DOT11_MAC_ADDRESS dot11BSSID;
    DOT11_SCAN_TYPE dot11ScanType;
    BOOLEAN bRestrictedScan;
    ULONG udot11SSIDsOffset;
    ULONG uNumOfdot11SSIDs;
    BOOLEAN bUseRequestIE;
    ULONG uRequestIDsOffset;
    ULONG uNumOfRequestIDs;
    ULONG uPhyTypeInfosOffset;
    ULONG uNumOfPhyTypeInfos;
    ULONG uIEsOffset;
    ULONG uIEsLength;
    UCHAR ucBuffer[1];
} DOT11_SCAN_REQUEST_V2, *PDOT11_SCAN_REQUEST_V2;

typedef union _DOT11_BSS_ENTRY_PHY_SPECIFIC_INFO {
    ULONG uChCenterFrequency;
    struct {
        ULONG uHopPattern;
        ULONG uHopSet;
        ULONG uDwellTime;
    } FHSS;
} DOT11_BSS_ENTRY_PHY_SPECIFIC_INFO, *PDOT11_BSS_ENTRY_PHY_SPECIFIC_INFO;

typedef struct _DOT11_BSS_ENTRY {
    ULONG uPhyId;
    DOT11_BSS_ENTRY_PHY_SPECIFIC_INFO PhySpecificInfo;
    DOT11_MAC_ADDRESS dot11BSSID;
    DOT11_BSS_TYPE dot11BSSType;
    LONG lRSSI;
    ULONG uLinkQuality;
    BOOLEAN bInRegDomain;
    USHORT usBeaconPeriod;
    ULONGLONG ullTimestamp;
    ULONGLONG ullHostTimestamp;
    USHORT usCapabilityInformation;
    ULONG uBufferLength;
    UCHAR ucBuffer[1];
} DOT11_BSS_ENTRY, *PDOT11_BSS_ENTRY;

/* ---- Cipher keys ------------------------------------------------------------ */

typedef struct _DOT11_CIPHER_DEFAULT_KEY_VALUE {
    NDIS_OBJECT_HEADER Header;
    ULONG uKeyIndex;
    DOT11_CIPHER_ALGORITHM AlgorithmId;
    DOT11_MAC_ADDRESS MacAddr;
    BOOLEAN bDelete;
    BOOLEAN bStatic;
    USHORT usKeyLength;
    UCHAR ucKey[1];
} DOT11_CIPHER_DEFAULT_KEY_VALUE, *PDOT11_CIPHER_DEFAULT_KEY_VALUE;

#define DOT11_CIPHER_DEFAULT_KEY_VALUE_REVISION_1 1

typedef struct _DOT11_CIPHER_KEY_MAPPING_KEY_VALUE {
    DOT11_MAC_ADDRESS PeerMacAddr;
    DOT11_CIPHER_ALGORITHM AlgorithmId;
    DOT11_DIRECTION Direction;
    BOOLEAN bDelete;
    BOOLEAN bStatic;
    USHORT usKeyLength;
    UCHAR ucKey[1];
} DOT11_CIPHER_KEY_MAPPING_KEY_VALUE, *PDOT11_CIPHER_KEY_MAPPING_KEY_VALUE;

/* ---- Capabilities and operation mode ---------------------------------------- */

typedef struct _DOT11_OPTIONAL_CAPABILITY {
    ULONG uReserved;
    BOOLEAN bDot11PCF;
    BOOLEAN bDot11PCFMPDUTransferToPC;
    BOOLEAN bStrictlyOrderedServiceClass;
} DOT11_OPTIONAL_CAPABILITY, *PDOT11_OPTIONAL_CAPABILITY;

typedef struct _DOT11_CURRENT_OPTIONAL_CAPABILITY {
    ULONG uReserved;
    BOOLEAN bDot11CFPollable;
    BOOLEAN bDot11PCF;
    BOOLEAN bDot11PCFMPDUTransferToPC;
    BOOLEAN bStrictlyOrderedServiceClass;
} DOT11_CURRENT_OPTIONAL_CAPABILITY, *PDOT11_CURRENT_OPTIONAL_CAPABILITY;

typedef struct _DOT11_OPERATION_MODE_CAPABILITY {
    ULONG uReserved;
    ULONG uMajorVersion;
    ULONG uMinorVersion;
    ULONG uNumOfTXBuffers;
    ULONG uNumOfRXBuffers;
    ULONG uOpModeCapability;
} DOT11_OPERATION_MODE_CAPABILITY, *PDOT11_OPERATION_MODE_CAPABILITY;

typedef struct _DOT11_CURRENT_OPERATION_MODE {
    ULONG uReserved;
    ULONG uCurrentOpMode;
} DOT11_CURRENT_OPERATION_MODE, *PDOT11_CURRENT_OPERATION_MODE;

/* ---- PHY attributes ---------------------------------------------------------- */

typedef struct _DOT11_HRDSSS_PHY_ATTRIBUTES {
    BOOLEAN bShortPreambleOptionImplemented;
    BOOLEAN bPBCCOptionImplemented;
    BOOLEAN bChannelAgilityPresent;
    ULONG uHRCCAModeSupported;
} DOT11_HRDSSS_PHY_ATTRIBUTES, *PDOT11_HRDSSS_PHY_ATTRIBUTES;

typedef struct _DOT11_OFDM_PHY_ATTRIBUTES {
    ULONG uFrequencyBandsSupported;
} DOT11_OFDM_PHY_ATTRIBUTES, *PDOT11_OFDM_PHY_ATTRIBUTES;

/* The page names the leading member HRDSSSAttributes; drivers also reach
 * its fields directly, so both spellings are accepted here. */
typedef struct _DOT11_ERP_PHY_ATTRIBUTES {
    union {
        DOT11_HRDSSS_PHY_ATTRIBUTES HRDSSSAttributes;
        struct {
            BOOLEAN bShortPreambleOptionImplemented;
            BOOLEAN bPBCCOptionImplemented;
            BOOLEAN bChannelAgilityPresent;
            ULONG uHRCCAModeSupported;
        };
    };
    BOOLEAN bERPPBCCOptionImplemented;
    BOOLEAN bDSSSOFDMOptionImplemented;
    BOOLEAN bShortSlotTimeOptionImplemented;
} DOT11_ERP_PHY_ATTRIBUTES, *PDOT11_ERP_PHY_ATTRIBUTES;

typedef struct _DOT11_PHY_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    DOT11_PHY_TYPE PhyType;
    BOOLEAN bHardwarePhyState;
    BOOLEAN bSoftwarePhyState;
    BOOLEAN bCFPollable;
    ULONG uMPDUMaxLength;
    DOT11_TEMP_TYPE TempType;
    DOT11_DIVERSITY_SUPPORT DiversitySupport;
    union {
        DOT11_HRDSSS_PHY_ATTRIBUTES HRDSSSAttributes;
        DOT11_OFDM_PHY_ATTRIBUTES OFDMAttributes;
        DOT11_ERP_PHY_ATTRIBUTES ERPAttributes;
    };
    ULONG uNumberSupportedPowerLevels;
    ULONG TxPowerLevels[8];
    ULONG uNumDataRateMappingEntries;
    DOT11_DATA_RATE_MAPPING_ENTRY DataRateMappingEntries[DOT11_RATE_SET_MAX_LENGTH];
    DOT11_SUPPORTED_DATA_RATES_VALUE_V2 SupportedDataRatesValue;
} DOT11_PHY_ATTRIBUTES, *PDOT11_PHY_ATTRIBUTES;

#define DOT11_PHY_ATTRIBUTES_REVISION_1 1

/* ---- Virtual Wi-Fi attributes ---------------------------------------------- */

typedef struct _DOT11_VWIFI_COMBINATION {
    NDIS_OBJECT_HEADER Header;
    ULONG uNumInfrastructure;
    ULONG uNumAdhoc;
    ULONG uNumSoftAP;
} DOT11_VWIFI_COMBINATION, *PDOT11_VWIFI_COMBINATION;

typedef struct _DOT11_VWIFI_COMBINATION_V2 {
    NDIS_OBJECT_HEADER Header;
    ULONG uNumInfrastructure;
    ULONG uNumAdhoc;
    ULONG uNumSoftAP;
    ULONG uNumVirtualStation;
} DOT11_VWIFI_COMBINATION_V2, *PDOT11_VWIFI_COMBINATION_V2;

typedef struct _DOT11_VWIFI_COMBINATION_V3 {
    NDIS_OBJECT_HEADER Header;
    ULONG uNumInfrastructure;
    ULONG uNumAdhoc;
    ULONG uNumSoftAP;
    ULONG uNumVirtualStation;
    ULONG uNumWFDGroup;
} DOT11_VWIFI_COMBINATION_V3, *PDOT11_VWIFI_COMBINATION_V3;

#define DOT11_VWIFI_COMBINATION_REVISION_1 1
#define DOT11_VWIFI_COMBINATION_REVISION_2 2
#define DOT11_VWIFI_COMBINATION_REVISION_3 3

typedef struct _DOT11_VWIFI_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG uTotalNumOfEntries;
    DOT11_VWIFI_COMBINATION Combinations[1];
} DOT11_VWIFI_ATTRIBUTES, *PDOT11_VWIFI_ATTRIBUTES;

#define DOT11_VWIFI_ATTRIBUTES_REVISION_1 1

/* ---- Receive context, additional IEs, TKIP MIC failures ---------------- */

typedef struct _DOT11_EXTSTA_RECV_CONTEXT {
    NDIS_OBJECT_HEADER Header;
    ULONG uReceiveFlags;
    ULONG uPhyId;
    ULONG uChCenterFrequency;
    USHORT usNumberOfMPDUsReceived;
    LONG lRSSI;
    UCHAR ucDataRate;
    ULONG uSizeMediaSpecificInfo;
    PVOID pvMediaSpecificInfo;
    ULONGLONG ullTimestamp;
} DOT11_EXTSTA_RECV_CONTEXT, *PDOT11_EXTSTA_RECV_CONTEXT;

#define DOT11_EXTSTA_RECV_CONTEXT_REVISION_1 1

typedef struct _DOT11_ADDITIONAL_IE {
    NDIS_OBJECT_HEADER Header;
    ULONG uBeaconIEsOffset;
    ULONG uBeaconIEsLength;
    ULONG uResponseIEsOffset;
    ULONG uResponseIEsLength;
} DOT11_ADDITIONAL_IE, *PDOT11_ADDITIONAL_IE;

#define DOT11_ADDITIONAL_IE_REVISION_1 1

typedef struct _DOT11_TKIPMIC_FAILURE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    BOOLEAN bDefaultKeyFailure;
    ULONG uKeyIndex;
    DOT11_MAC_ADDRESS PeerMac;
} DOT11_TKIPMIC_FAILURE_PARAMETERS, *PDOT11_TKIPMIC_FAILURE_PARAMETERS;

#define DOT11_TKIPMIC_FAILURE_PARAMETERS_REVISION_1 1

/* ---- Extensible station and access point attributes ------------------- */

typedef UCHAR DOT11_COUNTRY_OR_REGION_STRING[3];
typedef DOT11_COUNTRY_OR_REGION_STRING *PDOT11_COUNTRY_OR_REGION_STRING;

typedef struct _DOT11_EXTSTA_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG uScanSSIDListSize;
    ULONG uDesiredBSSIDListSize;
    ULONG uDesiredSSIDListSize;
    ULONG uExcludedMacAddressListSize;
    ULONG uPrivacyExemptionListSize;
    ULONG uKeyMappingTableSize;
    ULONG uDefaultKeyTableSize;
    ULONG uWEPKeyValueMaxLength;
    ULONG uPMKIDCacheSize;
    ULONG uMaxNumPerSTADefaultKeyTables;
    BOOLEAN bStrictlyOrderedServiceClassImplemented;
    UCHAR ucSupportedQoSProtocolFlags;
    BOOLEAN bSafeModeImplemented;
    ULONG uNumSupportedCountryOrRegionStrings;
    PDOT11_COUNTRY_OR_REGION_STRING pSupportedCountryOrRegionStrings;
    ULONG uInfraNumSupportedUcastAlgoPairs;
    PDOT11_AUTH_CIPHER_PAIR pInfraSupportedUcastAlgoPairs;
    ULONG uInfraNumSupportedMcastAlgoPairs;
    PDOT11_AUTH_CIPHER_PAIR pInfraSupportedMcastAlgoPairs;
    ULONG uAdhocNumSupportedUcastAlgoPairs;
    PDOT11_AUTH_CIPHER_PAIR pAdhocSupportedUcastAlgoPairs;
    ULONG uAdhocNumSupportedMcastAlgoPairs;
    PDOT11_AUTH_CIPHER_PAIR pAdhocSupportedMcastAlgoPairs;
    BOOLEAN bAutoPowerSaveMode;
    ULONG uMaxNetworkOffloadListSize;
    BOOLEAN bMFPCapable;
    ULONG uInfraNumSupportedMcastMgmtAlgoPairs;
    PDOT11_AUTH_CIPHER_PAIR pInfraSupportedMcastMgmtAlgoPairs;
} DOT11_EXTSTA_ATTRIBUTES, *PDOT11_EXTSTA_ATTRIBUTES;

typedef struct _DOT11_EXTAP_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG uScanSSIDListSize;
    ULONG uDesiredSSIDListSize;
    ULONG uPrivacyExemptionListSize;
    ULONG uAssociationTableSize;
    ULONG uDefaultKeyTableSize;
    ULONG uWEPKeyValueMaxLength;
    BOOLEAN bStrictlyOrderedServiceClassImplemented;
    ULONG uNumSupportedCountryOrRegionStrings;
    PDOT11_COUNTRY_OR_REGION_STRING pSupportedCountryOrRegionStrings;
    ULONG uInfraNumSupportedUcastAlgoPairs;
    PDOT11_AUTH_CIPHER_PAIR pInfraSupportedUcastAlgoPairs;
    ULONG uInfraNumSupportedMcastAlgoPairs;
    PDOT11_AUTH_CIPHER_PAIR pInfraSupportedMcastAlgoPairs;
} DOT11_EXTAP_ATTRIBUTES, *PDOT11_EXTAP_ATTRIBUTES;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_WINDOT11_H */
