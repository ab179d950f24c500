/*
 * wdm_cm.h - hvcilint's stand-in for the hardware-resource part of the
 * WDK's wdm.h (the CM_* resource lists a PnP driver receives in
 * IRP_MN_START_DEVICE or EvtDevicePrepareHardware); wdm.h includes it at
 * its end.
 *
 * Written for hvcilint from the public reference pages of
 * CM_PARTIAL_RESOURCE_DESCRIPTOR, CM_PARTIAL_RESOURCE_LIST,
 * CM_FULL_RESOURCE_DESCRIPTOR, CM_RESOURCE_LIST, KINTERRUPT_MODE,
 * KINTERRUPT_POLARITY and IO_INTERRUPT_MESSAGE_INFO(_ENTRY) on
 * learn.microsoft.com, not taken from the WDK.  Why it matters here: the
 * translated memory descriptor's u.Memory.Start and u.Memory.Length are
 * what drivers pass to MmMapIoSpace(Ex), so code that reads them must
 * parse for those calls to be checked on the AST.  The descriptors are
 * 4-byte packed, as documented.  The interrupt members use the layout with
 * processor groups (Windows 7 and later).
 *
 * Left out: IO_RESOURCE_* requirement lists, the CM_*_DEVICE_DATA
 * structures, and the flag values of DMA and bus-number descriptors.
 */
#pragma once
#ifndef HVCILINT_WDM_CM_H
#define HVCILINT_WDM_CM_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;

/* How a device signals an interrupt on its line (aliases share a value). */
typedef enum _KINTERRUPT_POLARITY {
    InterruptPolarityUnknown,
    InterruptActiveHigh,
    InterruptRisingEdge = InterruptActiveHigh,
    InterruptActiveLow,
    InterruptFallingEdge = InterruptActiveLow,
    InterruptActiveBoth,
    InterruptActiveBothTriggerLow = InterruptActiveBoth,
    InterruptActiveBothTriggerHigh
} KINTERRUPT_POLARITY, *PKINTERRUPT_POLARITY;

/* One message-signaled interrupt granted to the driver. */
typedef struct _IO_INTERRUPT_MESSAGE_INFO_ENTRY {
    PHYSICAL_ADDRESS MessageAddress;
    KAFFINITY TargetProcessorSet;
    PKINTERRUPT InterruptObject;
    ULONG MessageData;
    ULONG Vector;
    KIRQL Irql;
    KINTERRUPT_MODE Mode;
    KINTERRUPT_POLARITY Polarity;
} IO_INTERRUPT_MESSAGE_INFO_ENTRY, *PIO_INTERRUPT_MESSAGE_INFO_ENTRY;

/* All of a driver's message-signaled interrupts (MessageCount entries). */
typedef struct _IO_INTERRUPT_MESSAGE_INFO {
    KIRQL UnifiedIrql;
    ULONG MessageCount;
    IO_INTERRUPT_MESSAGE_INFO_ENTRY MessageInfo[1];
} IO_INTERRUPT_MESSAGE_INFO, *PIO_INTERRUPT_MESSAGE_INFO;

/* CM_PARTIAL_RESOURCE_DESCRIPTOR.Type */
#define CmResourceTypeNull           0
#define CmResourceTypePort           1
#define CmResourceTypeInterrupt      2
#define CmResourceTypeMemory         3
#define CmResourceTypeDma            4
#define CmResourceTypeDeviceSpecific 5
#define CmResourceTypeBusNumber      6
#define CmResourceTypeMemoryLarge    7
#define CmResourceTypeNonArbitrated  128
#define CmResourceTypeConfigData     128
#define CmResourceTypeDevicePrivate  129
#define CmResourceTypePcCardConfig   130
#define CmResourceTypeMfCardConfig   131
#define CmResourceTypeConnection     132

/* CM_PARTIAL_RESOURCE_DESCRIPTOR.ShareDisposition */
typedef enum _CM_SHARE_DISPOSITION {
    CmResourceShareUndetermined = 0,
    CmResourceShareDeviceExclusive,
    CmResourceShareDriverExclusive,
    CmResourceShareShared
} CM_SHARE_DISPOSITION;

