. "$(dirname "$0")/lib.sh" "$@"
# The real pre-commit framework with this repository's .pre-commit-hooks.yaml:
# a staged ExAllocatePoolWithTag(NonPagedPool, ...) stops `git commit` with
# the finding printed; after `hvcilint check --fix` the commit goes through;
# a finding already in the file before the change does not block.
command -v pre-commit >/dev/null 2>&1 ||
	fail "pre-commit is not installed; run scripts/deps.sh test"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com
export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
export PRE_COMMIT_HOME="$T/cache"
export HOME="$T/home"
mkdir "$HOME" "$T/bin" "$T/hooks" "$T/work"
# The hook runs `hvcilint` from PATH, as an installed one would.
ln -s "$HVCILINT" "$T/bin/hvcilint"
export PATH="$T/bin:$PATH"

# A local copy of the hook definition as pre-commit clones it (no network).
cp "$SRC/.pre-commit-hooks.yaml" "$T/hooks/" || fail "no .pre-commit-hooks.yaml in $SRC"
(cd "$T/hooks" && git init -q . && git add . && git commit -qm hooks) || fail "hooks repo"
rev=$(git -C "$T/hooks" rev-parse HEAD)

cd "$T/work" || exit 1
git init -q . || fail "git init"
cat > .pre-commit-config.yaml <<Y
repos:
  - repo: $T/hooks
    rev: $rev
    hooks:
      - id: hvcilint
Y
cat > legacy.c <<'C'
#include <ntddk.h>
PVOID Legacy(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, 8, 'gL');
}
C
git add . && git commit -q --no-verify -m "legacy code" || fail "first commit"
run pre-commit install
expect_rc 0

# A finding already there: editing another line of the file does not block.
sed -i 's/^PVOID Legacy(void)$/PVOID Legacy(VOID)/' legacy.c
git add legacy.c
run git commit -m "touch legacy"
expect_rc 0

# A new executable allocation blocks the commit, finding printed.
cat > new.c <<'C'
#include <ntddk.h>
PVOID New(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, 64, 'wN');
}
C
git add new.c
head=$(git rev-parse HEAD)
run git commit -m "new code"
[ "$rc" -ne 0 ] || fail "commit with a new HVCI finding went through: $out $err"
printf '%s\n%s\n' "$out" "$err" | grep -q "new.c:4:31: warning: 'ExAllocatePoolWithTag' allocates executable memory.*\[hvci-exec-pool\]" ||
	fail "the finding is not printed: $out $err"
printf '%s\n%s\n' "$out" "$err" | grep -q 'legacy.c' && fail "legacy finding printed: $out $err"
[ "$(git rev-parse HEAD)" = "$head" ] || fail "HEAD moved"

# Fixed and re-staged: the commit goes through.
run hvcilint check --fix new.c --
expect_rc 0
grep -q 'NonPagedPoolNx, 64' new.c || fail "new.c not fixed"
git add new.c
run git commit -m "new code, fixed"
expect_rc 0
[ "$(git rev-parse HEAD)" != "$head" ] || fail "no commit made"
git diff --quiet HEAD || fail "work tree differs from the commit"
exit 0
