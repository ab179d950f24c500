/*
 * SPBCx.h - hvcilint's stand-in for the simple peripheral bus framework
 * extension (SpbCx) interface of SPB controller drivers: the controller,
 * target and request handles, the controller configuration and its event
 * callbacks, the request and transfer parameter records and the SpbXxx
 * methods.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (spbcx.h section: SPB_CONTROLLER_CONFIG,
 * SPB_CONNECTION_PARAMETERS, SPB_REQUEST_PARAMETERS,
 * SPB_TRANSFER_DESCRIPTOR, SPB_REQUEST_TYPE,
 * SPB_REQUEST_SEQUENCE_POSITION, the EVT_SPB_* callbacks and the
 * SpbDeviceInit*, SpbController*, SpbTarget* and SpbRequest* methods), not
 * taken from the WDK.  The pages describe SPBCONTROLLER, SPBTARGET and
 * SPBREQUEST as framework device, file-object and request handles that
 * drivers also pass to WDF methods; here they are those handle types.
 * SPB_REQUEST_TYPE is numbered from zero in the order of its page (not
 * claimed to match the WDK).  Methods are plain prototypes, as in the
 * KMDF stand-ins here.
 *
 * Left out: the connection-lock and full-duplex callbacks' extra
 * configuration and the SpbCx version-specific additions.
 */
#pragma once
#ifndef HVCILINT_SPBCX_H
#define HVCILINT_SPBCX_H

#include <wdf.h>
#include <spb.h>

WDF_EXTERN_C_START

typedef WDFDEVICE SPBCONTROLLER;
typedef WDFFILEOBJECT SPBTARGET;
typedef WDFREQUEST SPBREQUEST;

typedef enum _SPB_REQUEST_TYPE {
    SpbRequestTypeUndefined = 0,
    SpbRequestTypeRead,
    SpbRequestTypeWrite,
    SpbRequestTypeSequence,
    SpbRequestTypeOther,
    SpbRequestTypeMax
} SPB_REQUEST_TYPE, *PSPB_REQUEST_TYPE;

typedef enum _SPB_REQUEST_SEQUENCE_POSITION {
    SpbRequestSequencePositionInvalid,
    SpbRequestSequencePositionSingle,
    SpbRequestSequencePositionFirst,
    SpbRequestSequencePositionContinue,
    SpbRequestSequencePositionLast,
    SpbRequestSequencePositionMax
} SPB_REQUEST_SEQUENCE_POSITION, *PSPB_REQUEST_SEQUENCE_POSITION;

/* ---- controller callbacks -------------------------------------------------- */

typedef NTSTATUS EVT_SPB_TARGET_CONNECT(_In_ SPBCONTROLLER Controller, _In_ SPBTARGET Target);
typedef EVT_SPB_TARGET_CONNECT *PFN_SPB_TARGET_CONNECT;
typedef VOID EVT_SPB_TARGET_DISCONNECT(_In_ SPBCONTROLLER Controller, _In_ SPBTARGET Target);
typedef EVT_SPB_TARGET_DISCONNECT *PFN_SPB_TARGET_DISCONNECT;
typedef VOID EVT_SPB_CONTROLLER_LOCK(_In_ SPBCONTROLLER Controller, _In_ SPBTARGET Target,
                                     _In_ SPBREQUEST LockRequest);
typedef EVT_SPB_CONTROLLER_LOCK *PFN_SPB_CONTROLLER_LOCK;
typedef VOID EVT_SPB_CONTROLLER_UNLOCK(_In_ SPBCONTROLLER Controller, _In_ SPBTARGET Target,
                                       _In_ SPBREQUEST UnlockRequest);
typedef EVT_SPB_CONTROLLER_UNLOCK *PFN_SPB_CONTROLLER_UNLOCK;
typedef VOID EVT_SPB_CONTROLLER_READ(_In_ SPBCONTROLLER Controller, _In_ SPBTARGET Target,
                                     _In_ SPBREQUEST Request, _In_ size_t Length);
typedef EVT_SPB_CONTROLLER_READ *PFN_SPB_CONTROLLER_READ;
typedef VOID EVT_SPB_CONTROLLER_WRITE(_In_ SPBCONTROLLER Controller, _In_ SPBTARGET Target,
                                      _In_ SPBREQUEST Request, _In_ size_t Length);
typedef EVT_SPB_CONTROLLER_WRITE *PFN_SPB_CONTROLLER_WRITE;
typedef VOID EVT_SPB_CONTROLLER_SEQUENCE(_In_ SPBCONTROLLER Controller, _In_ SPBTARGET Target,
                                         _In_ SPBREQUEST Request, _In_ ULONG TransferCount);
typedef EVT_SPB_CONTROLLER_SEQUENCE *PFN_SPB_CONTROLLER_SEQUENCE;
typedef VOID EVT_SPB_CONTROLLER_OTHER(_In_ SPBCONTROLLER Controller, _In_ SPBTARGET Target,
                                      _In_ SPBREQUEST Request, _In_ size_t OutputBufferLength,
                                      _In_ size_t InputBufferLength, _In_ ULONG IoControlCode);
typedef EVT_SPB_CONTROLLER_OTHER *PFN_SPB_CONTROLLER_OTHER;

