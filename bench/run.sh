#!/usr/bin/env bash
# bench/run.sh - wall time of `hvcilint check -p` against `clang -fsyntax-only`
# and clang-tidy with one AST-matcher check, over the same generated compile
# database at the same parallelism.
#
#   bench/run.sh [--files N] [-j N] [--hvcilint PATH] [--clang PATH]
#                [--runs N | --repeat N] [--seed S] [--wdk DIR] [--baseline-only]
#                [--floor [--floor-bin PATH]] [--tidy PATH | --no-tidy]
#                [--compdb DIR [--every K] [--clean-only]]
#
# --floor adds the parse floor (bench/floor.c) in its fork and warm modes.
# --compdb measures a real tree's compile database instead of the generated
# one (every K-th unit with --every), every side with hvcilint's arguments;
# --clean-only keeps the units clang parses without any error, where every
# side's parse-error count is the same (zero).
# Prints a table; never asserts on timing.  Exit status: 0 when both sides
# ran (whatever the ratio), 2 when a side could not run.  See bench/README.md.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

files=240
jobs=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
hvcilint="$repo/build/cli/hvcilint"
clang=clang-19
runs=3
seed=1
baseline_only=0
floor=0
floor_bin="$repo/build/bench/hvcilint_floor"
# clang-tidy with one cheap AST-matcher check (bench/README.md says why
# this one); empty until found, "no" with --no-tidy.
tidy=
tidy_check=bugprone-sizeof-expression
out="$here/out"
wdk="$repo/wdk"
# A real tree's compile database (folder or file), and which of its units.
compdb=
every=1
clean_only=0

usage() {
	sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
}

need_arg() {
	if [ "$#" -lt 2 ] || [ -z "$2" ]; then
		echo "run.sh: $1 needs a value" >&2
		exit 2
	fi
}

while [ "$#" -gt 0 ]; do
	case "$1" in
	--files) need_arg "$@"; files=$2; shift 2 ;;
	--files=*) files=${1#*=}; shift ;;
	-j|--jobs) need_arg "$@"; jobs=$2; shift 2 ;;
	-j*) jobs=${1#-j}; shift ;;
	--jobs=*) jobs=${1#*=}; shift ;;
	--hvcilint) need_arg "$@"; hvcilint=$2; shift 2 ;;
	--hvcilint=*) hvcilint=${1#*=}; shift ;;
	--clang) need_arg "$@"; clang=$2; shift 2 ;;
	--clang=*) clang=${1#*=}; shift ;;
	--runs) need_arg "$@"; runs=$2; shift 2 ;;
	--runs=*) runs=${1#*=}; shift ;;
	--repeat) need_arg "$@"; runs=$2; shift 2 ;;
	--repeat=*) runs=${1#*=}; shift ;;
	--floor) floor=1; shift ;;
	--floor-bin) need_arg "$@"; floor_bin=$2; floor=1; shift 2 ;;
	--floor-bin=*) floor_bin=${1#*=}; floor=1; shift ;;
	--seed) need_arg "$@"; seed=$2; shift 2 ;;
	--seed=*) seed=${1#*=}; shift ;;
	--wdk) need_arg "$@"; wdk=$2; shift 2 ;;
	--wdk=*) wdk=${1#*=}; shift ;;
	--baseline-only) baseline_only=1; shift ;;
	--tidy) need_arg "$@"; tidy=$2; shift 2 ;;
	--tidy=*) tidy=${1#*=}; shift ;;
	--no-tidy) tidy=no; shift ;;
	--compdb) need_arg "$@"; compdb=$2; shift 2 ;;
	--compdb=*) compdb=${1#*=}; shift ;;
	--every) need_arg "$@"; every=$2; shift 2 ;;
	--every=*) every=${1#*=}; shift ;;
	--clean-only) clean_only=1; shift ;;
	-h|--help) usage; exit 0 ;;
	*) echo "run.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
	esac
done

for v in "$files" "$jobs" "$runs" "$seed" "$every"; do
	case "$v" in
	''|*[!0-9]*) echo "run.sh: expected a number, got '$v'" >&2; exit 2 ;;
	esac
