#!/bin/sh
# t_nvim.sh - headless Neovim as the editor: hvcilint's diagnostic arrives,
# its quick fix is applied, the diagnostic goes away.
#   t_nvim.sh HVCILINT SOURCE_DIR lsp          hvcilint lsp, no compile database
#   t_nvim.sh HVCILINT SOURCE_DIR clangd       hvcilint clangd around the real
#                                              clangd-19 (else clangd); clangd's own
#                                              warning must arrive too
# Exits 77 (skipped) only when nvim, or for clangd mode clangd, is not installed.
set -u
HVCILINT=$1
SRC=$2
MODE=$3
if ! command -v nvim >/dev/null 2>&1; then
	echo "SKIP: nvim not installed (Debian package neovim)"
	exit 77
fi
CLANGD=
if [ "$MODE" = clangd ]; then
	CLANGD=$(command -v clangd-19 || command -v clangd) || {
		echo "SKIP: clangd not installed (Debian package clangd-19)"
		exit 77
	}
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/drv"
cat >"$T/drv/alloc.c" <<'C'
#include <ntddk.h>

PVOID AllocBuffer(SIZE_T n)
{
	int unused_count = 0;
	return ExAllocatePoolWithTag(NonPagedPool, n, 'fuBx');
}
C
TAB=$(printf '\t')
if [ "$MODE" = clangd ]; then
	# clangd and hvcilint read the same database; -Wunused-variable gives
	# clangd a warning of its own.
	cat >"$T/drv/compile_commands.json" <<J
[{"directory": "$T/drv", "file": "alloc.c",
  "arguments": ["clang", "--target=x86_64-pc-windows-msvc", "-fms-extensions",
                "-fms-compatibility", "-Wunused-variable", "-isystem", "$SRC/wdk",
                "-c", "alloc.c"]}]
J
	CMD="$HVCILINT${TAB}clangd${TAB}--clangd${TAB}$CLANGD${TAB}--log=error${TAB}--background-index=false"
	WANT=1
else
	CMD="$HVCILINT${TAB}lsp"
	WANT=0
fi
# Neovim keeps its state and logs under XDG dirs: keep them in the sandbox.
HOME=$T XDG_STATE_HOME=$T/state XDG_DATA_HOME=$T/data XDG_CACHE_HOME=$T/cache \
	HVCI_LSP_CMD=$CMD HVCI_FILE=$T/drv/alloc.c HVCI_WANT_CLANG=$WANT \
	timeout 300 nvim --headless --clean -u "$SRC/tests/lsp/test_init.lua" </dev/null
rc=$?
if [ $rc -ne 0 ]; then
	echo "FAIL: nvim exited with $rc"
	exit 1
fi
grep -q 'NonPagedPoolNx' "$T/drv/alloc.c" && {
	echo "FAIL: the quick fix was saved to disk; it should only change the buffer"
	exit 1
}
echo ok
