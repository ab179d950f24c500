. "$(dirname "$0")/lib.sh" "$@"
# check --diff-base REV and --staged: only findings on changed lines (or
# whose value or fix-it sits on one) are reported; FILEs without a changed
# line are not analysed at all; bad revisions and running outside a
# repository are one-line errors.
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com
export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir "$T/repo" "$T/norepo"
cd "$T/repo" || exit 1
git init -q . || fail "git init"
cat > legacy.c <<'C'
#include <ntddk.h>
PVOID Legacy(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, 8, 'gL');
}
C
cat > other.c <<'C'
#include <ntddk.h>
PVOID Other(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 'tO'); }
C
cat > pool.h <<'C'
#define DRV_POOL NonPagedPoolNx
C
cat > user.c <<'C'
#include <ntddk.h>
#include "pool.h"
PVOID User(void) { return ExAllocatePoolWithTag(DRV_POOL, 8, 'sU'); }
C
cat > compile_commands.json <<J
[{"directory": "$T/repo", "file": "legacy.c", "arguments": ["clang", "-c", "legacy.c"]},
 {"directory": "$T/repo", "file": "other.c", "arguments": ["clang", "-c", "other.c"]},
 {"directory": "$T/repo", "file": "user.c", "arguments": ["clang", "-c", "user.c"]}]
J
git add . && git commit -qm legacy || fail "commit"

# Nothing changed: the legacy findings do not count.
run "$HVCILINT" check --no-db --diff-base HEAD -p .
expect_rc 0
[ -z "$out" ] || fail "unchanged code reported: $out"
run "$HVCILINT" check --no-db -p .
expect_rc 1

# A new function with a finding below the legacy one.
cat >> legacy.c <<'C'
PVOID Added(void)
{
	return ExAllocatePoolWithTag(NonPagedPoolExecute, 8, 'dA');
}
C
run "$HVCILINT" check --diff-base HEAD legacy.c --
expect_rc 1
expect_out 'legacy.c:8:31: warning: .*NonPagedPoolExecute'
printf '%s\n' "$out" | grep -q 'legacy.c:4:' && fail "legacy finding reported: $out"
# A FILE with no changed line is not even analysed.
run "$HVCILINT" check --no-db --format json --diff-base HEAD -p . other.c legacy.c
expect_rc 1
printf '%s\n' "$out" | grep -q '"file": ".*other.c"' && fail "unchanged other.c analysed: $out"
expect_out '"file": ".*legacy.c"'
run "$HVCILINT" check --no-db --format json --diff-base HEAD -p . other.c
expect_rc 0
[ -z "$out" ] || fail "nothing to analyse, yet output: $out"

# A changed header line turns an unchanged call into a finding: the value
# (and the fix-it) come from the changed line, so it is reported.
git add legacy.c && git commit -qm added
printf '#define DRV_POOL NonPagedPool\n' > pool.h
run "$HVCILINT" check --no-db --diff-base HEAD -p .
expect_rc 1
expect_out "user.c:3:49: warning: .*'DRV_POOL'"
printf '%s\n' "$out" | grep -q 'legacy.c\|other.c' && fail "unchanged findings reported: $out"
# pre-commit style: a header without a compile-database entry is skipped
# with a note, not refused.
run "$HVCILINT" check --no-db --diff-base HEAD -p . pool.h
expect_rc 0
expect_err 'note: pool.h: no entry in ./compile_commands.json; skipped'
printf '%s\n' "$err" | grep -q 'error' && fail "header refused: $err"
# Without --diff-base the same FILE is still an error.
run "$HVCILINT" check --no-db -p . pool.h
expect_rc 2
git checkout -q pool.h

# --staged: lines changed in the index count; unstaged ones do not.
cat >> other.c <<'C'
PVOID Staged(void) { return ExAllocatePoolWithTag(NonPagedPoolExecute, 8, 'tS'); }
C
git add other.c
cat >> other.c <<'C'
PVOID Unstaged(void) { return ExAllocatePoolWithTag(NonPagedPoolSession, 8, 'tU'); }
C
run "$HVCILINT" check --no-db --staged -p . other.c legacy.c
expect_rc 1
expect_out 'other.c:3:.*NonPagedPoolExecute'
printf '%s\n' "$out" | grep -q 'other.c:2:' && fail "legacy finding reported with --staged: $out"
printf '%s\n' "$out" | grep -q 'other.c:4:' && fail "unstaged line reported with --staged: $out"
printf '%s\n' "$out" | grep -q 'legacy.c' && fail "file without staged lines reported: $out"
# ... and --diff-base HEAD sees both.
run "$HVCILINT" check --no-db --diff-base HEAD other.c --
expect_rc 1
expect_out 'other.c:4:'

# A deletion touches no line.
git checkout -q other.c
git reset -q
sed -i '/Added/,$d' legacy.c
run "$HVCILINT" check --diff-base HEAD legacy.c --
expect_rc 0

# Bad input: one located line, exit 2.
run "$HVCILINT" check --diff-base no-such-rev legacy.c --
expect_rc 2
one_line_err
expect_err "--diff-base 'no-such-rev': git diff failed"
run "$HVCILINT" check --diff-base --staged legacy.c --
expect_rc 2
one_line_err
run "$HVCILINT" check --staged --diff-base HEAD legacy.c --
expect_rc 2
one_line_err
cd "$T/norepo" || exit 1
cp "$T/repo/legacy.c" .
export GIT_CEILING_DIRECTORIES="$T"
run "$HVCILINT" check --staged legacy.c --
expect_rc 2
one_line_err
expect_err '--staged needs a git repository'
exit 0