done
[ "$jobs" -ge 1 ] || jobs=1
[ "$runs" -ge 1 ] || runs=1

if ! command -v python3 >/dev/null 2>&1; then
	echo "run.sh: python3 is required" >&2
	exit 2
fi
lib=(python3 "$here/benchlib.py")

if ! command -v "$clang" >/dev/null 2>&1; then
	echo "run.sh: clang not found: $clang (use --clang PATH)" >&2
	exit 2
fi
clang_path=$(command -v "$clang")

have_hvcilint=0
if [ "$baseline_only" -eq 0 ]; then
	case "$hvcilint" in
	*/*) [ -f "$hvcilint" ] && [ -x "$hvcilint" ] && have_hvcilint=1 ;;
	*) command -v "$hvcilint" >/dev/null 2>&1 && have_hvcilint=1 && hvcilint=$(command -v "$hvcilint") ;;
	esac
	if [ "$have_hvcilint" -eq 0 ]; then
		echo "run.sh: hvcilint not found or not executable: $hvcilint" >&2
		echo "run.sh: build it (cmake -B build && cmake --build build), pass --hvcilint PATH," \
			"or use --baseline-only to time clang alone" >&2
		exit 2
	fi
fi

# clang-tidy-19 matches clang-19 (the same resource headers and parser);
# another version still runs, with a warning, since its figures compare a
# different front end.  Without any, the tidy baseline is left out.
tidy_path=
if [ "$tidy" != no ]; then
	if [ -n "$tidy" ]; then
		tidy_path=$(command -v "$tidy") || {
			echo "run.sh: clang-tidy not found: $tidy" >&2
			exit 2
		}
	elif tidy_path=$(command -v clang-tidy-19); then
		:
	elif tidy_path=$(command -v clang-tidy); then
		echo "warning: clang-tidy-19 not found; using $tidy_path" \
			"($("$tidy_path" --version 2>/dev/null | grep -m1 -i version | sed 's/^ *//')):" \
			"its parser and headers may differ from $clang's (apt-get install clang-tidy-19)" >&2
	else
		tidy_path=
		echo "note: no clang-tidy found; the clang-tidy baseline is left out" \
			"(apt-get install clang-tidy-19, or pass --tidy PATH)" >&2
	fi
fi

if [ "$floor" -eq 1 ] && { [ "$baseline_only" -eq 1 ] || [ ! -x "$floor_bin" ]; }; then
	echo "run.sh: --floor needs hvcilint and the floor program ($floor_bin;" \
		"cmake --build build builds it, or pass --floor-bin PATH)" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hvcibench.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# ---------------------------------------------------------------------------
# Versions

echo "== hvcilint benchmark"
echo "clang:    $("$clang_path" --version 2>/dev/null | head -n 1) ($clang_path)"
if [ "$have_hvcilint" -eq 1 ]; then
	v=$("$hvcilint" --version 2>/dev/null | head -n 1)
	echo "hvcilint: ${v:-unknown version} ($hvcilint)"
else
	echo "hvcilint: (skipped: --baseline-only)"
fi
if [ -n "$tidy_path" ]; then
	echo "tidy:     $("$tidy_path" --version 2>/dev/null | grep -m1 -i version | sed 's/^ *//') ($tidy_path), -checks=-*,$tidy_check"
else
	echo "tidy:     (skipped)"
fi
echo "python:   $(python3 --version 2>&1)"
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')
echo "host:     $(uname -srm)${cpu:+, $cpu}, $(nproc 2>/dev/null || echo '?') CPUs"
echo

# ---------------------------------------------------------------------------
# Tree

