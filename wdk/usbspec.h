/*
 * usbspec.h - hvcilint's compact stand-in for the USB specification
 * types used by Windows USB drivers.  Written for hvcilint from the USB
 * 2.0/3.x specifications and Microsoft's public documentation
 * (learn.microsoft.com, usbspec.h reference), not taken from the WDK.
 *
 * Declares: the standard descriptor type codes (with the older
 * usb100.h spellings), standard request codes, endpoint/configuration
 * attribute bits, the standard descriptors (device, configuration,
 * interface, endpoint, string, common, interface association, device
 * qualifier, BOS, device capability, SuperSpeed endpoint companion), the
 * default-pipe setup packet and the bus-speed enumeration.  All descriptors are byte-packed, as on
 * the wire.  Left out: hub, port and class-specific descriptors, USB 3.x
 * capability bodies, LPM/OTG structures, feature selectors beyond the
 * common ones and the USB 3.x link power ones.
 */
#pragma once
#ifndef __USBSPEC_H__
#define __USBSPEC_H__

#include <ntdef.h>

/* Standard descriptor types. */
#define USB_DEVICE_DESCRIPTOR_TYPE                         0x01
#define USB_CONFIGURATION_DESCRIPTOR_TYPE                  0x02
#define USB_STRING_DESCRIPTOR_TYPE                         0x03
#define USB_INTERFACE_DESCRIPTOR_TYPE                      0x04
#define USB_ENDPOINT_DESCRIPTOR_TYPE                       0x05
#define USB_DEVICE_QUALIFIER_DESCRIPTOR_TYPE               0x06
#define USB_OTHER_SPEED_CONFIGURATION_DESCRIPTOR_TYPE      0x07
#define USB_INTERFACE_POWER_DESCRIPTOR_TYPE                0x08
#define USB_OTG_DESCRIPTOR_TYPE                            0x09
#define USB_DEBUG_DESCRIPTOR_TYPE                          0x0A
#define USB_INTERFACE_ASSOCIATION_DESCRIPTOR_TYPE          0x0B
#define USB_BOS_DESCRIPTOR_TYPE                            0x0F
#define USB_DEVICE_CAPABILITY_DESCRIPTOR_TYPE              0x10
#define USB_SUPERSPEED_ENDPOINT_COMPANION_DESCRIPTOR_TYPE  0x30
#define USB_SUPERSPEEDPLUS_ISOCH_ENDPOINT_COMPANION_DESCRIPTOR_TYPE 0x31
/* USB 1.0 era names for 0x06..0x08. */
#define USB_RESERVED_DESCRIPTOR_TYPE                       0x06
#define USB_CONFIG_POWER_DESCRIPTOR_TYPE                   0x07

#define USB_DESCRIPTOR_MAKE_TYPE_AND_INDEX(d, i) \
    ((USHORT)((USHORT)(d) << 8 | (i)))

/* Standard request codes (bRequest). */
#define USB_REQUEST_GET_STATUS          0x00
#define USB_REQUEST_CLEAR_FEATURE       0x01
#define USB_REQUEST_SET_FEATURE         0x03
#define USB_REQUEST_SET_ADDRESS         0x05
#define USB_REQUEST_GET_DESCRIPTOR      0x06
#define USB_REQUEST_SET_DESCRIPTOR      0x07
#define USB_REQUEST_GET_CONFIGURATION   0x08
#define USB_REQUEST_SET_CONFIGURATION   0x09
#define USB_REQUEST_GET_INTERFACE       0x0A
#define USB_REQUEST_SET_INTERFACE       0x0B
#define USB_REQUEST_SYNC_FRAME          0x0C

/* Standard feature selectors. */
#define USB_FEATURE_ENDPOINT_STALL      0x0000
#define USB_FEATURE_REMOTE_WAKEUP       0x0001
#define USB_FEATURE_TEST_MODE           0x0002
/* USB 3.x device feature selectors (link power management). */
#define USB_FEATURE_U1_ENABLE           0x0030
#define USB_FEATURE_U2_ENABLE           0x0031
#define USB_FEATURE_LTM_ENABLE          0x0032

/* Bus speeds (USB_DEVICE_SPEED). */
typedef enum _USB_DEVICE_SPEED {
    UsbLowSpeed = 0,
    UsbFullSpeed,
    UsbHighSpeed,
    UsbSuperSpeed
} USB_DEVICE_SPEED;

