/*
 * acpiioct.h - hvcilint's stand-in for the WDK's ACPI device-control
 * header: the buffers a driver sends with IOCTL_ACPI_EVAL_METHOD and its
 * relatives to evaluate ACPI control methods, the method-argument records
 * and the helpers that walk and fill them, and child enumeration
 * (IOCTL_ACPI_ENUM_CHILDREN).
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (acpiioct.h section: ACPI_EVAL_INPUT_BUFFER and its
 * _EX, SIMPLE_INTEGER, SIMPLE_STRING and COMPLEX forms,
 * ACPI_EVAL_OUTPUT_BUFFER, ACPI_METHOD_ARGUMENT,
 * ACPI_ENUM_CHILDREN_INPUT_BUFFER, ACPI_ENUM_CHILDREN_OUTPUT_BUFFER,
 * ACPI_ENUM_CHILD, the IOCTL_ACPI_* requests and the "evaluating ACPI
 * control methods" guide), not taken from the WDK.  The version-1 layouts
 * are the ones given the plain names, as on those pages.  The pages name
 * the buffer signatures, argument types and IOCTL codes without their
 * values: the signatures below are four-character tags built the way
 * ACPI names are, the argument types are numbered in the order of the
 * ACPI_METHOD_ARGUMENT page, and the IOCTL codes are distinct function
 * numbers on FILE_DEVICE_ACPI; none of these values is claimed to match
 * the WDK.
 *
 * ACPI_PLD_BUFFER follows the revision-2 _PLD buffer of the ACPI
 * specification (bit fields in its order, 20 bytes); its member names are
 * the specification's field names and are not claimed to match the WDK.
 *
 * Left out: the version-2 argument records, the ACPI object-name
 * constants, ACPI_INTERFACE_STANDARD2 (in wdm_io.h) and the global-lock
 * requests' structures.
 */
#pragma once
#ifndef HVCILINT_ACPIIOCT_H
#define HVCILINT_ACPIIOCT_H

#include <ntdef.h>
#include <devioctl.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HVCILINT_ACPI_TAG(a, b, c, d) \
    ((ULONG)(UCHAR)(a) | ((ULONG)(UCHAR)(b) << 8) | ((ULONG)(UCHAR)(c) << 16) | \
     ((ULONG)(UCHAR)(d) << 24))

/* ---- requests ------------------------------------------------------------ */

