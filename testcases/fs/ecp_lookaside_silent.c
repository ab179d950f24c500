// ECP lookaside lists (Flt/FsRtl) are listed rows: never reported, even for nonpaged pool.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <fltKernel.h>

static UCHAR g_Flt[256];
static UCHAR g_Fs[256];

VOID InitEcp(PFLT_FILTER filter)
{
	FltInitExtraCreateParameterLookasideList(filter, g_Flt, FSRTL_ECP_LOOKASIDE_FLAG_NONPAGED_POOL, 64, 'pcEF');
	FsRtlInitExtraCreateParameterLookasideList(g_Fs, FSRTL_ECP_LOOKASIDE_FLAG_NONPAGED_POOL, 64, 'pcES');
}
