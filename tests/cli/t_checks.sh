. "$(dirname "$0")/lib.sh" "$@"
# --checks: clang-tidy's glob list (comma separated, '-' removes, applied
# in order, the last match wins) after the config's `disable:` and
# `checks:`; a glob naming no rule is one warning line; report shows only
# the selected rules' findings of a stored run.
mkdir -p "$T/repo/build"
cd "$T/repo" || exit 1
git init -q . || fail "git init"
cat > a.c <<'C'
#include <ntddk.h>
PVOID f(PMDL m)
{
	MmGetSystemAddressForMdlSafe(m, NormalPagePriority);
	return ExAllocatePoolWithTag(NonPagedPool, 8, 'fuBx');
}
C
cat > build/compile_commands.json <<J
[{"directory": "$T/repo", "file": "a.c", "arguments": ["clang", "-c", "a.c"]}]
J
rules() { printf '%s\n' "$out" | grep -o '\[hvci-[a-z-]*\]' | sort -u | tr '\n' ' '; }

run "$HVCILINT" check --no-db -p build
expect_rc 1
[ "$(rules)" = "[hvci-exec-mdl] [hvci-exec-pool] " ] || fail "both rules expected: $out"
run "$HVCILINT" check --no-db -p build --checks='-*,hvci-exec-m*'
expect_rc 1
[ "$(rules)" = "[hvci-exec-mdl] " ] || fail "only hvci-exec-mdl expected: $out"
# Applied in order: the last glob that matches decides.
run "$HVCILINT" check --no-db -p build --checks='-*,hvci-exec-*,-hvci-exec-mdl'
[ "$(rules)" = "[hvci-exec-pool] " ] || fail "only hvci-exec-pool expected: $out"
# Repeated --checks append; spaces around globs do not count.
run "$HVCILINT" check --no-db -p build --checks='-*' --checks=' hvci-exec-pool '
[ "$(rules)" = "[hvci-exec-pool] " ] || fail "appended --checks: $out"
run "$HVCILINT" check --no-db -p build --checks='-*'
expect_rc 0

# Unknown names and globs that match nothing: one warning line each, the run goes on.
run "$HVCILINT" check --no-db -p build --checks='-*,hvci-exec-pol,hvci-exec-pool'
expect_rc 1
expect_err "hvcilint: warning: --checks: 'hvci-exec-pol' in the check list is not a rule"
[ "$(printf '%s\n' "$err" | grep -c 'warning:')" -eq 1 ] || fail "one warning line expected: $err"
run "$HVCILINT" check --no-db -p build --checks='nothing-*'
expect_err "'nothing-\*' in the check list matches no rule"

# The config: `disable:` first, then its `checks:`, then --checks.
printf 'disable: [hvci-exec-pool]\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build
[ "$(rules)" = "[hvci-exec-mdl] " ] || fail "disable: ignored: $out"
run "$HVCILINT" check --no-db -p build --checks='hvci-exec-pool'
[ "$(rules)" = "[hvci-exec-mdl] [hvci-exec-pool] " ] || fail "--checks should turn it back on: $out"
printf 'checks: "-*,hvci-exec-pool"\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build
[ "$(rules)" = "[hvci-exec-pool] " ] || fail "config checks: ignored: $out"
printf 'checks:\n  - "-*"\n  - hvci-exec-mdl\n  - hvci-bogus\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build
[ "$(rules)" = "[hvci-exec-mdl] " ] || fail "config checks: list ignored: $out"
expect_err "$T/repo/.hvcilint.yaml:4: warning: 'hvci-bogus' in the check list is not a rule"
printf 'checks: {a: 1}\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build
expect_rc 2
one_line_err
expect_err ".hvcilint.yaml:1: 'checks' must be a glob list"
rm .hvcilint.yaml

# `hvcilint rules` marks what the selection turns off.
run "$HVCILINT" rules --checks='-*,hvci-exec-mdl'
printf '%s\n' "$out" | grep '^hvci-exec-pool' | grep -q 'disabled' || fail "rules: $out"
printf '%s\n' "$out" | grep '^hvci-exec-mdl' | grep -q 'disabled' && fail "rules: $out"

# A stored run: report filters what it shows; a re-run with another
# selection does not reuse units analysed under the first.
run "$HVCILINT" check -p build
expect_rc 1
run "$HVCILINT" report --db build/hvcilint.db --checks='-*,hvci-exec-mdl'
[ "$(rules)" = "[hvci-exec-mdl] " ] || fail "report --checks: $out"
run "$HVCILINT" check -p build --checks='-*,hvci-exec-pool'
[ "$(rules)" = "[hvci-exec-pool] " ] || fail "second selection: $out"
printf '%s\n' "$err" | grep -q 'unchanged since an earlier run' && fail "reused across selections: $err"
exit 0
