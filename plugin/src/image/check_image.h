/*
 * check_image.h - the in-memory entry point of the image checks, shared by
 * hvci_analyze_image() (which reads the files) and the fuzz target (which
 * has only a buffer).  Not public API: front ends call hvci_analyze_image().
 */
#ifndef HVCI_IMAGE_CHECK_IMAGE_H
#define HVCI_IMAGE_CHECK_IMAGE_H

#include "hvcilint.h"

#include <stdint.h>
#include <stdio.h>

/*
 * Checks `size` bytes of image at `data`; `path` names it in findings and
 * errors.  `map` (may be NULL) is an open linker map, `map_name` its name
 * for messages.  Same results and errors as hvci_analyze_image().
 */
int image_check_buffer(hvci_tu_result **out, const hvci_rules *rules, const char *path,
                       const uint8_t *data, size_t size, FILE *map, const char *map_name);

#endif
