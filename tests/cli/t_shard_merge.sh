. "$(dirname "$0")/lib.sh" "$@"
# check --shard K/N analyses a deterministic slice; hvcilint merge joins the
# shards' stores into one run with the same findings (rule, file, line,
# fingerprint, message) as one run over the whole tree, including what only
# the whole tree knows: wrappers defined in another shard's file, the
# POOL_NX_OPTIN run-time call made in another file, and a header's finding
# reported once.  Bad inputs give one line and exit 2.
P="$T/p"
mkdir -p "$P/inc"
cat > "$P/inc/shared.h" <<'C'
static __inline PVOID SharedAlloc(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'dhsS'); }
C
cat > "$P/alloc.c" <<'C'
#include <ntddk.h>
PVOID DrvAlloc(POOL_TYPE Type, SIZE_T Size)
{
	return ExAllocatePoolWithTag(Type, Size, 'lcoA');
}
C
cat > "$P/use1.c" <<'C'
#include <ntddk.h>
#include "inc/shared.h"
PVOID DrvAlloc(POOL_TYPE Type, SIZE_T Size);
PVOID Get1(void) { return DrvAlloc(NonPagedPool, 64); }
C
cat > "$P/use2.c" <<'C'
#include <ntddk.h>
#include "inc/shared.h"
PVOID DrvAlloc(POOL_TYPE Type, SIZE_T Size);
PVOID Get2(void) { return DrvAlloc(NonPagedPoolExecute, 64); }
C
cat > "$P/entry.c" <<'C'
#include <ntddk.h>
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	return STATUS_SUCCESS;
}
C
cat > "$P/optin.c" <<'C'
#include <ntddk.h>
PVOID Late(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'etaL'); }
C
cat > "$P/plain.c" <<'C'
#include <ntddk.h>
PVOID Plain(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'nalP'); }
PVOID Fine(void) { return ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'nalP'); }
C
entry() { printf '{"directory": "%s", "file": "%s", "arguments": ["clang", %s"-c", "%s"]}' "$P" "$1" "$2" "$1"; }
{
	echo "["
	entry use1.c "" && echo ","
	entry plain.c "" && echo ","
	entry optin.c '"-DPOOL_NX_OPTIN=1", ' && echo ","
	entry alloc.c "" && echo ","
	entry entry.c '"-DPOOL_NX_OPTIN=1", ' && echo ","
	entry use2.c ""
	echo "]"
} > "$P/compile_commands.json"

# Findings of a store's newest run: rule file line fingerprint message.
rows() {
	"$HVCILINT" report --db "$1" --format json --compare 0 |
		/usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
for f in d["files"]:
    for x in f["findings"]:
        print("%s %s %d %s %s" % (x["rule"], x["location"]["file"], x["location"]["line"], x["fingerprint"], x["message"]))
' | sort
}
# Files a store's newest run analysed.
files_of() {
	"$HVCILINT" report --db "$1" --format json |
		/usr/bin/python3 -c '
import json, sys
for f in json.load(sys.stdin)["files"]: print(f["file"].rsplit("/", 1)[1])' | sort
}

# The single-machine run.
run "$HVCILINT" check -p "$P" -j 2 --db "$T/one.db"
expect_rc 1
single=$(rows "$T/one.db")
# What the tree holds: each cross-file call reported, the opt-in call of
# entry.c silencing optin.c, the shared header's finding once.
printf '%s\n' "$single" | grep -q "use1.c 4 .*'DrvAlloc' allocates executable memory" || fail "no cross-file finding: $single"
printf '%s\n' "$single" | grep -q "use2.c 4 .*'DrvAlloc' allocates executable memory" || fail "no cross-file finding: $single"
printf '%s\n' "$single" | grep -q "optin.c" && fail "optin.c reported despite entry.c's call: $single"
[ "$(printf '%s\n' "$single" | grep -c "shared.h 1 ")" -eq 1 ] || fail "header finding not once: $single"
[ "$(printf '%s\n' "$single" | wc -l)" -eq 4 ] || fail "four findings expected: $single"

# Three shards: disjoint, together every file, each stable.
for k in 1 2 3; do
	run "$HVCILINT" check -p "$P" -j 2 --shard "$k/3" --db "$T/s$k.db"
	[ "$rc" -le 1 ] || fail "shard $k/3 failed: $err"
	files_of "$T/s$k.db" > "$T/f$k"
	[ -s "$T/f$k" ] || fail "shard $k/3 is empty"
done
cat "$T/f1" "$T/f2" "$T/f3" | sort > "$T/fall"
[ "$(sort -u "$T/fall" | wc -l)" -eq 6 ] || fail "shards do not cover the 6 files: $(cat "$T/fall")"
[ "$(wc -l < "$T/fall")" -eq 6 ] || fail "shards overlap: $(cat "$T/fall")"
# What only the whole tree knows is missing from the shards alone: in
# path order use1.c falls in shard 2 and alloc.c in shard 1, optin.c in
# shard 3 and entry.c in shard 2.
shards=$(for k in 1 2 3; do rows "$T/s$k.db"; done)
printf '%s\n' "$shards" | grep -q "use1.c" && fail "shard 2 knew alloc.c's wrapper: $shards"
printf '%s\n' "$shards" | grep -q "optin.c 2 " || fail "shard 3 knew entry.c's opt-in call: $shards"
# The same slice from a database that lists the files in another order.
cp "$P/compile_commands.json" "$T/cc.json"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); json.dump(d[::-1], open(sys.argv[2], "w"))' \
	"$T/cc.json" "$P/compile_commands.json"
