/*
 * paths.h - where the tool finds its shipped data (rules/, wdk/) and the
 * clang resource directory, whether it runs from the build tree or from an
 * installed prefix.
 */
#ifndef HVCI_PATHS_H
#define HVCI_PATHS_H

/*
 * Directory `subdir` that contains `must_contain`, searched in order:
 * $HVCILINT_DATA_DIR/<subdir>, <exe>/../share/hvcilint/<subdir>, the
 * source tree the binary was built from, the configured install prefix.
 * Caller frees; NULL when none exists.
 */
char *hvci_data_path(const char *subdir, const char *must_contain);

/* The clang resource dir (builtin headers); caller frees, NULL if none. */
char *hvci_resource_dir(void);

#endif
