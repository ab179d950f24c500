. "$(dirname "$0")/lib.sh" "$@"
# Sources that are not regular files (a FIFO nobody writes to, /dev/zero, a
# folder) are refused before parsing with one line each, in FILE -- mode
# and from a compile database with a store; the run returns and says why.
mkdir "$T/p" "$T/p/dir.c"
mkfifo "$T/p/fifo.c" || fail "mkfifo"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$T/p/ok.c"
cd "$T/p" || exit 1
for f in fifo.c dir.c /dev/zero; do
	run "$HVCILINT" check "$f" --
	expect_rc 2
	one_line_err
	expect_err "$f:1: error: not a regular file\|$f:1: not a regular file"
done
cat > compile_commands.json <<J
[{"directory": "$T/p", "file": "fifo.c", "arguments": ["clang", "-c", "fifo.c"]},
 {"directory": "$T/p", "file": "/dev/zero", "arguments": ["clang", "-c", "/dev/zero"]},
 {"directory": "$T/p", "file": "ok.c", "arguments": ["clang", "-c", "ok.c"]}]
J
run "$HVCILINT" check -p . -j 2
expect_rc 2
expect_err "fifo.c:1: .*not a regular file (a FIFO)"
expect_err "/dev/zero:1: .*not a regular file (a device)"
expect_out "ok.c:2:.*allocates executable memory"
# Again, with the store from the first run compared against the FIFO.
run "$HVCILINT" check -p . -j 2
expect_rc 2
expect_err "fifo.c:1: .*not a regular file"
exit 0
