# fixture.sh - a small project with two stored runs for the report tests,
# sourced after tests/cli/lib.sh.  Run 1 has a.c and a file whose name is
# markup; run 2 fixes a.c and adds b.c, so run 2 against run 1 has one new,
# one unchanged, one fixed and one suppressed finding.  The project is at
# $P and the store at $P/hvcilint.db; the commands run from $P.
P=$T/p
MARKUP='w<script>alert(1)<\script>&"q'"'"'.c'
mkdir -p "$P/src/sub"
cat > "$P/src/a.c" <<'C'
#include <ntddk.h>
PVOID alloc_a(void)
{
	return ExAllocatePoolWithTag(NonPagedPoolExecute, 8, 'aaaa');
}
C
cat > "$P/src/sub/$MARKUP" <<'C'
#include <ntddk.h>
/* The source itself carries markup: <b>bold</b> & "quotes" */
PVOID alloc_m(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, 8, '<&>"');
}
PVOID alloc_legacy(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, 8, 1); // NOLINT(hvci-exec-pool): <i>legacy</i> & "ok"
}
C
compdb() {
	/usr/bin/python3 - "$P" "$@" <<'PY'
import json, sys
d = sys.argv[1]
json.dump([{"directory": d, "file": f, "arguments": ["clang", "-c", f]} for f in sys.argv[2:]],
          open(d + "/compile_commands.json", "w"), indent=1)
PY
}
compdb src/a.c "src/sub/$MARKUP"
"$HVCILINT" check -p "$P" > "$T/check1.out" 2>&1
[ $? -eq 1 ] || fail "first check: $(cat "$T/check1.out")"
sed -i 's/NonPagedPoolExecute/NonPagedPoolNx/' "$P/src/a.c"
cat > "$P/src/b.c" <<'C'
#include <ntddk.h>
PVOID alloc_b(void)
{
	return ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, 8, 'bbbb');
}
C
compdb src/a.c src/b.c "src/sub/$MARKUP"
"$HVCILINT" check -p "$P" > "$T/check2.out" 2>&1
[ $? -eq 1 ] || fail "second check: $(cat "$T/check2.out")"
cd "$P" || fail "no project directory"
