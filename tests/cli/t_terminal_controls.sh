. "$(dirname "$0")/lib.sh" "$@"
# Names, messages and source lines from untrusted input reach a terminal
# with their control characters escaped: no raw ESC, no extra lines.
ESC=$(printf '\033')
bad="$T/drv${ESC}]0;pwned${ESC}[2J.c"
printf '#include <ntddk.h>\n/* \033[31m */ PVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$bad"
run "$HVCILINT" check --no-db "$bad" --
expect_rc 1
expect_out 'drv\\x1b\]0;pwned\\x1b\[2J.c:2:'
expect_out '/\* \\x1b\[31m \*/ PVOID'
printf '%s' "$out" | grep -q "$ESC" && fail "raw ESC in the text report: $out"
# A line that is not UTF-8 (Latin-1, and a lone 0x9b, which some terminals
# take for CSI) reaches the terminal escaped, with its caret under the call.
lat="$T/latin1.c"
printf '#include <ntddk.h>\nPVOID f(void) { return /* caf\351 \233 */ ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$lat"
run "$HVCILINT" check --no-db "$lat" --
expect_rc 1
expect_out '/\* caf\\xe9 \\x9b \*/ ExAllocatePoolWithTag(NonPagedPool'
printf '%s' "$out" | LC_ALL=C grep -q "$(printf '\233')" && fail "raw 0x9b in the text report: $out"
/usr/bin/python3 - "$T/out" <<'PY' || fail "the caret is not under the argument: $out"
import sys
lines = open(sys.argv[1], "rb").read().split(b"\n")
i = next(k for k, l in enumerate(lines) if b"ExAllocatePoolWithTag(NonPagedPool" in l)
assert lines[i].index(b"NonPagedPool") == lines[i + 1].index(b"^"), lines[i:i + 2]
PY
# A tool error quoting such a name stays one line without raw controls.
nl="$T/no
such${ESC}[1A.c"
run "$HVCILINT" check --no-db "$nl" --
expect_rc 2
one_line_err
printf '%s' "$err" | grep -q "$ESC" && fail "raw ESC in the error line: $err"
expect_err 'no\\x0asuch\\x1b\[1A.c'
exit 0
