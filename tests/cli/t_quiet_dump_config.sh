. "$(dirname "$0")/lib.sh" "$@"
# --quiet prints findings only (no notes or summary on stderr), as
# clang-tidy's -quiet; --dump-config prints the effective config of the
# current folder as YAML that reads back as a config, and analyses nothing.
mkdir -p "$T/repo/build" "$T/repo/src"
cd "$T/repo" || exit 1
git init -q . || fail "git init"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > src/a.c
cat > build/compile_commands.json <<J
[{"directory": "$T/repo/build", "file": "../src/a.c", "arguments": ["clang", "-c", "../src/a.c"]}]
J
cat > .hvcilint.yaml <<'Y'
disable: [hvci-code-write]
checks: "-hvci-dynamic-code"
severity: {hvci-exec-mdl: error, hvci-nx-optin: note}
images:
  drv: [src/*.c]
exclude: [third_party/*]
apis:
  - api: LibAllocate
    arg: 1
    params: 3
    kind: pool-type
    replacement: "pass NonPagedPoolNx"
Y
run "$HVCILINT" check -p build
expect_rc 1
expect_err 'note: config loaded'
run "$HVCILINT" check -p build --quiet
expect_rc 1
expect_out 'a.c:2:.*NonPagedPool'
[ -z "$err" ] || fail "--quiet left stderr lines: $err"
run "$HVCILINT" check -q -p build --checks=-*,nope
expect_rc 0
expect_err "warning: --checks: 'nope'"

# --dump-config: no analysis (no store is made), exit 0, and YAML.
rm -f build/hvcilint.db
run "$HVCILINT" check --dump-config -p build --extra-arg=-DX=1 --exclude 'gen/*'
expect_rc 0
[ -e build/hvcilint.db ] && fail "--dump-config analysed"
printf '%s\n' "$out" > dump.yaml
expect_out "^# merged from: $T/repo/.hvcilint.yaml"
expect_out "^checks: '-hvci-code-write,-hvci-dynamic-code'"
expect_out '^  hvci-exec-mdl: error'
expect_out '^  hvci-nx-optin: note'
expect_out '^  hvci-exec-pool: warning'
expect_out "^  - '$T/repo/third_party/\*'"
expect_out "^  - '$T/repo/gen/\*'"
expect_out "^  'drv':"
expect_out "^  - api: 'LibAllocate'"
expect_out '^# --extra-arg=-DX=1'
python3 - dump.yaml <<'P' || fail "--dump-config is not the YAML expected: $out"
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
assert d["checks"] == "-hvci-code-write,-hvci-dynamic-code", d
assert d["severity"]["hvci-exec-mdl"] == "error", d
assert len(d["exclude"]) == 2, d
assert d["apis"][0]["kind"] == "pool-type", d
P
# It reads back as a config, giving the same dump.
run "$HVCILINT" check --dump-config --config dump.yaml
expect_rc 0
# (Comments name where things came from, which differs.)
printf '%s\n' "$out" | grep -v '^ *#' > again.yaml
grep -v '^ *#' dump.yaml | diff - again.yaml >/dev/null ||
	fail "the dump does not read back the same: $(grep -v '^ *#' dump.yaml | diff - again.yaml)"
# A config error is still one located line.
printf 'severity: {hvci-exec-mdl: fatal}\n' > .hvcilint.yaml
run "$HVCILINT" check --dump-config
expect_rc 2
one_line_err
expect_err ".hvcilint.yaml:1: bad severity 'fatal' for 'hvci-exec-mdl'"
exit 0
