/*
 * dsm.h - hvcilint's stand-in for the header of the MPIO device-specific
 * module (DSM) interface.
 *
 * Written for hvcilint, not taken from the WDK.  The DSM interface itself
 * (DSM_INIT_DATA, DSM_IDS, the DSM_* callback types, DsmSendRequest and
 * the other MPIO library routines) has no page in the public DDI reference
 * (learn.microsoft.com has only an empty dsm.h header page), so none of it
 * is restated here: a DSM's uses of those names are analysed with
 * hvcilint's stand-in declarations.  What this header provides is the
 * kernel surface a DSM is written against, so that a DSM's own function
 * bodies parse: ntddk.h, the request blocks (srb.h), the SCSI definitions
 * (scsi.h), the storage and SCSI control codes (ntddstor.h, ntddscsi.h)
 * and the WMI library (wmilib.h).
 *
 * Left out: every DSM_* and MPIO_* type, routine and value of the real
 * header (undocumented, see above).
 */
#pragma once
#ifndef HVCILINT_DSM_H
#define HVCILINT_DSM_H

#include <ntddk.h>
#include <srb.h>
#include <scsi.h>
#include <ntddscsi.h>
#include <ntddstor.h>
#include <wmilib.h>

#endif /* HVCILINT_DSM_H */
