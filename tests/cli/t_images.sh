. "$(dirname "$0")/lib.sh" "$@"
# The NX opt-in is decided per driver image: a POOL_NX_OPTIN unit gets NX
# pool from NonPagedPool only when a unit of its own image makes the
# ExInitializeDriverRuntime(DrvRtPoolNxOptIn) call.  Units are grouped into
# images by the CMake target in a compile database entry's "output", by the
# `images:` mapping of .hvcilint.yaml, else by the compile database.  Check,
# shards merged, the store and the reports agree and name the image.
P="$T/p"
mkdir -p "$P/drvA" "$P/drvB" "$P/drvC" "$P/drvD"
# Driver A opts in and makes the call.
cat > "$P/drvA/entry.c" <<'C'
#include <ntddk.h>
PVOID AAlloc(void);
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	return AAlloc() ? STATUS_SUCCESS : STATUS_NO_MEMORY;
}
C
cat > "$P/drvA/alloc.c" <<'C'
#include <ntddk.h>
PVOID AAlloc(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'AvrD'); }
C
# Driver B opts in but never makes the call.
cat > "$P/drvB/entry.c" <<'C'
#include <ntddk.h>
PVOID BAlloc(void);
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	return BAlloc() ? STATUS_SUCCESS : STATUS_NO_MEMORY;
}
C
cat > "$P/drvB/alloc.c" <<'C'
#include <ntddk.h>
PVOID BAlloc(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'BvrD'); }
C
# Driver C opts in through its own header and makes the call; mapped to
# an image by .hvcilint.yaml.
cat > "$P/drvC/drvc.h" <<'C'
#define POOL_NX_OPTIN 1
#include <ntddk.h>
PVOID CAlloc(void);
C
cat > "$P/drvC/entry.c" <<'C'
#include "drvc.h"
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	return CAlloc() ? STATUS_SUCCESS : STATUS_NO_MEMORY;
}
C
cat > "$P/drvC/alloc.c" <<'C'
#include "drvc.h"
PVOID CAlloc(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'CvrD'); }
C
# D: a POOL_NX_OPTIN library file left in the compile database's image;
# C's call must not count for it.
cat > "$P/drvD/lib.c" <<'C'
#include <ntddk.h>
PVOID DAlloc(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'DvrD'); }
C
cat > "$P/.hvcilint.yaml" <<'Y'
images:
  drvc: [drvC/*.c]
Y
# (file, extra flags, output or "")
entry() {
	o=""
	[ -n "$3" ] && o=", \"output\": \"$3\""
	printf '{"directory": "%s", "file": "%s", "arguments": ["clang", "-DPOOL_NX_OPTIN=1", %s"-c", "%s"]%s}' "$P" "$1" "$2" "$1" "$o"
}
{
	echo "["
	entry drvA/entry.c "" "CMakeFiles/drva.dir/drvA/entry.c.obj" && echo ","
	entry drvB/alloc.c "" "CMakeFiles/drvb.dir/drvB/alloc.c.obj" && echo ","
	entry drvA/alloc.c "" "CMakeFiles/drva.dir/drvA/alloc.c.obj" && echo ","
	entry drvB/entry.c "" "CMakeFiles/drvb.dir/drvB/entry.c.obj" && echo ","
	entry drvC/entry.c "" "" && echo ","
	entry drvC/alloc.c "" "" && echo ","
	entry drvD/lib.c "" ""
	echo "]"
} > "$P/compile_commands.json"

# Findings of a JSON report: rule file line image.
rows() {
	/usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
for f in d["files"]:
    for x in f["findings"]:
        print("%s %s %d %s" % (x["rule"], x["location"]["file"].split("/p/", 1)[1], x["location"]["line"], f.get("image")))
' "$1" | sort
}
expected="hvci-exec-pool drvB/alloc.c 2 drvb
hvci-exec-pool drvD/lib.c 2 p
hvci-nx-optin drvB/alloc.c 2 drvb
hvci-nx-optin drvB/entry.c 3 drvb
hvci-nx-optin drvD/lib.c 2 p"

run "$HVCILINT" check -p "$P" -j 2 --db "$T/one.db" --format json -o "$T/one.json"
expect_rc 1
single=$(rows "$T/one.json")
[ "$single" = "$expected" ] || fail "per-image opt-in:
--- expected
$expected
--- got
$single"

# The text report names the image of an hvci-nx-optin finding.
run "$HVCILINT" check -p "$P" -j 2 --no-db
expect_rc 1
expect_out "drvB/entry.c:3:10: warning: 'DriverEntry' never calls"
expect_out "drvB/entry.c:3:10: note: driver image 'drvb'"

# SARIF: each result names its image.
run "$HVCILINT" check -p "$P" -j 2 --no-db --format sarif
expect_rc 1
printf '%s\n' "$out" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
imgs = sorted(set(r["properties"]["image"] for r in d["runs"][0]["results"]))
assert imgs == ["drvb", "p"], imgs
' || fail "SARIF results do not name their images: $out"

# The store records each unit's image and reads the run back the same way.
[ "$(sqlite3 "$T/one.db" "SELECT group_concat(image, ' ') FROM (SELECT DISTINCT image FROM translation_units ORDER BY image)")" = "drva drvb drvc p" ] ||
	fail "store images: $(sqlite3 "$T/one.db" 'SELECT image FROM translation_units')"
"$HVCILINT" report --db "$T/one.db" --format json -o "$T/rep.json"
[ "$(rows "$T/rep.json")" = "$expected" ] || fail "stored run differs: $(rows "$T/rep.json")"
# An unchanged second run carries the units over, images included.
run "$HVCILINT" check -p "$P" -j 2 --db "$T/one.db" --format json -o "$T/two.json"
expect_rc 1
expect_err "7 of 7 files unchanged"
[ "$(rows "$T/two.json")" = "$expected" ] || fail "carried run differs: $(rows "$T/two.json")"

# Shards merged: the same findings as the single run.
for k in 1 2 3; do
	run "$HVCILINT" check -p "$P" -j 2 --shard "$k/3" --db "$T/s$k.db"
	[ "$rc" -le 1 ] || fail "shard $k/3 failed: $err"
done
run "$HVCILINT" merge "$T/s1.db" "$T/s2.db" "$T/s3.db" -o "$T/all.db" -j 2
expect_rc 0
"$HVCILINT" report --db "$T/all.db" --format json -o "$T/all.json"
[ "$(rows "$T/all.json")" = "$expected" ] || fail "merged run differs: $(rows "$T/all.json")"

# A store written before images were recorded stays readable: its run-wide
# opt-in answer still drops the findings that needed the call.
for f in "$SRC"/plugin/src/store/schema/00[1-4]_*.sql; do cat "$f"; done > "$T/old.sql"
cat >> "$T/old.sql" <<'S'
PRAGMA user_version = 4;
PRAGMA application_id = 1213612873;
INSERT INTO runs (id, started_at, ended_at, tool_version, root, status, runtime_optin)
  VALUES (1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:01Z', '0.1.0', '/old', 'complete', 1);
INSERT INTO files (id, path) VALUES (1, 'a.c');
INSERT INTO translation_units (id, run_id, file_id, status, parse_errors, seconds, result_tu)
  VALUES (1, 1, 1, 0, 0, 0.5, 1);
INSERT INTO findings (run_id, tu_id, rule, severity, file_id, line, col, message, suppressed,
                      fingerprint, needs_runtime_optin, first_seen_run)
  VALUES (1, 1, 'hvci-exec-pool', 2, 1, 2, 1, 'needs the call', 0, 'aa:1', 1, 1),
         (1, 1, 'hvci-exec-page', 2, 1, 3, 1, 'stands', 0, 'bb:1', 0, 1);
S
sqlite3 "$T/old.db" < "$T/old.sql" || fail "cannot build a schema-4 store"
run "$HVCILINT" report --db "$T/old.db" --format json
expect_rc 1
expect_out '"message": "stands"'
printf '%s\n' "$out" | grep -q "needs the call" && fail "old run-wide opt-in not honoured: $out"
[ "$(sqlite3 "$T/old.db" 'PRAGMA user_version')" = 6 ] || fail "old store not migrated"

# A bad mapping is one located line.
printf 'images:\n  drvc: drvC/*.c\n' > "$P/.hvcilint.yaml"
run "$HVCILINT" check -p "$P" --no-db
expect_rc 2
one_line_err
expect_err ".hvcilint.yaml:2: "
exit 0
