/*
 * ntddser.h - hvcilint's compact stand-in for the serial-port
 * device-control interface.  Written for hvcilint from Microsoft's
 * public documentation (learn.microsoft.com, ntddser.h reference:
 * IOCTL_SERIAL_*, SERIAL_BAUD_RATE, SERIAL_LINE_CONTROL, SERIAL_TIMEOUTS,
 * SERIAL_QUEUE_SIZE, SERIAL_CHARS, SERIAL_HANDFLOW, SERIAL_STATUS,
 * SERIAL_XOFF_COUNTER, SERIAL_BASIC_SETTINGS, SERIAL_COMMPROP,
 * SERIALPERF_STATS; the COMMPROP/DCB flag values are those of the Win32
 * communications documentation), not taken from the WDK.
 *
 * Declares the control codes on FILE_DEVICE_SERIAL_PORT (function numbers
 * 1..39, plus the four internal ones), the request structures above and
 * their flag values, and the COM-port and serial-enumerator interface
 * GUIDs (values as on their learn.microsoft.com pages), declared after the
 * include guard so that <initguid.h> can define them.  Also the serial
 * enumerator's control codes on FILE_DEVICE_SERENUM that its reference
 * pages document (IOCTL_SERENUM_REMOVE_HARDWARE, IOCTL_SERENUM_PORT_DESC,
 * IOCTL_SERENUM_GET_PORT_NAME, IOCTL_INTERNAL_SERENUM_REMOVE_SELF; values
 * as the Win32 metadata constant listings publish them).  Left out: the
 * other serial enumerator requests and their structures, the WMI data
 * blocks and SERIAL_COMMCONFIG details beyond a size request.
 */
#pragma once
#ifndef _NTDDSER_
#define _NTDDSER_

#include <ntdef.h>
#include <devioctl.h>

#define _SER_IOCTL(n) CTL_CODE(FILE_DEVICE_SERIAL_PORT, (n), METHOD_BUFFERED, FILE_ANY_ACCESS)

#define IOCTL_SERIAL_SET_BAUD_RATE      _SER_IOCTL(1)
#define IOCTL_SERIAL_SET_QUEUE_SIZE     _SER_IOCTL(2)
#define IOCTL_SERIAL_SET_LINE_CONTROL   _SER_IOCTL(3)
#define IOCTL_SERIAL_SET_BREAK_ON       _SER_IOCTL(4)
#define IOCTL_SERIAL_SET_BREAK_OFF      _SER_IOCTL(5)
#define IOCTL_SERIAL_IMMEDIATE_CHAR     _SER_IOCTL(6)
#define IOCTL_SERIAL_SET_TIMEOUTS       _SER_IOCTL(7)
#define IOCTL_SERIAL_GET_TIMEOUTS       _SER_IOCTL(8)
#define IOCTL_SERIAL_SET_DTR            _SER_IOCTL(9)
#define IOCTL_SERIAL_CLR_DTR            _SER_IOCTL(10)
#define IOCTL_SERIAL_RESET_DEVICE       _SER_IOCTL(11)
#define IOCTL_SERIAL_SET_RTS            _SER_IOCTL(12)
#define IOCTL_SERIAL_CLR_RTS            _SER_IOCTL(13)
#define IOCTL_SERIAL_SET_XOFF           _SER_IOCTL(14)
#define IOCTL_SERIAL_SET_XON            _SER_IOCTL(15)
#define IOCTL_SERIAL_GET_WAIT_MASK      _SER_IOCTL(16)
#define IOCTL_SERIAL_SET_WAIT_MASK      _SER_IOCTL(17)
#define IOCTL_SERIAL_WAIT_ON_MASK       _SER_IOCTL(18)
#define IOCTL_SERIAL_PURGE              _SER_IOCTL(19)
#define IOCTL_SERIAL_GET_BAUD_RATE      _SER_IOCTL(20)
#define IOCTL_SERIAL_GET_LINE_CONTROL   _SER_IOCTL(21)
#define IOCTL_SERIAL_GET_CHARS          _SER_IOCTL(22)
#define IOCTL_SERIAL_SET_CHARS          _SER_IOCTL(23)
#define IOCTL_SERIAL_GET_HANDFLOW       _SER_IOCTL(24)
#define IOCTL_SERIAL_SET_HANDFLOW       _SER_IOCTL(25)
#define IOCTL_SERIAL_GET_MODEMSTATUS    _SER_IOCTL(26)
#define IOCTL_SERIAL_GET_COMMSTATUS     _SER_IOCTL(27)
#define IOCTL_SERIAL_XOFF_COUNTER       _SER_IOCTL(28)
#define IOCTL_SERIAL_GET_PROPERTIES     _SER_IOCTL(29)
#define IOCTL_SERIAL_GET_DTRRTS         _SER_IOCTL(30)
#define IOCTL_SERIAL_LSRMST_INSERT      _SER_IOCTL(31)
#define IOCTL_SERIAL_CONFIG_SIZE        _SER_IOCTL(32)
#define IOCTL_SERIAL_GET_COMMCONFIG     _SER_IOCTL(33)
#define IOCTL_SERIAL_SET_COMMCONFIG     _SER_IOCTL(34)
#define IOCTL_SERIAL_GET_STATS          _SER_IOCTL(35)
#define IOCTL_SERIAL_CLEAR_STATS        _SER_IOCTL(36)
#define IOCTL_SERIAL_GET_MODEM_CONTROL  _SER_IOCTL(37)
#define IOCTL_SERIAL_SET_MODEM_CONTROL  _SER_IOCTL(38)
#define IOCTL_SERIAL_SET_FIFO_CONTROL   _SER_IOCTL(39)

