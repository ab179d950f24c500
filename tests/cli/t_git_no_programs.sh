. "$(dirname "$0")/lib.sh" "$@"
# git reads a repository the user did not write without running the
# programs its configuration names: core.fsmonitor, clean filters (also a
# "process" filter and one whose name holds '='), external diff, textconv
# and hooks.  Each configured program touches a marker; none may appear.
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com
export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir "$T/repo"
cd "$T/repo" || exit 1
git init -q . || fail "git init"
cat > drv.c <<'C'
#include <ntddk.h>
PVOID Drv(void) { return ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'vD'); }
C
cat > compile_commands.json <<J
[{"directory": "$T/repo", "file": "drv.c", "arguments": ["clang", "-c", "drv.c"]}]
J
git add . && git commit -qm base || fail "commit"
no_marker() {
	if ls "$T"/MARKER.* >/dev/null 2>&1; then
		fail "$1: a configured program ran"
	fi
}
cat > "$T/evil.sh" <<E
#!/bin/sh
touch "$T/MARKER.\$\$"
cat
E
chmod +x "$T/evil.sh"
git config core.fsmonitor "$T/evil.sh"
git config filter.evil.clean "$T/evil.sh"
git config filter.evil.required true
git config filter.proc.process "$T/evil.sh"
git config 'filter.a=b.clean' "$T/evil.sh"
git config diff.external "$T/evil.sh"
git config diff.tc.textconv "$T/evil.sh"
git config diff.tc.command "$T/evil.sh"
git config core.pager "$T/evil.sh"
mkdir hooks && cp "$T/evil.sh" hooks/post-index-change
git config core.hooksPath "$T/repo/hooks"
printf 'drv.c filter=evil diff=tc\n*.h filter=proc\nx.c filter=a=b\n' > .git/info/attributes
# Sanity: plain git does run the fsmonitor, so the test can see it.
git status >/dev/null 2>&1
ls "$T"/MARKER.* >/dev/null 2>&1 || fail "the marker script never ran under plain git"
rm -f "$T"/MARKER.*

cat >> drv.c <<'C'
PVOID Added(void) { return ExAllocatePoolWithTag(NonPagedPoolExecute, 8, 'dA'); }
C
printf '#define X 1\n' > x.h && printf 'int x;\n' > x.c && git add -N x.h x.c
rm -f "$T"/MARKER.*
run "$HVCILINT" check --diff-base HEAD -p . drv.c
expect_rc 1
expect_out 'drv.c:3:.*NonPagedPoolExecute'
no_marker "--diff-base"
git -c core.fsmonitor= -c filter.evil.clean=cat -c core.hooksPath=/dev/null add drv.c
rm -f "$T"/MARKER.*
run "$HVCILINT" check --staged -p . drv.c
expect_rc 1
expect_out 'drv.c:3:.*NonPagedPoolExecute'
no_marker "--staged"
# The store records the commit and branch through git as well.
run "$HVCILINT" check --db "$T/h.db" -p . drv.c
expect_rc 1
no_marker "--db"
exit 0