hvci_args=(check -p "$out" -j "$jobs" --no-db --format json)
base_db=$out
floor_log=$tmp/argv.log
if [ -n "$compdb" ]; then
	# A real tree: one untimed hvcilint run logs the arguments it gives
	# libclang for each unit (its fallback headers, its flags, its map of
	# includes written in another case), and every side parses with them.
	if [ "$have_hvcilint" -eq 0 ]; then
		echo "run.sh: --compdb needs hvcilint: its argument log gives every side the same arguments" >&2
		exit 2
	fi
	if [ ! -e "$compdb" ]; then
		echo "run.sh: no compile database at $compdb" >&2
		exit 2
	fi
	"${lib[@]}" sample "$compdb" "$tmp/sample" --every "$every" || exit 2
	HVCILINT_ARGV_LOG="$tmp/argv.log" "$hvcilint" check -p "$tmp/sample" -j "$jobs" --no-db \
		--allow-partial --format json -o "$tmp/argv-report.json" 2>"$tmp/hvci.err"
	if [ ! -s "$tmp/argv.log" ]; then
		echo "run.sh: hvcilint wrote no argument log (HVCILINT_ARGV_LOG); is it this version?" >&2
		cat "$tmp/hvci.err" >&2
		exit 2
	fi
	# Headers the tree includes and nobody has (generated .tmh files, SDK
	# headers outside the fallback) stop clang at the first one, while
	# libclang parses on, and hvcilint with an empty stand-in: clang and
	# clang-tidy would then parse less of those units than the floor and
	# hvcilint.  Every side gets the same empty stand-ins, searched last.
	read -r m_files left standins < <("${lib[@]}" realdb "$tmp/argv.log" "$tmp/sample" "$tmp/real" \
		--standins "$tmp/argv-report.json") || exit 2
	unclean=
	if [ "$clean_only" -eq 1 ]; then
		read -r m_files unclean < <("${lib[@]}" clean "$tmp/real" --clang "$clang_path" -j "$jobs") || exit 2
		if [ "${m_files:-0}" -eq 0 ]; then
			echo "run.sh: --clean-only: no unit of $compdb parses without errors" >&2
			exit 2
		fi
	fi
	out=$tmp/real/hvcilint
	base_db=$tmp/real/baseline
	floor_log=$tmp/real/argv.log
	# Real code leaves calls unanalysed where recovery cannot help; that
	# is reported, not a failure of the run.
	hvci_args=(check -p "$out" -j "$jobs" --no-db --allow-partial --format json)
	m_expected=
	echo "tree:     $compdb: $m_files units (1 in ${every}, by file name)${left:+, $left left out}${unclean:+; $unclean with parse errors left out (--clean-only)}"
	echo "          ${standins:-0} missing headers, given to clang, clang-tidy and the floor as empty stand-ins (as hvcilint makes them)"
	echo
	# The logged arguments already hold -ferror-limit=0 and -fno-spell-checking.
	baseline_extra=()
else
	if ! python3 "$here/gen_tree.py" "$out" --files "$files" --seed "$seed" --wdk "$wdk" -q; then
		echo "run.sh: gen_tree.py failed" >&2
		exit 2
	fi
	read -r m_files m_lines m_bad m_mistakes m_expected < <("${lib[@]}" manifest "$out")
	echo "tree:     $out: $m_files files, $m_lines lines, $m_mistakes seeded HVCI mistakes in $m_bad files"
	echo "          ($m_expected of them executable: the others sit in POOL_NX_OPTIN_AUTO modules)"
	echo

	# hvcilint passes -ferror-limit=0 and -fno-spell-checking to libclang; the
	# baseline gets the same flags so both sides do the same front-end work.
	baseline_extra=(--extra=-ferror-limit=0 --extra=-fno-spell-checking)
fi

# ---------------------------------------------------------------------------
# One measurement of each side

clang_times=()
hvci_times=()
baseline_failed=0
baseline_errors=0
baseline_fatal=0

run_baseline() {
	local line
	line=$("${lib[@]}" baseline "$base_db" --clang "$clang_path" -j "$jobs" "${baseline_extra[@]}") || return 1
	read -r t baseline_failed baseline_errors baseline_fatal <<<"$line"
	clang_times+=("$t")
}

# The report goes to a regular file in $tmp, never `-o /dev/null`: hvcilint
# writes FILE.tmpPID and renames it over FILE, which as root would replace
# the /dev/null device node with a regular file.  Writing a few hundred KB
# to a temp file costs the same as writing it to /dev/null, and the last
# timed run's report gives the findings count without an extra run.
no_db_supported=1

