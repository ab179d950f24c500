/*
 * wmidata.h - hvcilint's stand-in for the WMI data block header that the
 * WDK generates from its core MOF classes.  Only the serial-port blocks
 * that serial drivers keep in their device extension are declared:
 * SERIAL_WMI_COMM_DATA (MSSerial_CommInfo), SERIAL_WMI_HW_DATA
 * (MSSerial_HardwareConfiguration) and SERIAL_WMI_PERF_DATA
 * (MSSerial_PerformanceInformation), with their parity, stop-bit and
 * interrupt-type values.
 *
 * Written for hvcilint, not taken from the WDK.  These blocks are not on
 * learn.microsoft.com; member order and types follow the WMI classes'
 * data-item order as shown in Microsoft's public serial sample code and
 * public copies of the generated header; a WMI data block is laid out in
 * that order with natural alignment.
 *
 * Left out: the block GUIDs and their DEFINE_GUID names, the per-member
 * _SIZE/_ID macros, every other MOF class (storage failure prediction,
 * disk geometry, parallel port, power, ...).
 */
#pragma once
#ifndef HVCILINT_WMIDATA_H
#define HVCILINT_WMIDATA_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Parity values of SERIAL_WMI_COMM_DATA.Parity. */
#define SERIAL_WMI_PARITY_NONE  0
#define SERIAL_WMI_PARITY_ODD   1
#define SERIAL_WMI_PARITY_EVEN  2
#define SERIAL_WMI_PARITY_SPACE 3
#define SERIAL_WMI_PARITY_MARK  4

/* Stop-bit values of SERIAL_WMI_COMM_DATA.StopBits. */
#define SERIAL_WMI_STOP_1       0
#define SERIAL_WMI_STOP_1_5     1
#define SERIAL_WMI_STOP_2       2

/* Interrupt types of SERIAL_WMI_HW_DATA.InterruptType. */
#define SERIAL_WMI_INTTYPE_LATCHED 0
#define SERIAL_WMI_INTTYPE_LEVEL   1

/* MSSerial_CommInfo: current settings and capabilities of a port. */
typedef struct _SERIAL_WMI_COMM_DATA {
    ULONG BaudRate;
    ULONG BitsPerByte;
    ULONG Parity;                   /* SERIAL_WMI_PARITY_* */
    BOOLEAN ParityCheckEnable;
    ULONG StopBits;                 /* SERIAL_WMI_STOP_* */
    ULONG XoffCharacter;
    ULONG XoffXmitThreshold;
    ULONG XonCharacter;
    ULONG XonXmitThreshold;
    ULONG MaximumBaudRate;
    ULONG MaximumOutputBufferSize;
    ULONG MaximumInputBufferSize;
    BOOLEAN Support16BitMode;
    BOOLEAN SupportDTRDSR;
    BOOLEAN SupportIntervalTimeouts;
    BOOLEAN SupportParityCheck;
    BOOLEAN SupportRTSCTS;
    BOOLEAN SupportXonXoff;
    BOOLEAN SettableBaudRate;
    BOOLEAN SettableDataBits;
    BOOLEAN SettableFlowControl;
    BOOLEAN SettableParity;
    BOOLEAN SettableParityCheck;
    BOOLEAN SettableStopBits;
    BOOLEAN IsBusy;
} SERIAL_WMI_COMM_DATA, *PSERIAL_WMI_COMM_DATA;

/* MSSerial_HardwareConfiguration: interrupt and I/O resources. */
typedef struct _SERIAL_WMI_HW_DATA {
    ULONG IrqNumber;
    ULONG IrqVector;
    ULONG IrqLevel;
    ULONG IrqAffinityMask;
    ULONG InterruptType;            /* SERIAL_WMI_INTTYPE_* */
    ULONGLONG BaseIOAddress;
} SERIAL_WMI_HW_DATA, *PSERIAL_WMI_HW_DATA;

/* MSSerial_PerformanceInformation: counters for the current session. */
typedef struct _SERIAL_WMI_PERF_DATA {
    ULONG ReceivedCount;
    ULONG TransmittedCount;
    ULONG FrameErrorCount;
    ULONG SerialOverrunErrorCount;
    ULONG BufferOverrunErrorCount;
    ULONG ParityErrorCount;
} SERIAL_WMI_PERF_DATA, *PSERIAL_WMI_PERF_DATA;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_WMIDATA_H */
