/*
 * winsmcrd.h - hvcilint's stand-in for the smart card reader definitions
 * shared by reader drivers and smart card applications: the protocol,
 * reader-type, card-state and power-operation values, the SCARD_CTL_CODE
 * macro with the IOCTL_SMARTCARD_* requests, and SCARD_IO_REQUEST.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (winsmcrd.h: SCARD_IO_REQUEST and the
 * IOCTL_SMARTCARD_* request pages; SCARD_READER_CAPABILITIES for the
 * reader types and card states; SCardGetAttrib and SCardConnect for the
 * protocol values), not taken from the WDK.  The request pages name the
 * IOCTLs without their function numbers, and the reader-type, card-state
 * and power values are listed without numbers: the numbers below are the
 * ones in general use and are not claimed by those pages.
 *
 * Left out: the SCARD_ATTR_* attribute tags, the class and vendor
 * attribute helpers, and the performance-counter request.
 */
#pragma once
#ifndef HVCILINT_WINSMCRD_H
#define HVCILINT_WINSMCRD_H

#include <ntdef.h>
#include <devioctl.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SCARD_PROTOCOL_UNDEFINED 0x00000000
#define SCARD_PROTOCOL_T0        0x00000001
#define SCARD_PROTOCOL_T1        0x00000002
#define SCARD_PROTOCOL_RAW       0x00010000
#define SCARD_PROTOCOL_Tx        (SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1)
#define SCARD_PROTOCOL_DEFAULT   0x80000000
#define SCARD_PROTOCOL_OPTIMAL   0x00000000

#define SCARD_POWER_DOWN 0
#define SCARD_COLD_RESET 1
#define SCARD_WARM_RESET 2

#define SCARD_CTL_CODE(code) CTL_CODE(FILE_DEVICE_SMARTCARD, (code), METHOD_BUFFERED, FILE_ANY_ACCESS)

#define IOCTL_SMARTCARD_POWER          SCARD_CTL_CODE(1)
#define IOCTL_SMARTCARD_GET_ATTRIBUTE  SCARD_CTL_CODE(2)
#define IOCTL_SMARTCARD_SET_ATTRIBUTE  SCARD_CTL_CODE(3)
#define IOCTL_SMARTCARD_CONFISCATE     SCARD_CTL_CODE(4)
#define IOCTL_SMARTCARD_TRANSMIT       SCARD_CTL_CODE(5)
#define IOCTL_SMARTCARD_EJECT          SCARD_CTL_CODE(6)
#define IOCTL_SMARTCARD_SWALLOW        SCARD_CTL_CODE(7)
#define IOCTL_SMARTCARD_IS_PRESENT     SCARD_CTL_CODE(10)
#define IOCTL_SMARTCARD_IS_ABSENT      SCARD_CTL_CODE(11)
#define IOCTL_SMARTCARD_SET_PROTOCOL   SCARD_CTL_CODE(12)
#define IOCTL_SMARTCARD_GET_STATE      SCARD_CTL_CODE(14)
#define IOCTL_SMARTCARD_GET_LAST_ERROR SCARD_CTL_CODE(15)

/* SCARD_READER_CAPABILITIES.ReaderType */
#define SCARD_READER_TYPE_SERIAL   0x01
#define SCARD_READER_TYPE_PARALELL 0x02
#define SCARD_READER_TYPE_KEYBOARD 0x04
#define SCARD_READER_TYPE_SCSI     0x08
#define SCARD_READER_TYPE_IDE      0x10
#define SCARD_READER_TYPE_USB      0x20
#define SCARD_READER_TYPE_PCMCIA   0x40
#define SCARD_READER_TYPE_VENDOR   0xF0

/* SCARD_READER_CAPABILITIES.MechProperties */
#define SCARD_READER_SWALLOWS    0x00000001
#define SCARD_READER_EJECTS      0x00000002
#define SCARD_READER_CONFISCATES 0x00000004

/* SCARD_READER_CAPABILITIES.CurrentState */
#define SCARD_UNKNOWN    0
#define SCARD_ABSENT     1
#define SCARD_PRESENT    2
#define SCARD_SWALLOWED  3
#define SCARD_POWERED    4
#define SCARD_NEGOTIABLE 5
#define SCARD_SPECIFIC   6

typedef struct _SCARD_IO_REQUEST {
    ULONG dwProtocol;
    ULONG cbPciLength;
} SCARD_IO_REQUEST, *PSCARD_IO_REQUEST, *LPSCARD_IO_REQUEST;
typedef const SCARD_IO_REQUEST *LPCSCARD_IO_REQUEST;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_WINSMCRD_H */
