. "$(dirname "$0")/lib.sh" "$@"
# The .hvcilint.yaml a run uses: the nearest one up to the repository's
# top level, never one above it; the run names the config it loaded and
# the rules it disables (stderr and SARIF).  A hostile config (an alias
# bomb, a self-referring alias, a device, a bad value) is one error line
# and exit 2.
mkdir -p "$T/outer/repo/build" "$T/outer/repo/src"
cd "$T/outer/repo" || exit 1
git init -q . || fail "git init"
cat > src/a.c <<'C'
#include <ntddk.h>
PVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'xxxx'); }
C
cat > build/compile_commands.json <<J
[{"directory": "$T/outer/repo/build", "file": "../src/a.c", "arguments": ["clang", "-c", "../src/a.c"]}]
J
# A config above the repository would silence the rule: it is ignored.
printf 'disable: [hvci-exec-pool]\n' > "$T/outer/.hvcilint.yaml"
run "$HVCILINT" check --no-db -p build
expect_rc 1
expect_out 'a.c:2:.*NonPagedPool'
printf '%s\n' "$err" | grep -q 'config loaded' && fail "a config above the repository was loaded: $err"

# The repository's own config is found from a relative -p, also from a
# subfolder, and the run says so.
printf 'disable: [hvci-exec-pool]\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build
expect_rc 0
expect_err "note: config loaded: $T/outer/repo/.hvcilint.yaml"
expect_err 'note: the config disables 1 rule: hvci-exec-pool'
[ "$(printf '%s\n' "$err" | grep -c 'disables')" -eq 1 ] || fail "one disable note expected: $err"
cd src || exit 1
run "$HVCILINT" check --no-db -p ../build --format sarif
expect_rc 0
expect_err "config loaded: $T/outer/repo/.hvcilint.yaml"
printf '%s\n' "$out" | python3 -c '
import json, sys
inv = json.load(sys.stdin)["runs"][0]["invocations"][0]
p = inv["properties"]
assert p["configFiles"][0].endswith("/repo/.hvcilint.yaml"), p
assert p["disabledRules"] == ["hvci-exec-pool"], p
' || fail "SARIF invocation lacks the config: $out"
cd .. || exit 1
rm .hvcilint.yaml

# Outside any repository only the starting folder's config counts.
mkdir -p "$T/plain/sub"
cp src/a.c "$T/plain/sub/a.c"
printf 'disable: [hvci-exec-pool]\n' > "$T/plain/.hvcilint.yaml"
cd "$T/plain/sub" || exit 1
export GIT_CEILING_DIRECTORIES="$T"
run "$HVCILINT" check a.c --
expect_rc 1
printf '%s\n' "$err" | grep -q 'config loaded' && fail "a config above the folder was loaded: $err"
cd "$T/outer/repo" || exit 1

# Hostile configs.
cat > "$T/bomb.yaml" <<'Y'
a: &a ["x","x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]
Y
run "$HVCILINT" check --no-db --config "$T/bomb.yaml" -p build
expect_rc 2
one_line_err
expect_err 'bomb.yaml:1: YAML aliases expand to more than a million nodes'
printf 'apis: &x [*x]\n' > "$T/loop.yaml"
run "$HVCILINT" check --no-db --config "$T/loop.yaml" -p build
expect_rc 2
one_line_err
expect_err 'loop.yaml:1: YAML aliases'
run "$HVCILINT" check --no-db --config /dev/zero -p build
expect_rc 2
one_line_err
expect_err '/dev/zero:1: not a regular file'
printf 'apis:\n  - api: LibAllocate\n    arg: 1\n    params: 2\n    kind: pool-type\n    ca: C1\n    replacement: "x"\n    note: "y"\n    confidence: maybe\n' > "$T/conf.yaml"
run "$HVCILINT" check --no-db --config "$T/conf.yaml" -p build
expect_rc 2
one_line_err
expect_err "conf.yaml:9: bad 'confidence' 'maybe'"
exit 0
