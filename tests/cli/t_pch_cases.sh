. "$(dirname "$0")/lib.sh" "$@"
# Every testcase under testcases/ that runs `check --verify` is analysed
# four times: without PCHs, then three times with a PCH folder of its own
# (the second run loads the PCHs the first built, and the third replays the
# recovery the second kept with them). The reports must be the same, field
# by field apart from the time, most cases must load a PCH on the second
# run, and the recovered ones replay on the third: PCHs and replays only
# save time. The sanitizer pass of the suite runs
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


cases = loaded = kept = replayed = differ = 0
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
    cases += 1
    for run in range(3):
        got = subprocess.run([hvcilint] + args + ["--pch-dir", pch] + tail,
                             capture_output=True, text=True, cwd=where, env=env)
        if run == 1:
            loaded += re.search(r"pch prefix of \d+ lines for .*: attached", got.stderr) is not None
            kept += re.search(r"debug: replay [0-9a-f]+: kept", got.stderr) is not None
        if run == 2:
            replayed += "replay kept from an earlier run: used" in got.stderr
        if ref.returncode != got.returncode or report(ref.stdout) != report(got.stdout):
            differ += 1
            print("differs with a PCH (run %d): %s (exit %d and %d)"
                  % (run + 1, path, ref.returncode, got.returncode))
print("%d cases, %d loaded a PCH, %d had a replay kept, %d replayed it, %d differ"
      % (cases, loaded, kept, replayed, differ))
sys.exit(1 if differ or cases < 100 or loaded * 2 < cases or replayed * 4 < kept * 3 else 0)
PY
exit 0
