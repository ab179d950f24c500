#!/bin/sh
# test.sh - command 2 of the README and what CI runs: installs what is
# missing, builds, runs the whole test suite, then builds and runs it again
# under AddressSanitizer and UndefinedBehaviorSanitizer.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh test
jobs=$(nproc)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
# Shared precompiled headers go to a cache folder of the suite's own, new
# each time, not to the user's (docs/speed.md).  The first pass runs with
# them on, as they are by default; the second runs every test with them
# off (HVCILINT_PCH=0): they must change no result.
rm -rf build/test-cache
XDG_CACHE_HOME=$(pwd)/build/test-cache ctest --test-dir build -j "$jobs" --output-on-failure
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DHVCI_SANITIZE=ON
cmake --build build-asan -j "$jobs"
rm -rf build-asan/test-cache
# libclang is not instrumented; its one-time allocations are not our leaks.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
LSAN_OPTIONS=suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
XDG_CACHE_HOME=$(pwd)/build-asan/test-cache HVCILINT_PCH=0 \
	ctest --test-dir build-asan -j "$jobs" --output-on-failure -LE no-sanitizer
