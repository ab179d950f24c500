/*
 * acpitabl.h - hvcilint's compact stand-in for the ACPI table layouts.
 * Written for hvcilint from the ACPI specification (system description
 * table header, generic address structure, table signatures) and
 * Microsoft's public documentation, not taken from the WDK.
 *
 * Declares DESCRIPTION_HEADER (the 36-byte header every ACPI system
 * description table starts with), GEN_ADDR (the 12-byte generic address
 * structure) and the signatures of the common tables as the
 * little-endian value of their four ASCII characters; appended, the
 * _PLD descriptor (ACPI_PLD_V2_BUFFER) with its panel and rotation
 * enumerations.  Left out: the bodies of individual tables (FADT, MADT
 * and its entries, SRAT, ...).
 */
#pragma once
#ifndef _ACPITBL_H
#define _ACPITBL_H

#include <ntdef.h>

#define ACPI_MAKE_SIGNATURE(a, b, c, d) \
    ((ULONG)(UCHAR)(a) | ((ULONG)(UCHAR)(b) << 8) | \
     ((ULONG)(UCHAR)(c) << 16) | ((ULONG)(UCHAR)(d) << 24))

#define RSDP_SIGNATURE  0x2052545020445352ULL   /* "RSD PTR " */
#define RSDT_SIGNATURE  ACPI_MAKE_SIGNATURE('R', 'S', 'D', 'T')
#define XSDT_SIGNATURE  ACPI_MAKE_SIGNATURE('X', 'S', 'D', 'T')
#define FADT_SIGNATURE  ACPI_MAKE_SIGNATURE('F', 'A', 'C', 'P')
#define FACS_SIGNATURE  ACPI_MAKE_SIGNATURE('F', 'A', 'C', 'S')
#define DSDT_SIGNATURE  ACPI_MAKE_SIGNATURE('D', 'S', 'D', 'T')
#define SSDT_SIGNATURE  ACPI_MAKE_SIGNATURE('S', 'S', 'D', 'T')
#define PSDT_SIGNATURE  ACPI_MAKE_SIGNATURE('P', 'S', 'D', 'T')
#define APIC_SIGNATURE  ACPI_MAKE_SIGNATURE('A', 'P', 'I', 'C')
#define SBST_SIGNATURE  ACPI_MAKE_SIGNATURE('S', 'B', 'S', 'T')
#define ECDT_SIGNATURE  ACPI_MAKE_SIGNATURE('E', 'C', 'D', 'T')
#define SRAT_SIGNATURE  ACPI_MAKE_SIGNATURE('S', 'R', 'A', 'T')
#define SLIT_SIGNATURE  ACPI_MAKE_SIGNATURE('S', 'L', 'I', 'T')
#define HPET_SIGNATURE  ACPI_MAKE_SIGNATURE('H', 'P', 'E', 'T')
#define MCFG_SIGNATURE  ACPI_MAKE_SIGNATURE('M', 'C', 'F', 'G')
#define BOOT_SIGNATURE  ACPI_MAKE_SIGNATURE('B', 'O', 'O', 'T')
#define DBGP_SIGNATURE  ACPI_MAKE_SIGNATURE('D', 'B', 'G', 'P')
#define DBG2_SIGNATURE  ACPI_MAKE_SIGNATURE('D', 'B', 'G', '2')
#define CSRT_SIGNATURE  ACPI_MAKE_SIGNATURE('C', 'S', 'R', 'T')
#define GTDT_SIGNATURE  ACPI_MAKE_SIGNATURE('G', 'T', 'D', 'T')
#define BGRT_SIGNATURE  ACPI_MAKE_SIGNATURE('B', 'G', 'R', 'T')
#define FPDT_SIGNATURE  ACPI_MAKE_SIGNATURE('F', 'P', 'D', 'T')
#define TPM2_SIGNATURE  ACPI_MAKE_SIGNATURE('T', 'P', 'M', '2')

#include <pshpack1.h>

typedef struct _DESCRIPTION_HEADER {
    ULONG Signature;
    ULONG Length;
    UCHAR Revision;
    UCHAR Checksum;
    CHAR OEMID[6];
    CHAR OEMTableID[8];
    ULONG OEMRevision;
    CHAR CreatorID[4];
    ULONG CreatorRev;
} DESCRIPTION_HEADER, *PDESCRIPTION_HEADER;

#define ACPI_MAX_SIGNATURE 4
#define ACPI_MAX_OEM_ID    6
#define ACPI_MAX_TABLE_ID  8
#define ACPI_MAX_CREATOR_ID 4

/* Generic address structure. */
typedef struct _GEN_ADDR {
    UCHAR AddressSpaceID;
    UCHAR BitWidth;
    UCHAR BitOffset;
    UCHAR AccessSize;
    PHYSICAL_ADDRESS Address;
} GEN_ADDR, *PGEN_ADDR;

#include <poppack.h>

/*
 * Appended: the physical location of device (_PLD) descriptor, written
 * from the ACPI specification (revision 2 of the _PLD buffer) and
 * Microsoft's public documentation (ACPI_PLD_V2_BUFFER, ACPI_PLD_PANEL,
 * ACPI_PLD_ROTATION), with the AcpiPldPanel / AcpiPldRotation type aliases
 * that acpitabl.h also provides (as public reimplementations of the header
 * show).  Left out: the joint buffer extension and the
 * other _PLD enumerations (vertical/horizontal position, shape).
 */
#ifndef _HVCILINT_ACPITABL_PLD_
#define _HVCILINT_ACPITABL_PLD_

typedef enum _ACPI_PLD_PANEL {
    AcpiPldPanelTop,
    AcpiPldPanelBottom,
    AcpiPldPanelLeft,
    AcpiPldPanelRight,
    AcpiPldPanelFront,
    AcpiPldPanelBack,
    AcpiPldPanelUnknown
} ACPI_PLD_PANEL, *PACPI_PLD_PANEL;

/* Mixed-case alias of the panel type, which camera drivers use. */
typedef ACPI_PLD_PANEL AcpiPldPanel;

typedef enum _ACPI_PLD_ROTATION {
    AcpiPldRotation0,
    AcpiPldRotation45,
    AcpiPldRotation90,
    AcpiPldRotation135,
    AcpiPldRotation180,
    AcpiPldRotation225,
    AcpiPldRotation270,
    AcpiPldRotation315
} ACPI_PLD_ROTATION, *PACPI_PLD_ROTATION;

/* Mixed-case alias of the rotation type, which camera drivers use. */
typedef ACPI_PLD_ROTATION AcpiPldRotation;

/* The 160-bit revision-2 _PLD buffer, bit fields in specification order. */
typedef struct _ACPI_PLD_V2_BUFFER {
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
} ACPI_PLD_V2_BUFFER, *PACPI_PLD_V2_BUFFER;

#endif /* _HVCILINT_ACPITABL_PLD_ */

#endif /* _ACPITBL_H */
