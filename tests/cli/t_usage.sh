. "$(dirname "$0")/lib.sh" "$@"
run "$HVCILINT" check --frobnicate
expect_rc 2
expect_err "unknown option '--frobnicate'"
run "$HVCILINT" nosuchcommand
expect_rc 2
run "$HVCILINT" check --format xml a.c --
expect_rc 2
expect_err "unknown --format 'xml'"
run "$HVCILINT" --help
expect_rc 0
run "$HVCILINT" rules
expect_rc 0
expect_out "ExAllocatePoolWithTag"
expect_out "hvci-exec-mdl"
