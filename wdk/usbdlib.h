/*
 * usbdlib.h - hvcilint's compact stand-in for the USBD client library
 * routines and URB-building macros.  Written for hvcilint from
 * Microsoft's public documentation (learn.microsoft.com, usbdlib.h
 * reference), not taken from the WDK.
 *
 * Declares: USBD_HANDLE and the client contract versions, the
 * USBD_INTERFACE_LIST_ENTRY, descriptor parsing and validation
 * (USBD_ParseConfigurationDescriptorEx, USBD_ParseDescriptors,
 * USBD_ValidateConfigurationDescriptor), configuration-request builders,
 * the USBD_CreateHandle family (URB allocation, capability queries) and
 * the UsbBuild* macros that fill common URBs.  Left out: the obsolete
 * USBD_* routines of Windows 2000 (registration, debug helpers) and the
 * isochronous/stream capability GUIDs.
 */
#pragma once
#ifndef _USBDLIB_H
#define _USBDLIB_H

#include <usbdi.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _USBD_INTERFACE_LIST_ENTRY {
    PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor;
    PUSBD_INTERFACE_INFORMATION Interface;
} USBD_INTERFACE_LIST_ENTRY, *PUSBD_INTERFACE_LIST_ENTRY;

typedef struct USBD_HANDLE__ *USBD_HANDLE;

#define USBD_CLIENT_CONTRACT_VERSION_INVALID 0xFFFFFFFF
#define USBD_CLIENT_CONTRACT_VERSION_602     0x602

/* Size of a select-configuration URB / interface information block. */
#define GET_USBD_INTERFACE_SIZE(numEndpoints)                      \
    (sizeof(USBD_INTERFACE_INFORMATION) +                          \
     (sizeof(USBD_PIPE_INFORMATION) * (numEndpoints)) -            \
     sizeof(USBD_PIPE_INFORMATION))
#define GET_SELECT_INTERFACE_REQUEST_SIZE(totalPipes)              \
    (sizeof(struct _URB_SELECT_INTERFACE) +                        \
     ((totalPipes) - 1) * sizeof(USBD_PIPE_INFORMATION))
#define GET_SELECT_CONFIGURATION_REQUEST_SIZE(totalInterfaces, totalPipes) \
    (sizeof(struct _URB_SELECT_CONFIGURATION) +                    \
     ((totalInterfaces) - 1) * sizeof(USBD_INTERFACE_INFORMATION) + \
     ((totalPipes) - (totalInterfaces)) * sizeof(USBD_PIPE_INFORMATION))
#define GET_ISO_URB_SIZE(n)                                        \
    (sizeof(struct _URB_ISOCH_TRANSFER) +                          \
     sizeof(USBD_ISO_PACKET_DESCRIPTOR) * (n) -                    \
     sizeof(USBD_ISO_PACKET_DESCRIPTOR))

PUSB_INTERFACE_DESCRIPTOR USBD_ParseConfigurationDescriptorEx(
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _In_ PVOID StartPosition,
    _In_ LONG InterfaceNumber,
    _In_ LONG AlternateSetting,
    _In_ LONG InterfaceClass,
    _In_ LONG InterfaceSubClass,
    _In_ LONG InterfaceProtocol);

PUSB_INTERFACE_DESCRIPTOR USBD_ParseConfigurationDescriptor(
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _In_ UCHAR InterfaceNumber,
    _In_ UCHAR AlternateSetting);

PUSB_COMMON_DESCRIPTOR USBD_ParseDescriptors(
    _In_ PVOID DescriptorBuffer,
    _In_ ULONG TotalLength,
    _In_ PVOID StartPosition,
    _In_ LONG DescriptorType);

USBD_STATUS USBD_ValidateConfigurationDescriptor(
    _In_reads_bytes_(BufferLength) PUSB_CONFIGURATION_DESCRIPTOR ConfigDesc,
    _In_ ULONG BufferLength,
    _In_ USHORT Level,
    _Out_ PUCHAR *Offset,
    _In_opt_ ULONG Tag);

PURB USBD_CreateConfigurationRequestEx(
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceList);

PURB USBD_CreateConfigurationRequest(
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _Out_ PUSHORT Siz);

ULONG USBD_GetInterfaceLength(
    _In_ PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor,
    _In_ PUCHAR BufferEnd);

VOID USBD_GetUSBDIVersion(_Out_ PUSBD_VERSION_INFORMATION VersionInformation);

NTSTATUS USBD_CreateHandle(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PDEVICE_OBJECT TargetDeviceObject,
    _In_ ULONG USBDClientContractVersion,
    _In_ ULONG PoolTag,
    _Out_ USBD_HANDLE *USBDHandle);

VOID USBD_CloseHandle(_In_ USBD_HANDLE USBDHandle);

NTSTATUS USBD_QueryUsbCapability(
    _In_ USBD_HANDLE USBDHandle,
    _In_ const GUID *CapabilityType,
    _In_ ULONG OutputBufferLength,
    _Inout_updates_bytes_opt_(OutputBufferLength) PUCHAR OutputBuffer,
    _Out_opt_ PULONG ResultLength);

BOOLEAN USBD_IsInterfaceVersionSupported(
    _In_ USBD_HANDLE USBDHandle,
    _In_ ULONG USBDInterfaceVersion);

