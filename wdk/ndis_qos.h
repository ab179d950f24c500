/*
 * ndis_qos.h - hvcilint's stand-in for NDIS Quality of Service (QoS,
 * IEEE 802.1 Data Center Bridging) of NDIS 6.30 and later: the QoS
 * capabilities, parameters and classification elements, their flags and
 * the QoS OIDs.  Included at the end of ndis_adapter.h (so through
 * ndis.h); including it directly brings in ndis.h first.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ntddndis.h section: NDIS_QOS_CAPABILITIES,
 * NDIS_QOS_PARAMETERS, NDIS_QOS_CLASSIFICATION_ELEMENT) and the Win32/WDK
 * metadata constant listings, not taken from the WDK.
 *
 * Left out: the QoS offload (send queue) structures of NDIS 6.80+ and
 * the remote-parameter OIDs' structures other than the shared
 * NDIS_QOS_PARAMETERS.
 */
#pragma once
#ifndef HVCILINT_NDIS_QOS_H
#define HVCILINT_NDIS_QOS_H

#include <ndis.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NDIS_OBJECT_TYPE_QOS_CAPABILITIES             0xB5
#define NDIS_OBJECT_TYPE_QOS_PARAMETERS               0xB6
#define NDIS_OBJECT_TYPE_QOS_CLASSIFICATION_ELEMENT   0xB7

#define NDIS_QOS_MAXIMUM_PRIORITIES        8
#define NDIS_QOS_MAXIMUM_TRAFFIC_CLASSES   8

/* ---- Capabilities (OID_QOS_HARDWARE_CAPABILITIES, _CURRENT_) ----------- */

typedef struct _NDIS_QOS_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG MaxNumTrafficClasses;
    ULONG MaxNumEtsCapableTrafficClasses;
    ULONG MaxNumPfcEnabledTrafficClasses;
} NDIS_QOS_CAPABILITIES, *PNDIS_QOS_CAPABILITIES;

#define NDIS_QOS_CAPABILITIES_REVISION_1 1
#define NDIS_SIZEOF_QOS_CAPABILITIES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_QOS_CAPABILITIES, MaxNumPfcEnabledTrafficClasses)

#define NDIS_QOS_CAPABILITIES_STRICT_TSA_SUPPORTED      0x00000001
#define NDIS_QOS_CAPABILITIES_MACSEC_BYPASS_SUPPORTED   0x00000002
#define NDIS_QOS_CAPABILITIES_CEE_DCBX_SUPPORTED        0x00000004
#define NDIS_QOS_CAPABILITIES_IEEE_DCBX_SUPPORTED       0x00000008

/* ---- Classification elements ------------------------------------------- */

typedef struct _NDIS_QOS_CLASSIFICATION_ELEMENT {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    USHORT ConditionSelector;
    USHORT ConditionField;
    USHORT ActionSelector;
    USHORT ActionField;
} NDIS_QOS_CLASSIFICATION_ELEMENT, *PNDIS_QOS_CLASSIFICATION_ELEMENT;

#define NDIS_QOS_CLASSIFICATION_ELEMENT_REVISION_1 1
#define NDIS_SIZEOF_QOS_CLASSIFICATION_ELEMENT_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_QOS_CLASSIFICATION_ELEMENT, ActionField)

#define NDIS_QOS_CLASSIFICATION_SET_BY_MINIPORT_MASK    0xFF000000
#define NDIS_QOS_CLASSIFICATION_ENFORCED_BY_MINIPORT    0x01000000

#define NDIS_QOS_CONDITION_RESERVED          0
#define NDIS_QOS_CONDITION_DEFAULT           1
#define NDIS_QOS_CONDITION_TCP_PORT          2
#define NDIS_QOS_CONDITION_UDP_PORT          3
#define NDIS_QOS_CONDITION_TCP_OR_UDP_PORT   4
#define NDIS_QOS_CONDITION_ETHERTYPE         5
#define NDIS_QOS_CONDITION_NETDIRECT_PORT    6
#define NDIS_QOS_CONDITION_MAXIMUM           7

#define NDIS_QOS_ACTION_PRIORITY             0
#define NDIS_QOS_ACTION_MAXIMUM              1

/* Transmission selection algorithms (TsaAssignmentTable entries). */
#define NDIS_QOS_TSA_STRICT                  0
#define NDIS_QOS_TSA_CBS                     1
#define NDIS_QOS_TSA_ETS                     2
#define NDIS_QOS_TSA_MAXIMUM                 3

/* ---- Parameters (OID_QOS_PARAMETERS and the status indications) -------- */

typedef struct _NDIS_QOS_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG NumTrafficClasses;
    UCHAR PriorityAssignmentTable[NDIS_QOS_MAXIMUM_PRIORITIES];
    UCHAR TcBandwidthAssignmentTable[NDIS_QOS_MAXIMUM_TRAFFIC_CLASSES];
    UCHAR TsaAssignmentTable[NDIS_QOS_MAXIMUM_TRAFFIC_CLASSES];
    ULONG PfcEnable;
    ULONG NumClassificationElements;
    ULONG ClassificationElementSize;
    ULONG FirstClassificationElementOffset;
} NDIS_QOS_PARAMETERS, *PNDIS_QOS_PARAMETERS;

#define NDIS_QOS_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_QOS_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_QOS_PARAMETERS, FirstClassificationElementOffset)

#define NDIS_QOS_PARAMETERS_ETS_CHANGED              0x00000001
#define NDIS_QOS_PARAMETERS_ETS_CONFIGURED           0x00000002
#define NDIS_QOS_PARAMETERS_PFC_CHANGED              0x00000100
#define NDIS_QOS_PARAMETERS_PFC_CONFIGURED           0x00000200
#define NDIS_QOS_PARAMETERS_CLASSIFICATION_CHANGED   0x00010000
#define NDIS_QOS_PARAMETERS_CLASSIFICATION_CONFIGURED 0x00020000
#define NDIS_QOS_PARAMETERS_WILLING                  0x80000000

/* ---- OIDs ----------------------------------------- */

#define OID_QOS_HARDWARE_CAPABILITIES        0xFC050001
#define OID_QOS_CURRENT_CAPABILITIES         0xFC050002
#define OID_QOS_PARAMETERS                   0xFC050003
#define OID_QOS_OPERATIONAL_PARAMETERS       0xFC050004
#define OID_QOS_REMOTE_PARAMETERS            0xFC050005

/* The QoS status indication codes are not declared here (their values
   are not on the reference pages). */

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_NDIS_QOS_H */
