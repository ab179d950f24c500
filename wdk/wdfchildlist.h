/*
 * wdfchildlist.h - hvcilint's stand-in for KMDF child lists: the
 * description headers a bus driver reports its children with, the child
 * list configuration and callbacks, dynamic-enumeration scans and
 * iteration, and the static child list of an FDO.
 *
 * Written for hvcilint from the public KMDF reference pages on
 * learn.microsoft.com (wdfchildlist.h section: WDF_CHILD_LIST_CONFIG,
 * WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER,
 * WDF_CHILD_ADDRESS_DESCRIPTION_HEADER, WDF_CHILD_RETRIEVE_INFO,
 * WDF_CHILD_LIST_ITERATOR, WDF_RETRIEVE_CHILDREN_FLAGS,
 * WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS, the EVT_WDF_CHILD_LIST_*
 * callbacks and the WdfChildList* methods; wdffdo.h section for the
 * static child list), not taken from the WDK.  Methods are plain
 * prototypes, as in the other KMDF stand-ins here.
 *
 * Left out: nothing of the documented surface that samples use; the
 * iterator's reserved part is kept opaque.
 */
#pragma once
#ifndef _WDFCHILDLIST_H_
#define _WDFCHILDLIST_H_

#include <wdfdevice.h>

WDF_EXTERN_C_START

typedef enum _WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS {
    WdfChildListRetrieveDeviceUndefined = 0,
    WdfChildListRetrieveDeviceSuccess,
    WdfChildListRetrieveDeviceNotYetCreated,
    WdfChildListRetrieveDeviceNoSuchDevice
} WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS;

typedef enum _WDF_RETRIEVE_CHILDREN_FLAGS {
    WdfRetrievePresentChildren = 0x0001,
    WdfRetrieveMissingChildren = 0x0002,
    WdfRetrievePendingChildren = 0x0004,
    WdfRetrieveAddedChildren = (WdfRetrievePresentChildren | WdfRetrievePendingChildren),
    WdfRetrieveAllChildren = (WdfRetrievePresentChildren | WdfRetrievePendingChildren |
                              WdfRetrieveMissingChildren)
} WDF_RETRIEVE_CHILDREN_FLAGS;

typedef struct _WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER {
    ULONG IdentificationDescriptionSize;
} WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER, *PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER;

typedef struct _WDF_CHILD_ADDRESS_DESCRIPTION_HEADER {
    ULONG AddressDescriptionSize;
} WDF_CHILD_ADDRESS_DESCRIPTION_HEADER, *PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER;

FORCEINLINE VOID WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER_INIT(
    _Out_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Header,
    _In_ ULONG IdentificationDescriptionSize)
{
    RtlZeroMemory(Header, IdentificationDescriptionSize);
    Header->IdentificationDescriptionSize = IdentificationDescriptionSize;
}

FORCEINLINE VOID WDF_CHILD_ADDRESS_DESCRIPTION_HEADER_INIT(
    _Out_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER Header,
    _In_ ULONG AddressDescriptionSize)
{
    RtlZeroMemory(Header, AddressDescriptionSize);
    Header->AddressDescriptionSize = AddressDescriptionSize;
}

typedef NTSTATUS EVT_WDF_CHILD_LIST_CREATE_DEVICE(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    _In_ PWDFDEVICE_INIT ChildInit);
typedef EVT_WDF_CHILD_LIST_CREATE_DEVICE *PFN_WDF_CHILD_LIST_CREATE_DEVICE;
typedef VOID EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN(_In_ WDFCHILDLIST ChildList);
typedef EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN *PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN;
typedef VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SourceIdentificationDescription,
    _Out_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY;
typedef NTSTATUS EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SourceIdentificationDescription,
    _Out_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE;
