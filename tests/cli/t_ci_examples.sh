. "$(dirname "$0")/lib.sh" "$@"
# The CI files in examples/ci: they parse as YAML (PyYAML) with the
# structure GitHub Actions and GitLab CI read (cache of the store, SARIF
# upload with a category, the Code Quality artifact), every hvcilint command
# line in them uses only options its subcommand's --help lists, and run in
# order on a small project they do what the comments say: the scan and the
# reports pass with findings, the SARIF and Code Quality files are written
# where the upload steps look, and the gate fails only on a new finding.
E=$SRC/examples/ci
/usr/bin/python3 -c 'import yaml' 2>/dev/null || fail "PyYAML is missing; run scripts/deps.sh test"
for sub in check report; do
	"$HVCILINT" $sub --help > "$T/help.$sub" 2>&1 || fail "$sub --help"
done
/usr/bin/python3 - "$E" "$T" <<'PY' || fail "CI examples"
import os, re, shlex, sys, yaml
e, t = sys.argv[1:]
gh = yaml.safe_load(open(os.path.join(e, "github-actions.yml")))
gl = yaml.safe_load(open(os.path.join(e, "gitlab-ci.yml")))

# GitHub Actions: "on" is read by YAML 1.1 as True.
on = gh.get("on", gh.get(True))
assert "pull_request" in on and "push" in on, on
assert gh["permissions"]["security-events"] == "write", gh["permissions"]
(job,) = gh["jobs"].values()
steps = job["steps"]
uses = [s.get("uses", "") for s in steps]
assert any(u.startswith("actions/checkout@") for u in uses), uses
cache = [s for s in steps if s.get("uses", "").startswith("actions/cache@")]
assert len(cache) == 1 and cache[0]["with"]["path"] == "build/hvcilint.db", cache
assert cache[0]["with"]["restore-keys"].strip(), cache
up = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
assert len(up) == 1, uses
cat = up[0]["with"]["category"]
sarif = up[0]["with"]["sarif_file"]
# The store is restored before the scan, the SARIF uploaded after it.
names = [s.get("uses", s.get("run", "")) for s in steps]
scan = [i for i, n in enumerate(names) if n.startswith("hvcilint check")]
assert len(scan) == 1 and names.index(cache[0]["uses"]) < scan[0] < names.index(up[0]["uses"]), names
gh_runs = [s["run"] for s in steps if "run" in s]
gate = [s for s in steps if "run" in s and "--new-only" in s["run"]]
assert len(gate) == 1 and "pull_request" in gate[0].get("if", ""), gate

# GitLab CI.
(gjob,) = [v for k, v in gl.items() if isinstance(v, dict) and "script" in v]
assert gjob["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json", gjob["artifacts"]
assert gjob["artifacts"]["when"] == "always"
assert "build/hvcilint.db" in gjob["cache"]["paths"], gjob["cache"]
gl_runs = gjob.get("before_script", []) + gjob["script"]
ggate = [r for r in gjob["script"] if "--new-only" in r]
assert len(ggate) == 1 and "CI_MERGE_REQUEST_IID" in ggate[0], ggate

# Every hvcilint command line: options its --help lists.
helps = {s: open(os.path.join(t, "help." + s)).read() for s in ("check", "report")}
cmds = {"github": [], "gitlab": []}
for where, runs in (("github", gh_runs), ("gitlab", gl_runs)):
    for r in runs:
        for m in re.finditer(r"(?:^|[;&|]\s*|then\s+)(hvcilint\s+[^;&|\n]*)", r, re.M):
            words = shlex.split(m.group(1))
            if words[1] == "--version":
                continue
            sub = words[1]
            assert sub in helps, (where, sub)
            assert "${{" not in m.group(1) and "$" not in m.group(1), m.group(1)
            for w in words[2:]:
                if w.startswith("-"):
                    opt = w.split("=")[0]
                    assert re.search(r"(^|[\s,\[])%s\b" % re.escape(opt), helps[sub]), \
                        "%s: %s is not an option of hvcilint %s" % (where, opt, sub)
            cmds[where].append(m.group(1).strip())
# The SARIF goes where the upload looks, in the category it is uploaded as.
rep = [c for c in cmds["github"] if "--format sarif" in c]
assert len(rep) == 1 and "-o %s" % sarif in rep[0] and "--sarif-category %s" % cat in rep[0], rep
cq = [c for c in cmds["gitlab"] if "--format codeclimate" in c]
assert len(cq) == 1 and "-o gl-code-quality-report.json" in cq[0], cq
for where in cmds:
    with open(os.path.join(t, where + ".cmds"), "w") as f:
        f.write("\n".join(cmds[where]) + "\n")
PY
# Run them in order on a project with one finding, as the main branch would,
# then with one more, as a pull request would.
mkdir -p "$T/bin" && ln -s "$HVCILINT" "$T/bin/hvcilint"
export PATH="$T/bin:$PATH"
for where in github gitlab; do
	P=$T/$where
	mkdir -p "$P/build" "$P/src"
	cat > "$P/src/a.c" <<'C'
#include <ntddk.h>
PVOID A(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'tseT');
}
C
	/usr/bin/python3 -c "
import json, sys
json.dump([{'directory': sys.argv[1], 'file': 'src/a.c', 'arguments': ['clang', '-c', 'src/a.c']}],
          open(sys.argv[1] + '/build/compile_commands.json', 'w'))" "$P"
	for pass in main pr same; do
		[ $pass = pr ] && printf 'PVOID B(void)\n{\n\treturn ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, 8, 1);\n}\n' >> "$P/src/a.c"
		while IFS= read -r cmd; do
			(cd "$P" && sh -c "$cmd") > "$T/o" 2>&1
			rc=$?
			case $cmd in
			*--new-only*)
				# Both files gate only pull and merge requests.
				[ $pass = main ] && continue
				want=0
				[ $pass = pr ] && want=1
				[ $rc -eq $want ] || fail "$where, $pass: '$cmd' exit $rc, expected $want: $(cat "$T/o")"
				if [ $pass = pr ]; then
					grep -q 'ExAllocatePool2' "$T/o" || fail "$where: the new finding is not shown: $(cat "$T/o")"
					grep -q "'ExAllocatePoolWithTag'" "$T/o" && fail "$where: an old finding fails the gate: $(cat "$T/o")"
				fi ;;
			*) [ $rc -eq 0 ] || fail "$where, $pass: '$cmd' exit $rc: $(cat "$T/o")" ;;
			esac
		done < "$T/$where.cmds"
	done
done
/usr/bin/python3 - "$T/github/hvcilint.sarif" "$T/gitlab/gl-code-quality-report.json" <<'PY' || fail "CI outputs"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["automationDetails"]["id"] == "hvcilint/run-3", run["automationDetails"]
assert len(run["results"]) == 2, run["results"]
issues = json.load(open(sys.argv[2]))
assert len(issues) == 2 and len({i["fingerprint"] for i in issues}) == 2, issues
PY
exit 0
