/*
 * classpnp_api.h - the ClassXxx library routines of hvcilint's classpnp.h
 * stand-in: initialization, device-object creation, SRB and IRP helpers,
 * mode sense/select, remove and child locks, media change detection,
 * failure prediction, device parameters and the WMI helpers.
 *
 * Written for hvcilint from the classpnp.h DDI reference on
 * learn.microsoft.com (routine names, parameter order and types), not
 * taken from the WDK.  classpnp.h includes it at its end; included on its
 * own it includes classpnp.h.  The routines carry no import attribute and
 * no calling convention, so a class library that defines them parses
 * against the same declarations as a driver that calls them.
 *
 * Left out: the offload (token) and logical-block provisioning helpers
 * whose parameter types belong to the SCSI log-page and token structures
 * this fallback does not provide.
 */
#ifndef _CLASS_
#include <classpnp.h>
#elif !defined(HVCILINT_CLASSPNP_API_H)
#define HVCILINT_CLASSPNP_API_H

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Initialization ----------------------------------------------------- */
ULONG ClassInitialize(_In_ PVOID Argument1, _In_ PVOID Argument2,
                      _In_ PCLASS_INIT_DATA InitializationData);
ULONG ClassInitializeEx(_In_ PDRIVER_OBJECT DriverObject, _In_ LPGUID Guid,
                        _In_ PVOID Data);
NTSTATUS ClassCreateDeviceObject(_In_ PDRIVER_OBJECT DriverObject,
                                 _In_z_ PCCHAR ObjectNameBuffer,
                                 _In_ PDEVICE_OBJECT LowerDeviceObject,
                                 _In_ BOOLEAN IsFdo,
                                 _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);
PCLASS_DRIVER_EXTENSION ClassGetDriverExtension(_In_ PDRIVER_OBJECT DriverObject);
NTSTATUS ClassClaimDevice(_In_ PDEVICE_OBJECT LowerDeviceObject, _In_ BOOLEAN Release);
NTSTATUS ClassRemoveDevice(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR RemoveType);
ULONG ClassQueryTimeOutRegistryValue(_In_ PDEVICE_OBJECT DeviceObject);
NTSTATUS ClassGetDescriptor(_In_ PDEVICE_OBJECT DeviceObject,
                            _In_ PSTORAGE_PROPERTY_ID PropertyId,
                            _Outptr_ PVOID *Descriptor);
VOID ClassUpdateInformationInRegistry(_In_ PDEVICE_OBJECT Fdo,
                                      _In_ PCHAR DeviceName,
                                      _In_ ULONG DeviceNumber,
                                      _In_reads_bytes_opt_(InquiryDataLength) PINQUIRYDATA InquiryData,
                                      _In_ ULONG InquiryDataLength);
PVPB ClassGetVpb(_In_ PDEVICE_OBJECT DeviceObject);

/* ---- Dispatch helpers ------------------------------------------------------- */
NTSTATUS ClassDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);
NTSTATUS ClassInternalIoControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);
NTSTATUS ClassBuildRequest(_In_ PDEVICE_OBJECT Fdo, _In_ PIRP Irp);
VOID ClassSplitRequest(_In_ PDEVICE_OBJECT Fdo, _In_ PIRP Irp, _In_ ULONG MaximumBytes);
VOID ClassCompleteRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
                          _In_ CCHAR PriorityBoost);
NTSTATUS ClassSendIrpSynchronous(_In_ PDEVICE_OBJECT TargetDeviceObject, _In_ PIRP Irp);
NTSTATUS ClassForwardIrpSynchronous(_In_ PCOMMON_DEVICE_EXTENSION CommonExtension,
                                    _In_ PIRP Irp);
VOID ClassSendDeviceIoControlSynchronous(_In_ ULONG IoControlCode,
                                         _In_ PDEVICE_OBJECT TargetDeviceObject,
                                         _Inout_updates_opt_(_Inexpressible_(max(InputBufferLength, OutputBufferLength))) PVOID Buffer,
                                         _In_ ULONG InputBufferLength,
                                         _In_ ULONG OutputBufferLength,
                                         _In_ BOOLEAN InternalDeviceIoControl,
                                         _Out_ PIO_STATUS_BLOCK IoStatus);
