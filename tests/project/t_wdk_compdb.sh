#!/bin/sh
# check -p with --wdk DIR (or $WDKContentRoot): the kit's kernel-mode include
# folders are added to compile database commands that have no WDK folder of
# their own, so the kit's wdm.h is found before the fallback headers; a
# command naming its own WDK folder is left alone; a bad kit is one error
# line and exit 2.
. "$2/tests/cli/lib.sh"
KITS=$SRC/tests/project/trees/kits/10
unset WDKContentRoot
P="$T/p"
mkdir -p "$P/own/km"
cat >"$P/drv.c" <<'C'
#include <wdm.h>
#if HVCI_TEST_KIT != 19041
#error the kit's headers were not searched
#endif
PVOID Alloc(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPool, n, 'tseT'); }
C
# A folder of its own holding wdm.h: the kit is not added there.
printf '#define HVCI_TEST_OWN 1\n#include_next <wdm.h>\n' >"$P/own/km/wdm.h"
cat >"$P/own.c" <<'C'
#include <wdm.h>
#if !HVCI_TEST_OWN || defined(HVCI_TEST_KIT)
#error the command's own WDK folder did not win alone
#endif
PVOID Alloc2(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPool, n, 'tseT'); }
C
cat >"$P/compile_commands.json" <<J
[{"directory": "$P", "file": "drv.c", "arguments": ["clang-cl", "/kernel", "/TC", "/c", "drv.c"]},
 {"directory": "$P", "file": "own.c", "arguments": ["clang", "-I", "own/km", "-c", "own.c"]}]
J
run "$HVCILINT" check -p "$P" --no-db --wdk "$KITS"
expect_rc 1
expect_out "drv.c:5:.*warning: 'ExAllocatePoolWithTag' allocates executable memory"
expect_out "own.c:5:.*warning: 'ExAllocatePoolWithTag' allocates executable memory"
expect_err "WDK 10.0.19041.0 (.*): its kernel-mode include folders added to 1 of 2 compile commands"
printf '%s\n' "$out" | grep -q "#error\|was not searched\|did not win" && fail "wrong headers: $out"
# $WDKContentRoot does the same.
WDKContentRoot=$KITS run "$HVCILINT" check -p "$P" --no-db
expect_rc 1
expect_err "added to 1 of 2"
# Without a kit, drv.c's #error fires (the fallback headers are used).
run "$HVCILINT" check -p "$P" --no-db
printf '%s\n' "$out$err" | grep -q "the kit's headers were not searched" || fail "no kit, yet the kit was used: $out $err"
# A folder that is not a kit: one located error line, exit 2.
run "$HVCILINT" check -p "$P" --no-db --wdk "$T/nokit"
expect_rc 2
one_line_err
expect_err "nokit:1: not a Windows Kits 10 folder"
echo ok
