/*
 * hidport.h - hvcilint's stand-in for the WDK's HID minidriver header.
 *
 * Written for hvcilint from the public reference pages of HID_DESCRIPTOR,
 * HID_DEVICE_EXTENSION, HID_MINIDRIVER_REGISTRATION, HID_DEVICE_ATTRIBUTES
 * and HidRegisterMinidriver (learn.microsoft.com, hidport.h section), not
 * taken from the WDK.  HID_DESCRIPTOR is the byte-packed descriptor of
 * the HID class specification.  Includes hidclass.h (HID_REVISION,
 * HID_XFER_PACKET).
 *
 * Left out: the internal IOCTL_HID_* codes and the idle-notification
 * types.
 */
#pragma once
#ifndef HVCILINT_HIDPORT_H
#define HVCILINT_HIDPORT_H

#include <wdm.h>
#include <hidclass.h>

#ifdef __cplusplus
extern "C" {
#endif

#include <pshpack1.h>
typedef struct _HID_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    USHORT bcdHID;
    UCHAR bCountry;
    UCHAR bNumDescriptors;
    struct _HID_DESCRIPTOR_DESC_LIST {
        UCHAR bReportType;
        USHORT wReportLength;
    } DescriptorList[1];
} HID_DESCRIPTOR, *PHID_DESCRIPTOR;
#include <poppack.h>

/* The layout of the FDO's device extension that the HID class driver owns. */
typedef struct _HID_DEVICE_EXTENSION {
    PDEVICE_OBJECT PhysicalDeviceObject;
    PDEVICE_OBJECT NextDeviceObject;
    PVOID MiniDeviceExtension;
} HID_DEVICE_EXTENSION, *PHID_DEVICE_EXTENSION;

/* Device attributes a minidriver returns for IOCTL_HID_GET_DEVICE_ATTRIBUTES
   (Size is read-only for the minidriver). */
typedef struct _HID_DEVICE_ATTRIBUTES {
    ULONG Size;
    USHORT VendorID;
    USHORT ProductID;
    USHORT VersionNumber;
    USHORT Reserved[11];
} HID_DEVICE_ATTRIBUTES, *PHID_DEVICE_ATTRIBUTES;

typedef struct _HID_MINIDRIVER_REGISTRATION {
    ULONG Revision;
    PDRIVER_OBJECT DriverObject;
    PUNICODE_STRING RegistryPath;
    ULONG DeviceExtensionSize;
    BOOLEAN DevicesArePolled;
    UCHAR Reserved[3];
} HID_MINIDRIVER_REGISTRATION, *PHID_MINIDRIVER_REGISTRATION;

NTSTATUS HidRegisterMinidriver(_In_ PHID_MINIDRIVER_REGISTRATION MinidriverRegistration);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_HIDPORT_H */
