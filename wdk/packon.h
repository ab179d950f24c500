/*
 * packon.h - hvcilint stand-in (written from public facts, not the WDK):
 * pushes a 1-byte structure packing, as the older headers and samples do
 * around on-the-wire structures; undo with packoff.h.  No include guard on
 * purpose: it is included repeatedly.  The clang pragma silences the
 * "pack value modified in the included file" warning that a push/pop split
 * across headers always triggers.
 */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wpragma-pack"
#endif
#pragma pack(push, 1)