typedef BOOLEAN EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER FirstIdentificationDescription,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SecondIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE;
typedef VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP(
    _In_ WDFCHILDLIST ChildList,
    _Inout_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP;
typedef VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription,
    _Out_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY;
typedef NTSTATUS EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription,
    _Out_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE
    *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE;
typedef VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP(
    _In_ WDFCHILDLIST ChildList,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP
    *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP;
typedef BOOLEAN EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED(
    _In_ WDFCHILDLIST ChildList,
    _In_ WDFDEVICE OldDevice,
    _In_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER OldAddressDescription,
    _Out_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER NewAddressDescription);
typedef EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED *PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED;

typedef struct _WDF_CHILD_LIST_CONFIG {
    ULONG Size;
    ULONG IdentificationDescriptionSize;
    ULONG AddressDescriptionSize;
    PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice;
    PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN EvtChildListScanForChildren;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY EvtChildListIdentificationDescriptionCopy;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE
        EvtChildListIdentificationDescriptionDuplicate;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP
        EvtChildListIdentificationDescriptionCleanup;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE
        EvtChildListIdentificationDescriptionCompare;
    PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY EvtChildListAddressDescriptionCopy;
    PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE EvtChildListAddressDescriptionDuplicate;
    PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP EvtChildListAddressDescriptionCleanup;
    PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED EvtChildListDeviceReenumerated;
} WDF_CHILD_LIST_CONFIG, *PWDF_CHILD_LIST_CONFIG;

FORCEINLINE VOID WDF_CHILD_LIST_CONFIG_INIT(
    _Out_ PWDF_CHILD_LIST_CONFIG Config,
    _In_ ULONG IdentificationDescriptionSize,
    _In_ PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice)
{
    RtlZeroMemory(Config, sizeof(WDF_CHILD_LIST_CONFIG));
    Config->Size = sizeof(WDF_CHILD_LIST_CONFIG);
    Config->IdentificationDescriptionSize = IdentificationDescriptionSize;
    Config->EvtChildListCreateDevice = EvtChildListCreateDevice;
}

typedef struct _WDF_CHILD_RETRIEVE_INFO {
    ULONG Size;
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription;
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription;
    WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS Status;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE EvtChildListIdentificationDescriptionCompare;
} WDF_CHILD_RETRIEVE_INFO, *PWDF_CHILD_RETRIEVE_INFO;

FORCEINLINE VOID WDF_CHILD_RETRIEVE_INFO_INIT(
    _Out_ PWDF_CHILD_RETRIEVE_INFO Info,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription)
{
    RtlZeroMemory(Info, sizeof(WDF_CHILD_RETRIEVE_INFO));
    Info->Size = sizeof(WDF_CHILD_RETRIEVE_INFO);
    Info->IdentificationDescription = IdentificationDescription;
}

typedef struct _WDF_CHILD_LIST_ITERATOR {
    ULONG Size;
    ULONG Flags;
    PVOID Reserved[4];
} WDF_CHILD_LIST_ITERATOR, *PWDF_CHILD_LIST_ITERATOR;

FORCEINLINE VOID WDF_CHILD_LIST_ITERATOR_INIT(_Out_ PWDF_CHILD_LIST_ITERATOR Iterator,
                                              _In_ ULONG Flags)
{
    RtlZeroMemory(Iterator, sizeof(WDF_CHILD_LIST_ITERATOR));
    Iterator->Size = sizeof(WDF_CHILD_LIST_ITERATOR);
    Iterator->Flags = Flags;
}

NTSTATUS WdfChildListCreate(_In_ WDFDEVICE Device, _In_ PWDF_CHILD_LIST_CONFIG Config,
                            _In_opt_ PWDF_OBJECT_ATTRIBUTES ChildListAttributes,
                            _Out_ WDFCHILDLIST *ChildList);
WDFDEVICE WdfChildListGetDevice(_In_ WDFCHILDLIST ChildList);
WDFDEVICE WdfChildListRetrievePdo(_In_ WDFCHILDLIST ChildList,
                                  _Inout_ PWDF_CHILD_RETRIEVE_INFO RetrieveInfo);
NTSTATUS WdfChildListRetrieveAddressDescription(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
VOID WdfChildListBeginScan(_In_ WDFCHILDLIST ChildList);
VOID WdfChildListEndScan(_In_ WDFCHILDLIST ChildList);
VOID WdfChildListBeginIteration(_In_ WDFCHILDLIST ChildList,
                                _In_ PWDF_CHILD_LIST_ITERATOR Iterator);
NTSTATUS WdfChildListRetrieveNextDevice(_In_ WDFCHILDLIST ChildList,
                                        _In_ PWDF_CHILD_LIST_ITERATOR Iterator,
                                        _Out_ WDFDEVICE *Device,
                                        _Inout_opt_ PWDF_CHILD_RETRIEVE_INFO Info);
VOID WdfChildListEndIteration(_In_ WDFCHILDLIST ChildList,
                              _In_ PWDF_CHILD_LIST_ITERATOR Iterator);
NTSTATUS WdfChildListAddOrUpdateChildDescriptionAsPresent(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    _In_opt_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
NTSTATUS WdfChildListUpdateChildDescriptionAsMissing(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
VOID WdfChildListUpdateAllChildDescriptionsAsPresent(_In_ WDFCHILDLIST ChildList);
BOOLEAN WdfChildListRequestChildEject(
    _In_ WDFCHILDLIST ChildList,
    _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);

/* The FDO's default and static child lists. */
VOID WdfFdoInitSetDefaultChildListConfig(_Inout_ PWDFDEVICE_INIT DeviceInit,
                                         _In_ PWDF_CHILD_LIST_CONFIG Config,
                                         _In_opt_ PWDF_OBJECT_ATTRIBUTES DefaultChildListAttributes);
WDFCHILDLIST WdfFdoGetDefaultChildList(_In_ WDFDEVICE Fdo);
NTSTATUS WdfFdoAddStaticChild(_In_ WDFDEVICE Fdo, _In_ WDFDEVICE Child);
VOID WdfFdoLockStaticChildListForIteration(_In_ WDFDEVICE Fdo);
WDFDEVICE WdfFdoRetrieveNextStaticChild(_In_ WDFDEVICE Fdo, _In_opt_ WDFDEVICE PreviousChild,
                                        _In_ ULONG Flags);
VOID WdfFdoUnlockStaticChildListFromIteration(_In_ WDFDEVICE Fdo);

WDF_EXTERN_C_END

#endif /* _WDFCHILDLIST_H_ */
