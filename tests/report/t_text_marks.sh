. "$2/tests/cli/lib.sh" "$@"
# Text reports tell what SARIF tells: with a comparison each finding is
# marked new or unchanged and the findings gone since are listed; with
# --show-suppressed the suppressed ones appear with their suppression and
# its justification (check and report alike).
. "$SRC/tests/report/fixture.sh"
run "$HVCILINT" report
expect_rc 1
expect_out "b.c:4:25: warning: .*\[hvci-exec-pool\] (new)$"
expect_out "q'.c:5:31: warning: .*\[hvci-exec-pool\] (unchanged)$"
expect_out "a.c:4:31: note: no longer found (absent since run 1): .*NonPagedPoolExecute"
expect_out "compared with run 1: 1 new, 1 unchanged, 1 no longer found"
printf '%s\n' "$out" | grep -q "legacy" && fail "a suppressed finding printed without --show-suppressed: $out"
# No comparison: no marks.
run "$HVCILINT" report --compare 0
expect_rc 1
printf '%s\n' "$out" | grep -q "(new)\|(unchanged)\|compared with" && fail "marks without a comparison: $out"
# Suppressed findings, with the kind and the justification.
run "$HVCILINT" report --show-suppressed
expect_rc 1
expect_out "q'.c:9:31: warning: .*\[hvci-exec-pool\] (unchanged, suppressed)$"
expect_out "q'.c:9:31: note: suppressed by NOLINT: <i>legacy</i> & \"ok\""
run "$HVCILINT" check -p "$P" --no-db --show-suppressed
expect_rc 1
expect_out "q'.c:9:31: warning: .*(suppressed)$"
expect_out "note: suppressed by NOLINT: <i>legacy</i>"
run "$HVCILINT" check -p "$P" --no-db
printf '%s\n' "$out" | grep -q "suppressed" && fail "check printed a suppressed finding: $out"
# A suppression without a justification says so.
cat > "$P/src/c.c" <<'C'
#include <ntddk.h>
PVOID alloc_c(void)
{
#pragma warning(suppress : 30030)
	return ExAllocatePoolWithTag(NonPagedPool, 8, 'cccc');
}
C
run "$HVCILINT" check "$P/src/c.c" --show-suppressed --
expect_rc 0
expect_out "(suppressed)$"
expect_out "note: suppressed by .*(no justification given)"
exit 0
