. "$(dirname "$0")/lib.sh" "$@"
# check FILE... without -p or '--': each FILE takes its flags from the
# compile_commands.json nearest above it, in its folder or a build/ folder
# beside it (clangd's search); '--' still overrides; with no database the
# default driver flags apply; a FILE the found database does not list is
# analysed with the defaults too, with a note naming that database.
cd "$T" || exit 1
mkdir -p a/build a/src/deep b/src
src='#include <ntddk.h>
PVOID Cfg(void) { return ExAllocatePoolWithTag(DRV_POOL, 16, 1); }'
printf '%s\n' "$src" > a/src/deep/one.c
printf '%s\n' "$src" > b/src/two.c
printf '%s\n' "$src" > a/src/unlisted.c
# a/build/ holds the database for a/ (found from a/src/deep through a/'s build/);
# b/src/ has its own, nearer than anything above.
cat > a/build/compile_commands.json <<J
[{"directory": "$T/a/src/deep", "file": "one.c", "arguments": ["clang-cl", "/c", "/DDRV_POOL=NonPagedPool", "one.c"]}]
J
cat > b/src/compile_commands.json <<J
[{"directory": "$T/b/src", "file": "two.c", "arguments": ["clang", "-c", "-DDRV_POOL=NonPagedPoolExecute", "two.c"]}]
J
cat > compile_commands.json <<J
[{"directory": "$T/b/src", "file": "two.c", "arguments": ["clang", "-c", "-DDRV_POOL=NonPagedPoolNx", "two.c"]}]
J

# Both databases in one run, each file with its own flags (two.c's nearer
# database defines an executable pool type, the top one NonPagedPoolNx).
run "$HVCILINT" check --format json a/src/deep/one.c b/src/two.c
expect_rc 1
expect_out "pool type 'DRV_POOL' (0)"
[ "$(printf '%s\n' "$out" | grep -c '"rule": "hvci-exec-pool"')" -eq 2 ] ||
	fail "expected one finding per file: $out"
# From another folder, with a relative path that climbs.
cd a/src || exit 1
run "$HVCILINT" check deep/../deep/one.c
expect_rc 1
expect_out "one.c:2:48: warning: .*'DRV_POOL'"
cd "$T" || exit 1
# '--' overrides the database: DRV_POOL is then undefined, so the call's
# pool type is unknown: not analysed, and the run is not clean.
run "$HVCILINT" check a/src/deep/one.c --
expect_rc 2
expect_out "declared nowhere (first: 'DRV_POOL')"
# No database anywhere above: the default flags.  (Outside $T, whose top
# holds a database.)
iso=$(mktemp -d)
printf '%s\n' "$src" > "$iso/three.c"
run "$HVCILINT" check "$iso/three.c"
rm -rf "$iso"
expect_rc 2
expect_out "declared nowhere (first: 'DRV_POOL')"
# A FILE the found database does not list: the defaults (DRV_POOL is not
# defined there), and a note naming the database.
run "$HVCILINT" check a/src/unlisted.c
expect_rc 2
expect_out "declared nowhere (first: 'DRV_POOL')"
expect_err "a/src/unlisted.c: no entry in $T/a/build/compile_commands.json; analysed with the default driver flags"
# Named with -p, the database must list it: one located error, exit 2.
run "$HVCILINT" check -p a/build a/src/unlisted.c
expect_rc 2
one_line_err
expect_err "a/src/unlisted.c:1: no entry for this file in a/build/compile_commands.json"
exit 0
