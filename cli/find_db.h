/*
 * find_db.h - the compile database a source file belongs to, found the way
 * clangd finds it, for `hvcilint check FILE...` without -p or '--'.
 */
#ifndef HVCI_CLI_FIND_DB_H
#define HVCI_CLI_FIND_DB_H

/*
 * The folder holding the compile_commands.json nearest above `file`:
 * the file's own folder and each parent, and at each level its `build/`
 * subfolder.  Returns a malloc'd path, or NULL when there is none up to the
 * file system root.
 */
char *cli_find_compile_db(const char *file);

#endif
