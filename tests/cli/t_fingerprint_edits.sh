. "$(dirname "$0")/lib.sh" "$@"
# A finding keeps its identity through edits that leave its code alone: a
# comment added on its line, a NOLINT-free trailing remark, re-indenting.
# An edit to its code makes it new (and the old one no longer found).  A
# store whose older runs used the earlier fingerprint scheme still compares
# sensibly, and says so.
mkdir "$T/p"
cat > "$T/p/a.c" <<'C'
#include <ntddk.h>
PVOID f(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, 8, 'x y');
}
C
cat > "$T/p/compile_commands.json" <<J
[{"directory": "$T/p", "file": "a.c", "arguments": ["clang", "-c", "a.c"]}]
J
cd "$T/p" || exit 1
"$HVCILINT" check -p . > /dev/null 2>&1
# A trailing comment, a block comment inside the line, and new indentation.
cat > a.c <<'C'
#include <ntddk.h>
PVOID f(void)
{
        return ExAllocatePoolWithTag( NonPagedPool, /* size */ 8, 'x y' ); // legacy pool
}
C
"$HVCILINT" check -p . > /dev/null 2>&1
run "$HVCILINT" report
expect_rc 1
expect_out "(unchanged)$"
expect_out "compared with run 1: 0 new, 1 unchanged, 0 no longer found"
printf '%s\n' "$out" | grep -q "(new)" && fail "a comment made the finding new: $out"
# Spaces inside a literal are code: changing them is an edit.
sed -i "s/'x y'/'xy '/" a.c
"$HVCILINT" check -p . > /dev/null 2>&1
run "$HVCILINT" report
expect_rc 1
expect_out "(new)$"
expect_out "compared with run 2: 1 new, 0 unchanged, 1 no longer found"
# A store whose first run has the earlier scheme's fingerprints ("HASH:N").
sqlite3 hvcilint.db "UPDATE findings SET fingerprint = substr(fingerprint, 4) WHERE run_id = 1"
[ "$(sqlite3 hvcilint.db "SELECT fingerprint FROM findings WHERE run_id = 1" | cut -c1-3)" != "v2:" ] ||
	fail "could not make an old-style fingerprint"
run "$HVCILINT" report --run 2 --compare 1
expect_rc 1
expect_err "fingerprinted by different versions of hvcilint"
expect_out "compared with run 1: 0 new, 1 unchanged, 0 no longer found"
exit 0
