. "$2/tests/cli/lib.sh" "$@"
# Text, JSON and JUnit reports of run 2 against run 1 match the golden
# files once the temporary directory and the timings are normalised.
# HVCI_UPDATE_GOLDEN=1 rewrites the golden files instead.
. "$SRC/tests/report/fixture.sh"
G=$SRC/tests/report/golden
norm() { sed -e "s|$P|<ROOT>|g" -e 's/"seconds": [0-9.e+-]*/"seconds": 0/' -e 's/time="[0-9.]*"/time="0"/g'; }
for f in text json junit codeclimate; do
	"$HVCILINT" report --format $f > "$T/out.$f" 2> "$T/err.$f"
	rc=$?
	[ $rc -eq 1 ] || fail "report --format $f: exit $rc, expected 1: $(cat "$T/err.$f")"
	norm < "$T/out.$f" > "$T/norm.$f"
	if [ "${HVCI_UPDATE_GOLDEN:-}" = 1 ]; then
		cp "$T/norm.$f" "$G/report.$f"
	else
		diff -u "$G/report.$f" "$T/norm.$f" || fail "report --format $f differs from $G/report.$f"
	fi
done
# JUnit: well-formed, one test case per file, one failure per open finding,
# the file name with markup read back intact.
/usr/bin/python3 - "$T/out.junit" "$MARKUP" <<'PY' || fail "JUnit structure"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
cases = root.findall("./testsuite/testcase")
names = sorted(c.get("name") for c in cases)
assert names == sorted(["src/a.c", "src/b.c", "src/sub/" + sys.argv[2]]), names
fails = {c.get("name"): len(c.findall("failure")) for c in cases}
assert fails == {"src/a.c": 0, "src/b.c": 1, "src/sub/" + sys.argv[2]: 1}, fails
assert root.get("failures") == "2" and root.get("tests") == "3", root.attrib
out = "".join(c.findtext("system-out") or "" for c in cases)
assert '<i>legacy</i> & "ok"' in out, out
m = [c for c in cases if c.get("name").startswith("src/sub/")][0].find("failure")
assert "'<&>\"'" in m.text, m.text
PY
# --new-only keeps just b.c's finding.
run "$HVCILINT" report --new-only --format junit
expect_rc 1
[ "$(printf '%s\n' "$out" | grep -c '<failure ')" -eq 1 ] || fail "--new-only: $out"
expect_out 'src/b.c:4:25'
exit 0
