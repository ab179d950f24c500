/*
 * poppack.h - hvcilint stand-in (written from public facts, not the WDK):
 * restores the packing saved by the last pshpackN.h.  No include guard on
 * purpose: it is included repeatedly.  See pshpack1.h for the pragma.
 */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wpragma-pack"
#endif
#pragma pack(pop)
