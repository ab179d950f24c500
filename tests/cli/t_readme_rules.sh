. "$(dirname "$0")/lib.sh" "$@"
# README's rule table lists exactly the rules `hvcilint rules` prints, in
# that order, with the same Code Analysis warnings ("none" for "-").
run "$HVCILINT" rules --rules-dir "$SRC/rules"
expect_rc 0
printf '%s\n' "$out" | awk '/^# rule catalog/ {on=1; next} on && /^$/ {exit}
	on { ca = "none"; if ($3 != "-") { ca = ""; for (i = 3; i <= NF && $i ~ /^C[0-9]+,?$/; i++) ca = ca $i (i < NF && $(i+1) ~ /^C[0-9]/ ? " " : "") }
	     print $1 " | " ca }' > "$T/tool"
[ -s "$T/tool" ] || fail "no rule catalog in 'hvcilint rules': $out"
awk '/^### Rules/ {on=1; next} on && /^\| `hvci-/ {
	n = split($0, c, "|"); id = c[2]; ca = c[n-1]
	gsub(/[` ]/, "", id); gsub(/^ +| +$/, "", ca); print id " | " ca }
	on && /^## / {exit}' "$SRC/README.md" > "$T/readme"
diff -u "$T/tool" "$T/readme" || fail "README's rule table differs from 'hvcilint rules' (- tool, + README)"
exit 0
