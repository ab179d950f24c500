. "$(dirname "$0")/lib.sh" "$@"
# Each source file has the .hvcilint.yaml files of its own folders, merged
# from the repository's top level down (the nearest wins), cut where one
# says `inherit: false`; a config above the repository never counts.
# --dump-config FILE shows what FILE gets.
mkdir -p "$T/outer/repo/a" "$T/outer/repo/b" "$T/outer/repo/c/d"
cd "$T/outer/repo" || exit 1
git init -q . || fail "git init"
for d in a b c/d; do
	cat > "$d/x.c" <<'C'
#include <ntddk.h>
PVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'xxxx'); }
PVOID g(PMDL m) { return MmGetSystemAddressForMdlSafe(m, NormalPagePriority); }
C
done
cat > compile_commands.json <<J
[{"directory": "$T/outer/repo", "file": "a/x.c", "arguments": ["clang", "-c", "a/x.c"]},
 {"directory": "$T/outer/repo", "file": "b/x.c", "arguments": ["clang", "-c", "b/x.c"]},
 {"directory": "$T/outer/repo", "file": "c/d/x.c", "arguments": ["clang", "-c", "c/d/x.c"]}]
J
# Above the repository: would switch everything off, must be ignored.
printf 'checks: "-*"\n' > "$T/outer/.hvcilint.yaml"
# The top level makes the MDL rule an error everywhere.
printf 'severity: {hvci-exec-mdl: error}\n' > .hvcilint.yaml
# a/ turns the pool rule off and inherits the MDL severity.
printf 'disable: [hvci-exec-pool]\n' > a/.hvcilint.yaml
# b/ makes the pool rule a note and keeps everything else.
printf 'severity: {hvci-exec-pool: note}\n' > b/.hvcilint.yaml
# c/ disables the MDL rule, but c/d/ starts afresh.
printf 'disable: [hvci-exec-mdl]\n' > c/.hvcilint.yaml
printf 'inherit: false\nseverity: {hvci-exec-pool: error}\n' > c/d/.hvcilint.yaml

run "$HVCILINT" check --no-db -p .
expect_rc 1
lines() { printf '%s\n' "$out" | grep -c -- "$1"; }
[ "$(lines '/a/x.c:2:.*hvci-exec-pool')" -eq 0 ] || fail "a/ disables the pool rule: $out"
expect_out '/a/x.c:3:[0-9]*: error: .*\[hvci-exec-mdl\]'
expect_out '/b/x.c:2:[0-9]*: note: .*\[hvci-exec-pool\]'
expect_out '/b/x.c:3:[0-9]*: error: .*\[hvci-exec-mdl\]'
expect_out '/c/d/x.c:2:[0-9]*: error: .*\[hvci-exec-pool\]'
# inherit: false drops c/'s disable and the top level's severity.
expect_out '/c/d/x.c:3:[0-9]*: warning: .*\[hvci-exec-mdl\]'
printf '%s\n' "$err" | grep -q "outer/.hvcilint.yaml" && fail "a config above the repository was read: $err"
expect_err "config loaded for files in $T/outer/repo/a: $T/outer/repo/.hvcilint.yaml, $T/outer/repo/a/.hvcilint.yaml"

# What one file gets.
run "$HVCILINT" check --dump-config a/x.c
expect_rc 0
expect_out "# merged from: $T/outer/repo/.hvcilint.yaml"
expect_out "# merged from: $T/outer/repo/a/.hvcilint.yaml"
expect_out "checks: '-hvci-exec-pool'"
expect_out '^  hvci-exec-mdl: error'
run "$HVCILINT" check --dump-config c/d/x.c
expect_rc 0
[ "$(printf '%s\n' "$out" | grep -c 'merged from')" -eq 1 ] || fail "inherit: false keeps only c/d's config: $out"
expect_out "# merged from: $T/outer/repo/c/d/.hvcilint.yaml"
expect_out '^  hvci-exec-mdl: warning'
expect_out '^  hvci-exec-pool: error'

# --config FILE governs every file.
printf 'severity: {hvci-exec-pool: note}\n' > "$T/one.yaml"
run "$HVCILINT" check --no-db -p . --config "$T/one.yaml"
expect_rc 1
expect_out '/a/x.c:2:[0-9]*: note: .*\[hvci-exec-pool\]'
expect_out '/c/d/x.c:3:[0-9]*: warning: .*\[hvci-exec-mdl\]'

# A bad inherit: is one error line and exit 2.
printf 'inherit: maybe\n' > b/.hvcilint.yaml
run "$HVCILINT" check --no-db -p .
expect_rc 2
one_line_err
expect_err "b/.hvcilint.yaml:1: 'inherit' must be true or false ('maybe' is not)"
exit 0
