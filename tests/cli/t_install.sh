. "$(dirname "$0")/lib.sh" "$@"
# `cmake --install` (README's install step) gives a working hvcilint under
# any prefix: the binary, its rule data and the fallback WDK headers, found
# next to the installed binary rather than in the source tree.
BUILD=$(cd "$(dirname "$HVCILINT")/.." && pwd)
[ -f "$BUILD/CMakeCache.txt" ] || fail "no build tree above $HVCILINT"
cmake --install "$BUILD" --prefix "$T/inst" > "$T/install.log" 2>&1 || fail "cmake --install: $(tail -5 "$T/install.log")"
H=$T/inst/bin/hvcilint
[ -x "$H" ] || fail "no bin/hvcilint installed"
for f in rules wdk/ntddk.h docs/rules/hvci-exec-pool.md; do
	[ -e "$T/inst/share/hvcilint/$f" ] || fail "share/hvcilint/$f not installed"
done
run env -u HVCILINT_DATA_DIR "$H" rules
expect_rc 0
printf '%s\n' "$out" | head -1 | grep -q "^# rule catalog ($T/inst/bin/../share/hvcilint/rules)" ||
	fail "the installed hvcilint does not read the installed rules: $(printf '%s\n' "$out" | head -1)"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$T/a.c"
run env -u HVCILINT_DATA_DIR "$H" check "$T/a.c" --
expect_rc 1
expect_out "allocates executable memory"
exit 0
