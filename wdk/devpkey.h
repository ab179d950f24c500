/*
 * devpkey.h - hvcilint's stand-in for the device property key header.
 * Written for hvcilint from the public "Device and device interface
 * property" reference pages (learn.microsoft.com, DEVPKEY_* keys and the
 * DEVPROPTYPE page), not taken from the SDK or WDK.
 *
 * Declares the common DEVPKEY_Device_* and DEVPKEY_DeviceInterface_*
 * property keys by name (extern const DEVPROPKEY, without their format
 * GUID and property id values) and the property type codes wdm.h does not
 * already define, and DEFINE_DEVPROPKEY.  DEVPROPKEY itself comes from
 * wdm.h.  Left out: the key values, the driver-package, device-container
 * and device-class keys.
 */
#pragma once
#ifndef _HVCILINT_DEVPKEY_H
#define _HVCILINT_DEVPKEY_H

#include <wdm.h>

#ifndef DEVPROP_TYPE_STRING_INDIRECT
#define DEVPROP_TYPE_STRING_INDIRECT 0x00000019
#endif
#ifndef DEVPROP_TYPE_STRING_LIST
#define DEVPROP_TYPE_STRING_LIST (DEVPROP_TYPE_STRING | DEVPROP_TYPEMOD_LIST)
#endif

#ifdef __cplusplus
#define _HVCILINT_DEVPKEY(name) extern "C" const DEVPROPKEY name
#else
#define _HVCILINT_DEVPKEY(name) extern const DEVPROPKEY name
#endif

_HVCILINT_DEVPKEY(DEVPKEY_NAME);
_HVCILINT_DEVPKEY(DEVPKEY_Device_DeviceDesc);
_HVCILINT_DEVPKEY(DEVPKEY_Device_HardwareIds);
_HVCILINT_DEVPKEY(DEVPKEY_Device_CompatibleIds);
_HVCILINT_DEVPKEY(DEVPKEY_Device_Service);
_HVCILINT_DEVPKEY(DEVPKEY_Device_Class);
_HVCILINT_DEVPKEY(DEVPKEY_Device_ClassGuid);
_HVCILINT_DEVPKEY(DEVPKEY_Device_Driver);
_HVCILINT_DEVPKEY(DEVPKEY_Device_Manufacturer);
_HVCILINT_DEVPKEY(DEVPKEY_Device_FriendlyName);
_HVCILINT_DEVPKEY(DEVPKEY_Device_LocationInfo);
_HVCILINT_DEVPKEY(DEVPKEY_Device_PDOName);
_HVCILINT_DEVPKEY(DEVPKEY_Device_BusTypeGuid);
_HVCILINT_DEVPKEY(DEVPKEY_Device_BusNumber);
_HVCILINT_DEVPKEY(DEVPKEY_Device_EnumeratorName);
_HVCILINT_DEVPKEY(DEVPKEY_Device_Address);
_HVCILINT_DEVPKEY(DEVPKEY_Device_InstanceId);
_HVCILINT_DEVPKEY(DEVPKEY_Device_Parent);
_HVCILINT_DEVPKEY(DEVPKEY_Device_Children);
_HVCILINT_DEVPKEY(DEVPKEY_Device_ContainerId);
_HVCILINT_DEVPKEY(DEVPKEY_Device_PanelId);
_HVCILINT_DEVPKEY(DEVPKEY_Device_PhysicalDeviceLocation);
_HVCILINT_DEVPKEY(DEVPKEY_Device_LocationPaths);
_HVCILINT_DEVPKEY(DEVPKEY_DeviceInterface_FriendlyName);
_HVCILINT_DEVPKEY(DEVPKEY_DeviceInterface_Enabled);
_HVCILINT_DEVPKEY(DEVPKEY_DeviceInterface_ClassGuid);

#undef _HVCILINT_DEVPKEY

/* DEFINE_DEVPROPKEY (devpropdef.h): declares the key, or defines it with
   its format GUID and property id when INITGUID is defined before the
   first inclusion. */
#ifndef DEFINE_DEVPROPKEY
#ifdef INITGUID
#define DEFINE_DEVPROPKEY(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8, pid) \
    _HVCILINT_GUID_EXTERN const DEVPROPKEY _HVCILINT_GUID_SELECTANY name =       \
        { { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }, pid }
#else
#define DEFINE_DEVPROPKEY(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8, pid) \
    _HVCILINT_GUID_EXTERN const DEVPROPKEY name
#endif
#endif

#endif /* _HVCILINT_DEVPKEY_H */
