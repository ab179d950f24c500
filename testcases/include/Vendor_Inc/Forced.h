/*
 * Forced.h - forced into clangcl/include_dir_case.c with /FI in another
 * case ("forced.h").
 */
#define VENDOR_FORCED_TAG 'dnrV'
