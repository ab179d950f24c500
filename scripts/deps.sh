#!/bin/sh
# deps.sh - installs the Debian packages hvcilint needs that are missing.
# Usage: scripts/deps.sh [build|test]   ("test" adds what the test suite uses)
set -eu
need="cmake make gcc pkg-config libclang-19-dev llvm-19-dev clang-19 libsqlite3-dev libjansson-dev libyaml-dev libxml2-dev"
if [ "${1:-build}" = test ]; then
	# lld and the mingw import libraries link the test driver images; pefile
	# is the independent PE oracle; python3-yaml checks the rule tables;
	# libclang-rt-19-dev holds libFuzzer for the PE parser's fuzz test.
	# git and pre-commit run the commit-time tests (--diff-base, the hook);
	# neovim and clangd-19 are the real editor and clangd of the LSP tests;
	# nodejs/npm fetch the SARIF validator and chromium renders the HTML report;
	# ninja-build checks that the project configures under Ninja too;
	# clang-tidy-19 is the bench's clang-tidy baseline, which a test runs.
	need="$need lld-19 libclang-rt-19-dev mingw-w64-x86-64-dev python3 python3-yaml python3-pefile"
	need="$need git:git pre-commit:pre-commit neovim:nvim clangd-19 nodejs:node npm:npm"
	need="$need chromium:chromium ninja-build:ninja clang-tidy-19"
fi
# "package:command": a tool the tests only run counts as present when its
# command is on PATH however it was installed (nodejs from another
# repository bundles npm, and Debian's npm package then conflicts with it).
missing=""
for entry in $need; do
	p=${entry%%:*}
	cmd=${entry#*:}
	[ "$cmd" != "$entry" ] && command -v "$cmd" >/dev/null 2>&1 && continue
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "hvcilint: installing:$missing"
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	$SUDO apt-get update -q || echo "hvcilint: apt-get update failed; trying the install anyway"
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi
