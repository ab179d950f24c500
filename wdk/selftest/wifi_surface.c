/*
 * wifi_surface.c - selftest for the native 802.11 and NDIS adapter parts
 * of the fallback headers: ndis.h with ndis_adapter.h, windot11.h and
 * dot11wdi.h used the way a WLAN miniport and a protocol driver use them,
 * with static assertions on values and layouts that the reference pages
 * publish.
 */
#include <ntddk.h>
#include <ndis.h>
#include <windot11.h>
#include <dot11wdi.h>

/* Published values. */
C_ASSERT(dot11_phy_type_any == dot11_phy_type_unknown);
C_ASSERT(dot11_phy_type_ofdm == 4 && dot11_phy_type_vht == 8 && dot11_phy_type_eht == 11);
C_ASSERT(dot11_BSS_type_infrastructure == 1 && dot11_BSS_type_any == 3);
C_ASSERT(DOT11_AUTH_ALGO_80211_OPEN == 1 && DOT11_AUTH_ALGO_RSNA_PSK == 7);
C_ASSERT(DOT11_CIPHER_ALGO_CCMP == 4 && DOT11_CIPHER_ALGO_WEP == 0x101);
C_ASSERT(dot11_scan_type_auto == 3);
C_ASSERT(DOT11_OPERATION_MODE_EXTENSIBLE_STATION == 4);
C_ASSERT(DOT11_SSID_MAX_LENGTH == 32 && DOT11_RATE_SET_MAX_LENGTH == 126);
C_ASSERT(NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES == 161);
C_ASSERT(NET_IF_ACCESS_BROADCAST == 2 && NET_IF_DIRECTION_SENDRECEIVE == 0);
C_ASSERT(NET_IF_CONNECTION_DEDICATED == 1);
C_ASSERT(NdisPortType8021xSupplicant == 3 && NdisPortReauthorizing == 3);
C_ASSERT(NDIS_MAX_PHYS_ADDRESS_LENGTH == 32);

/* Layouts: members in the documented order. */
C_ASSERT(sizeof(DOT11_MAC_ADDRESS) == 6);
C_ASSERT(sizeof(DOT11_SSID) == 36);
C_ASSERT(FIELD_OFFSET(DOT11_AUTH_CIPHER_PAIR_LIST, AuthCipherPairs) == 12);
C_ASSERT(FIELD_OFFSET(DOT11_SUPPORTED_PHY_TYPES, dot11PHYType) == 8);
C_ASSERT(FIELD_OFFSET(DOT11_BSSID_LIST, BSSIDs) == 12);
C_ASSERT(sizeof(DOT11_PMKID_ENTRY) == 28);
C_ASSERT(FIELD_OFFSET(DOT11_SCAN_REQUEST_V2, dot11BSSID) == 4);
C_ASSERT(FIELD_OFFSET(DOT11_SCAN_REQUEST_V2, dot11ScanType) == 12);
C_ASSERT(FIELD_OFFSET(DOT11_CIPHER_DEFAULT_KEY_VALUE, MacAddr) == 12);
C_ASSERT(sizeof(DOT11_DATA_RATE_MAPPING_ENTRY) == 4);
C_ASSERT(sizeof(DOT11_VWIFI_COMBINATION) == 16);
C_ASSERT(FIELD_OFFSET(NDIS_RECEIVE_SCALE_CAPABILITIES, NumberOfIndirectionTableEntries) == 16);
C_ASSERT(FIELD_OFFSET(NDIS_BIND_PARAMETERS, ProtocolSection) == sizeof(void *));
C_ASSERT(FIELD_OFFSET(NDIS_PORT_CHARACTERISTICS, XmitLinkSpeed) == 24);
C_ASSERT(FIELD_OFFSET(NDIS_MINIPORT_ADAPTER_ATTRIBUTES, GeneralAttributes) == 0);
C_ASSERT(NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 <=
         sizeof(NET_BUFFER_LIST_POOL_PARAMETERS));

typedef struct _WLAN_ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    DOT11_MAC_ADDRESS CurrentAddress;
    DOT11_SSID DesiredSsid;
} WLAN_ADAPTER, *PWLAN_ADAPTER;

static DOT11_PHY_ATTRIBUTES PhyAttributes;
static DOT11_VWIFI_ATTRIBUTES VWiFiAttributes;

