# lib.sh - shared helpers for the command-line tests.
# $1 is the hvcilint binary, $2 the source tree.
set -u
HVCILINT=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# run CMD...: sets $rc, $out (stdout) and $err (stderr)
run() {
	"$@" >"$T/out" 2>"$T/err"
	rc=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
}
expect_rc() { [ "$rc" -eq "$1" ] || fail "exit code $rc, expected $1; stderr: $err; stdout: $out"; }
expect_err() { printf '%s\n' "$err" | grep -q -- "$1" || fail "stderr lacks '$1': $err"; }
expect_out() { printf '%s\n' "$out" | grep -q -- "$1" || fail "stdout lacks '$1': $out"; }
one_line_err() { [ "$(printf '%s\n' "$err" | grep -c 'error:')" -eq 1 ] || fail "expected one error line: $err"; }
# strip FILE: a JSON report without its timings, for comparing two runs
strip() { sed 's/"seconds": *[0-9.e+-]*//g' "$1"; }
