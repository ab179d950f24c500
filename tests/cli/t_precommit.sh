. "$(dirname "$0")/lib.sh" "$@"
# The real pre-commit framework with this repository's .pre-commit-hooks.yaml,
# cloned from a local copy (no network): a clean driver file commits; a
# staged ExAllocatePoolWithTag(NonPagedPool, ...) stops `git commit` with the
# finding printed and the command that fixes it last; after running that
# command the commit goes through; a
# finding already in the file before the change does not block; flags come
# from the compile_commands.json in build/; the whole-file hook reports the
# legacy finding when run by hand.
command -v pre-commit >/dev/null 2>&1 ||
	fail "pre-commit is not installed; run scripts/deps.sh test"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com
export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
export GIT_CONFIG_NOSYSTEM=1
export PRE_COMMIT_HOME="$T/cache"
export HOME="$T/home"
mkdir "$HOME" "$T/bin" "$T/hooks" "$T/work"
# The hook runs `hvcilint` from PATH, as an installed one would.
ln -s "$HVCILINT" "$T/bin/hvcilint"
export PATH="$T/bin:$PATH"

# The hook repository: this repository's hook definitions in a git repository
# with a commit, which is what pre-commit clones.
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
      - id: hvcilint-full
        stages: [manual]
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

# A clean driver file commits; the hook did run on it.
cat > clean.c <<'C'
#include <ntddk.h>
PVOID Clean(PMDL Mdl)
{
	PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'lC');
	if (p == NULL)
		return MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority | MdlMappingNoExecute);
	return p;
}
C
git add clean.c
run git commit -m "clean code"
expect_rc 0
printf '%s\n%s\n' "$out" "$err" | grep -q 'hvcilint (HVCI compatibility).*Passed' ||
	fail "the hook did not run on clean.c: $out $err"

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
printf '%s\n%s\n' "$out" "$err" | grep -q 'hvcilint (HVCI compatibility).*Failed' ||
	fail "pre-commit does not name the failing hook: $out $err"
printf '%s\n%s\n' "$out" "$err" | grep -q "new.c:4:31: warning: 'ExAllocatePoolWithTag' allocates executable memory.*\[hvci-exec-pool\]" ||
	fail "the finding is not printed: $out $err"
printf '%s\n%s\n' "$out" "$err" | grep -q 'legacy.c' && fail "legacy finding printed: $out $err"
[ "$(git rev-parse HEAD)" = "$head" ] || fail "HEAD moved"

# The output ends with the command that fixes it; run as given, it does.
last=$(printf '%s\n%s\n' "$out" "$err" | grep -v '^[[:space:]]*$' | tail -1)
case $last in
"hvcilint: run this to apply the 1 available fix: hvcilint check --fix --staged --no-db new.c") ;;
*) fail "the last line does not give the fix command: $last; out: $out; err: $err" ;;
esac
run sh -c "${last#*: *: }"
expect_rc 0
grep -q 'NonPagedPoolNx, 64' new.c || fail "new.c not fixed by '${last#*: *: }'"
grep -q "NonPagedPool, 8, 'gL'" legacy.c || fail "the fix command changed a line the commit does not touch"

# Fixed and re-staged: the commit goes through.
git add new.c
run git commit -m "new code, fixed"
expect_rc 0
[ "$(git rev-parse HEAD)" != "$head" ] || fail "no commit made"
git diff --quiet HEAD || fail "work tree differs from the commit"

# Flags from the compile database in build/ (untracked, as build output is):
# DRV_POOL exists only on the database's command line, so the finding below
# is found only if the hook took the file's flags from there.  The staged
# header has no entry and is skipped, not refused.
mkdir build
cat > build/compile_commands.json <<J
[{"directory": "$T/work", "file": "cfg.c",
  "arguments": ["clang-cl", "/c", "/DDRV_POOL=NonPagedPoolExecute", "cfg.c"]}]
J
cat > cfg.c <<'C'
#include <ntddk.h>
PVOID Cfg(void)
{
	return ExAllocatePoolWithTag(DRV_POOL, 16, 'gC');
}
C
printf '#define DRV_TAG 1\n' > drv.h
git add cfg.c drv.h
head=$(git rev-parse HEAD)
run git commit -m "configured pool"
[ "$rc" -ne 0 ] || fail "the database's flags were not used: $out $err"
printf '%s\n%s\n' "$out" "$err" | grep -q "cfg.c:4:31: warning: .*pool type 'DRV_POOL' (0).*\[hvci-exec-pool\]" ||
	fail "the finding through the database's define is not printed: $out $err"
printf '%s\n%s\n' "$out" "$err" | grep -q 'error' && fail "the header was refused: $out $err"
[ "$(git rev-parse HEAD)" = "$head" ] || fail "HEAD moved"
git reset -q
rm cfg.c drv.h

# The whole-file hook, run by hand, reports the legacy finding too.
run pre-commit run --hook-stage manual hvcilint-full --all-files
[ "$rc" -eq 1 ] || fail "hvcilint-full exit code $rc, expected 1: $out $err"
printf '%s\n%s\n' "$out" "$err" | grep -q 'legacy.c:4:31: warning: .*\[hvci-exec-pool\]' ||
	fail "hvcilint-full does not report the legacy finding: $out $err"
exit 0
