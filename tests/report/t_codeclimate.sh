. "$2/tests/cli/lib.sh" "$@"
# The GitLab Code Quality report: a JSON array of issues with the fields
# GitLab reads, one per open finding, fingerprints unique in the file and
# the same whether the findings come from the store (report) or straight
# from the analysis (check --no-db), and unchanged when lines move.
. "$SRC/tests/report/fixture.sh"
run "$HVCILINT" report --format codeclimate -o "$T/r.json"
expect_rc 1
/usr/bin/python3 - "$T/r.json" "$MARKUP" <<'PY' || fail "Code Quality structure"
import json, sys
issues = json.load(open(sys.argv[1]))
assert isinstance(issues, list) and len(issues) == 2, issues
for i in issues:
    for k in ("description", "check_name", "fingerprint", "severity"):
        assert isinstance(i[k], str) and i[k], (k, i)
    assert i["severity"] in ("info", "minor", "major", "critical", "blocker"), i
    assert not i["location"]["path"].startswith("/"), i
    assert i["location"]["lines"]["begin"] >= 1, i
assert len({i["fingerprint"] for i in issues}) == len(issues)
paths = sorted(i["location"]["path"] for i in issues)
# b.c is new, the markup file unchanged; a.c is fixed and the NOLINT one suppressed.
assert paths == ["src/b.c", "src/sub/" + sys.argv[2]], paths
assert all(i["check_name"] == "hvci-exec-pool" and i["severity"] == "major" for i in issues)
PY
# The same findings analysed without the store get the same fingerprints.
run "$HVCILINT" check -p "$P" --no-db --format codeclimate -o "$T/c.json"
expect_rc 1
fps() { /usr/bin/python3 -c "import json,sys; print('\n'.join(sorted(i['fingerprint'] for i in json.load(open(sys.argv[1])))))" "$1"; }
[ "$(fps "$T/r.json")" = "$(fps "$T/c.json")" ] || fail "check --no-db fingerprints differ from the store's: $(cat "$T/c.json")"
# Lines added above a finding move it, but keep its issue.
sed -i '1i /* a new header comment */\n\n' src/b.c
run "$HVCILINT" check -p "$P" --no-db --format codeclimate -o "$T/moved.json"
expect_rc 1
[ "$(fps "$T/c.json")" = "$(fps "$T/moved.json")" ] || fail "moved lines changed a fingerprint"
grep -q '"begin": 7' "$T/moved.json" || fail "the moved finding's line: $(cat "$T/moved.json")"
# Two identical findings in one file are two issues.
cat >> src/b.c <<'C'
PVOID alloc_b2(void)
{
	return ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, 8, 'bbbb');
}
PVOID alloc_b3(void)
{
	return ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, 8, 'bbbb');
	return ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, 8, 'bbbb');
}
C
run "$HVCILINT" check -p "$P" --no-db --format codeclimate
expect_rc 1
printf '%s\n' "$out" | /usr/bin/python3 -c "
import json, sys
fp = [i['fingerprint'] for i in json.load(sys.stdin)]
assert len(fp) == 5 and len(set(fp)) == 5, fp
" || fail "repeated findings share a fingerprint: $out"
# An unknown format names the new one.
run "$HVCILINT" check --format gitlab src/b.c --
expect_rc 2
expect_err codeclimate
exit 0