/* A native 802.11 miniport reporting its attributes. */
static NDIS_STATUS SetAttributes(NDIS_HANDLE MiniportAdapterHandle, PWLAN_ADAPTER Adapter)
{
    NDIS_MINIPORT_ADAPTER_ATTRIBUTES attributes;

    NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(WLAN_ADAPTER);
    NdisZeroMemory(&attributes, sizeof(attributes));
    attributes.Native_802_11_Attributes.Header.Type =
        NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES;
    attributes.Native_802_11_Attributes.Header.Revision =
        NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_2;
    attributes.Native_802_11_Attributes.Header.Size =
        NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_2;
    attributes.Native_802_11_Attributes.OpModeCapability =
        DOT11_OPERATION_MODE_EXTENSIBLE_STATION | DOT11_OPERATION_MODE_NETWORK_MONITOR;
    attributes.Native_802_11_Attributes.NumSupportedPhys = 1;
    PhyAttributes.PhyType = dot11_phy_type_ofdm;
    PhyAttributes.OFDMAttributes.uFrequencyBandsSupported = 1;
    attributes.Native_802_11_Attributes.SupportedPhyAttributes = &PhyAttributes;
    VWiFiAttributes.uTotalNumOfEntries = 1;
    VWiFiAttributes.Combinations[0].uNumInfrastructure = 1;
    attributes.Native_802_11_Attributes.VWiFiAttributes = &VWiFiAttributes;
    Adapter->DesiredSsid.uSSIDLength = 0;
    return NdisMSetMiniportAttributes(MiniportAdapterHandle, &attributes);
}

/* A protocol driver reading its bind parameters. */
static ULONG BindMtu(PNDIS_BIND_PARAMETERS BindParameters, NDIS_PORT_CHARACTERISTICS *Port)
{
    NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(WLAN_ADAPTER);
    Port->Type = NdisPortTypeUndefined;
    Port->Direction = BindParameters->ActivePorts != NULL
        ? BindParameters->ActivePorts->PortCharacteristics.Direction
        : NET_IF_DIRECTION_SENDRECEIVE;
    if (BindParameters->RcvScaleCapabilities != NULL &&
        BindParameters->RcvScaleCapabilities->NumberOfReceiveQueues > 1) {
        return BindParameters->MtuSize;
    }
    return BindParameters->MacAddressLength;
}

static ULONG CountPairs(PDOT11_AUTH_CIPHER_PAIR_LIST List, PDOT11_SCAN_REQUEST_V2 Scan)
{
    ULONG i, n = 0;
    for (i = 0; i < List->uNumOfEntries; i++) {
        if (List->AuthCipherPairs[i].AuthAlgoId == DOT11_AUTH_ALGO_RSNA_PSK &&
            List->AuthCipherPairs[i].CipherAlgoId == DOT11_CIPHER_ALGO_CCMP) {
            n++;
        }
    }
    if (Scan->dot11BSSType == dot11_BSS_type_any && Scan->dot11BSSID[0] == 0xFF) {
        n += Scan->uNumOfdot11SSIDs;
    }
    return n;
}

void WifiSurfaceUse(NDIS_HANDLE h, PWLAN_ADAPTER a, PNDIS_BIND_PARAMETERS b,
                    PDOT11_AUTH_CIPHER_PAIR_LIST l, PDOT11_SCAN_REQUEST_V2 s)
{
    NDIS_PORT_CHARACTERISTICS port;
    (void)SetAttributes(h, a);
    (void)BindMtu(b, &port);
    (void)CountPairs(l, s);
}

C_ASSERT(FIELD_OFFSET(DOT11_ERP_PHY_ATTRIBUTES, uHRCCAModeSupported) ==
         FIELD_OFFSET(DOT11_HRDSSS_PHY_ATTRIBUTES, uHRCCAModeSupported));
C_ASSERT(FIELD_OFFSET(DOT11_ERP_PHY_ATTRIBUTES, bERPPBCCOptionImplemented) ==
         sizeof(DOT11_HRDSSS_PHY_ATTRIBUTES));

/* WDI message header. */
C_ASSERT(sizeof(WDI_MESSAGE_HEADER) == 16);
C_ASSERT(FIELD_OFFSET(WDI_MESSAGE_HEADER, TransactionId) == 8);
C_ASSERT(DOT11_POWER_SAVING_FAST_PSP == 8 && DOT11_POWER_SAVING_MAXIMUM_LEVEL == 24);
C_ASSERT(sizeof(NDIS_PM_PACKET_PATTERN) == 24);
C_ASSERT(NDIS_SIZEOF_RECEIVE_FILTER_CAPABILITIES_REVISION_1 == 56);
C_ASSERT(sizeof(NDIS_RECEIVE_FILTER_CAPABILITIES) == 84);