VOID ClassInvalidateBusRelations(_In_ PDEVICE_OBJECT Fdo);
VOID ClassMarkChildrenMissing(_In_ PFUNCTIONAL_DEVICE_EXTENSION Fdo);
BOOLEAN ClassMarkChildMissing(_In_ PPHYSICAL_DEVICE_EXTENSION PdoExtension,
                              _In_ BOOLEAN AcquireChildLock);
PFILE_OBJECT_EXTENSION ClassGetFsContext(_In_ PCOMMON_DEVICE_EXTENSION CommonExtension,
                                         _In_ PFILE_OBJECT FileObject);

/* ---- SRBs ------------------------------------------------------------------- */
NTSTATUS ClassSendSrbSynchronous(_In_ PDEVICE_OBJECT Fdo,
                                 _Inout_ PSCSI_REQUEST_BLOCK Srb,
                                 _In_reads_bytes_opt_(BufferLength) PVOID BufferAddress,
                                 _In_ ULONG BufferLength,
                                 _In_ BOOLEAN WriteToDevice);
NTSTATUS ClassSendSrbAsynchronous(_In_ PDEVICE_OBJECT Fdo,
                                  _Inout_ PSCSI_REQUEST_BLOCK Srb,
                                  _In_ PIRP Irp,
                                  _In_reads_bytes_opt_(BufferLength) PVOID BufferAddress,
                                  _In_ ULONG BufferLength,
                                  _In_ BOOLEAN WriteToDevice);
IO_COMPLETION_ROUTINE ClassIoComplete;
IO_COMPLETION_ROUTINE ClassIoCompleteAssociated;
IO_COMPLETION_ROUTINE ClassSignalCompletion;
IO_COMPLETION_ROUTINE ClassCheckVerifyComplete;
IO_COMPLETION_ROUTINE ClassAsynchronousCompletion;
BOOLEAN ClassInterpretSenseInfo(_In_ PDEVICE_OBJECT Fdo,
                                _In_ PSCSI_REQUEST_BLOCK Srb,
                                _In_ UCHAR MajorFunctionCode,
                                _In_ ULONG IoDeviceCode,
                                _In_ ULONG RetryCount,
                                _Out_ NTSTATUS *Status,
                                _Out_opt_ ULONG *RetryInterval);
VOID ClassReleaseQueue(_In_ PDEVICE_OBJECT DeviceObject);
VOID ClassSendStartUnit(_In_ PDEVICE_OBJECT DeviceObject);
NTSTATUS ClassReadDriveCapacity(_In_ PDEVICE_OBJECT DeviceObject);
VOID ClassInitializeSrbLookasideList(_Inout_ PCOMMON_DEVICE_EXTENSION CommonExtension,
                                     _In_ ULONG NumberElements);
VOID ClassDeleteSrbLookasideList(_Inout_ PCOMMON_DEVICE_EXTENSION CommonExtension);
VOID ClassFreeOrReuseSrb(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                         _In_ PSCSI_REQUEST_BLOCK Srb);

/* ---- Mode pages ------------------------------------------------------------- */
ULONG ClassModeSense(_In_ PDEVICE_OBJECT Fdo,
                     _In_reads_bytes_(Length) PCHAR ModeSenseBuffer,
                     _In_ ULONG Length,
                     _In_ UCHAR PageMode);
ULONG ClassModeSenseEx(_In_ PDEVICE_OBJECT Fdo,
                       _In_reads_bytes_(Length) PCHAR ModeSenseBuffer,
                       _In_ ULONG Length,
                       _In_ UCHAR PageMode,
                       _In_ UCHAR PageControl);
NTSTATUS ClassModeSelect(_In_ PDEVICE_OBJECT Fdo,
                         _In_reads_bytes_(Length) PCHAR ModeSelectBuffer,
                         _In_ ULONG Length,
                         _In_ BOOLEAN SavePages);