/* bmRequestType pieces. */
#define BMREQUEST_HOST_TO_DEVICE        0
#define BMREQUEST_DEVICE_TO_HOST        1
#define BMREQUEST_STANDARD              0
#define BMREQUEST_CLASS                 1
#define BMREQUEST_VENDOR                2
#define BMREQUEST_TO_DEVICE             0
#define BMREQUEST_TO_INTERFACE          1
#define BMREQUEST_TO_ENDPOINT           2
#define BMREQUEST_TO_OTHER              3

/* Endpoint address and attributes. */
#define USB_ENDPOINT_DIRECTION_MASK     0x80
#define USB_ENDPOINT_DIRECTION_OUT(addr) (!((addr) & USB_ENDPOINT_DIRECTION_MASK))
#define USB_ENDPOINT_DIRECTION_IN(addr)  ((addr) & USB_ENDPOINT_DIRECTION_MASK)
#define USB_ENDPOINT_ADDRESS_MASK       0x0F
#define USB_ENDPOINT_TYPE_MASK          0x03
#define USB_ENDPOINT_TYPE_CONTROL       0x00
#define USB_ENDPOINT_TYPE_ISOCHRONOUS   0x01
#define USB_ENDPOINT_TYPE_BULK          0x02
#define USB_ENDPOINT_TYPE_INTERRUPT     0x03

/* Configuration bmAttributes. */
#define USB_CONFIG_POWERED_MASK         0xC0
#define USB_CONFIG_BUS_POWERED          0x80
#define USB_CONFIG_SELF_POWERED         0x40
#define USB_CONFIG_REMOTE_WAKEUP        0x20
#define USB_CONFIG_RESERVED             0x1F

/* GET_STATUS bits. */
#define USB_GETSTATUS_SELF_POWERED                0x01
#define USB_GETSTATUS_REMOTE_WAKEUP_ENABLED       0x02

/* Common class codes. */
#define USB_DEVICE_CLASS_RESERVED           0x00
#define USB_DEVICE_CLASS_AUDIO              0x01
#define USB_DEVICE_CLASS_COMMUNICATIONS     0x02
#define USB_DEVICE_CLASS_HUMAN_INTERFACE    0x03
#define USB_DEVICE_CLASS_MONITOR            0x04
#define USB_DEVICE_CLASS_PHYSICAL_INTERFACE 0x05
#define USB_DEVICE_CLASS_POWER              0x06
#define USB_DEVICE_CLASS_IMAGE              0x06
#define USB_DEVICE_CLASS_PRINTER            0x07
#define USB_DEVICE_CLASS_STORAGE            0x08
#define USB_DEVICE_CLASS_HUB                0x09
#define USB_DEVICE_CLASS_CDC_DATA           0x0A
#define USB_DEVICE_CLASS_SMART_CARD         0x0B
#define USB_DEVICE_CLASS_CONTENT_SECURITY   0x0D
#define USB_DEVICE_CLASS_VIDEO              0x0E
#define USB_DEVICE_CLASS_PERSONAL_HEALTHCARE 0x0F
#define USB_DEVICE_CLASS_AUDIO_VIDEO        0x10
#define USB_DEVICE_CLASS_BILLBOARD          0x11
#define USB_DEVICE_CLASS_DIAGNOSTIC_DEVICE  0xDC
#define USB_DEVICE_CLASS_WIRELESS_CONTROLLER 0xE0
#define USB_DEVICE_CLASS_MISCELLANEOUS      0xEF
#define USB_DEVICE_CLASS_APPLICATION_SPECIFIC 0xFE
#define USB_DEVICE_CLASS_VENDOR_SPECIFIC    0xFF

#include <pshpack1.h>

typedef struct _USB_COMMON_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
} USB_COMMON_DESCRIPTOR, *PUSB_COMMON_DESCRIPTOR;

typedef struct _USB_DEVICE_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    USHORT bcdUSB;
    UCHAR bDeviceClass;
    UCHAR bDeviceSubClass;
    UCHAR bDeviceProtocol;
    UCHAR bMaxPacketSize0;
    USHORT idVendor;
    USHORT idProduct;
    USHORT bcdDevice;
    UCHAR iManufacturer;
    UCHAR iProduct;
    UCHAR iSerialNumber;
    UCHAR bNumConfigurations;
} USB_DEVICE_DESCRIPTOR, *PUSB_DEVICE_DESCRIPTOR;

