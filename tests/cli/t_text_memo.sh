. "$(dirname "$0")/lib.sh" "$@"
# A worker keeps what coverage found in a header's text for its later units
# (engine/textmemo.c), but only for the names it looked for: a.c and b.c
# share one worker (-j 1) and include the same h.h, whose use of ALLOC_OLD
# sits in code that did not parse. In a.c ALLOC_OLD is nobody's macro, so
# the use is no call there; b.c defines it as a wrapper of an executable
# allocation, so the use must be found in h.h's tokens in b.c, whichever
# unit read h.h first.
P="$T/p"
mkdir -p "$P"
cat > "$P/h.h" <<'C'
static PVOID HelperAlloc(SIZE_T n)
{
	PVOID p = 0;
	p = ALLOC_OLD(n), return p;
	return p;
}
C
printf '#include <ntddk.h>\n#include "h.h"\n' > "$P/a.c"
printf '#include <ntddk.h>\n#define ALLOC_OLD(n) ExAllocatePoolWithTag(NonPagedPool, n, 1)\n#include "h.h"\n' > "$P/b.c"
for order in "a.c b.c" "b.c a.c"; do
	set -- $order
	cat > "$P/compile_commands.json" <<J
[{"directory": "$P", "file": "$1", "arguments": ["clang", "-c", "$1"]},
 {"directory": "$P", "file": "$2", "arguments": ["clang", "-c", "$2"]}]
J
	run "$HVCILINT" check -p "$P" --no-db -j 1 --allow-partial
	expect_rc 1
	[ "$(printf '%s\n' "$out" | grep -c "h.h:4:6: warning: 'ExAllocatePoolWithTag' allocates executable memory")" -eq 1 ] ||
		fail "order $order: the wrapper's use in h.h was not found once: $out"
	expect_out "checked from its tokens in the body of the macro 'ALLOC_OLD'"
	expect_out "1 of 1 affected call analysed (0 on the AST, 1 from tokens)"
done
exit 0
