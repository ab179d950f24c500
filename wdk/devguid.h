/*
 * devguid.h - hvcilint's stand-in for the system-defined device setup
 * class GUIDs (GUID_DEVCLASS_*).
 *
 * Written for hvcilint from public facts (the setup class GUIDs listed
 * under "System-Defined Device Setup Classes Available to Vendors" and the
 * Win32 metadata constant listings), not taken from the WDK.  Each GUID is
 * declared with DEFINE_GUID, so <initguid.h> before this header defines it.
 * These are setup classes (the INF ClassGuid), not device interface
 * classes.
 *
 * Left out: every setup class but the keyboard class.
 */
#include <guiddef.h>

/* Keyboard setup class: Class = Keyboard. */
DEFINE_GUID(GUID_DEVCLASS_KEYBOARD,
            0x4d36e96bL, 0xe325, 0x11ce, 0xbf, 0xc1, 0x08, 0x00, 0x2b, 0xe1, 0x03, 0x18);
