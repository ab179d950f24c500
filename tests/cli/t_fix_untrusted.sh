. "$(dirname "$0")/lib.sh" "$@"
# --fix writes only what it checked: a file edited between its analysis and
# the fix keeps the edit and loses that fix (other files are fixed), and a
# fix-it for a file outside the project is refused.
mkdir "$T/repo" "$T/outside"
cd "$T/repo" || exit 1
git init -q . || fail "git init"
# gate.h is a FIFO: the analysis of a.c waits on it after clang has read
# a.c, which lets the test edit a.c "during" the analysis without timing.
mkfifo gate.h || fail "mkfifo"
cat > a.c <<'C'
#include <ntddk.h>
#include "gate.h"
PVOID a(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }
C
cat > b.c <<'C'
#include <ntddk.h>
PVOID b(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }
C
"$HVCILINT" check --fix -j 2 a.c b.c -- >"$T/out" 2>"$T/err" &
pid=$!
exec 3>gate.h # returns once the analysis of a.c opened gate.h
cat > a.c <<'C'
#include <ntddk.h>
#include "gate.h"
PVOID aa(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); } /* edited */
C
cp a.c a.edited
exec 3>&-
wait $pid
rc=$?
out=$(cat "$T/out")
err=$(cat "$T/err")
expect_rc 1
expect_err "a.c:3:.*skipped the fix-it for \[hvci-exec-pool\]: the file changed since it was analysed"
cmp -s a.c a.edited || fail "the edited file was changed: $(cat a.c)"
grep -q 'NonPagedPoolNx' b.c || fail "b.c was not fixed: $(cat b.c)"
expect_err "applied 1 fix-it to $T/repo/b.c"
rm gate.h
sed -i '/gate.h/d' a.c

# A header outside the project: its fix-it is refused, the file untouched.
printf '#define DRV_POOL NonPagedPool\n' > "$T/outside/pool.h"
cp "$T/outside/pool.h" "$T/pool.orig"
cat > c.c <<'C'
#include <ntddk.h>
#include "pool.h"
PVOID c(void) { return ExAllocatePoolWithTag(DRV_POOL, 8, 1); }
C
run "$HVCILINT" check --fix c.c -- -I"$T/outside"
expect_rc 1
expect_err "pool.h:1:.*skipped the fix-it for \[hvci-exec-pool\]: its file is outside the project"
cmp -s "$T/outside/pool.h" "$T/pool.orig" || fail "a file outside the project was edited"
# The same header inside the project is fixed.
cp "$T/outside/pool.h" pool.h
run "$HVCILINT" check --fix c.c --
expect_rc 0
grep -q 'NonPagedPoolNx' pool.h || fail "pool.h inside the project was not fixed"
exit 0
