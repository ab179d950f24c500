. "$(dirname "$0")/lib.sh" "$@"
mkdir "$T/db"
printf '[\n  {"directory": "/tmp",\n   "file": "a.c",\n   "command": "cc -c a.c"\n  ,\n]\n' > "$T/db/compile_commands.json"
run "$HVCILINT" check -p "$T/db"
expect_rc 2
expect_err "compile_commands.json:6: malformed compile database"
one_line_err
printf '[{"directory": "/tmp"}]\n' > "$T/db/compile_commands.json"
run "$HVCILINT" check -p "$T/db"
expect_rc 2
expect_err "entry 1 lacks"
run "$HVCILINT" check -p "$T/nodb"
expect_rc 2
expect_err "no compile database here"
