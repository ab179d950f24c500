/*
 * pch_unknown_type.h - a precompiled header forced in with /FI that uses a
 * type no header declares; see recover/standin_in_forced_include.c.
 */
#include <ntddk.h>

typedef struct _DEV_CONFIG {
	VENDOR_MODE Mode;
	ULONG Port;
} DEV_CONFIG, *PDEV_CONFIG;