# Shared precompiled headers (docs/speed.md): hvcilint keeps them in a
# folder of this run's own, filled by two untimed runs before the timed
# ones (the first marks each prefix, the second builds its PCH), as the
# runs before a nightly run would have filled it.  The folder also keeps
# each recovered unit's replay (docs/speed.md), which the timed runs use.  Each timed run is paired
# with one --no-pch run, so both states are measured side by side.
pch_supported=0
if "$hvcilint" check --help 2>/dev/null | grep -q -- '--pch-dir'; then
	pch_supported=1
	hvci_args+=(--pch-dir "$tmp/pch")
fi

# run_hvcilint OUTPUT_FILE: appends the wall time to hvci_times, returns 0,
# or prints the failure and returns 1.
run_hvcilint() {
	local dest=$1 line t rc
	line=$("${lib[@]}" timed --stderr "$tmp/hvci.err" -- "$hvcilint" "${hvci_args[@]}" -o "$dest")
	read -r t rc rss <<<"$line"
	rc=${rc:-2}
	if [ "$rc" -eq 2 ] && [ "$no_db_supported" -eq 1 ] &&
		grep -qiE 'unknown option|unrecognized option|invalid option|no-db' "$tmp/hvci.err"; then
		no_db_supported=0
		hvci_args=(check -p "$out" -j "$jobs" --format json)
		echo "note: this hvcilint rejects --no-db; measuring without it (a result cache may help it)" >&2
		line=$("${lib[@]}" timed --stderr "$tmp/hvci.err" -- "$hvcilint" "${hvci_args[@]}" -o "$dest")
		read -r t rc rss <<<"$line"
		rc=${rc:-2}
	fi
	if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
		echo "run.sh: hvcilint failed (exit $rc): $hvcilint ${hvci_args[*]} -o $dest" >&2
		cat "$tmp/hvci.err" >&2
		return 1
	fi
	hvci_times+=("$t")
	[ "${rss:-0}" -gt "$hvci_rss" ] && hvci_rss=$rss
	return 0
}

# clang-tidy reads the same compile database and gets the same extra flags
# as the clang baseline, so it parses with the same headers (the database's
# -idirafter wdk/) and the same options.
tidy_times=()
tidy_failed=0
tidy_errors=0
run_tidy() {
	local line
	line=$("${lib[@]}" tidy "$base_db" --tidy "$tidy_path" --checks "$tidy_check" -j "$jobs" \
		"${baseline_extra[@]}") || return 1
	read -r t tidy_failed tidy_errors _ <<<"$line"
	tidy_times+=("$t")
}

# The floor parses with the arguments hvcilint used: one untimed hvcilint
# run logs them (HVCILINT_ARGV_LOG), then each mode reads that log.
fork_times=()
warm_times=()
floor_errors=()
floor_rss=()
run_floor() {
	local mode=$1 line u e f t r
	line=$(nice -n 0 "$floor_bin" "$mode" -j "$jobs" "$floor_log") || {
		echo "run.sh: the floor ($mode) failed: $line" >&2
		return 1
	}
	read -r _ u _ e _ f _ t _ r <<<"$line"
	if [ "$mode" = fork ]; then fork_times+=("$t"); else warm_times+=("$t"); fi
	floor_errors+=("$mode=$e")
	floor_rss+=("$mode=$r")
}

