/*
 * ntpoapi.h - hvcilint's stand-in for the kernel power-management API
 * header (the power states, power actions and power-setting interfaces
 * that kernel and user power code share).
 *
 * Written for hvcilint, not taken from the WDK.  In this stand-in tree the
 * shared power types (SYSTEM_POWER_STATE, DEVICE_POWER_STATE, POWER_ACTION,
 * POWER_STATE_TYPE, ...) and the power-setting GUIDs already come from
 * wdm.h, so this header only includes it; drivers that include ntpoapi.h
 * after wdm.h or ntddk.h see no new names.
 *
 * Left out: everything ntpoapi.h adds beyond wdm.h (processor power
 * policy and idle-state structures, the power information levels of
 * NtPowerInformation, battery-related system structures).
 */
#pragma once
#ifndef HVCILINT_NTPOAPI_H
#define HVCILINT_NTPOAPI_H

#include <wdm.h>

#endif /* HVCILINT_NTPOAPI_H */
