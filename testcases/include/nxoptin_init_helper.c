/*
 * nxoptin_init_helper.c - the second file of a two-file driver built with
 * POOL_NX_OPTIN=1: it defines InitNx, which makes the opt-in call and which
 * the other file's DriverEntry calls.  optin/nxoptin_two_files.c and
 * optin/nxoptin_never_definite.c analyse it in one run with their own file.
 * Not a testcase of its own.
 */
#include <ntddk.h>

VOID InitNx(void)
{
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
}
