/*
 * classpnp.h - hvcilint's stand-in for the storage class-driver library
 * header: the device extensions (COMMON_, FUNCTIONAL_ and
 * PHYSICAL_DEVICE_EXTENSION), the registration structures (CLASS_INIT_DATA,
 * CLASS_DEV_INFO, CLASS_WMI_INFO), the PCLASS_* callback types and the
 * ClassXxx library routines a disk, CD-ROM, tape or changer class driver
 * calls.
 *
 * Written for hvcilint from the classpnp.h DDI reference on
 * learn.microsoft.com (structure members, routine parameters, enum order),
 * not taken from the WDK.  Like the real header it brings in the storage
 * headers class drivers use without including them: ntddk.h, scsi.h,
 * srb.h, ntdddisk.h, ntddstor.h, ntddscsi.h, ntddcdrm.h, wmistr.h and
 * mountdev.h.
 *
 * Reserved members the reference lists are kept as members; the size of an
 * extension is therefore close to, but not guaranteed equal to, the WDK's.
 * CLASS_FUNCTION_SUPPORT_INFO, the VPD and READ CAPACITY (16) caches and
 * the power context carry the members the reference describes.  The
 * values of the CLASS_TAG_* pool tags and of the SRB buffer-size helpers
 * are hvcilint's (see classpnp_defs.h).
 *
 * Left out: the obsolete ClassSplitRequest/ClassBuildRequest helpers'
 * retired variants, the Windows XP era private tracing hooks and anything
 * the reference marks as for internal use only without a declaration.
 */
#pragma once
#ifndef _CLASS_
#define _CLASS_

#include <ntddk.h>
#include <scsi.h>
#include <srb.h>
#include <ntddstor.h>
#include <ntdddisk.h>
#include <ntddscsi.h>
#include <ntddcdrm.h>
#include <wmistr.h>
#include <mountdev.h>

#include <classpnp_defs.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Callback types -------------------------------------------------- */
struct _FUNCTIONAL_DEVICE_EXTENSION;
typedef NTSTATUS (*PCLASS_ADD_DEVICE)(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDEVICE_OBJECT Pdo);
typedef NTSTATUS (*PCLASS_POWER_DEVICE)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_START_DEVICE)(
    _In_ PDEVICE_OBJECT Fdo);
typedef NTSTATUS (*PCLASS_STOP_DEVICE)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ UCHAR Type);
typedef NTSTATUS (*PCLASS_INIT_DEVICE)(
    _In_ PDEVICE_OBJECT Fdo);
typedef NTSTATUS (*PCLASS_ENUM_DEVICE)(
    _In_ PDEVICE_OBJECT Fdo);
typedef NTSTATUS (*PCLASS_READ_WRITE)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_DEVICE_CONTROL)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_SHUTDOWN_FLUSH)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_CREATE_CLOSE)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_QUERY_ID)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ BUS_QUERY_ID_TYPE IdType,
    _In_ PUNICODE_STRING IdString);
typedef NTSTATUS (*PCLASS_REMOVE_DEVICE)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ UCHAR Type);
typedef VOID (*PCLASS_UNLOAD)(
    _In_ PDRIVER_OBJECT DriverObject);
typedef NTSTATUS (*PCLASS_QUERY_PNP_CAPABILITIES)(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ PDEVICE_CAPABILITIES Capabilities);
typedef VOID (*PCLASS_TICK)(
    _In_ PDEVICE_OBJECT DeviceObject);
typedef VOID (*PCLASS_ERROR)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PSCSI_REQUEST_BLOCK Srb,
    _Out_ NTSTATUS *Status,
    _Inout_ BOOLEAN *Retry);
typedef NTSTATUS (*PCLASS_QUERY_WMI_REGINFO_EX)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Out_ ULONG *RegFlags,
    _Out_ PUNICODE_STRING Name,
    _Out_ PUNICODE_STRING MofResouceName);
typedef NTSTATUS (*PCLASS_QUERY_WMI_REGINFO)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Out_ ULONG *RegFlags,
    _Out_ PUNICODE_STRING Name);
typedef NTSTATUS (*PCLASS_QUERY_WMI_DATABLOCK)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ ULONG BufferAvail,
    _Out_writes_bytes_(BufferAvail) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_SET_WMI_DATABLOCK)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ ULONG BufferSize,
    _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_SET_WMI_DATAITEM)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ ULONG DataItemId,
    _In_ ULONG BufferSize,
    _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_EXECUTE_WMI_METHOD)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ ULONG MethodId,
    _In_ ULONG InBufferSize,
    _In_ ULONG OutBufferSize,
    _In_reads_(_Inexpressible_(max(InBufferSize, OutBufferSize))) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_WMI_FUNCTION_CONTROL)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ CLASSENABLEDISABLEFUNCTION Function,
    _In_ BOOLEAN Enable);
typedef VOID (*PCLASS_SCAN_FOR_SPECIAL_HANDLER)(
    _In_ struct _FUNCTIONAL_DEVICE_EXTENSION *FdoExtension,
    _In_ ULONG_PTR Data);

