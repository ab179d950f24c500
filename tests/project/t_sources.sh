#!/bin/sh
# WDK build.exe trees (sources/dirs files): compdb --sources against golden
# compile commands (paths shown as @TREES@), the NX opt-in decided per
# image, check --sources findings, and one located error line with exit 2
# for bad trees.  HVCI_UPDATE_GOLDEN=1 rewrites the golden files.
. "$2/tests/cli/lib.sh"
TREES=$SRC/tests/project/trees
GOLD=$SRC/tests/project/golden
unset WDKContentRoot DDK_TARGET_OS DRVB_EXTRA

golden() { # NAME ARGS...: compdb output compared with golden/NAME.json
	name=$1
	shift
	run "$HVCILINT" compdb "$@"
	expect_rc 0
	printf '%s\n' "$out" | sed "s|$TREES|@TREES@|g" >"$T/$name.json"
	if [ "${HVCI_UPDATE_GOLDEN:-}" = 1 ]; then
		cp "$T/$name.json" "$GOLD/$name.json"
	fi
	diff -u "$GOLD/$name.json" "$T/$name.json" || fail "compdb $name differs from golden/$name.json"
}

# The dirs file names a library, two drivers (drvb only on amd64 and i386)
# and a user-mode program; the Itanium-only OPTIONAL_DIRS entry is left out.
W=$TREES/wdm
golden wdm_free_x64 --sources "$W" --root "$W" --wdk ""
expect_err "configuration free|x64, 4 projects, 7 sources"
expect_err "drva/sources:8: cannot evaluate '!if \"\$(DDK_TARGET_OS)\" == \"WinXP\"' (\$(DDK_TARGET_OS) is not known); the assignments of none of its branches are used"
expect_err "INCLUDES folder '\$(DDK_INC_PATH)' is the WDK's own"
expect_err "INCLUDES folder '\$(O)' names \$(O), which is not known; dropped"
# Checked x86: FREEBUILD is 0 (TREE_CHECKED), i386 sources, a debug build.
golden wdm_checked_x86 --sources "$W" --root "$W" --wdk "" --configuration checked --platform x86
# ARM64: drvb is not built there.
run "$HVCILINT" compdb --sources "$W" --root "$W" --wdk "" --platform ARM64
expect_rc 0
printf '%s\n' "$out" | grep -q "drvb" && fail "drvb{amd64,i386} built for ARM64: $out"
# The environment is read: DRVB_EXTRA adds extra.c, which does not exist.
DRVB_EXTRA=1 run "$HVCILINT" compdb --sources "$W/drvb" --root "$W" --wdk ""
expect_rc 0
expect_err "drvb/SOURCES: source drvb/extra.c does not exist; skipped"
# A kit: its folders follow the tree's own.
run "$HVCILINT" compdb --sources "$W/drva/sources" --root "$W" --wdk "$TREES/kits/10"
expect_rc 0
expect_out "/I@*.*/kits/10/Include/10.0.19041.0/km\""

# check --sources: drva opts in and makes the run-time call (silent); drvb
# defines POOL_NX_OPTIN but never makes it, so its NonPagedPool call is
# reported with the image named; the user-mode program is skipped.
run "$HVCILINT" check --sources "$W" --root "$W" --wdk "" --no-db
expect_rc 1
expect_out "drvb/alloc.c:6:31: warning: 'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool'"
expect_out "drvb/entry.c:5:19: note: driver image 'drvb.sys'"
printf '%s\n' "$out" | grep -q "drva/.*warning" && fail "drva's opted-in pool reported: $out"
printf '%s\n' "$out" | grep -q "lib/pool.c" && fail "the library's NX pool reported: $out"
expect_err "app/treectl.c: user-mode unit of treectl.exe; skipped"

# Bad trees: one located error line, exit 2, from compdb and check.
bad() { # EXPECTED-PATTERN ARGS...
	pat=$1
	shift
	run "$HVCILINT" compdb "$@"
	expect_rc 2
	one_line_err
	expect_err "$pat"
	run "$HVCILINT" check --no-db "$@"
	expect_rc 2
	one_line_err
	expect_err "$pat"
}
B=$TREES/sbad
bad "unterminated/sources:3: !if without !endif; close it with !endif" --sources "$B/unterminated"
bad "stray/sources:4: !endif without !if" --sources "$B/stray"
bad "inner/sources:3: !include of .*/sbad/outside.inc leaves the tree .*/sbad/escape; keep included files inside the tree" \
	--sources "$B/escape/inner" --root "$B/escape"
bad "cycle/a/dirs:1: dirs cycle: .*/sbad/cycle is already being read" --sources "$B/cycle"
bad "missing/sources:4: cannot read the !include file .*/missing/missing.inc" --sources "$B/missing"
bad "empty:1: no sources or dirs file in this folder" --sources "$B/empty"
bad "nothere:1: no such folder or file" --sources "$T/nothere"
bad "configuration 'Release2' for a sources tree; use free" --sources "$W" --configuration Release2
bad "--msbuild and --sources name two builds" --sources "$W" --msbuild "$TREES/suite/suite.sln"
mkdir -p "$T/huge"
head -c 9000000 /dev/zero | tr '\0' ' ' >"$T/huge/sources"
bad "huge/sources:1: project file of 9000000 bytes is over the 8 MiB limit" --sources "$T/huge"
echo "ok"