typedef struct _USB_DEVICE_QUALIFIER_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    USHORT bcdUSB;
    UCHAR bDeviceClass;
    UCHAR bDeviceSubClass;
    UCHAR bDeviceProtocol;
    UCHAR bMaxPacketSize0;
    UCHAR bNumConfigurations;
    UCHAR bReserved;
} USB_DEVICE_QUALIFIER_DESCRIPTOR, *PUSB_DEVICE_QUALIFIER_DESCRIPTOR;

typedef struct _USB_CONFIGURATION_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    USHORT wTotalLength;
    UCHAR bNumInterfaces;
    UCHAR bConfigurationValue;
    UCHAR iConfiguration;
    UCHAR bmAttributes;
    UCHAR MaxPower;
} USB_CONFIGURATION_DESCRIPTOR, *PUSB_CONFIGURATION_DESCRIPTOR;

typedef struct _USB_INTERFACE_ASSOCIATION_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    UCHAR bFirstInterface;
    UCHAR bInterfaceCount;
    UCHAR bFunctionClass;
    UCHAR bFunctionSubClass;
    UCHAR bFunctionProtocol;
    UCHAR iFunction;
} USB_INTERFACE_ASSOCIATION_DESCRIPTOR, *PUSB_INTERFACE_ASSOCIATION_DESCRIPTOR;

typedef struct _USB_INTERFACE_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    UCHAR bInterfaceNumber;
    UCHAR bAlternateSetting;
    UCHAR bNumEndpoints;
    UCHAR bInterfaceClass;
    UCHAR bInterfaceSubClass;
    UCHAR bInterfaceProtocol;
    UCHAR iInterface;
} USB_INTERFACE_DESCRIPTOR, *PUSB_INTERFACE_DESCRIPTOR;

typedef struct _USB_ENDPOINT_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    UCHAR bEndpointAddress;
    UCHAR bmAttributes;
    USHORT wMaxPacketSize;
    UCHAR bInterval;
} USB_ENDPOINT_DESCRIPTOR, *PUSB_ENDPOINT_DESCRIPTOR;

typedef struct _USB_STRING_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    WCHAR bString[1];
} USB_STRING_DESCRIPTOR, *PUSB_STRING_DESCRIPTOR;

#define MAXIMUM_USB_STRING_LENGTH 255

typedef struct _USB_BOS_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    USHORT wTotalLength;
    UCHAR bNumDeviceCaps;
} USB_BOS_DESCRIPTOR, *PUSB_BOS_DESCRIPTOR;

typedef struct _USB_DEVICE_CAPABILITY_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    UCHAR bDevCapabilityType;
} USB_DEVICE_CAPABILITY_DESCRIPTOR, *PUSB_DEVICE_CAPABILITY_DESCRIPTOR;

typedef struct _USB_SUPERSPEED_ENDPOINT_COMPANION_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    UCHAR bMaxBurst;
    union {
        UCHAR AsUchar;
        struct {
            UCHAR MaxStreams : 5;
            UCHAR Reserved1 : 3;
        } Bulk;
        struct {
            UCHAR Mult : 2;
            UCHAR Reserved2 : 5;
            UCHAR SspCompanion : 1;
        } Isochronous;
    } bmAttributes;
    USHORT wBytesPerInterval;
} USB_SUPERSPEED_ENDPOINT_COMPANION_DESCRIPTOR,
  *PUSB_SUPERSPEED_ENDPOINT_COMPANION_DESCRIPTOR;

/* The 8-byte SETUP packet of a control transfer. */
typedef union _BM_REQUEST_TYPE {
    struct _BM {
        UCHAR Recipient : 2;
        UCHAR Reserved : 3;
        UCHAR Type : 2;
        UCHAR Dir : 1;
    } s;
    UCHAR B;
} BM_REQUEST_TYPE, *PBM_REQUEST_TYPE;

typedef struct _USB_DEFAULT_PIPE_SETUP_PACKET {
    BM_REQUEST_TYPE bmRequestType;
    UCHAR bRequest;
    union _wValue {
        struct { UCHAR LowByte; UCHAR HiByte; };
        USHORT W;
    } wValue;
    union _wIndex {
        struct { UCHAR LowByte; UCHAR HiByte; };
        USHORT W;
    } wIndex;
    USHORT wLength;
} USB_DEFAULT_PIPE_SETUP_PACKET, *PUSB_DEFAULT_PIPE_SETUP_PACKET;

#include <poppack.h>

#endif /* __USBSPEC_H__ */
