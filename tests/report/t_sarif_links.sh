. "$2/tests/cli/lib.sh" "$@"
# SARIF for code scanning beyond the basics: the notes that say "here" are
# embedded links from the message to their related locations, a value that
# travels (origin, wrapper call, API call) is a code flow in that order,
# image results are SRCROOT-relative like sources, the analysis category
# (automationDetails.id) differs for source and image runs and follows
# --sarif-category, and the rules' helpUri follows help-uri-base from the
# config or --help-uri-base.  Every file passes the official validator.
BUILD=$3
. "$SRC/tests/report/sarif_validator.sh"
P=$T/p
mkdir -p "$P/src"
cd "$P" || fail "no project directory"
cat > src/w.c <<'C'
#include <ntddk.h>
static PVOID MyAlloc(POOL_TYPE t, SIZE_T n)
{
	return ExAllocatePoolWithTag(t, n, 'gaT1');
}
PVOID Get(void)
{
	POOL_TYPE t = NonPagedPool;
	return MyAlloc(t, 16);
}
PVOID Direct(void)
{
	return ExAllocatePoolWithTag(NonPagedPoolExecute, 16, 'gaT2');
}
C
run "$HVCILINT" check --format sarif -o "$T/w.sarif" src/w.c --
expect_rc 1
/usr/bin/python3 - "$T/w.sarif" <<'PY' || fail "links and code flows: $(cat "$T/w.sarif")"
import json, re, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["automationDetails"]["id"] == "hvcilint/", run["automationDetails"]
res = {r["locations"][0]["physicalLocation"]["region"]["startLine"]: r for r in run["results"]}
assert sorted(res) == [9, 13], sorted(res)
w = res[9]
text = w["message"]["text"]
# The finding's own message first, then the notes with their links.
assert text.startswith("'MyAlloc' allocates executable memory: pool type 'NonPagedPool' (0). "), text
assert "The value 'NonPagedPool' comes from [here](1)" in text, text
assert "'MyAlloc' passes it to 'ExAllocatePoolWithTag' [here](2)" in text, text
ids = {l["id"]: l for l in w["relatedLocations"]}
for ref in re.findall(r"\]\((\d+)\)", text):
    assert int(ref) in ids, (ref, ids)
assert ids[1]["physicalLocation"]["region"]["startLine"] == 8
assert ids[2]["physicalLocation"]["region"]["startLine"] == 4
# The "use ..." note is not a place on the path: related, not linked.
assert "(3)" not in text and ids[3]["message"]["text"].startswith("use "), ids[3]
flows = w["codeFlows"]
assert len(flows) == 1 and len(flows[0]["threadFlows"]) == 1, flows
steps = [s["location"]["physicalLocation"]["region"]["startLine"] for s in flows[0]["threadFlows"][0]["locations"]]
assert steps == [8, 9, 4], steps
# A value written at the call itself has no path: no flow, no links.
d = res[13]
assert "codeFlows" not in d and "](" not in d["message"]["text"], d
PY
validate_ok "$T/w.sarif"
# The category: named, and kept apart from the run id of a stored run.
run "$HVCILINT" check --format sarif --sarif-category drivers/x64/ src/w.c --
expect_rc 1
printf '%s\n' "$out" | grep -q '"id": "drivers/x64/"' || fail "--sarif-category: $out"
run "$HVCILINT" check --sarif-category= src/w.c --
expect_rc 2
one_line_err
/usr/bin/python3 -c "
import json
json.dump([{'directory': '$P', 'file': 'src/w.c', 'arguments': ['clang', '-c', 'src/w.c']}], open('compile_commands.json', 'w'))"
run "$HVCILINT" check -p . --no-db -o /dev/null
run "$HVCILINT" check -p . -o /dev/null
expect_rc 1
run "$HVCILINT" report --format sarif --sarif-category nightly
expect_rc 1
printf '%s\n' "$out" | grep -q '"id": "nightly/run-1"' || fail "report --sarif-category: $out"
# Help links: the config's base, then the command line's over it.
cat > .hvcilint.yaml <<'Y'
help-uri-base: https://intranet.example/hvcilint/rules
Y
helpuri() { /usr/bin/python3 -c "
import json, sys
rules = json.load(open(sys.argv[1]))['runs'][0]['tool']['driver']['rules']
print({r['id']: r['helpUri'] for r in rules}['hvci-exec-pool'])" "$1"; }
"$HVCILINT" check --format sarif -o "$T/h.sarif" src/w.c -- 2> "$T/h.err"
[ "$(helpuri "$T/h.sarif")" = https://intranet.example/hvcilint/rules/hvci-exec-pool.md ] ||
	fail "help-uri-base from the config: $(helpuri "$T/h.sarif") $(cat "$T/h.err")"
validate_ok "$T/h.sarif"
"$HVCILINT" check --format sarif --help-uri-base 'https://docs.example/{id}.html' -o "$T/h2.sarif" src/w.c -- 2> "$T/h.err"
[ "$(helpuri "$T/h2.sarif")" = https://docs.example/hvci-exec-pool.html ] ||
	fail "--help-uri-base: $(helpuri "$T/h2.sarif") $(cat "$T/h.err")"
run "$HVCILINT" check --help-uri-base docs/rules src/w.c --
expect_rc 2
one_line_err
expect_err "absolute URL"
printf '\n\nhelp-uri-base: not a url\n' > .hvcilint.yaml
run "$HVCILINT" check src/w.c --
expect_rc 2
one_line_err
expect_err '.hvcilint.yaml:3:'
rm .hvcilint.yaml
# Images: SRCROOT-relative URIs and their own category.
img=$BUILD/tests/image/images/mmmap.sys
if [ -f "$img" ]; then
	mkdir -p out && cp "$img" out/
	run "$HVCILINT" image --format sarif -o "$T/i.sarif" out/mmmap.sys
	[ "$rc" -le 1 ] || fail "image: exit $rc: $err"
	/usr/bin/python3 - "$T/i.sarif" <<'PY' || fail "image SARIF: $(cat "$T/i.sarif")"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["automationDetails"]["id"] == "hvcilint/image/", run["automationDetails"]
assert run["results"], "no image results"
for r in run["results"]:
    al = r["locations"][0]["physicalLocation"]["artifactLocation"]
    assert al == {"uri": "out/mmmap.sys", "uriBaseId": "SRCROOT"}, al
PY
	validate_ok "$T/i.sarif"
else
	echo "note: $img not built; image SARIF not checked"
fi
exit 0