# run_variant NAME LABEL ENV... : one more timed hvcilint run, under `env
# ENV...` (VAR=VALUE words, then any extra options after --), its report
# in $tmp/NAME.json; appends the time to NAME_times.
run_variant() {
	local name=$1 label=$2 line t rc
	shift 2
	local envs=() extra=()
	while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
	[ $# -gt 0 ] && shift && extra=("$@")
	line=$("${lib[@]}" timed --stderr "$tmp/$name.err" -- env "${envs[@]}" \
		"$hvcilint" "${hvci_args[@]}" "${extra[@]}" -o "$tmp/$name.json")
	read -r t rc _ <<<"$line"
	if [ "${rc:-2}" -ne 0 ] && [ "${rc:-2}" -ne 1 ]; then
		echo "run.sh: hvcilint ($label) failed (exit ${rc:-2})" >&2
		cat "$tmp/$name.err" >&2
		return 1
	fi
	eval "${name}_times+=(\"\$t\")"
}

# On a real tree, hvcilint also runs with recovery parsing off: then it
# parses each unit once, like the baselines, and its parse errors must
# equal theirs; the shipped run's extra passes are what recovery costs.
norec_times=()
run_norec() { run_variant norec "recovery off" HVCILINT_NO_RECOVERY=1; }
nopch_times=()
run_nopch() { run_variant nopch "--no-pch" -- --no-pch; }

# print_ratios "T1 T2...": those times over each baseline's, run by run.
print_ratios() {
	"${lib[@]}" ratios "clang -fsyntax-only per file" "$1" "${clang_times[*]}"
	if [ "$floor" -eq 1 ]; then
		"${lib[@]}" ratios "floor, fork per file" "$1" "${fork_times[*]}"
		"${lib[@]}" ratios "floor, warm process" "$1" "${warm_times[*]}"
	fi
	if [ -n "$tidy_path" ]; then
		"${lib[@]}" ratios "clang-tidy, 1 check per file" "$1" "${tidy_times[*]}"
	fi
}

hvci_rss=0
hvci_ok=$have_hvcilint
if [ "$floor" -eq 1 ] && [ -z "$compdb" ]; then
	rm -f "$tmp/argv.log"
	HVCILINT_ARGV_LOG="$tmp/argv.log" "$hvcilint" "${hvci_args[@]}" -o "$tmp/argv-report.json" \
		2>"$tmp/hvci.err"
	if [ ! -s "$tmp/argv.log" ]; then
		echo "run.sh: hvcilint wrote no argument log (HVCILINT_ARGV_LOG); is it this version?" >&2
		cat "$tmp/hvci.err" >&2
		exit 2
	fi
fi
if [ "$hvci_ok" -eq 1 ] && [ "$pch_supported" -eq 1 ]; then
	for k in 1 2; do
		"$hvcilint" "${hvci_args[@]}" -o "$tmp/prime.json" 2>/dev/null
		[ $? -le 1 ] || { echo "run.sh: hvcilint failed filling the PCH folder" >&2; exit 2; }
	done
fi
for ((i = 1; i <= runs; i++)); do
	# Interleaved so that drift (thermal, other load) hits both sides alike.
	if ! run_baseline; then
		echo "run.sh: the clang baseline could not run" >&2
		exit 2
	fi
	if [ "$hvci_ok" -eq 1 ] && ! run_hvcilint "$tmp/report.json"; then
		exit 2
	fi
	if [ -n "$compdb" ]; then
		run_norec || exit 2
	fi
	if [ "$hvci_ok" -eq 1 ] && [ "$pch_supported" -eq 1 ]; then
		run_nopch || exit 2
	fi
	if [ "$floor" -eq 1 ]; then
		run_floor fork || exit 2
		run_floor warm || exit 2
	fi
	if [ -n "$tidy_path" ] && ! run_tidy; then
		echo "run.sh: the clang-tidy baseline could not run" >&2
		exit 2
	fi
	printf 'run %d/%d: clang %.3fs%s%s%s%s%s\n' "$i" "$runs" "${clang_times[-1]}" \
		"$([ "$hvci_ok" -eq 1 ] && printf ', hvcilint %.3fs' "${hvci_times[-1]}")" \
		"$([ -n "$compdb" ] && printf ', hvcilint recovery off %.3fs' "${norec_times[-1]}")" \
		"$([ "$pch_supported" -eq 1 ] && [ "$hvci_ok" -eq 1 ] && printf ', hvcilint --no-pch %.3fs' "${nopch_times[-1]}")" \
		"$([ "$floor" -eq 1 ] && printf ', floor fork %.3fs, floor warm %.3fs' \
			"${fork_times[-1]}" "${warm_times[-1]}")" \
		"$([ -n "$tidy_path" ] && printf ', clang-tidy %.3fs' "${tidy_times[-1]}")"
done

if [ "$baseline_failed" -ne 0 ] && [ -n "$compdb" ]; then
	echo "note: clang reported $baseline_errors errors in $baseline_failed of $m_files units:" \
		"real code under these headers; the parse-error counts below must still agree" >&2
elif [ "$baseline_failed" -ne 0 ]; then
	echo "warning: clang reported $baseline_errors errors in $baseline_failed of $m_files files;" \
		"the generated tree does not fully parse with these headers, so the ratio is skewed" >&2
fi

if [ -n "$tidy_path" ] && [ "$tidy_failed" -ne 0 ]; then
	echo "warning: clang-tidy reported $tidy_errors compiler errors in $tidy_failed of $m_files files;" \
		"compare the parse-error counts below before reading its ratio" >&2
fi

findings="n/a"
if [ "$hvci_ok" -eq 1 ]; then
	findings=$("${lib[@]}" count-findings "$tmp/report.json")
fi

clang_med=$("${lib[@]}" median "${clang_times[@]}")
echo
printf '%-8s %-6s %-14s %-16s %-8s %s\n' files jobs "clang med (s)" "hvcilint med (s)" ratio findings
if [ "$hvci_ok" -eq 1 ]; then
	hvci_med=$("${lib[@]}" median "${hvci_times[@]}")
	ratio=$(python3 -c "import sys; c, h = float(sys.argv[1]), float(sys.argv[2]); print('%.3f' % (h / c) if c > 0 else 'n/a')" "$clang_med" "$hvci_med")
	printf '%-8s %-6s %-14.3f %-16.3f %-8s %s\n' "$m_files" "$jobs" "$clang_med" "$hvci_med" "$ratio" "$findings"
	echo
	echo "ratio = hvcilint / clang -fsyntax-only wall time, median of $runs (informational only)"
	if [ -n "$compdb" ]; then
		echo "findings: $findings reported (with recovery off: $("${lib[@]}" count-findings "$tmp/norec.json"))"
	else
		echo "findings: $findings reported, $m_expected expected from the seeded mistakes (informational)"
	fi
	[ "$no_db_supported" -eq 1 ] || echo "note: measured without --no-db"
	echo
	# Each ratio is taken per run (the sides of one run ran back to back),
	# then summarised: median and range over the runs.
	echo "per-run ratios of hvcilint's wall time, median [min-max] over $runs runs:"
	print_ratios "${hvci_times[*]}"
	if [ -n "$compdb" ]; then
		echo "the same for hvcilint with recovery parsing off (one parse per unit):"
		print_ratios "${norec_times[*]}"
	fi
	if [ "$pch_supported" -eq 1 ]; then
		echo "the same for hvcilint without shared precompiled headers (--no-pch):"
		print_ratios "${nopch_times[*]}"
	fi
	if [ "$floor" -eq 1 ]; then
		# What a process per unit costs on this host: the per-process
		# baselines, and so the ratios against them, move with it.
		echo "this host's price of a process per unit (the fork floor over the warm floor):"
		"${lib[@]}" ratios "fork floor / warm floor" "${fork_times[*]}" "${warm_times[*]}"
	fi
	echo
	echo "parse errors (must be equal: same headers, same flags):"
	echo "  clang -fsyntax-only: $baseline_errors"
	echo "  hvcilint:            $("${lib[@]}" count-parse-errors "$tmp/report.json")"
	if [ -n "$compdb" ]; then
		echo "    (after recovery parsing; with it off: $("${lib[@]}" count-parse-errors "$tmp/norec.json")," \
			"one 'file not found' for each missing header, as it has no stand-ins then)"
		if [ "$baseline_fatal" -ne 0 ]; then
			echo "  clang stopped at a fatal error in $baseline_fatal units; libclang, and so" \
				"hvcilint and the floor, parses on past it: there the counts part"
		fi
	fi
	if [ "$floor" -eq 1 ]; then
		echo "  floor (last run):    $(printf '%s ' "${floor_errors[@]: -2}")"
	fi
	if [ -n "$tidy_path" ]; then
		echo "  clang-tidy:          $tidy_errors"
	fi
	echo "peak RSS of the largest process (KB): hvcilint (parent or worker) $hvci_rss" \
		"$([ "$floor" -eq 1 ] && printf '; floor (last run) %s' "$(printf '%s ' "${floor_rss[@]: -2}")")"
	exit 0
fi

printf '%-8s %-6s %-14.3f %-16s %-8s %s\n' "$m_files" "$jobs" "$clang_med" n/a n/a n/a
echo
echo "baseline only (--baseline-only): hvcilint not measured, no ratio"
exit 0
