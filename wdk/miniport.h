/*
 * miniport.h - hvcilint's stand-in for the header that SCSI and Storport
 * miniports include before storport.h.
 *
 * Written for hvcilint, not taken from the WDK.  The real header declares
 * the basic NT types for miniports that do not include wdm.h; hvcilint's
 * storport.h includes wdm.h, so this header only includes wdm.h as well,
 * so that miniports that include it first parse against the same types.
 *
 * Left out: everything the real header declares beyond wdm.h's types
 * (the PCI configuration-space layouts and bus-data types duplicated
 * there, and the sp_* SAL annotations).
 */
#pragma once
#ifndef HVCILINT_MINIPORT_H
#define HVCILINT_MINIPORT_H

#include <wdm.h>

#endif /* HVCILINT_MINIPORT_H */