/* Internal device-control codes (IRP_MJ_INTERNAL_DEVICE_CONTROL). */
#define IOCTL_SERIAL_INTERNAL_DO_WAIT_WAKE       _SER_IOCTL(1)
#define IOCTL_SERIAL_INTERNAL_CANCEL_WAIT_WAKE   _SER_IOCTL(2)
#define IOCTL_SERIAL_INTERNAL_BASIC_SETTINGS     _SER_IOCTL(3)
#define IOCTL_SERIAL_INTERNAL_RESTORE_SETTINGS   _SER_IOCTL(4)

/* Serial enumerator (serenum) requests.  IOCTL_INTERNAL_SERENUM_REMOVE_SELF
   is an internal device-control request; it uses METHOD_NEITHER. */
#define IOCTL_SERENUM_REMOVE_HARDWARE \
    CTL_CODE(FILE_DEVICE_SERENUM, 129, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERENUM_PORT_DESC \
    CTL_CODE(FILE_DEVICE_SERENUM, 130, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERENUM_GET_PORT_NAME \
    CTL_CODE(FILE_DEVICE_SERENUM, 131, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_SERENUM_REMOVE_SELF \
    CTL_CODE(FILE_DEVICE_SERENUM, 129, METHOD_NEITHER, FILE_ANY_ACCESS)

typedef struct _SERIAL_BAUD_RATE {
    ULONG BaudRate;
} SERIAL_BAUD_RATE, *PSERIAL_BAUD_RATE;

#define STOP_BIT_1      0
#define STOP_BITS_1_5   1
#define STOP_BITS_2     2

#define NO_PARITY       0
#define ODD_PARITY      1
#define EVEN_PARITY     2
#define MARK_PARITY     3
#define SPACE_PARITY    4

typedef struct _SERIAL_LINE_CONTROL {
    UCHAR StopBits;
    UCHAR Parity;
    UCHAR WordLength;
} SERIAL_LINE_CONTROL, *PSERIAL_LINE_CONTROL;

typedef struct _SERIAL_TIMEOUTS {
    ULONG ReadIntervalTimeout;
    ULONG ReadTotalTimeoutMultiplier;
    ULONG ReadTotalTimeoutConstant;
    ULONG WriteTotalTimeoutMultiplier;
    ULONG WriteTotalTimeoutConstant;
} SERIAL_TIMEOUTS, *PSERIAL_TIMEOUTS;

typedef struct _SERIAL_QUEUE_SIZE {
    ULONG InSize;
    ULONG OutSize;
} SERIAL_QUEUE_SIZE, *PSERIAL_QUEUE_SIZE;

typedef struct _SERIAL_CHARS {
    UCHAR EofChar;
    UCHAR ErrorChar;
    UCHAR BreakChar;
    UCHAR EventChar;
    UCHAR XonChar;
    UCHAR XoffChar;
} SERIAL_CHARS, *PSERIAL_CHARS;

typedef struct _SERIAL_HANDFLOW {
    ULONG ControlHandShake;
    ULONG FlowReplace;
    LONG XonLimit;
    LONG XoffLimit;
} SERIAL_HANDFLOW, *PSERIAL_HANDFLOW;

/* ControlHandShake. */
#define SERIAL_DTR_MASK           ((ULONG)0x03)
#define SERIAL_DTR_CONTROL        ((ULONG)0x01)
#define SERIAL_DTR_HANDSHAKE      ((ULONG)0x02)
#define SERIAL_CTS_HANDSHAKE      ((ULONG)0x08)
#define SERIAL_DSR_HANDSHAKE      ((ULONG)0x10)
#define SERIAL_DCD_HANDSHAKE      ((ULONG)0x20)
#define SERIAL_OUT_HANDSHAKEMASK  ((ULONG)0x38)
#define SERIAL_DSR_SENSITIVITY    ((ULONG)0x40)
#define SERIAL_ERROR_ABORT        ((ULONG)0x80000000)
#define SERIAL_CONTROL_INVALID    ((ULONG)0x7fffff84)
/* FlowReplace. */
#define SERIAL_AUTO_TRANSMIT      ((ULONG)0x01)
#define SERIAL_AUTO_RECEIVE       ((ULONG)0x02)
#define SERIAL_ERROR_CHAR         ((ULONG)0x04)
#define SERIAL_NULL_STRIPPING     ((ULONG)0x08)
#define SERIAL_BREAK_CHAR         ((ULONG)0x10)
#define SERIAL_RTS_MASK           ((ULONG)0xc0)
#define SERIAL_RTS_CONTROL        ((ULONG)0x40)
#define SERIAL_RTS_HANDSHAKE      ((ULONG)0x80)
#define SERIAL_TRANSMIT_TOGGLE    ((ULONG)0xc0)
#define SERIAL_XOFF_CONTINUE      ((ULONG)0x80000000)
#define SERIAL_FLOW_INVALID       ((ULONG)0x7fffff20)

typedef struct _SERIAL_STATUS {
    ULONG Errors;
    ULONG HoldReasons;
    ULONG AmountInInQueue;
    ULONG AmountInOutQueue;
    BOOLEAN EofReceived;
    BOOLEAN WaitForImmediate;
} SERIAL_STATUS, *PSERIAL_STATUS;

/* SERIAL_STATUS.Errors. */
#define SERIAL_ERROR_BREAK        ((ULONG)0x00000001)
#define SERIAL_ERROR_FRAMING      ((ULONG)0x00000002)
#define SERIAL_ERROR_OVERRUN      ((ULONG)0x00000004)
#define SERIAL_ERROR_QUEUEOVERRUN ((ULONG)0x00000008)
#define SERIAL_ERROR_PARITY       ((ULONG)0x00000010)
/* SERIAL_STATUS.HoldReasons. */
#define SERIAL_TX_WAITING_FOR_CTS    ((ULONG)0x00000001)
#define SERIAL_TX_WAITING_FOR_DSR    ((ULONG)0x00000002)
#define SERIAL_TX_WAITING_FOR_DCD    ((ULONG)0x00000004)
#define SERIAL_TX_WAITING_FOR_XON    ((ULONG)0x00000008)
#define SERIAL_TX_WAITING_XOFF_SENT  ((ULONG)0x00000010)
#define SERIAL_TX_WAITING_ON_BREAK   ((ULONG)0x00000020)
#define SERIAL_RX_WAITING_FOR_DSR    ((ULONG)0x00000040)

typedef struct _SERIAL_XOFF_COUNTER {
    ULONG Timeout;
    LONG Counter;
    UCHAR XoffChar;
} SERIAL_XOFF_COUNTER, *PSERIAL_XOFF_COUNTER;

typedef struct _SERIAL_BASIC_SETTINGS {
    SERIAL_TIMEOUTS Timeouts;
    SERIAL_HANDFLOW HandFlow;
    ULONG RxFifo;
    ULONG TxFifo;
} SERIAL_BASIC_SETTINGS, *PSERIAL_BASIC_SETTINGS;

typedef struct _SERIALPERF_STATS {
    ULONG ReceivedCount;
    ULONG TransmittedCount;
    ULONG FrameErrorCount;
    ULONG SerialOverrunErrorCount;
    ULONG BufferOverrunErrorCount;
    ULONG ParityErrorCount;
} SERIALPERF_STATS, *PSERIALPERF_STATS;

typedef struct _SERIALCONFIG {
    ULONG Size;
    USHORT Version;
    ULONG SubType;
    ULONG ProvOffset;
    ULONG ProviderSize;
    WCHAR ProviderData[1];
} SERIALCONFIG, *PSERIALCONFIG;

typedef struct _SERIAL_COMMPROP {
    USHORT PacketLength;
    USHORT PacketVersion;
    ULONG ServiceMask;
    ULONG Reserved1;
    ULONG MaxTxQueue;
    ULONG MaxRxQueue;
    ULONG MaxBaud;
    ULONG ProvSubType;
    ULONG ProvCapabilities;
    ULONG SettableParams;
    ULONG SettableBaud;
    USHORT SettableData;
    USHORT SettableStopParity;
    ULONG CurrentTxQueue;
    ULONG CurrentRxQueue;
    ULONG ProvSpec1;
    ULONG ProvSpec2;
    WCHAR ProvChar[1];
} SERIAL_COMMPROP, *PSERIAL_COMMPROP;

/* Wait-mask events. */
#define SERIAL_EV_RXCHAR     0x0001
#define SERIAL_EV_RXFLAG     0x0002
#define SERIAL_EV_TXEMPTY    0x0004
#define SERIAL_EV_CTS        0x0008
#define SERIAL_EV_DSR        0x0010
#define SERIAL_EV_RLSD       0x0020
#define SERIAL_EV_BREAK      0x0040
#define SERIAL_EV_ERR        0x0080
#define SERIAL_EV_RING       0x0100
#define SERIAL_EV_PERR       0x0200
#define SERIAL_EV_RX80FULL   0x0400
#define SERIAL_EV_EVENT1     0x0800
#define SERIAL_EV_EVENT2     0x1000

/* Purge masks. */
#define SERIAL_PURGE_TXABORT 0x00000001
#define SERIAL_PURGE_RXABORT 0x00000002
#define SERIAL_PURGE_TXCLEAR 0x00000004
#define SERIAL_PURGE_RXCLEAR 0x00000008

/* IOCTL_SERIAL_GET_DTRRTS / GET_MODEMSTATUS bits. */
#define SERIAL_DTR_STATE     ((ULONG)0x00000001)
#define SERIAL_RTS_STATE     ((ULONG)0x00000002)
#define SERIAL_CTS_STATE     ((ULONG)0x00000010)
#define SERIAL_DSR_STATE     ((ULONG)0x00000020)
#define SERIAL_RI_STATE      ((ULONG)0x00000040)
#define SERIAL_DCD_STATE     ((ULONG)0x00000080)

/* IOCTL_SERIAL_LSRMST_INSERT escape codes. */
#define SERIAL_LSRMST_ESCAPE     ((UCHAR)0x00)
#define SERIAL_LSRMST_LSR_DATA   ((UCHAR)0x01)
#define SERIAL_LSRMST_LSR_NODATA ((UCHAR)0x02)
#define SERIAL_LSRMST_MST        ((UCHAR)0x03)

/* SERIAL_COMMPROP values (as COMMPROP in the Win32 documentation). */
#define SERIAL_SP_SERIALCOMM     ((ULONG)0x00000001)
#define SERIAL_SP_UNSPECIFIED    ((ULONG)0x00000000)
#define SERIAL_SP_RS232          ((ULONG)0x00000001)
#define SERIAL_SP_PARALLEL       ((ULONG)0x00000002)
#define SERIAL_SP_RS422          ((ULONG)0x00000003)
#define SERIAL_SP_RS423          ((ULONG)0x00000004)
#define SERIAL_SP_RS449          ((ULONG)0x00000005)
#define SERIAL_SP_MODEM          ((ULONG)0x00000006)
#define SERIAL_SP_FAX            ((ULONG)0x00000021)
#define SERIAL_SP_SCANNER        ((ULONG)0x00000022)
#define SERIAL_SP_BRIDGE         ((ULONG)0x00000100)
#define SERIAL_SP_LAT            ((ULONG)0x00000101)
#define SERIAL_SP_TELNET         ((ULONG)0x00000102)
#define SERIAL_SP_X25            ((ULONG)0x00000103)

#define SERIAL_PCF_DTRDSR        ((ULONG)0x0001)
#define SERIAL_PCF_RTSCTS        ((ULONG)0x0002)
#define SERIAL_PCF_CD            ((ULONG)0x0004)
#define SERIAL_PCF_PARITY_CHECK  ((ULONG)0x0008)
#define SERIAL_PCF_XONXOFF       ((ULONG)0x0010)
#define SERIAL_PCF_SETXCHAR      ((ULONG)0x0020)
#define SERIAL_PCF_TOTALTIMEOUTS ((ULONG)0x0040)
#define SERIAL_PCF_INTTIMEOUTS   ((ULONG)0x0080)
#define SERIAL_PCF_SPECIALCHARS  ((ULONG)0x0100)
#define SERIAL_PCF_16BITMODE     ((ULONG)0x0200)

#define SERIAL_SP_PARITY         ((ULONG)0x0001)
#define SERIAL_SP_BAUD           ((ULONG)0x0002)
#define SERIAL_SP_DATABITS       ((ULONG)0x0004)
#define SERIAL_SP_STOPBITS       ((ULONG)0x0008)
#define SERIAL_SP_HANDSHAKING    ((ULONG)0x0010)
#define SERIAL_SP_PARITY_CHECK   ((ULONG)0x0020)
#define SERIAL_SP_CARRIER_DETECT ((ULONG)0x0040)

#define SERIAL_BAUD_075          ((ULONG)0x00000001)
#define SERIAL_BAUD_110          ((ULONG)0x00000002)
#define SERIAL_BAUD_134_5        ((ULONG)0x00000004)
#define SERIAL_BAUD_150          ((ULONG)0x00000008)
#define SERIAL_BAUD_300          ((ULONG)0x00000010)
#define SERIAL_BAUD_600          ((ULONG)0x00000020)
#define SERIAL_BAUD_1200         ((ULONG)0x00000040)
#define SERIAL_BAUD_1800         ((ULONG)0x00000080)
#define SERIAL_BAUD_2400         ((ULONG)0x00000100)
#define SERIAL_BAUD_4800         ((ULONG)0x00000200)
#define SERIAL_BAUD_7200         ((ULONG)0x00000400)
#define SERIAL_BAUD_9600         ((ULONG)0x00000800)
#define SERIAL_BAUD_14400        ((ULONG)0x00001000)
#define SERIAL_BAUD_19200        ((ULONG)0x00002000)
#define SERIAL_BAUD_38400        ((ULONG)0x00004000)
#define SERIAL_BAUD_56K          ((ULONG)0x00008000)
#define SERIAL_BAUD_128K         ((ULONG)0x00010000)
#define SERIAL_BAUD_115200       ((ULONG)0x00020000)
#define SERIAL_BAUD_57600        ((ULONG)0x00040000)
#define SERIAL_BAUD_USER         ((ULONG)0x10000000)

#define SERIAL_DATABITS_5        ((USHORT)0x0001)
#define SERIAL_DATABITS_6        ((USHORT)0x0002)
#define SERIAL_DATABITS_7        ((USHORT)0x0004)
#define SERIAL_DATABITS_8        ((USHORT)0x0008)
#define SERIAL_DATABITS_16       ((USHORT)0x0010)
#define SERIAL_DATABITS_16X      ((USHORT)0x0020)

#define SERIAL_STOPBITS_10       ((USHORT)0x0001)
#define SERIAL_STOPBITS_15       ((USHORT)0x0002)
#define SERIAL_STOPBITS_20       ((USHORT)0x0004)
#define SERIAL_PARITY_NONE       ((USHORT)0x0100)
#define SERIAL_PARITY_ODD        ((USHORT)0x0200)
#define SERIAL_PARITY_EVEN       ((USHORT)0x0400)
#define SERIAL_PARITY_MARK       ((USHORT)0x0800)
#define SERIAL_PARITY_SPACE      ((USHORT)0x1000)

#endif /* _NTDDSER_ */

/* Device interface classes; outside the guard so <initguid.h> works. */
#include <guiddef.h>
DEFINE_GUID(GUID_DEVINTERFACE_COMPORT,
            0x86E0D1E0L, 0x8089, 0x11D0, 0x9C, 0xE4, 0x08, 0x00, 0x3E, 0x30, 0x1F, 0x73);
DEFINE_GUID(GUID_DEVINTERFACE_SERENUM_BUS_ENUMERATOR,
            0x4D36E978L, 0xE325, 0x11CE, 0xBF, 0xC1, 0x08, 0x00, 0x2B, 0xE1, 0x03, 0x18);
#ifndef GUID_CLASS_COMPORT
#define GUID_CLASS_COMPORT          GUID_DEVINTERFACE_COMPORT
#define GUID_SERENUM_BUS_ENUMERATOR GUID_DEVINTERFACE_SERENUM_BUS_ENUMERATOR
#endif