#define IOCTL_ACPI_EVAL_METHOD \
    CTL_CODE(FILE_DEVICE_ACPI, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_ACPI_ASYNC_EVAL_METHOD \
    CTL_CODE(FILE_DEVICE_ACPI, 1, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_ACPI_ACQUIRE_GLOBAL_LOCK \
    CTL_CODE(FILE_DEVICE_ACPI, 4, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_RELEASE_GLOBAL_LOCK \
    CTL_CODE(FILE_DEVICE_ACPI, 5, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_EVAL_METHOD_EX \
    CTL_CODE(FILE_DEVICE_ACPI, 6, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_ASYNC_EVAL_METHOD_EX \
    CTL_CODE(FILE_DEVICE_ACPI, 7, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_ENUM_CHILDREN \
    CTL_CODE(FILE_DEVICE_ACPI, 8, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)

/* ---- buffer signatures ---------------------------------------------------- */

#define ACPI_EVAL_INPUT_BUFFER_SIGNATURE                HVCILINT_ACPI_TAG('A', 'e', 'i', 'B')
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_SIGNATURE HVCILINT_ACPI_TAG('A', 'e', 'i', 'I')
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_SIGNATURE  HVCILINT_ACPI_TAG('A', 'e', 'i', 'S')
#define ACPI_EVAL_INPUT_BUFFER_COMPLEX_SIGNATURE        HVCILINT_ACPI_TAG('A', 'e', 'i', 'C')
#define ACPI_EVAL_INPUT_BUFFER_SIGNATURE_EX                HVCILINT_ACPI_TAG('A', 'e', 'i', 'A')
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_SIGNATURE_EX HVCILINT_ACPI_TAG('A', 'e', 'i', 'D')
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_SIGNATURE_EX  HVCILINT_ACPI_TAG('A', 'e', 'i', 'E')
#define ACPI_EVAL_INPUT_BUFFER_COMPLEX_SIGNATURE_EX        HVCILINT_ACPI_TAG('A', 'e', 'i', 'F')
#define ACPI_EVAL_OUTPUT_BUFFER_SIGNATURE               HVCILINT_ACPI_TAG('A', 'e', 'o', 'B')
#define ACPI_ENUM_CHILDREN_INPUT_BUFFER_SIGNATURE       HVCILINT_ACPI_TAG('A', 'c', 'i', 'E')
#define ACPI_ENUM_CHILDREN_OUTPUT_BUFFER_SIGNATURE      HVCILINT_ACPI_TAG('A', 'c', 'o', 'E')

/* ---- method arguments ----------------------------------------------------- */

#define ACPI_METHOD_ARGUMENT_INTEGER    0x0
#define ACPI_METHOD_ARGUMENT_STRING     0x1
#define ACPI_METHOD_ARGUMENT_BUFFER     0x2
#define ACPI_METHOD_ARGUMENT_PACKAGE    0x3
#define ACPI_METHOD_ARGUMENT_PACKAGE_EX 0x4

typedef struct _ACPI_METHOD_ARGUMENT_V1 {
    USHORT Type;
    USHORT DataLength;
    union {
        ULONG Argument;
        _Field_size_bytes_(DataLength) UCHAR Data[ANYSIZE_ARRAY];
    };
} ACPI_METHOD_ARGUMENT_V1, ACPI_METHOD_ARGUMENT, *PACPI_METHOD_ARGUMENT;

/* Size of an argument record holding DataLength bytes (at least a ULONG). */
#define ACPI_METHOD_ARGUMENT_LENGTH(DataLength) \
    (FIELD_OFFSET(ACPI_METHOD_ARGUMENT, Data) + \
     (((ULONG)(DataLength) > sizeof(ULONG)) ? (ULONG)(DataLength) : (ULONG)sizeof(ULONG)))
#define ACPI_METHOD_ARGUMENT_LENGTH_FROM_ARGUMENT(Argument) \
    ACPI_METHOD_ARGUMENT_LENGTH(((PACPI_METHOD_ARGUMENT)(Argument))->DataLength)
#define ACPI_METHOD_NEXT_ARGUMENT(Argument) \
    ((PACPI_METHOD_ARGUMENT)((PUCHAR)(Argument) + \
                             ACPI_METHOD_ARGUMENT_LENGTH_FROM_ARGUMENT(Argument)))

#define ACPI_METHOD_SET_ARGUMENT_INTEGER(MethodArgument, IntData) \
    do {                                                          \
        (MethodArgument)->Type = ACPI_METHOD_ARGUMENT_INTEGER;    \
        (MethodArgument)->DataLength = sizeof(ULONG);             \
        (MethodArgument)->Argument = (IntData);                   \
    } while (0)

#define ACPI_METHOD_SET_ARGUMENT_STRING(Argument, StrData)                          \
    do {                                                                            \
        ULONG hvcilint_len_ = 0;                                                    \
        while (((const char *)(StrData))[hvcilint_len_] != 0) {                     \
            hvcilint_len_++;                                                        \
        }                                                                           \
        (Argument)->Type = ACPI_METHOD_ARGUMENT_STRING;                             \
        (Argument)->DataLength = (USHORT)(hvcilint_len_ + 1);                       \
        RtlCopyMemory((Argument)->Data, (StrData), (Argument)->DataLength);         \
    } while (0)

#define ACPI_METHOD_SET_ARGUMENT_BUFFER(Argument, BuffData, BuffLength)  \
    do {                                                                 \
        (Argument)->Type = ACPI_METHOD_ARGUMENT_BUFFER;                  \
        (Argument)->DataLength = (USHORT)(BuffLength);                   \
        RtlCopyMemory((Argument)->Data, (BuffData), (BuffLength));       \
    } while (0)

/* ---- evaluation input buffers --------------------------------------------- */

typedef struct _ACPI_EVAL_INPUT_BUFFER_V1 {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
} ACPI_EVAL_INPUT_BUFFER_V1, ACPI_EVAL_INPUT_BUFFER, *PACPI_EVAL_INPUT_BUFFER;

typedef struct _ACPI_EVAL_INPUT_BUFFER_V1_EX {
    ULONG Signature;
    CHAR MethodName[256];
} ACPI_EVAL_INPUT_BUFFER_V1_EX, ACPI_EVAL_INPUT_BUFFER_EX, *PACPI_EVAL_INPUT_BUFFER_EX;

typedef struct _ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_V1 {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
    ULONG IntegerArgument;
} ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_V1, ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER,
    *PACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER;

typedef struct _ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_V1_EX {
    ULONG Signature;
    CHAR MethodName[256];
    ULONG64 IntegerArgument;
} ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_V1_EX, ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_EX,
    *PACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_EX;

typedef struct _ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_V1 {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
    ULONG StringLength;
    UCHAR String[ANYSIZE_ARRAY];
} ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_V1, ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING,
    *PACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING;

typedef struct _ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_V1_EX {
    ULONG Signature;
    CHAR MethodName[256];
    ULONG StringLength;
    UCHAR String[ANYSIZE_ARRAY];
} ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_V1_EX, ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_EX,
    *PACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_EX;

typedef struct _ACPI_EVAL_INPUT_BUFFER_COMPLEX_V1 {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
    ULONG Size;
    ULONG ArgumentCount;
    ACPI_METHOD_ARGUMENT_V1 Argument[ANYSIZE_ARRAY];
} ACPI_EVAL_INPUT_BUFFER_COMPLEX_V1, ACPI_EVAL_INPUT_BUFFER_COMPLEX,
    *PACPI_EVAL_INPUT_BUFFER_COMPLEX;

typedef struct _ACPI_EVAL_INPUT_BUFFER_COMPLEX_V1_EX {
    ULONG Signature;
    CHAR MethodName[256];
    ULONG Size;
    ULONG ArgumentCount;
    ACPI_METHOD_ARGUMENT_V1 Argument[ANYSIZE_ARRAY];
} ACPI_EVAL_INPUT_BUFFER_COMPLEX_V1_EX, ACPI_EVAL_INPUT_BUFFER_COMPLEX_EX,
    *PACPI_EVAL_INPUT_BUFFER_COMPLEX_EX;

/* ---- evaluation output buffer --------------------------------------------- */

typedef struct _ACPI_EVAL_OUTPUT_BUFFER_V1 {
    ULONG Signature;
    ULONG Length;
    ULONG Count;
    ACPI_METHOD_ARGUMENT_V1 Argument[ANYSIZE_ARRAY];
} ACPI_EVAL_OUTPUT_BUFFER_V1, ACPI_EVAL_OUTPUT_BUFFER, *PACPI_EVAL_OUTPUT_BUFFER;

/* ---- child enumeration ---------------------------------------------------- */

#define ENUM_CHILDREN_IMMEDIATE_ONLY 0x1
#define ENUM_CHILDREN_MULTILEVEL     0x2
#define ENUM_CHILDREN_NAME_IS_FILTER 0x4

#define ACPI_OBJECT_HAS_CHILDREN 0x1

typedef struct _ACPI_ENUM_CHILDREN_INPUT_BUFFER {
    ULONG Signature;
    ULONG Flags;
    ULONG NameLength;
    CHAR Name[ANYSIZE_ARRAY];
} ACPI_ENUM_CHILDREN_INPUT_BUFFER, *PACPI_ENUM_CHILDREN_INPUT_BUFFER;

typedef struct _ACPI_ENUM_CHILD {
    ULONG Flags;
    ULONG NameLength;
    CHAR Name[ANYSIZE_ARRAY];
} ACPI_ENUM_CHILD, *PACPI_ENUM_CHILD;

typedef struct _ACPI_ENUM_CHILDREN_OUTPUT_BUFFER {
    ULONG Signature;
    ULONG NumberOfChildren;
    ACPI_ENUM_CHILD Children[ANYSIZE_ARRAY];
} ACPI_ENUM_CHILDREN_OUTPUT_BUFFER, *PACPI_ENUM_CHILDREN_OUTPUT_BUFFER;

/* ---- _PLD (physical location of device) buffer ------------------------ */

/* The _PLD buffer as the ACPI specification lays it out (revision 2,
   with the offsets). */
typedef struct _ACPI_PLD_BUFFER {
    UINT32 Revision : 7;
    UINT32 IgnoreColor : 1;
    UINT32 Color : 24;
    UINT32 Width : 16;
    UINT32 Height : 16;
    UINT32 UserVisible : 1;
    UINT32 Dock : 1;
    UINT32 Lid : 1;
    UINT32 Panel : 3;
    UINT32 VerticalPosition : 2;
    UINT32 HorizontalPosition : 2;
    UINT32 Shape : 4;
    UINT32 GroupOrientation : 1;
    UINT32 GroupToken : 8;
    UINT32 GroupPosition : 8;
    UINT32 Bay : 1;
    UINT32 Ejectable : 1;
    UINT32 EjectionRequired : 1;
    UINT32 CabinetNumber : 8;
    UINT32 CardCageNumber : 8;
    UINT32 Reference : 1;
    UINT32 Rotation : 4;
    UINT32 Order : 5;
    UINT32 Reserved : 4;
    UINT32 VerticalOffset : 16;
    UINT32 HorizontalOffset : 16;
} ACPI_PLD_BUFFER, *PACPI_PLD_BUFFER;

#define ACPI_ENUM_CHILD_LENGTH_FROM_CHILD(Child) \
    (FIELD_OFFSET(ACPI_ENUM_CHILD, Name) + ((PACPI_ENUM_CHILD)(Child))->NameLength)
#define ACPI_ENUM_CHILD_NEXT(Child) \
    ((PACPI_ENUM_CHILD)((PUCHAR)(Child) + ACPI_ENUM_CHILD_LENGTH_FROM_CHILD(Child)))

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_ACPIIOCT_H */
