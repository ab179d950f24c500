/*
 * initguid.h - hvcilint stand-in (written from public facts, not the WDK):
 * makes DEFINE_GUID define the GUIDs instead of declaring them.  Nothing
 * else from the real header.
 */
#ifndef INITGUID
#define INITGUID
#endif
#include <guiddef.h>
