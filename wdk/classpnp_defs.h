/*
 * classpnp_defs.h - the values and enumerations of hvcilint's classpnp.h
 * stand-in: device and special-handling flags, the SRB class flags, the
 * MEDIA_CHANGE_DETECTION_STATE, FAILURE_PREDICTION_METHOD,
 * CLASSENABLEDISABLEFUNCTION, CLASS_FUNCTION_SUPPORT and power-state
 * enumerations, the class debug levels and the pool tags.
 *
 * Written for hvcilint from the classpnp.h DDI reference on
 * learn.microsoft.com (names, enum order), not taken from the WDK.
 * classpnp.h includes it; included on its own it includes classpnp.h.
 *
 * Values the reference does not spell out are hvcilint's own and only
 * distinct: the CLASS_TAG_* pool tags, CLASS_DEBUG_LEVEL beyond its order,
 * IRP_MN_SCSI_CLASS and the CLASS_SRBEX_* buffer sizes (computed here from
 * the extended-SRB structure sizes).
 *
 * The GUID_CLASSPNP_* initializers carry placeholder values (see there).
 *
 * Left out: the DebugPrint/ClassDebugPrint level masks of checked builds.
 */
#ifndef _CLASS_
#include <classpnp.h>
#elif !defined(HVCILINT_CLASSPNP_DEFS_H)
#define HVCILINT_CLASSPNP_DEFS_H

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Limits and timeouts ------------------------------------------------- */
#define MAXIMUM_RETRIES                 4
#define CLASS_DRIVER_EXTENSION_KEY      ((PVOID)ClassInitialize)
#define START_UNIT_TIMEOUT              (60 * 4)
#define MEDIA_CHANGE_DEFAULT_TIME       1
#define MEDIA_CHANGE_TIMEOUT_TIME       300
#define DEFAULT_FAILURE_PREDICTION_PERIOD (60 * 60 * 1)
#define CLASS_INTERPRET_SENSE_INFO2_MAXIMUM_HISTORY_COUNT 30000
#define CLASS_WORKING_SET_MAXIMUM       2048

/* ---- Remove-lock states (COMMON_DEVICE_EXTENSION.IsRemoved) ------------ */
#define NO_REMOVE                       0
#define REMOVE_PENDING                  1
#define REMOVE_COMPLETE                 2

/* ---- FUNCTIONAL_DEVICE_EXTENSION.DeviceFlags --------------------------- */
#define DEV_WRITE_CACHE                 0x00000001
#define DEV_USE_SCSI1                   0x00000002
#define DEV_SAFE_START_UNIT             0x00000004
#define DEV_NO_12BYTE_CDB               0x00000008
#define DEV_POWER_PROTECTED             0x00000010
#define DEV_USE_16BYTE_CDB              0x00000020

/* ---- ScanForSpecialFlags ---------------------------------------------- */
#define CLASS_SPECIAL_DISABLE_SPIN_DOWN         0x00000001
#define CLASS_SPECIAL_DISABLE_SPIN_UP           0x00000002
#define CLASS_SPECIAL_NO_QUEUE_LOCK             0x00000008
#define CLASS_SPECIAL_DISABLE_WRITE_CACHE       0x00000010
#define CLASS_SPECIAL_CAUSE_NOT_REPORTABLE_HACK 0x00000020
#define CLASS_SPECIAL_DISABLE_WRITE_CACHE_NOT_SUPPORTED 0x00000040
#define CLASS_SPECIAL_MODIFY_CACHE_UNSUCCESSFUL 0x00000040
#define CLASS_SPECIAL_FUA_NOT_SUPPORTED         0x00000080
#define CLASS_SPECIAL_VALID_MASK                0x000000FB
#define CLASS_SPECIAL_RESERVED                  (~CLASS_SPECIAL_VALID_MASK)

/* ---- SRB flags reserved for the class library -------------------------- */
#define SRB_CLASS_FLAGS_LOW_PRIORITY    0x10000000
#define SRB_CLASS_FLAGS_PERSISTANT      0x20000000
#define SRB_CLASS_FLAGS_PAGING          0x40000000
#define SRB_CLASS_FLAGS_FREE_MDL        0x80000000

/* ---- SRB kinds a class driver supports (ClassInitializeEx) -------------- */
#define CLASS_SRB_SCSI_REQUEST_BLOCK    0x1
#define CLASS_SRB_STORAGE_REQUEST_BLOCK 0x2

#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE \
    (sizeof(STORAGE_REQUEST_BLOCK) + sizeof(STOR_ADDR_BTL8))
#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE \
    (sizeof(STORAGE_REQUEST_BLOCK) + sizeof(ULONG) * 2 + \
     sizeof(STOR_ADDR_BTL8) + sizeof(SRBEX_DATA_SCSI_CDB16))

/* ---- Minor function the class library sends to its PDOs ---------------- */
#define IRP_MN_SCSI_CLASS               0x01

/* ---- Pool tags -------------------------------------------------------------- */
#define CLASS_TAG_AUTORUN_DISABLE       'ALcS'
#define CLASS_TAG_FILE_OBJECT_EXTENSION 'FLcS'
#define CLASS_TAG_MEDIA_CHANGE_DETECTION 'MLcS'
#define CLASS_TAG_MOUNT                 'mLcS'
#define CLASS_TAG_RELEASE_QUEUE         'qLcS'
#define CLASS_TAG_POWER                 'WLcS'
#define CLASS_TAG_WMI                   'wLcS'
#define CLASS_TAG_FAILURE_PREDICT       'fLcS'
#define CLASS_TAG_DEVICE_CONTROL        'OLcS'
#define CLASS_TAG_MODE_DATA             'oLcS'
#define CLASS_TAG_MULTIPATH             'mPcS'
#define CLASS_TAG_LOCK_TRACKING         'TLcS'
#define CLASS_TAG_LB_PROVISIONING       'PLcS'
#define CLASS_TAG_MANAGE_DATASET        'MDcS'

