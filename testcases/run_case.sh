#!/bin/sh
# run_case.sh HVCILINT FILE - runs one testcase the way lit would: every
# "// RUN:" line of FILE with %hvcilint, %s (the file) and %S (its folder)
# substituted; with no RUN line, `%hvcilint check --verify %s --`.  The
# test fails when any command fails.  `--verify` makes hvcilint compare its
# findings with the file's expected-* comments and fail on any difference.
set -u
tool=$1
file=$2
dir=$(dirname "$file")
runs=$(sed -n 's|^[[:space:]]*//[[:space:]]*RUN:[[:space:]]*||p' "$file")
if [ -z "$runs" ]; then
	runs='%hvcilint check --verify %s --'
fi
status=0
echo "$runs" | while IFS= read -r cmd; do
	[ -n "$cmd" ] || continue
	cmd=$(printf '%s' "$cmd" | sed -e "s|%hvcilint|$tool|g" -e "s|%s|$file|g" -e "s|%S|$dir|g")
	echo "RUN: $cmd"
	if ! sh -c "$cmd"; then
		echo "FAILED: $cmd"
		exit 1
	fi
done || status=1
exit $status