PVOID ClassFindModePage(_In_reads_bytes_(Length) PCHAR ModeSenseBuffer,
                        _In_ ULONG Length,
                        _In_ UCHAR PageMode,
                        _In_ BOOLEAN Use6Byte);

/* ---- Remove and child locks ----------------------------------------------- */
ULONG ClassAcquireRemoveLockEx(_In_ PDEVICE_OBJECT DeviceObject,
                               _In_ PVOID Tag,
                               _In_ PCSTR File,
                               _In_ ULONG Line);
#define ClassAcquireRemoveLock(devobj, tag) \
    ClassAcquireRemoveLockEx((devobj), (tag), __FILE__, __LINE__)
VOID ClassReleaseRemoveLock(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PIRP Tag);
VOID ClassAcquireChildLock(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassReleaseChildLock(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);

/* ---- Power ------------------------------------------------------------------ */
NTSTATUS ClassSpinDownPowerHandler(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
NTSTATUS ClassStopUnitPowerHandler(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);

/* ---- Media change detection --------------------------------------------------- */
VOID ClassInitializeMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                                         _In_ PUCHAR EventPrefix);
NTSTATUS ClassInitializeTestUnitPolling(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                                        _In_ BOOLEAN AllowDriveToSleep);
VOID ClassCheckMediaState(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassResetMediaChangeTimer(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassSetMediaChangeState(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                              _In_ MEDIA_CHANGE_DETECTION_STATE MediaChangeState,
                              _In_ BOOLEAN Wait);
VOID ClassEnableMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassDisableMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassCleanupMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);

/* ---- Failure prediction --------------------------------------------------------- */
NTSTATUS ClassSetFailurePredictionPoll(_Inout_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                                       _In_ FAILURE_PREDICTION_METHOD FailurePredictionMethod,
                                       _In_ ULONG PollingPeriod);
VOID ClassNotifyFailurePredicted(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                                 _In_reads_bytes_(BufferSize) PUCHAR Buffer,
                                 _In_ ULONG BufferSize,
                                 _In_ BOOLEAN LogError,
                                 _In_ ULONG UniqueErrorValue,
                                 _In_ UCHAR PathId,
                                 _In_ UCHAR TargetId,
                                 _In_ UCHAR Lun);

/* ---- Device parameters and special devices -------------------------------------- */
VOID ClassGetDeviceParameter(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                             _In_opt_ PWSTR SubkeyName,
                             _In_ PWSTR ParameterName,
                             _Inout_ PULONG ParameterValue);
NTSTATUS ClassSetDeviceParameter(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                                 _In_opt_ PWSTR SubkeyName,
                                 _In_ PWSTR ParameterName,
                                 _In_ ULONG ParameterValue);
VOID ClassScanForSpecial(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                         _In_ CLASSPNP_SCAN_FOR_SPECIAL_INFO DeviceList[],
                         _In_ PCLASS_SCAN_FOR_SPECIAL_HANDLER Function);
VOID ClassSendNotification(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                           _In_ const GUID *Guid,
                           _In_ ULONG ExtraDataSize,
                           _In_reads_bytes_opt_(ExtraDataSize) PVOID ExtraData);

/* ---- WMI ---------------------------------------------------------------------- */
NTSTATUS ClassWmiCompleteRequest(_In_ PDEVICE_OBJECT DeviceObject,
                                 _Inout_ PIRP Irp,
                                 _In_ NTSTATUS Status,
                                 _In_ ULONG BufferUsed,
                                 _In_ CCHAR PriorityBoost);
NTSTATUS ClassWmiFireEvent(_In_ PDEVICE_OBJECT DeviceObject,
                           _In_ LPGUID Guid,
                           _In_ ULONG InstanceIndex,
                           _In_ ULONG EventDataSize,
                           _In_reads_bytes_(EventDataSize) PVOID EventData);

/* ---- Debug output ----------------------------------------------------------- */
VOID ClassDebugPrint(_In_ CLASS_DEBUG_LEVEL DebugPrintLevel,
                     _In_z_ PCCHAR DebugMessage, ...);

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_CLASSPNP_API_H */
