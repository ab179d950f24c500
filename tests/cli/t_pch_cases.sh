. "$(dirname "$0")/lib.sh" "$@"
# Every testcase under testcases/ that runs `check --verify` is analysed
# three times: without PCHs, then twice with a PCH folder of its own (the
# second run loads the PCHs the first built). The reports must be the same,
# field by field apart from the time, and most cases must load a PCH on the
# second run: a PCH only saves time. The sanitizer pass of the suite runs
# without PCHs (HVCILINT_PCH=0) and leaves this comparison to the plain
# pass; t_pch.sh runs there too.
if [ "${HVCILINT_PCH:-}" = 0 ]; then
	echo "skipped: this pass runs without PCHs"
	exit 0
fi
python3 - "$HVCILINT" "$SRC/testcases" "$T/pch" <<'PY' || fail "reports differ with PCHs"
import glob, json, os, re, subprocess, sys

hvcilint, root, pch = sys.argv[1:4]
env = dict(os.environ, HVCILINT_DEBUG="1")
env.pop("HVCILINT_PCH", None)


def report(text):
    try:
        doc = json.loads(text)
    except ValueError:
        return text
    for unit in doc.get("files", []):
        unit.pop("seconds", None)
    doc.pop("tool", None)
    return json.dumps(doc, sort_keys=True)


cases = loaded = differ = 0
for path in sorted(glob.glob(root + "/**/*.c", recursive=True) +
                   glob.glob(root + "/**/*.cpp", recursive=True)):
    with open(path, errors="replace") as f:
        m = re.search(r"RUN: %hvcilint check --verify %s(.*)$", f.read(), re.M)
    if not m:
        continue
    extra = m.group(1).split()
    args = ["check", "--no-db", "--format", "json", "-j", "1"]
    tail = [path] + extra + ([] if "--" in extra else ["--"])
    where = os.path.dirname(path)
    ref = subprocess.run([hvcilint] + args + ["--no-pch"] + tail, capture_output=True,
                         text=True, cwd=where, env=env)
    for _ in range(2):
        got = subprocess.run([hvcilint] + args + ["--pch-dir", pch] + tail,
                             capture_output=True, text=True, cwd=where, env=env)
    cases += 1
    loaded += "-include-pch" in got.stderr
    if ref.returncode != got.returncode or report(ref.stdout) != report(got.stdout):
        differ += 1
        print("differs with a PCH: %s (exit %d and %d)" % (path, ref.returncode, got.returncode))
print("%d cases, %d loaded a PCH, %d differ" % (cases, loaded, differ))
sys.exit(1 if differ or cases < 100 or loaded * 2 < cases else 0)
PY
exit 0