NTSTATUS USBD_UrbAllocate(_In_ USBD_HANDLE USBDHandle, _Outptr_ PURB *Urb);
VOID USBD_UrbFree(_In_ USBD_HANDLE USBDHandle, _In_ PURB Urb);
NTSTATUS USBD_IsochUrbAllocate(
    _In_ USBD_HANDLE USBDHandle,
    _In_ ULONG NumberOfIsochPacket,
    _Outptr_ PURB *Urb);
NTSTATUS USBD_SelectConfigUrbAllocateAndBuild(
    _In_ USBD_HANDLE USBDHandle,
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceList,
    _Outptr_ PURB *Urb);
NTSTATUS USBD_SelectInterfaceUrbAllocateAndBuild(
    _In_ USBD_HANDLE USBDHandle,
    _In_ USBD_CONFIGURATION_HANDLE ConfigurationHandle,
    _In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceListEntry,
    _Outptr_ PURB *Urb);
VOID USBD_AssignUrbToIoStackLocation(
    _In_ USBD_HANDLE USBDHandle,
    _In_ PIO_STACK_LOCATION IoStackLocation,
    _In_ PURB Urb);

/* URB builders (documented as macros that fill the URB in place). */
#define UsbBuildGetDescriptorRequest(urb, length, descriptorType,          \
        descriptorIndex, languageId, transferBuffer, transferBufferMDL,    \
        transferBufferLength, link)                                        \
    do {                                                                   \
        (urb)->UrbHeader.Function = URB_FUNCTION_GET_DESCRIPTOR_FROM_DEVICE; \
        (urb)->UrbHeader.Length = (length);                                \
        (urb)->UrbControlDescriptorRequest.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbControlDescriptorRequest.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbControlDescriptorRequest.TransferBuffer = (transferBuffer); \
        (urb)->UrbControlDescriptorRequest.DescriptorType = (descriptorType); \
        (urb)->UrbControlDescriptorRequest.Index = (descriptorIndex);      \
        (urb)->UrbControlDescriptorRequest.LanguageId = (languageId);      \
        (urb)->UrbControlDescriptorRequest.UrbLink = (link);               \
    } while (0)

#define UsbBuildInterruptOrBulkTransferRequest(urb, length, pipeHandle,    \
        transferBuffer, transferBufferMDL, transferBufferLength,           \
        transferFlags, link)                                               \
    do {                                                                   \
        (urb)->UrbHeader.Function = URB_FUNCTION_BULK_OR_INTERRUPT_TRANSFER; \
        (urb)->UrbHeader.Length = (length);                                \
        (urb)->UrbBulkOrInterruptTransfer.PipeHandle = (pipeHandle);       \
        (urb)->UrbBulkOrInterruptTransfer.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbBulkOrInterruptTransfer.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbBulkOrInterruptTransfer.TransferBuffer = (transferBuffer); \
        (urb)->UrbBulkOrInterruptTransfer.TransferFlags = (transferFlags); \
        (urb)->UrbBulkOrInterruptTransfer.UrbLink = (link);                \
    } while (0)

#define UsbBuildVendorRequest(urb, cmd, length, transferFlags,             \
        reservedbits, request, value, index, transferBuffer,               \
        transferBufferMDL, transferBufferLength, link)                     \
    do {                                                                   \
        (urb)->UrbHeader.Function = (cmd);                                 \
        (urb)->UrbHeader.Length = (length);                                \
        (urb)->UrbControlVendorClassRequest.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbControlVendorClassRequest.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbControlVendorClassRequest.TransferBuffer = (transferBuffer); \
        (urb)->UrbControlVendorClassRequest.RequestTypeReservedBits = (reservedbits); \
        (urb)->UrbControlVendorClassRequest.Request = (request);           \
        (urb)->UrbControlVendorClassRequest.Value = (value);               \
        (urb)->UrbControlVendorClassRequest.Index = (index);               \
        (urb)->UrbControlVendorClassRequest.TransferFlags = (transferFlags); \
        (urb)->UrbControlVendorClassRequest.UrbLink = (link);              \
    } while (0)

#define UsbBuildSelectConfigurationRequest(urb, length, configurationDescriptor) \
    do {                                                                   \
        (urb)->UrbHeader.Function = URB_FUNCTION_SELECT_CONFIGURATION;     \
        (urb)->UrbHeader.Length = (length);                                \
        (urb)->UrbSelectConfiguration.ConfigurationDescriptor = (configurationDescriptor); \
    } while (0)

#define UsbBuildSelectInterfaceRequest(urb, length, configurationHandle,   \
        interfaceNumber, alternateSetting)                                 \
    do {                                                                   \
        (urb)->UrbHeader.Function = URB_FUNCTION_SELECT_INTERFACE;         \
        (urb)->UrbHeader.Length = (length);                                \
        (urb)->UrbSelectInterface.Interface.AlternateSetting = (alternateSetting); \
        (urb)->UrbSelectInterface.Interface.InterfaceNumber = (interfaceNumber); \
        (urb)->UrbSelectInterface.Interface.Length =                       \
            (USHORT)((length) - sizeof(struct _URB_HEADER) - sizeof(USBD_CONFIGURATION_HANDLE)); \
        (urb)->UrbSelectInterface.ConfigurationHandle = (configurationHandle); \
    } while (0)

#ifdef __cplusplus
}
#endif

#endif /* _USBDLIB_H */
