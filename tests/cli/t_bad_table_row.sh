. "$(dirname "$0")/lib.sh" "$@"
printf 'apis:\n  - api: MyAlloc\n    arg: 9\n    params: 2\n    kind: pool-type\n' > "$T/cfg.yaml"
echo 'void f(void) {}' > "$T/a.c"
run "$HVCILINT" check --config "$T/cfg.yaml" "$T/a.c" --
expect_rc 2
expect_err "cfg.yaml:3: 'arg' 9 is out of range for 'MyAlloc'"
one_line_err
run "$HVCILINT" rules --rules-dir "$T/none"
expect_rc 2
expect_err "rules directory not found"
