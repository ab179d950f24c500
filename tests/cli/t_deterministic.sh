. "$(dirname "$0")/lib.sh" "$@"
# The example project gives the same report whatever the parallelism.
cd "$SRC"
mkdir -p "$T/ex"
cp compile_commands.example.json "$T/ex/compile_commands.json"
run "$HVCILINT" check -p "$T/ex" -j 1 --format json
expect_rc 1
one=$(printf '%s' "$out" | grep -v '"seconds"')
run "$HVCILINT" check -p "$T/ex" -j 3 --format json
expect_rc 1
three=$(printf '%s' "$out" | grep -v '"seconds"')
[ "$one" = "$three" ] || fail "report differs between -j 1 and -j 3"
printf '%s' "$out" | python3 -m json.tool > /dev/null || fail "invalid JSON"
run "$HVCILINT" check -p "$T/ex" --format sarif
expect_rc 1
printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
run = d["runs"][0]
assert d["version"] == "2.1.0"
rules = {r["id"] for r in run["tool"]["driver"]["rules"]}
assert "hvci-exec-pool" in rules
for r in run["results"]:
    assert r["ruleId"] in rules
    assert "primaryLocationLineHash" in r["partialFingerprints"]
    assert float(run["tool"]["driver"]["rules"][r["ruleIndex"]]["properties"]["security-severity"]) > 0
' || fail "SARIF shape"
