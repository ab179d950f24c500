/*
 * pshpack4.h - hvcilint stand-in (written from public facts, not the WDK):
 * pushes a 4-byte structure packing; undo with poppack.h.  No include guard
 * on purpose: it is included repeatedly.  The clang pragma silences the
 * "pack value modified in the included file" warning that a push/pop split
 * across headers always triggers.
 */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wpragma-pack"
#endif
#pragma pack(push, 4)