typedef struct _SPB_CONTROLLER_CONFIG {
    ULONG Size;
    WDF_IO_QUEUE_DISPATCH_TYPE ControllerDispatchType;
    WDF_TRI_STATE PowerManaged;
    PFN_SPB_TARGET_CONNECT EvtSpbTargetConnect;
    PFN_SPB_TARGET_DISCONNECT EvtSpbTargetDisconnect;
    PFN_SPB_CONTROLLER_LOCK EvtSpbControllerLock;
    PFN_SPB_CONTROLLER_UNLOCK EvtSpbControllerUnlock;
    PFN_SPB_CONTROLLER_READ EvtSpbIoRead;
    PFN_SPB_CONTROLLER_WRITE EvtSpbIoWrite;
    PFN_SPB_CONTROLLER_SEQUENCE EvtSpbIoSequence;
} SPB_CONTROLLER_CONFIG, *PSPB_CONTROLLER_CONFIG;

FORCEINLINE VOID SPB_CONTROLLER_CONFIG_INIT(_Out_ PSPB_CONTROLLER_CONFIG Config)
{
    RtlZeroMemory(Config, sizeof(SPB_CONTROLLER_CONFIG));
    Config->Size = sizeof(SPB_CONTROLLER_CONFIG);
    Config->ControllerDispatchType = WdfIoQueueDispatchSequential;
    Config->PowerManaged = WdfUseDefault;
}

/* ---- parameter records ------------------------------------------------------ */

typedef struct _SPB_CONNECTION_PARAMETERS {
    ULONG Size;
    PCWSTR ConnectionTag;
    PVOID ConnectionParameters;
} SPB_CONNECTION_PARAMETERS, *PSPB_CONNECTION_PARAMETERS;

FORCEINLINE VOID SPB_CONNECTION_PARAMETERS_INIT(_Out_ PSPB_CONNECTION_PARAMETERS Parameters)
{
    RtlZeroMemory(Parameters, sizeof(SPB_CONNECTION_PARAMETERS));
    Parameters->Size = sizeof(SPB_CONNECTION_PARAMETERS);
}

typedef struct _SPB_REQUEST_PARAMETERS {
    USHORT Size;
    SPB_REQUEST_TYPE Type;
    SPB_REQUEST_SEQUENCE_POSITION Position;
    SPB_TRANSFER_DIRECTION PreviousTransferDirection;
    size_t Length;
    ULONG SequenceTransferCount;
} SPB_REQUEST_PARAMETERS, *PSPB_REQUEST_PARAMETERS;

FORCEINLINE VOID SPB_REQUEST_PARAMETERS_INIT(_Out_ PSPB_REQUEST_PARAMETERS Parameters)
{
    RtlZeroMemory(Parameters, sizeof(SPB_REQUEST_PARAMETERS));
    Parameters->Size = sizeof(SPB_REQUEST_PARAMETERS);
}

typedef struct _SPB_TRANSFER_DESCRIPTOR {
    ULONG Size;
    SPB_TRANSFER_DIRECTION Direction;
    size_t TransferLength;
    ULONG DelayInUs;
} SPB_TRANSFER_DESCRIPTOR, *PSPB_TRANSFER_DESCRIPTOR;

FORCEINLINE VOID SPB_TRANSFER_DESCRIPTOR_INIT(_Out_ PSPB_TRANSFER_DESCRIPTOR Descriptor)
{
    RtlZeroMemory(Descriptor, sizeof(SPB_TRANSFER_DESCRIPTOR));
    Descriptor->Size = sizeof(SPB_TRANSFER_DESCRIPTOR);
}

/* ---- methods ---------------------------------------------------------------- */

NTSTATUS SpbDeviceInitConfig(_Inout_ PWDFDEVICE_INIT DeviceInit);
NTSTATUS SpbDeviceInitialize(_In_ WDFDEVICE FxDevice, _In_ PSPB_CONTROLLER_CONFIG Config);
VOID SpbControllerSetIoOtherCallback(_In_ SPBCONTROLLER Controller,
                                     _In_ PFN_SPB_CONTROLLER_OTHER EvtSpbIoOther,
                                     _In_opt_ PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);
VOID SpbControllerSetTargetAttributes(_In_ SPBCONTROLLER Controller,
                                      _In_ PWDF_OBJECT_ATTRIBUTES TargetAttributes);
VOID SpbControllerSetRequestAttributes(_In_ SPBCONTROLLER Controller,
                                       _In_ PWDF_OBJECT_ATTRIBUTES RequestAttributes);
VOID SpbTargetGetConnectionParameters(_In_ SPBTARGET Target,
                                      _Inout_ PSPB_CONNECTION_PARAMETERS Parameters);
SPBCONTROLLER SpbRequestGetController(_In_ SPBREQUEST Request);
SPBTARGET SpbRequestGetTarget(_In_ SPBREQUEST Request);
VOID SpbRequestGetParameters(_In_ SPBREQUEST Request, _Inout_ PSPB_REQUEST_PARAMETERS Parameters);
VOID SpbRequestGetTransferParameters(_In_ SPBREQUEST SpbRequest, _In_ ULONG Index,
                                     _Inout_opt_ SPB_TRANSFER_DESCRIPTOR *TransferDescriptor,
                                     _Out_opt_ PMDL *TransferBuffer);
NTSTATUS SpbRequestCaptureIoOtherTransferList(_In_ SPBREQUEST Request);
VOID SpbRequestComplete(_In_ SPBREQUEST Request, _In_ NTSTATUS CompletionStatus);

WDF_EXTERN_C_END

#endif /* HVCILINT_SPBCX_H */
