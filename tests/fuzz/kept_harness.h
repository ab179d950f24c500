/*
 * kept_harness.h - the PCH folder of the fuzz targets for what hvcilint
 * keeps there between runs (fuzz_replay, fuzz_summaries).
 */
#ifndef HVCI_FUZZ_KEPT_HARNESS_H
#define HVCI_FUZZ_KEPT_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* Writes data as the file DIR/sub/key, where DIR is a temporary folder of
 * this user's made at the first call and removed at exit, with the modes
 * the product's own checks of the folder (pch_folder.c) ask for; returns
 * DIR.  One sub and one key per process. */
const char *fuzz_kept_file(const char *sub, const char *key, const uint8_t *data, size_t size);

#endif
