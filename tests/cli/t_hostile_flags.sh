# A compile database from a repository the user did not write: options that
# write files (dependency files, -Wp, -Xclang outputs, module caches, a
# dependency list on stdout) are dropped, the warning lists them, no file
# appears anywhere, and a SARIF report on stdout stays valid JSON.  The
# same entries as "arguments" and as "command" strings, gcc and cl style.
. "$(dirname "$0")/lib.sh" "$@"
mkdir "$T/src" "$T/target" "$T/tmp"
O=$T/target
printf '#include <ntddk.h>\nPVOID f(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPool, n, 1); }\n' >"$T/src/a.c"
# Written by python3 so that "command" is the same list, shell-quoted.
python3 - "$T/src" "$O" <<'PY' || fail "cannot write the compile database"
import json, shlex, sys
src, o = sys.argv[1], sys.argv[2]
gcc = ["clang", "-c", "a.c", "-MD", "-MF", o + "/md.d", "-MT", "$(touch %s/pwned)" % o,
       "-Wp,-MD," + o + "/wp.d", "-M", "-MF", o + "/m.d",
       "-Xclang", "-dependency-file", "-Xclang", o + "/xdep.d",
       "-Xclang", "-header-include-file", "-Xclang", o + "/hdr.txt",
       "-fmodules", "-fmodules-cache-path=" + o + "/mcache", "-ftime-trace=" + o + "/trace.json",
       "-fcrash-diagnostics-dir=" + o + "/crash", "-fprofile-generate=" + o + "/prof",
       "--serialize-diagnostics", o + "/diag.dia", "-save-temps=obj",
       "-Wp,-load," + o + "/evil.so", "-Xpreprocessor", "-load", "-Xclang=-load",
       "--config=" + o + "/x.cfg", "-fplugin=" + o + "/evil.so", "@" + o + "/rsp",
       "-MF", "-", "-o", o + "/a.o"]
cl = ["clang-cl", "/c", "/kernel", "/showIncludes", "/Fo" + o + "/a.obj", "/Fa" + o + "/a.asm",
      "/P", "/Fi" + o + "/a.i", "/clang:-MD", "/clang:-MF", "/clang:" + o + "/cl.d",
      "-clang:-fplugin=" + o + "/evil.so", "/sourceDependencies", o + "/src.json", "a.c"]
db = []
for argv in (gcc, cl):
    db.append({"directory": src, "file": "a.c", "arguments": argv})
    db.append({"directory": src, "file": "a.c", "command": shlex.join(argv)})
json.dump(db, open(src + "/compile_commands.json", "w"), indent=1)
PY
cd "$T/src" || exit 1
TMPDIR=$T/tmp run "$HVCILINT" check -p "$T/src" --no-db --format sarif
expect_rc 1
[ -z "$(find "$O" "$T/tmp" -mindepth 1)" ] || fail "files written: $(find "$O" "$T/tmp" -mindepth 1)"
[ "$(ls -A "$T/src" | tr '\n' ' ')" = "a.c compile_commands.json " ] || fail "files written: $(ls -A "$T/src")"
[ ! -e "$T/src/a.d" ] && [ ! -e "$T/src/a.o" ] || fail "dependency or object file written"
printf '%s' "$out" | python3 -c 'import json, sys; json.load(sys.stdin)' ||
	fail "stdout is not JSON: $out"
for f in "'-MD'" "'-MF $O/md.d'" "'-Wp,-MD,$O/wp.d'" "'-Xclang -dependency-file'" \
	"'-Xclang -header-include-file'" "'-fmodules-cache-path=$O/mcache'" \
	"'-ftime-trace=$O/trace.json'" "'-fcrash-diagnostics-dir=$O/crash'" \
	"'-fprofile-generate=$O/prof'" "'--serialize-diagnostics $O/diag.dia'" \
	"'-Wp,-load,$O/evil.so'" "'-Xpreprocessor -load'" "'-Xclang=-load'" \
	"'--config=$O/x.cfg'" "'-fplugin=$O/evil.so'" "'@$O/rsp'" "'-MF -'" \
	"'/showIncludes'" "'/Fa$O/a.asm'" "'/P'" "'/clang:-MF /clang:$O/cl.d'" \
	"'-clang:-fplugin=$O/evil.so'" "'/sourceDependencies $O/src.json'"; do
	n=$(printf '%s' "$out" | grep -c -F -- "$f")
	[ "$n" -ge 2 ] || fail "the warning lacks $f (as arguments and as a command): $out"
done
# One warning per file, and the finding is still there.
[ "$(printf '%s' "$out" | grep -c 'dropped compile command options')" -eq 4 ] ||
	fail "expected one warning per entry: $out"
expect_out "hvci-exec-pool"
# The same run with a text report on stdout.
TMPDIR=$T/tmp run "$HVCILINT" check -p "$T/src" --no-db
expect_rc 1
[ -z "$(find "$O" "$T/tmp" -mindepth 1)" ] || fail "files written: $(find "$O" "$T/tmp" -mindepth 1)"
exit 0
