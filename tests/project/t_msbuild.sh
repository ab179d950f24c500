#!/bin/sh
# MSBuild projects: compdb --msbuild against golden compile commands (paths
# shown as @TREES@), check --msbuild findings, the Windows Kits folder
# (newest version, include order), and one located error line with exit 2
# for bad project files.  HVCI_UPDATE_GOLDEN=1 rewrites the golden files.
. "$2/tests/cli/lib.sh"
TREES=$SRC/tests/project/trees
GOLD=$SRC/tests/project/golden
unset WDKContentRoot HVCI_TEST_ENV

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

# A KMDF driver: Directory.Build.props found upwards, a shared .props, per-item
# defines, a per-item forced include, an excluded file, a Remove by platform.
KMDF=$TREES/kmdf/driver/kmdfdrv.vcxproj
golden kmdf_release_x64 --msbuild "$KMDF" --root "$TREES/kmdf" --wdk ""
expect_err "configuration Release|x64, 1 project, 3 sources"
expect_err "'\$(IntDir)' dropped from AdditionalIncludeDirectories"
HVCI_TEST_ENV=42 golden kmdf_debug_x86 --msbuild "$KMDF" --root "$TREES/kmdf" --wdk "" \
	--configuration debug --platform x86
expect_err "configuration Debug|Win32, 1 project, 4 sources"
unset HVCI_TEST_ENV
golden kmdf_release_arm64 --msbuild "$KMDF" --root "$TREES/kmdf" --wdk "" --platform ARM64
# The Windows Kits folder: 10.0.19041.0 beats 10.0.9600.0 (numbers, not text).
golden kmdf_wdk --msbuild "$KMDF" --root "$TREES/kmdf" --wdk "$TREES/kits/10"
expect_err "WDK 10.0.19041.0"

# A solution: KMDF driver, export driver and user-mode application.
golden suite_release_x64 --msbuild "$TREES/suite/suite.sln" --wdk ""
golden suite_release_x86 --msbuild "$TREES/suite/suite.sln" --wdk "" --platform x86
expect_err "exportlib.vcxproj: not built in solution configuration Release|x86; skipped"

# -o writes the same text.
run "$HVCILINT" compdb --msbuild "$TREES/suite/suite.sln" --wdk "" -o "$T/cc.json"
expect_rc 0
[ "$(sed "s|$TREES|@TREES@|g" "$T/cc.json")" = "$(cat "$GOLD/suite_release_x64.json")" ] ||
	fail "compdb -o differs from stdout"

# check --msbuild: the executable pool call is found; the excluded Legacy.c
# (Release) is not analysed; the user-mode application is listed as skipped.
run "$HVCILINT" check --msbuild "$KMDF" --root "$TREES/kmdf" --wdk "" --no-db
expect_rc 1
expect_out "driver.c:11:31: warning: 'ExAllocatePoolWithTag' allocates executable memory"
printf '%s\n' "$out" | grep -q "Legacy.c" && fail "excluded Legacy.c was analysed: $out"
expect_err "configuration Release|x64"
run "$HVCILINT" check --msbuild "$KMDF" --root "$TREES/kmdf" --wdk "" --no-db --configuration Debug --platform Win32
expect_rc 1
expect_out "Legacy.c:.*'ExAllocatePool' allocates executable memory"
# With the kit: its headers come first (the stand-ins pass through to the
# fallback headers) and driver.c's #error guards the version chosen.
run "$HVCILINT" check --msbuild "$KMDF" --root "$TREES/kmdf" --wdk "$TREES/kits/10" --no-db
expect_rc 1
expect_out "driver.c:11:31: warning: 'ExAllocatePoolWithTag'"
run "$HVCILINT" check --msbuild "$TREES/suite/suite.sln" --wdk "" --no-db --allow-partial
expect_rc 1
expect_out "sample.c:.*MmGetSystemAddressForMdlSafe"
expect_err "ctlapp.cpp: user-mode unit of ctlapp.exe; skipped"
printf '%s\n' "$out" | grep -q "ctlapp.cpp" && fail "the user-mode application was analysed: $out"

# Bad input: one located error line, exit 2.
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
B=$TREES/bad
bad "malformed.vcxproj:8: malformed project file: .*; fix the XML" --msbuild "$B/parse/malformed.vcxproj"
bad "doctype.vcxproj:2: a DOCTYPE in a project file is refused" --msbuild "$B/parse/doctype.vcxproj"
bad "notaproject.vcxproj:2: the root element is <Solution>" --msbuild "$B/parse/notaproject.vcxproj"
bad "kmdfdrv.vcxproj:4: configuration 'Nope|x64' is not declared (the project has Debug|Win32, Debug|x64, Release|x64, Release|ARM64); pass --configuration" \
	--msbuild "$KMDF" --root "$TREES/kmdf" --wdk "" --configuration Nope --platform x64
bad "suite.sln:15: solution configuration '.|ARM64' is not declared" \
	--msbuild "$TREES/suite/suite.sln" --wdk "" --platform ARM64
bad "escape.vcxproj:6: import of .*/outside.props leaves the project tree .*/bad/escape; keep imported props inside the tree" \
	--msbuild "$B/escape/escape.vcxproj" --root "$B/escape"
bad "absolute.vcxproj:3: import of /etc/hostname leaves the project tree" \
	--msbuild "$B/escape/absolute.vcxproj" --root "$B/escape"
bad "kits-missing:1: not a Windows Kits 10 folder" --msbuild "$KMDF" --root "$TREES/kmdf" --wdk "$T/kits-missing"
bad "nothere.vcxproj:1: cannot read this project file" --msbuild "$T/nothere.vcxproj"
# A file over the size limit is refused before parsing.
head -c 9000000 /dev/zero | tr '\0' ' ' >"$T/huge.vcxproj"
bad "huge.vcxproj:1: project file of 9000000 bytes is over the 8 MiB limit" --msbuild "$T/huge.vcxproj"
echo "ok"