/* ---- WMI registration -------------------------------------------------- */
typedef struct {
    GUID Guid;
    ULONG InstanceCount;
    ULONG Flags;
} GUIDREGINFO, *PGUIDREGINFO;

typedef struct _CLASS_WMI_INFO {
    ULONG GuidCount;
    PGUIDREGINFO GuidRegInfo;
    PCLASS_QUERY_WMI_REGINFO ClassQueryWmiRegInfo;
    PCLASS_QUERY_WMI_DATABLOCK ClassQueryWmiDataBlock;
    PCLASS_SET_WMI_DATABLOCK ClassSetWmiDataBlock;
    PCLASS_SET_WMI_DATAITEM ClassSetWmiDataItem;
    PCLASS_EXECUTE_WMI_METHOD ClassExecuteWmiMethod;
    PCLASS_WMI_FUNCTION_CONTROL ClassWmiFunctionControl;
} CLASS_WMI_INFO, *PCLASS_WMI_INFO;

typedef struct _CLASS_QUERY_WMI_REGINFO_EX_LIST {
    ULONG Size;
    PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx;
    PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
} CLASS_QUERY_WMI_REGINFO_EX_LIST, *PCLASS_QUERY_WMI_REGINFO_EX_LIST;

/* ---- Registration ---------------------------------------------------- */
typedef struct _CLASS_DEV_INFO {
    ULONG DeviceExtensionSize;
    DEVICE_TYPE DeviceType;
    UCHAR StackSize;
    ULONG DeviceCharacteristics;
    PCLASS_ERROR ClassError;
    PCLASS_READ_WRITE ClassReadWriteVerification;
    PCLASS_DEVICE_CONTROL ClassDeviceControl;
    PCLASS_SHUTDOWN_FLUSH ClassShutdownFlush;
    PCLASS_CREATE_CLOSE ClassCreateClose;
    PCLASS_INIT_DEVICE ClassInitDevice;
    PCLASS_START_DEVICE ClassStartDevice;
    PCLASS_POWER_DEVICE ClassPowerDevice;
    PCLASS_STOP_DEVICE ClassStopDevice;
    PCLASS_REMOVE_DEVICE ClassRemoveDevice;
    PCLASS_QUERY_PNP_CAPABILITIES ClassQueryPnpCapabilities;
    CLASS_WMI_INFO ClassWmiInfo;
} CLASS_DEV_INFO, *PCLASS_DEV_INFO;

typedef struct _CLASS_INIT_DATA {
    ULONG InitializationDataSize;
    CLASS_DEV_INFO FdoData;
    CLASS_DEV_INFO PdoData;
    PCLASS_ADD_DEVICE ClassAddDevice;
    PCLASS_ENUM_DEVICE ClassEnumerateDevice;
    PCLASS_QUERY_ID ClassQueryId;
    PDRIVER_STARTIO ClassStartIo;
    PCLASS_UNLOAD ClassUnload;
    PCLASS_TICK ClassTick;
} CLASS_INIT_DATA, *PCLASS_INIT_DATA;

typedef struct _CLASS_DRIVER_EXTENSION {
    UNICODE_STRING RegistryPath;
    CLASS_INIT_DATA InitData;
    ULONG DeviceCount;
    PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx;
    PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
    ULONGLONG EtwHandle;
    PDRIVER_DISPATCH DeviceMajorFunctionTable[IRP_MJ_MAXIMUM_FUNCTION + 1];
    PDRIVER_DISPATCH MpDeviceMajorFunctionTable[IRP_MJ_MAXIMUM_FUNCTION + 1];
    PVOID InterpretSenseInfo;
    ULONG MaxClassSenseInfoHistoryCount;
    ULONG SrbSupport;
    PVOID WorkingSet;
} CLASS_DRIVER_EXTENSION, *PCLASS_DRIVER_EXTENSION;

typedef struct {
    PCHAR VendorId;
    PCHAR ProductId;
    PCHAR ProductRevision;
    ULONG_PTR Data;
} CLASSPNP_SCAN_FOR_SPECIAL_INFO, *PCLASSPNP_SCAN_FOR_SPECIAL_INFO;

/* ---- Dictionary and per-open context ----------------------------------- */
typedef struct _DICTIONARY_HEADER DICTIONARY_HEADER, *PDICTIONARY_HEADER;

typedef struct _DICTIONARY {
    ULONGLONG Signature;
    struct _DICTIONARY_HEADER *List;
    KSPIN_LOCK SpinLock;
} DICTIONARY, *PDICTIONARY;

typedef struct _FILE_OBJECT_EXTENSION {
    PFILE_OBJECT FileObject;
    PDEVICE_OBJECT DeviceObject;
    ULONG LockCount;
    ULONG McnDisableCount;
} FILE_OBJECT_EXTENSION, *PFILE_OBJECT_EXTENSION;

#include <classpnp_ext.h>

#ifdef __cplusplus
}
#endif

#include <classpnp_api.h>

#endif /* _CLASS_ */