run "$HVCILINT" check -p "$P" --no-db --shard 2/3 --format json -o "$T/again.json"
/usr/bin/python3 -c '
import json, sys
for f in json.load(open(sys.argv[1]))["files"]: print(f["file"].rsplit("/", 1)[1])' "$T/again.json" | sort > "$T/f2b"
cmp -s "$T/f2" "$T/f2b" || fail "shard 2/3 changed with the database order: $(cat "$T/f2b")"
cp "$T/cc.json" "$P/compile_commands.json"

# Merged: the same findings as the single run.
run "$HVCILINT" merge "$T/s1.db" "$T/s2.db" "$T/s3.db" -o "$T/all.db" -j 2
expect_rc 0
expect_out "merged 6 files from 3 stores"
merged=$(rows "$T/all.db")
[ "$merged" = "$single" ] || fail "merged run differs from the single run:
--- single
$single
--- merged
$merged"
[ "$(sqlite3 "$T/all.db" "SELECT status FROM runs")" = complete ] || fail "merged run not complete"
# Merging in another order gives the same run.
run "$HVCILINT" merge "$T/s3.db" "$T/s1.db" "$T/s2.db" -o "$T/all2.db" -j 1
expect_rc 0
[ "$(rows "$T/all2.db")" = "$single" ] || fail "merge depends on input order: $(rows "$T/all2.db")"
# A shard missing: refused, naming it, unless --allow-partial; then the
# merge holds only what it was given and is recorded as incomplete.
run "$HVCILINT" merge "$T/s1.db" "$T/s2.db" -o "$T/part.db"
expect_rc 2
one_line_err
expect_err "incomplete set of shards: 3/3 missing (2 of 3 given)"
[ -e "$T/part.db" ] && fail "a refused merge created its output"
run "$HVCILINT" merge "$T/s2.db" -o "$T/part.db"
expect_rc 2
expect_err "1/3, 3/3 missing (1 of 3 given)"
run "$HVCILINT" merge "$T/s1.db" "$T/s2.db" -o "$T/part.db" --allow-partial
expect_rc 0
expect_err "shards 3/3 missing"
expect_out "shards missing, recorded as incomplete"
[ "$(files_of "$T/part.db" | wc -l)" -eq "$(cat "$T/f1" "$T/f2" | wc -l)" ] || fail "partial merge has other files"
[ "$(sqlite3 "$T/part.db" "SELECT status FROM runs")" = incomplete ] || fail "partial merge recorded as complete"
# A shard given twice (the same store copied), or shards of another split.
cp "$T/s2.db" "$T/s2copy.db"
run "$HVCILINT" merge "$T/s1.db" "$T/s2.db" "$T/s2copy.db" "$T/s3.db" -o "$T/dup.db"
expect_rc 2
one_line_err
expect_err "s2copy.db:1: holds shard 2/3, as $T/s2.db does"
run "$HVCILINT" check -p "$P" --shard 1/2 --db "$T/half.db"
[ "$rc" -le 1 ] || fail "shard 1/2: $err"
run "$HVCILINT" merge "$T/s1.db" "$T/s2.db" "$T/half.db" "$T/s3.db" -o "$T/dup.db"
expect_rc 2
expect_err "half.db:1: holds shard 1/2, but another input is of 3 shards"
# A store whose run was made without --shard: merge cannot tell what it covers.
run "$HVCILINT" merge "$T/one.db" -o "$T/dup.db"
expect_rc 2
expect_err "one.db:1: its newest run records no shard"
[ -e "$T/dup.db" ] && fail "a refused merge created its output"

# Bad inputs: one line naming the file, exit 2, nothing written.
run "$HVCILINT" merge "$T/s1.db" "$T/nope.db" -o "$T/bad.db"
expect_rc 2
one_line_err
expect_err "nope.db:1: cannot read this store"
[ -e "$T/bad.db" ] && fail "a failed merge created its output"
printf 'not a database\n' > "$T/text.db"
run "$HVCILINT" merge "$T/s1.db" "$T/text.db" -o "$T/bad.db"
expect_rc 2
one_line_err
expect_err "text.db:1: not a SQLite database"
sqlite3 "$T/foreign.db" 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'
sum_before=$(cksum < "$T/foreign.db")
run "$HVCILINT" merge "$T/foreign.db" "$T/s1.db" -o "$T/bad.db"
expect_rc 2
one_line_err
expect_err "foreign.db:1: this SQLite database is not an hvcilint store"
[ "$(cksum < "$T/foreign.db")" = "$sum_before" ] || fail "merge changed a foreign database"
# A shard analysed with another rule table (an extra row in a user config).
printf 'apis:\n  - api: LibAllocate\n    arg: 1\n    params: 2\n    kind: pool-type\n' > "$T/extra.yaml"
run "$HVCILINT" check -p "$P" --shard 1/3 --db "$T/other.db" --config "$T/extra.yaml"
[ "$rc" -le 1 ] || fail "shard with a config failed: $err"
run "$HVCILINT" merge "$T/other.db" "$T/s2.db" "$T/s3.db" -o "$T/bad.db"
expect_rc 2
one_line_err
expect_err "other.db:1: run 1 used rule table"
# ... which merges when the merge is given that table too, but then the others mismatch.
run "$HVCILINT" merge "$T/other.db" "$T/s2.db" -o "$T/bad.db" --config "$T/extra.yaml"
expect_rc 2
one_line_err
expect_err "s2.db:1: run 1 used rule table"
[ -e "$T/bad.db" ] && fail "a failed merge created its output"
# The output among the inputs; no output.
run "$HVCILINT" merge "$T/s1.db" -o "$T/s1.db"
expect_rc 2
one_line_err
expect_err "the output store is also an input"
run "$HVCILINT" merge "$T/s1.db"
expect_rc 2
one_line_err
exit 0
