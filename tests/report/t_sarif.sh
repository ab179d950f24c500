. "$2/tests/cli/lib.sh" "$@"
# SARIF for GitHub code scanning: the fields code scanning reads are there,
# the official validator (@microsoft/sarif-multitool, SARIF and GitHub rule
# sets) reports no error or warning, a broken file does fail it, and a run
# over the 25,000-result limit is cut to the most severe with a notice.
BUILD=$3
. "$SRC/tests/report/fixture.sh"
. "$SRC/tests/report/sarif_validator.sh"
run "$HVCILINT" report --format sarif -o "$T/r.sarif"
expect_rc 1
/usr/bin/python3 - "$T/r.sarif" "$P" "$MARKUP" <<'PY' || fail "SARIF content"
import json, sys
log = json.load(open(sys.argv[1]))
run = log["runs"][0]
rules = run["tool"]["driver"]["rules"]
assert rules, "no rules"
for r in rules:
    for k in ("shortDescription", "fullDescription"):
        assert r[k]["text"], (r["id"], k)
    assert r["help"]["markdown"].strip(), r["id"]
    assert r["helpUri"].startswith("https://"), r["id"]
    sev = float(r["properties"]["security-severity"])
    assert 0 < sev <= 10, (r["id"], sev)
    assert len(r["properties"]["tags"]) <= 10
assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == "file://" + sys.argv[2] + "/"
res = run["results"]
states = sorted(x.get("baselineState") for x in res)
assert states == ["absent", "new", "unchanged", "unchanged"], states
uris = set()
for x in res:
    al = x["locations"][0]["physicalLocation"]["artifactLocation"]
    assert al["uriBaseId"] == "SRCROOT" and not al["uri"].startswith("/"), al
    uris.add(al["uri"])
    assert x["partialFingerprints"]["primaryLocationLineHash"]
    fn = [l for l in x["locations"][0].get("logicalLocations", []) if l["kind"] == "function"]
    assert len(fn) == 1 and fn[0]["name"] == fn[0]["fullyQualifiedName"], x["locations"]
    assert fn[0]["name"].startswith("alloc_"), fn
assert "src/sub/w%3Cscript%3Ealert(1)%3C%5Cscript%3E&%22q'.c" in uris, uris
sup = [x for x in res if x.get("suppressions")]
assert len(sup) == 1, sup
assert sup[0]["suppressions"][0] == {"kind": "inSource", "justification": '<i>legacy</i> & "ok"'}, sup
PY
validate "$T/r.sarif"
[ "$vrc" -eq 0 ] && [ "$nres" -eq 0 ] || fail "validator (exit $vrc, $nres problems): $(grep -E 'error|warning' "$T/r.sarif.log" | head -20)"
# The same check fails on a broken file.
# (This validator release checks the SDK's rules, not the JSON schema:
# break what the rules read.)
/usr/bin/python3 - "$T/r.sarif" "$T/bad.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
run = log["runs"][0]
run["originalUriBaseIds"]["SRCROOT"]["uri"] = run["originalUriBaseIds"]["SRCROOT"]["uri"].rstrip("/")
r = run["results"][0]
r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "file:///abs/x.c"
r["ruleIndex"] = 99
json.dump(log, open(sys.argv[2], "w"))
PY
validate "$T/bad.sarif"
[ "$nres" -ge 3 ] || fail "the validator accepted a broken file ($nres problems)"
# Over the limit: 25,010 results in the stored run, errors among them.
/usr/bin/python3 - "$P/hvcilint.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
row = c.execute("select * from findings where run_id = 2 and not suppressed limit 1").fetchone()
cols = [d[1] for d in c.execute("pragma table_info(findings)")]
rows = []
for i in range(25010):
    r = dict(zip(cols, row)); del r["id"]
    r["fingerprint"] = "%016x:1" % i
    r["line"] = 1000 + i
    r["severity"] = 3 if i % 1000 == 0 else 1
    rows.append(r)
keys = list(rows[0])
c.executemany("insert into findings (%s) values (%s)" % (",".join(keys), ",".join("?" * len(keys))),
              [tuple(r[k] for k in keys) for r in rows])
c.commit()
PY
run "$HVCILINT" report --format sarif -o "$T/big.sarif"
expect_rc 1
/usr/bin/python3 - "$T/big.sarif" <<'PY' || fail "result limit"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
res = run["results"]
assert len(res) == 25000, len(res)
assert sum(1 for r in res if r["level"] == "error") == 26, "errors dropped"
msgs = [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
assert any("left out" in m and "25000" in m for m in msgs), msgs
PY
exit 0
