#!/bin/sh
# hvci-straddle-reloc against a brute force over every placement: random
# packed types and static objects, laid out and tried at every aligned
# address by tests/straddle/placements.py, must get exactly the findings
# (none, note, warning), slot counts and placement figures it predicts.
. "$(dirname "$0")/lib.sh" "$@"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
run "$PY" "$SRC/tests/straddle/placements.py" "$HVCILINT"
[ "$rc" -eq 0 ] || fail "classification disagrees with the brute force: $out $err"
printf '%s\n' "$out"
