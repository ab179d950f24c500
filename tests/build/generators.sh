#!/bin/sh
# generators.sh SRC LLVM_CONFIG - the project configures, and its build graph
# loads, under the Ninja generator as well as Makefiles: many clangd users
# build with Ninja, and a target that shares its name with a file it builds
# (the fuzz targets once did) breaks Ninja's graph while Make never minds.
# Only configures and asks Ninja for a dry run; builds nothing.
# Exit 77 (skipped) without ninja.
set -u
src=$1
llvm_config=$2
command -v ninja >/dev/null 2>&1 || { echo "SKIP: ninja (package ninja-build) missing"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
if ! cmake -G Ninja -S "$src" -B "$tmp/b" -DHVCI_LLVM_CONFIG="$llvm_config" >"$tmp/log" 2>&1; then
	echo "FAIL: cmake -G Ninja did not configure:"
	tail -20 "$tmp/log"
	exit 1
fi
if ! ninja -C "$tmp/b" -n >"$tmp/dry" 2>&1; then
	echo "FAIL: ninja cannot load the build graph:"
	tail -20 "$tmp/dry"
	exit 1
fi
# Warnings about the graph (a phony target naming itself) are errors to come.
if grep -q 'ninja: warning' "$tmp/log" "$tmp/dry"; then
	echo "FAIL: ninja warns about the build graph:"
	grep 'ninja: warning' "$tmp/log" "$tmp/dry" | head -5
	exit 1
fi
echo "ok: configured and loaded with Ninja"
