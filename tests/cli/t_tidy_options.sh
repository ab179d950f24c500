. "$(dirname "$0")/lib.sh" "$@"
# clang-tidy's options in check: --extra-arg / --extra-arg-before (added to
# every compile command, still judged by the allow-list), per-rule
# `severity:` in the config (every output and --fail-on), --exclude and the
# config's `exclude:`, and --header-filter.
mkdir -p "$T/repo/build" "$T/repo/gen" "$T/repo/inc" "$T/repo/lib"
cd "$T/repo" || exit 1
git init -q . || fail "git init"
cat > a.c <<'C'
#include <ntddk.h>
#include "inc/h.h"
#include "lib/l.h"
#ifdef EXEC_POOL
#define DRV_POOL NonPagedPool
#else
#define DRV_POOL NonPagedPoolNx
#endif
PVOID f(void) { return ExAllocatePoolWithTag(DRV_POOL, 8, 1); }
C
printf 'static PVOID h(void) { return ExAllocatePoolWithTag(NonPagedPoolExecute, 8, 1); }\n' > inc/h.h
printf 'static PVOID l(void) { return ExAllocatePoolWithTag(NonPagedPoolExecute, 8, 2); }\n' > lib/l.h
printf '#include <ntddk.h>\nPVOID g(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > gen/b.c
cat > build/compile_commands.json <<J
[{"directory": "$T/repo", "file": "a.c", "arguments": ["clang", "-UEXEC_POOL", "-c", "a.c"]},
 {"directory": "$T/repo", "file": "gen/b.c", "arguments": ["clang", "-c", "gen/b.c"]}]
J
files() { printf '%s\n' "$out" | grep -o '^[^ :]*:[0-9]*:[0-9]*: \(warning\|error\):' | sed 's/:[0-9]*:[0-9]*: / /' | sort | tr '\n' ' '; }

# --extra-arg goes last (it overrides the database's -U), --extra-arg-before
# right after the compiler (the database's -U overrides it).
run "$HVCILINT" check --no-db -p build a.c --header-filter='^$'
expect_rc 0
run "$HVCILINT" check --no-db -p build a.c --header-filter='^$' --extra-arg=-DEXEC_POOL
expect_rc 1
expect_out 'a.c:9:.*NonPagedPool'
run "$HVCILINT" check --no-db -p build a.c --header-filter='^$' --extra-arg-before=-DEXEC_POOL
expect_rc 0
# A dangerous flag is dropped with the usual warning.
run "$HVCILINT" check --no-db -p build a.c --extra-arg=-fplugin=/nonexistent/evil.so
expect_out "dropped compile command options.*'-fplugin=/nonexistent/evil.so'"

# --header-filter: the main file always, a header only when its path matches;
# without it, every user header as before; an empty filter shows none.
run "$HVCILINT" check --no-db -p build a.c
[ "$(files)" = "$T/repo/inc/h.h warning: $T/repo/lib/l.h warning: " ] || fail "default header findings: $(files)"
run "$HVCILINT" check --no-db -p build a.c --header-filter='/inc/' --extra-arg=-DEXEC_POOL
[ "$(files)" = "$T/repo/a.c warning: $T/repo/inc/h.h warning: " ] || fail "--header-filter=/inc/: $(files)"
run "$HVCILINT" check --no-db -p build a.c --header-filter=''
expect_rc 0
printf 'header-filter: "/lib/"\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build a.c
[ "$(files)" = "$T/repo/lib/l.h warning: " ] || fail "config header-filter: $(files)"
run "$HVCILINT" check --no-db -p build a.c --header-filter='h\.h$'
[ "$(files)" = "$T/repo/inc/h.h warning: " ] || fail "--header-filter over the config's: $(files)"
run "$HVCILINT" check --no-db -p build a.c --header-filter='('
expect_rc 2
one_line_err
rm .hvcilint.yaml

# --exclude (relative to the current folder) and the config's exclude:
# (relative to its folder) leave source files out.
run "$HVCILINT" check --no-db -p build --header-filter='^$'
expect_out 'gen/b.c:2:'
run "$HVCILINT" check --no-db -p build --header-filter='^$' --exclude 'gen/*'
expect_rc 0
expect_err 'note: 1 source file left out by --exclude'
printf 'exclude: [gen]\nheader-filter: "^$"\n' > .hvcilint.yaml
mkdir -p sub && cd sub || exit 1
run "$HVCILINT" check --no-db -p ../build
expect_rc 0
cd .. || exit 1
run "$HVCILINT" check --no-db -p build gen/b.c
expect_rc 0
rm .hvcilint.yaml

# severity: the rule's level in every output and for --fail-on.
printf 'severity: {hvci-exec-pool: error}\nexclude: [a.c]\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build --fail-on error
expect_rc 1
expect_out 'b.c:2:[0-9]*: error: .*\[hvci-exec-pool\]'
run "$HVCILINT" check --no-db -p build --format sarif
python3 -c '
import json, sys
run = json.load(sys.stdin)["runs"][0]
assert {r["level"] for r in run["results"]} == {"error"}, run["results"]
rule = [r for r in run["tool"]["driver"]["rules"] if r["id"] == "hvci-exec-pool"][0]
assert rule["defaultConfiguration"]["level"] == "error", rule
' <"$T/out" || fail "SARIF levels: $out"
run "$HVCILINT" check --no-db -p build --format json
printf '%s\n' "$out" | grep -q '"severity": "error"' || fail "JSON severity: $out"
printf 'severity: {hvci-exec-*: note}\nexclude: [a.c]\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build
expect_rc 0
expect_out 'b.c:2:[0-9]*: note: '
# Bad values: one located error line, exit 2.
printf 'severity:\n  hvci-exec-pool: fatal\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build
expect_rc 2
one_line_err
expect_err ".hvcilint.yaml:2: bad severity 'fatal' for 'hvci-exec-pool'; use note, warning or error"
printf 'severity:\n  hvci-exec-poool: error\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build
expect_rc 2
one_line_err
expect_err ".hvcilint.yaml:2: unknown rule 'hvci-exec-poool' in 'severity'"
printf 'severity: [error]\n' > .hvcilint.yaml
run "$HVCILINT" check --no-db -p build
expect_rc 2
one_line_err
expect_err ".hvcilint.yaml:1: 'severity' must map rule ids"
exit 0
