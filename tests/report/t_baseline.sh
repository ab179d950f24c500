. "$2/tests/cli/lib.sh" "$@"
# --baseline: against a run or a SARIF file, only findings new against it
# fail.  A legacy SARIF file without our fingerprints (another tool, an old
# release, absolute file:// URIs) still matches by rule, file and line.
. "$SRC/tests/report/fixture.sh"
"$HVCILINT" report --run 1 --format sarif -o "$T/run1.sarif"
"$HVCILINT" report --run 2 --format sarif -o "$T/run2.sarif"
# Against run 1: b.c is new, so exit 1, and every finding is still printed.
run "$HVCILINT" report --baseline "$T/run1.sarif"
expect_rc 1
expect_out "src/b.c:4:25"
expect_out "alloc_m\|<&>"
run "$HVCILINT" report --baseline 1 --format junit
expect_rc 1
# Against itself nothing is new: exit 0 although findings are shown.
run "$HVCILINT" report --baseline "$T/run2.sarif"
expect_rc 0
expect_out "src/b.c:4:25"
run "$HVCILINT" report --baseline 2
expect_rc 0
# Without --baseline the same run fails.
run "$HVCILINT" report --compare 2
expect_rc 1
# Legacy file: fingerprints removed, absolute URIs, no base ids.
/usr/bin/python3 - "$T/run2.sarif" "$T/legacy.sarif" "$P" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
run = log["runs"][0]
run.pop("originalUriBaseIds", None)
for r in run["results"]:
    r.pop("partialFingerprints", None)
    al = r["locations"][0]["physicalLocation"]["artifactLocation"]
    al["uri"] = "file://" + sys.argv[3] + "/" + al.pop("uri")
    al.pop("uriBaseId", None)
json.dump(log, open(sys.argv[2], "w"))
PY
run "$HVCILINT" report --baseline "$T/legacy.sarif" --format sarif
expect_rc 0
[ "$(printf '%s\n' "$out" | grep -c '"baselineState": "new"')" -eq 0 ] || fail "legacy baseline not matched: $out"
# A legacy file one line off for b.c: that finding counts as new again.
sed "s/\"startLine\": 4,/\"startLine\": 40,/g" "$T/legacy.sarif" > "$T/shifted.sarif"
run "$HVCILINT" report --baseline "$T/shifted.sarif" --new-only --format junit
expect_rc 1
expect_out 'src/b.c:4:25'
# Bad baselines: one located line, exit 2.
printf '{"runs": 3' > "$T/broken.sarif"
run "$HVCILINT" report --baseline "$T/broken.sarif"
expect_rc 2
one_line_err
expect_err "broken.sarif:1: cannot read the SARIF baseline"
printf '{"version": "2.1.0"}' > "$T/noruns.sarif"
run "$HVCILINT" report --baseline "$T/noruns.sarif"
expect_rc 2
expect_err 'noruns.sarif:1: not a SARIF log'
run "$HVCILINT" report --baseline "$T/missing.sarif"
expect_rc 2
expect_err "missing.sarif"
exit 0