/* ---- Enumerations ----------------------------------------------------------- */
typedef enum {
    EventGeneration,
    DataBlockCollection
} CLASSENABLEDISABLEFUNCTION;

typedef enum {
    FailurePredictionNone = 0,
    FailurePredictionIoctl,
    FailurePredictionSmart,
    FailurePredictionSense
} FAILURE_PREDICTION_METHOD, *PFAILURE_PREDICTION_METHOD;

typedef enum _MEDIA_CHANGE_DETECTION_STATE {
    MediaUnknown,
    MediaPresent,
    MediaNotPresent,
    MediaUnavailable
} MEDIA_CHANGE_DETECTION_STATE, *PMEDIA_CHANGE_DETECTION_STATE;

typedef enum {
    SupportUnknown = 0,
    Supported,
    NotSupported
} CLASS_FUNCTION_SUPPORT;

typedef enum _CLASS_DEBUG_LEVEL {
    ClassDebugError = 0,
    ClassDebugWarning = 1,
    ClassDebugTrace = 2,
    ClassDebugInfo = 3,
    ClassDebugMediaLocks = 8,
    ClassDebugMCN = 9,
    ClassDebugDelayedRetry = 10,
    ClassDebugSenseInfo = 11,
    ClassDebugRemoveLock = 12,
    ClassDebugExternal4 = 13,
    ClassDebugExternal3 = 14,
    ClassDebugExternal2 = 15,
    ClassDebugExternal1 = 16
} CLASS_DEBUG_LEVEL, *PCLASS_DEBUG_LEVEL;

typedef enum {
    PowerDownDeviceInitial,
    PowerDownDeviceLocked,
    PowerDownDeviceStopped,
    PowerDownDeviceOff,
    PowerDownDeviceUnlocked
} CLASS_POWER_DOWN_STATE;

typedef enum {
    PowerDownDeviceInitial2,
    PowerDownDeviceLocked2,
    PowerDownDeviceFlushed2,
    PowerDownDeviceStopped2,
    PowerDownDeviceOff2,
    PowerDownDeviceUnlocked2
} CLASS_POWER_DOWN_STATE2;

typedef enum {
    PowerDownDeviceInitial3 = 0,
    PowerDownDeviceLocked3,
    PowerDownDeviceQuiesced3,
    PowerDownDeviceFlushed3,
    PowerDownDeviceStopped3,
    PowerDownDeviceOff3,
    PowerDownDeviceUnlocked3
} CLASS_POWER_DOWN_STATE3;

typedef enum {
    PowerUpDeviceInitial,
    PowerUpDeviceLocked,
    PowerUpDeviceOn,
    PowerUpDeviceStarted,
    PowerUpDeviceUnlocked
} CLASS_POWER_UP_STATE;

/* ---- Interface GUIDs ClassInitializeEx takes ----------------------------
   Brace initializers, as class libraries assign them to GUID variables.
   The values are hvcilint's own placeholders (distinct, recognisably not
   registered), not the WDK's. */
#define GUID_CLASSPNP_QUERY_REGINFOEX \
    { 0x00000000, 0x0000, 0x0000, { 0x48, 0x56, 0x43, 0x49, 0x43, 0x50, 0x00, 0x01 } }
#define GUID_CLASSPNP_SENSEINFO2 \
    { 0x00000000, 0x0000, 0x0000, { 0x48, 0x56, 0x43, 0x49, 0x43, 0x50, 0x00, 0x02 } }
#define GUID_CLASSPNP_WORKING_SET \
    { 0x00000000, 0x0000, 0x0000, { 0x48, 0x56, 0x43, 0x49, 0x43, 0x50, 0x00, 0x03 } }
#define GUID_CLASSPNP_SRB_SUPPORT \
    { 0x00000000, 0x0000, 0x0000, { 0x48, 0x56, 0x43, 0x49, 0x43, 0x50, 0x00, 0x04 } }

/* ---- Structured-exception stand-ins the class library's sources use ---- */
#define TRY
#define LEAVE   goto __tryLabel;
#define FINALLY __tryLabel:

/* Frees a pool allocation (if any) and clears the pointer; a brace block,
   used with and without a trailing ';'. */
#define FREE_POOL(_PoolPtr)             \
    if ((_PoolPtr) != NULL) {           \
        ExFreePool(_PoolPtr);           \
        (_PoolPtr) = NULL;              \
    }

/* SAL annotations class-library sources use (no effect here). */
#ifndef __control_entrypoint
#define __control_entrypoint(category)
#endif
#ifndef __on_failure
#define __on_failure(annotes)
#endif

/* The port-library export marker (srb.h); empty in kernel-mode builds. */
#ifndef SCSIPORT_API
#define SCSIPORT_API
#endif

/* ---- Size of a structure member ------------------------------------------ */
/* The size of a member named through its structure type, as class drivers
   size bitmap words and descriptor fields with it; the same expression as
   RTL_FIELD_SIZE. */
#ifndef FIELD_SIZE
#define FIELD_SIZE(type, field) RTL_FIELD_SIZE(type, field)
#endif

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_CLASSPNP_DEFS_H */
