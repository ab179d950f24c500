#!/bin/sh
# setup.sh - command 1 of the README: installs what is missing, builds
# hvcilint into build/, and runs it on the bundled example driver
# (examples/driver, described by compile_commands.example.json).
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh build
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
mkdir -p build/example
cp compile_commands.example.json build/example/compile_commands.json
echo "== hvcilint check -p build/example (the example driver has HVCI problems on purpose)"
set +e
build/cli/hvcilint check -p build/example
rc=$?
set -e
# 1 means findings, which the example has by design; 2 is a real failure.
[ "$rc" -le 1 ] || exit "$rc"
echo "== exit code $rc (0: clean, 1: findings, 2: tool error)"