/* Flags of interrupt, memory and port descriptors. */
#define CM_RESOURCE_INTERRUPT_LEVEL_SENSITIVE         0x0000
#define CM_RESOURCE_INTERRUPT_LATCHED                 0x0001
#define CM_RESOURCE_INTERRUPT_MESSAGE                 0x0002
#define CM_RESOURCE_INTERRUPT_POLICY_INCLUDED         0x0004
#define CM_RESOURCE_INTERRUPT_SECONDARY_INTERRUPT     0x0010
#define CM_RESOURCE_INTERRUPT_WAKE_HINT               0x0020
#define CM_RESOURCE_MEMORY_READ_WRITE                 0x0000
#define CM_RESOURCE_MEMORY_READ_ONLY                  0x0001
#define CM_RESOURCE_MEMORY_WRITE_ONLY                 0x0002
#define CM_RESOURCE_MEMORY_WRITEABILITY_MASK          0x0003
#define CM_RESOURCE_MEMORY_PREFETCHABLE               0x0004
#define CM_RESOURCE_MEMORY_COMBINEDWRITE              0x0008
#define CM_RESOURCE_MEMORY_24                         0x0010
#define CM_RESOURCE_MEMORY_CACHEABLE                  0x0020
#define CM_RESOURCE_MEMORY_WINDOW_DECODE              0x0040
#define CM_RESOURCE_MEMORY_BAR                        0x0080
#define CM_RESOURCE_MEMORY_COMPAT_FOR_INACCESSIBLE_RANGE 0x0100
#define CM_RESOURCE_MEMORY_LARGE                      0x0E00
#define CM_RESOURCE_MEMORY_LARGE_40                   0x0200
#define CM_RESOURCE_MEMORY_LARGE_48                   0x0400
#define CM_RESOURCE_MEMORY_LARGE_64                   0x0800
#define CM_RESOURCE_PORT_MEMORY                       0x0000
#define CM_RESOURCE_PORT_IO                           0x0001
#define CM_RESOURCE_PORT_10_BIT_DECODE                0x0004
#define CM_RESOURCE_PORT_12_BIT_DECODE                0x0008
#define CM_RESOURCE_PORT_16_BIT_DECODE                0x0010
#define CM_RESOURCE_PORT_POSITIVE_DECODE              0x0020
#define CM_RESOURCE_PORT_PASSIVE_DECODE               0x0040
#define CM_RESOURCE_PORT_WINDOW_DECODE                0x0080

/* Connection descriptors (GPIO and serial-bus connection IDs). */
#define CM_RESOURCE_CONNECTION_CLASS_GPIO            0x01
#define CM_RESOURCE_CONNECTION_CLASS_SERIAL          0x02
#define CM_RESOURCE_CONNECTION_CLASS_FUNCTION_CONFIG 0x03
#define CM_RESOURCE_CONNECTION_TYPE_GPIO_IO          0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_I2C       0x01
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_SPI       0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_UART      0x03
#define CM_RESOURCE_CONNECTION_TYPE_FUNCTION_CONFIG  0x01

#include <pshpack4.h>

typedef struct _CM_PARTIAL_RESOURCE_DESCRIPTOR {
    UCHAR Type;
    UCHAR ShareDisposition;
    USHORT Flags;
    union {
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Generic;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Port;
        struct {
            USHORT Level;
            USHORT Group;
            ULONG Vector;
            KAFFINITY Affinity;
        } Interrupt;
        struct {
            union {
                struct {
                    USHORT Group;
                    USHORT MessageCount;
                    ULONG Vector;
                    KAFFINITY Affinity;
                } Raw;
                struct {
                    USHORT Level;
                    USHORT Group;
                    ULONG Vector;
                    KAFFINITY Affinity;
                } Translated;
            };
        } MessageInterrupt;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Memory;
        struct {
            ULONG Channel;
            ULONG Port;
            ULONG Reserved1;
        } Dma;
        struct {
            ULONG Channel;
            ULONG RequestLine;
            UCHAR TransferWidth;
            UCHAR Reserved1;
            UCHAR Reserved2;
            UCHAR Reserved3;
        } DmaV3;
        struct {
            ULONG Data[3];
        } DevicePrivate;
        struct {
            ULONG Start;
            ULONG Length;
            ULONG Reserved;
        } BusNumber;
        struct {
            ULONG DataSize;
            ULONG Reserved1;
            ULONG Reserved2;
        } DeviceSpecificData;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length40;
        } Memory40;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length48;
        } Memory48;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length64;
        } Memory64;
        struct {
            UCHAR Class;
            UCHAR Type;
            UCHAR Reserved1;
            UCHAR Reserved2;
            ULONG IdLowPart;
            ULONG IdHighPart;
        } Connection;
    } u;
} CM_PARTIAL_RESOURCE_DESCRIPTOR, *PCM_PARTIAL_RESOURCE_DESCRIPTOR;

typedef struct _CM_PARTIAL_RESOURCE_LIST {
    USHORT Version;
    USHORT Revision;
    ULONG Count;
    CM_PARTIAL_RESOURCE_DESCRIPTOR PartialDescriptors[1];
} CM_PARTIAL_RESOURCE_LIST, *PCM_PARTIAL_RESOURCE_LIST;

typedef struct _CM_FULL_RESOURCE_DESCRIPTOR {
    INTERFACE_TYPE InterfaceType;
    ULONG BusNumber;
    CM_PARTIAL_RESOURCE_LIST PartialResourceList;
} CM_FULL_RESOURCE_DESCRIPTOR, *PCM_FULL_RESOURCE_DESCRIPTOR;

struct _CM_RESOURCE_LIST {
    ULONG Count;
    CM_FULL_RESOURCE_DESCRIPTOR List[1];
};

#include <poppack.h>

#ifdef __cplusplus
} /* extern "C" */
#endif

/* The ACPI driver interface (its GPE routines take KINTERRUPT_MODE). */
#include <wdm_acpi.h>

#endif /* HVCILINT_WDM_CM_H */
