. "$(dirname "$0")/lib.sh" "$@"
run "$HVCILINT" check "$T/nope.c" --
expect_rc 2
expect_err "nope.c:1: cannot read this file"
one_line_err
