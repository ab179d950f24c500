# sarif_validator.sh - the official SARIF validator for the report tests,
# sourced after tests/cli/lib.sh with BUILD set: @microsoft/sarif-multitool
# (installed into the build tree with npm on first use), and validate FILE,
# which sets $vrc (its exit code) and $nres (the problems it found) with the
# SARIF and GitHub rule sets at levels error and warning.
MT=/tmp/sarifmt/node_modules/.bin/sarif-multitool
[ -x "$MT" ] || MT=$BUILD/sarifmt/node_modules/.bin/sarif-multitool
if [ ! -x "$MT" ]; then
	command -v npm > /dev/null || fail "npm is missing; run scripts/deps.sh test"
	npm install --prefix "$BUILD/sarifmt" @microsoft/sarif-multitool@5.7.0 > "$T/npm.log" 2>&1 ||
		fail "cannot install the SARIF validator: $(tail -5 "$T/npm.log")"
fi
# The validator's wrapper runs through a shell: keep the path plain.
validate() {
	"$MT" validate "$1" -o "$1.v" --log ForceOverwrite --rule-kind '"Sarif;Gh"' \
		--level '"Error;Warning"' > "$1.log" 2>&1
	vrc=$?
	[ -s "$1.v" ] || fail "validator wrote no log: $(cat "$1.log")"
	nres=$(/usr/bin/python3 -c "import json,sys; print(sum(len(r.get('results', [])) for r in json.load(open(sys.argv[1]))['runs']))" "$1.v")
}
# validate_ok FILE: fails the test with the validator's problems unless none.
validate_ok() {
	validate "$1"
	[ "$vrc" -eq 0 ] && [ "$nres" -eq 0 ] ||
		fail "validator on $1 (exit $vrc, $nres problems): $(/usr/bin/python3 -c "
import json, sys
for r in json.load(open(sys.argv[1]))['runs']:
    for x in r.get('results', []):
        print(x.get('ruleId'), x['message'].get('text', x['message'].get('arguments')))
" "$1.v" | head -20)"
}
