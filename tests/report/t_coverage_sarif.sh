. "$2/tests/cli/lib.sh" "$@"
# SARIF of a run with an unanalysed call and a stand-in header: the tool
# notifications that name them (descriptor hvci-coverage, at the call)
# and the coverage in the run's properties keep the file valid for the
# official validator (SARIF and GitHub rule sets), as does the same run
# with --allow-partial.
BUILD=$3
. "$SRC/tests/cli/coverage_fixture.sh"
MT=/tmp/sarifmt/node_modules/.bin/sarif-multitool
[ -x "$MT" ] || MT=$BUILD/sarifmt/node_modules/.bin/sarif-multitool
if [ ! -x "$MT" ]; then
	command -v npm > /dev/null || fail "npm is missing; run scripts/deps.sh test"
	npm install --prefix "$BUILD/sarifmt" @microsoft/sarif-multitool@5.7.0 > "$T/npm.log" 2>&1 ||
		fail "cannot install the SARIF validator: $(tail -5 "$T/npm.log")"
fi
validate() {
	"$MT" validate "$1" -o "$1.v" --log ForceOverwrite --rule-kind '"Sarif;Gh"' \
		--level '"Error;Warning"' > "$1.log" 2>&1
	vrc=$?
	[ -s "$1.v" ] || fail "validator wrote no log: $(cat "$1.log")"
	nres=$(/usr/bin/python3 -c "import json,sys; print(sum(len(r.get('results', [])) for r in json.load(open(sys.argv[1]))['runs']))" "$1.v")
	[ "$vrc" -eq 0 ] && [ "$nres" -eq 0 ] || fail "validator on $1 (exit $vrc, $nres problems): $(cat "$1.v" | head -c 3000)"
}
run "$HVCILINT" check -p "$P" --format sarif -o "$T/partial.sarif"
expect_rc 2
grep -q '"id": "hvci-coverage"' "$T/partial.sarif" || fail "no coverage notification"
validate "$T/partial.sarif"
run "$HVCILINT" check -p "$P" --format sarif -o "$T/accepted.sarif" --allow-partial
expect_rc 1
validate "$T/accepted.sarif"
exit 0
