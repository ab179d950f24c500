/*
 * packoff.h - hvcilint stand-in (written from public facts, not the WDK):
 * restores the packing saved by the last packon.h.  No include guard on
 * purpose: it is included repeatedly.  See packon.h for the first pragma;
 * the pop is wrapped so that a packoff.h without its packon.h (a header
 * compiled alone) stays quiet, as the compiler then just keeps the default.
 */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wpragma-pack"
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wignored-pragmas"
#endif
#pragma pack(pop)
#if defined(__clang__)
#pragma clang diagnostic pop
#endif
