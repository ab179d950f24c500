. "$(dirname "$0")/lib.sh" "$@"
unset HVCILINT_PCH # this test says when it wants them
# Recovery's passes with a PCH are what this test looks at: replays kept
# between runs (t_replay_cache.sh) would skip them, except where asked.
export HVCILINT_NO_REPLAY=1
# Files whose leading #include lines of WDK headers (read on into the
# project's header a file opens with) and command agree share a
# precompiled header of those lines, kept between runs (the default, also
# --pch or --pch-dir).  It may save time, never change a report: each run
# here is compared with a run without (--no-pch).
# The fallback headers are a copy here, so that one of them can change.
# Two are added: one without a guard, and one that spells a name it does
# not declare.
mkdir -p "$T/data"
cp -r "$SRC/wdk" "$T/data/wdk"
printf 'typedef int TWICE;\n' >"$T/data/wdk/twice.h"
printf '#define HVCI_SPELLED(x) ((HVCI_SPELLED_TYPE)(x))\n' >>"$T/data/wdk/ntddk.h"
export HVCILINT_DATA_DIR="$T/data"
# The project's own header comes after the WDK's, as most real drivers
# write it; it brings a macro, a header wrapper of the allocator and a
# writable and executable section.  A PCH never holds it: the checks see
# it as the unit's own code, whatever the PCH.
P="$T/p"
mkdir -p "$P"
cat >"$P/precomp.h" <<'C'
#define POOL_KIND NonPagedPool
#include "local.h"
C
cat >"$P/local.h" <<'C'
#pragma section(".hvwx", read, write, execute)
static PVOID LocalAlloc(POOL_TYPE Type, SIZE_T Size)
{
	return ExAllocatePoolWithTag(Type, Size, 'lcoL');
}
C
# a.c, b.c and c.c share a prefix (a comment and a byte-order mark first);
# d.c adds a WDK line to it; e.c shares it but has an error of its own;
# f.c's second prefix line names a generated header that is not there (as
# WPP's .tmh files are before a build), so f.c shares the PCH of the line
# before it; fc.c's does too, but no other file has the two lines before
# it: the PCH of those is built on the run that finds the longer prefix
# failing, since that prefix was asked for twice already; g.c opens with the project's header, whose #define comes
# before a header of the project's with no WDK line, so it has no prefix
# (the debug line says where the scan stopped).  h.c and h2.c open with another header of
# the project's, whose WDK lines (behind its guard) make their prefix, and
# i.c with one that brings in an unguarded header (read again, it would
# declare twice) after a WDK line: its prefix stops before it.  j.c names
# its header in another case (the case overlay finds it) and k.c uses a
# name that no WDK header declares but one spells.  l.cpp and m.cpp share a
# PCH and instantiate a template of their own, which a parse with the
# PCH's declarations left out lists among the unit's top-level ones.
# n.c's command defines hpre.h's guard, so the preprocessor never reads
# the WDK lines behind it.  o.c names its header in another case too, and
# that header's WDK line follows a `#pragma warning` with a comment after
# it.  s.c assigns a file-static variable that a WDK header declares, and
# reads it in another function: the PCH says it declares one.  q.c's
# header (its guard written `#if !defined`) defines macros before its WDK
# line, POOL_NX_OPTIN among them; r.c and u.c define one that a WDK header
# after redefines or undefines, so their #define cannot go into a PCH (the
# parse reads it again after the PCH, and would undo the header's change).
# v.cpp wraps its WDK line in an `extern "C"` block, as C++ drivers do;
# w.cpp's block holds a declaration too, so none of it is a prefix.
# vb.cpp closes its block with `};`.
# y.c sets a version macro whether or not the command did (`#ifdef`,
# `#undef`, `#endif`, `#define`), and x.c does so over the command's
# definition; z.c's WDK header after it redefines the macro, so its lines
# cannot go into a PCH.  ga.c and gb.c open with initguid.h, which has no
# guard: read again after the PCH, it changes nothing, so their prefix is
# a PCH.  gc.c's WDK header after it takes INITGUID back, which reading
# initguid.h again would undo: no PCH.  ml.c's #define lines continue with
# backslashes and hold one in a literal: its prefix holds them joined.
# nk.c and nl.c name a WDK header in another case: their prefix names the
# file the case overlay maps it to, and the parse passes over the header
# the PCH holds (it is the same file).  df.c gives a macro a default
# (`#ifndef`, `#define`, `#endif`) before its WDK lines: the block goes
# into its prefix.  dg.c's WDK header after such a block undefines the
# macro, which the block, read again, would bring back: no PCH.  ka.c
# opens with `#ifdef KA_T` (its command defines it) and kb.c with `#ifndef`
# of a name nothing defines: the branch the parse reads goes into their
# prefix.  kc.c's WDK header after the conditional defines its name, so
# that the parse, reading the conditional again after the PCH, would take
# the other branch: no PCH.  db.c tests `#ifdef DBG` before its WDK line, as
# release builds see it: the kit's headers leave DBG undefined (only a debug
# build's command defines it), so reading the test again after the PCH
# answers it the same way, and the unit loads the PCH.
printf '\357\273\277// a.c\n#include <ntddk.h>\n#include "precomp.h"\nPVOID A(void) { return ExAllocatePoolWithTag(POOL_KIND, 8, 1); }\n' >"$P/a.c"
printf '/* b.c */\n#include <ntddk.h>\n#include "precomp.h"\nPVOID B(void) { return LocalAlloc(NonPagedPool, 8); }\n' >"$P/b.c"
printf '#include <ntddk.h>\n#include "precomp.h"\nPVOID C(void) { return LocalAlloc(NonPagedPoolNx, 8); }\n' >"$P/c.c"
printf '#include <ntddk.h>\n#include <ntstrsafe.h>\n#include "precomp.h"\nPVOID D(void) { return LocalAlloc(POOL_KIND, 8); }\n' >"$P/d.c"
printf '#include <ntddk.h>\n#include "broken.h"\nPVOID E(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/e.c"
printf 'typedef struct { NO_SUCH_TYPE x; } BROKEN;\n' >"$P/broken.h"
printf '#include <ntddk.h>\n#include "f.tmh"\n#include "precomp.h"\nPVOID F(void) { return LocalAlloc(NonPagedPoolNx, 8); }\n' >"$P/f.c"
printf '#include <ntddk.h>\n#include <ntintsafe.h>\n#include "fc.tmh"\nPVOID FC(void) { return ExAllocatePoolWithTag(NonPagedPoolNx, 8, 1); }\n' >"$P/fc.c"
printf '#include "precomp.h"\nPVOID G(void) { return LocalAlloc(NonPagedPoolNx, 8); }\n' >"$P/g.c"
printf '#ifndef HPRE_H\n#define HPRE_H\n#pragma once\n#include <ntddk.h>\n#include <ntstrsafe.h>\n#include "precomp.h"\n#endif\n' >"$P/hpre.h"
printf '// h.c\n#include "hpre.h"\nPVOID H(void) { return LocalAlloc(POOL_KIND, 8); }\n' >"$P/h.c"
printf '#include "hpre.h"\nPVOID H2(void) { return LocalAlloc(NonPagedPoolNx, 8); }\n' >"$P/h2.c"
printf '#pragma once\n#include <ntddk.h>\n#include "twice.h"\n' >"$P/ipre.h"
printf '#include "ipre.h"\nPVOID I(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/i.c"
printf '#include <ntddk.h>\n#include "Local2.h"\nPVOID J(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/j.c"
printf 'typedef int LOCAL2;\n' >"$P/local2.h"
for f in l m; do
	cat >"$P/$f.cpp" <<C
#include <ntddk.h>
template <class T> struct Guard { T *p; Guard(T *q) : p(q) {} ~Guard() { p = 0; } };
PVOID $f(void) { ULONG v = 0; Guard<ULONG> g(&v); return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }
C
done
printf 'UNKNOWN_L Broken;\n' >>"$P/l.cpp"
printf '#include "hpre.h"\n#include <ntddk.h>\nPVOID N(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/n.c"
printf '#ifndef OPRE_H\n#define OPRE_H\n#pragma warning(disable: 4201) // nameless unions\n#include <ntddk.h>\n#endif\n' >"$P/opre.h"
printf '#include "OPre.h"\nPVOID O(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/o.c"
printf '#pragma once\nstatic POOL_TYPE HvciHdrPool;\n' >"$T/data/wdk/hdrpool.h"
printf '#include <ntddk.h>\n#include <hdrpool.h>\nvoid SetUp(void) { HvciHdrPool = NonPagedPool; }\nPVOID S(void) { return ExAllocatePoolWithTag(HvciHdrPool, 8, 1); }\n' >"$P/s.c"
printf '#if !defined(QPRE_H)\n#define QPRE_H\n#define POOL_NX_OPTIN 1 // opt in\n#define QTAG '"'"'gTq'"'"' // "a tag"\n#include <ntddk.h>\n#endif\n' >"$P/qpre.h"
printf '#include "qpre.h"\nNTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r) { (void)d; (void)r; ExInitializeDriverRuntime(DrvRtPoolNxOptIn); return ExAllocatePoolWithTag(NonPagedPool, 8, QTAG) ? 0 : 1; }\n' >"$P/q.c"
printf '#pragma once\n#undef RTAG\n#define RTAG 2\n' >"$T/data/wdk/redef.h"
printf '#pragma once\n#undef UTAG\n' >"$T/data/wdk/undef.h"
printf '#define RTAG 1\n#include <ntddk.h>\n#include <redef.h>\n#if RTAG == 2\nPVOID R(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n#endif\n' >"$P/r.c"
printf '#define UTAG 1\n#include <ntddk.h>\n#include <undef.h>\n#ifndef UTAG\nPVOID U(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n#endif\n' >"$P/u.c"
printf 'extern "C"\n{\n#pragma warning(push)\n#include <ntddk.h> /// Inc\\Here\n#pragma warning(pop)\n}\nPVOID V(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/v.cpp"
printf 'extern "C" {\n#include <ntddk.h>\n#include <wdm.h>\n};\nPVOID VB(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/vb.cpp"
printf 'extern "C" {\n#include <ntddk.h>\nint Inside;\n}\nPVOID W(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/w.cpp"
for v in x y; do
	V=$(echo $v | tr a-z A-Z)VER
	printf '#ifdef %s\n#undef %s\n#endif // set here\n#define %s 2\n#include <ntddk.h>\n#if %s == 2\nPVOID %s(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n#endif\n' \
		$V $V $V $V $V >"$P/$v.c"
done
printf '#ifdef RTAG\n#undef RTAG\n#endif\n#define RTAG 1\n#include <ntddk.h>\n#include <redef.h>\n#if RTAG == 2\nPVOID Z(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n#endif\n' >"$P/z.c"
for v in ga gb; do
	printf '#include <initguid.h>\n#include <ntddk.h>\nDEFINE_GUID(G_%s, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);\nPVOID %s(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' $v $v >"$P/$v.c"
done
printf '#pragma once\n#undef INITGUID\n#include <guiddef.h>\n' >"$T/data/wdk/noinit.h"
printf '#include <initguid.h>\n#include <ntddk.h>\n#include <noinit.h>\n#ifndef INITGUID\nPVOID GC(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n#endif\n' >"$P/gc.c"
for v in nk nl; do
	printf '#include <NTDDK.h>\n#include <Wdm.h>\nPVOID %s(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' $v >"$P/$v.c"
done
printf '#ifndef DFTAG\n#define DFTAG 1 // a default\n#endif\n#include <ntddk.h>\n#include <wdm.h>\n#if DFTAG == 1\nPVOID DF(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n#endif\n' >"$P/df.c"
printf '#ifndef UTAG\n#define UTAG 1\n#endif\n#include <ntddk.h>\n#include <undef.h>\n#ifndef UTAG\nPVOID DG(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n#endif\n' >"$P/dg.c"
printf '#pragma once\n#define KC_T 1\n' >"$T/data/wdk/kcdef.h"
printf '#ifdef KA_T\n#include <ntddk.h>\n#else\n#include <nowhere.h>\n#endif /* KA_T */\n#include <wdm.h>\nPVOID KA(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/ka.c"
printf '#ifndef KB_T\n#include <ntddk.h>\n#include <ntstrsafe.h>\n#else\n#if 1\n#include <nowhere.h>\n#endif\n#endif\nPVOID KB(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/kb.c"
printf '#ifdef KC_T\n#include <nowhere.h>\n#else\n#include <ntddk.h>\n#endif\n#include <kcdef.h>\nPVOID KC(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/kc.c"
printf '#ifdef DBG\n#undef DB_TRACE\n#define DB_TRACE 0\n#endif\n#include <ntddk.h>\nPVOID DB(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/db.c"
cat >"$P/ml.c" <<'ML'
#define ML_SEP ((char) '\\')
#define ML_TWO(a, b) \
    ((a) + \
     (b)) // a sum \
     the comment goes on
#include <ntddk.h>
PVOID ML(void) { return ExAllocatePoolWithTag(ML_TWO(0, ML_SEP - 92) ? NonPagedPoolNx : NonPagedPool, 8, 1); }
ML
printf '#include <ntddk.h>\nHVCI_SPELLED_TYPE K;\nPVOID KK(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/k.c"
python3 - "$P" <<'PY'
import json, sys
p = sys.argv[1]
json.dump([{"directory": p, "file": p + "/" + f,
            "arguments": ["clang", "-c"] + (["-DHPRE_H"] if f == "n.c" else []) +
                         (["-DXVER=1"] if f == "x.c" else []) +
                         (["-DKA_T"] if f == "ka.c" else []) + [f]}
           for f in ("a.c", "b.c", "c.c", "d.c", "e.c", "f.c", "fc.c", "h.c", "h2.c", "i.c", "j.c",
                     "k.c", "l.cpp", "m.cpp", "n.c", "o.c", "s.c", "q.c", "r.c", "u.c", "v.cpp", "w.cpp", "x.c", "y.c", "z.c", "ga.c", "gb.c", "gc.c", "ml.c", "nk.c", "nl.c", "df.c", "dg.c", "vb.cpp", "ka.c", "kb.c", "kc.c", "db.c")],
          open(p + "/compile_commands.json", "w"))
PY
# check NAME ARGS...: one run at -j 1 with the argv of each parse logged
check() {
	name=$1
	shift
	HVCILINT_DEBUG=1 "$HVCILINT" check -p "$P" -j 1 --no-db --format json \
		-o "$T/$name.json" "$@" 2>"$T/$name.err"
	[ $? -eq 1 ] || fail "$name: findings expected: $(cat "$T/$name.err")"
}
# parses_with_pch NAME FILE: how many of FILE's parses loaded a PCH
parses_with_pch() { grep 'hvcilint: debug: argv:' "$T/$1.err" | grep "$P/$2" | grep -c -- -include-pch; }
# parses NAME FILE: how many times FILE was parsed
parses() { grep 'hvcilint: debug: argv:' "$T/$1.err" | grep -c "$P/$2"; }
same() { [ "$(strip "$T/ref.json")" = "$(strip "$T/$1.json")" ] || fail "$1: the report differs from --no-pch: $(diff "$T/ref.json" "$T/$1.json")"; }

check ref --no-pch
[ "$(grep -c '"rule": "hvci-exec-pool"' "$T/ref.json")" -eq 33 ] || fail "thirty-three pool findings expected: $(cat "$T/ref.json")"
grep -q '"rule": "hvci-wx-section"' "$T/ref.json" || fail "no section finding: $(cat "$T/ref.json")"
grep -q -- -include-pch "$T/ref.err" && fail "--no-pch loaded a PCH"

# First run: a prefix is built the second time it is asked for.
check cold --pch-dir "$T/pch"
same cold
[ "$(stat -c %a "$T/pch")" = 700 ] || fail "the PCH folder is open to others: $(stat -c %a "$T/pch")"
# (h.c's prefix is h2.c's too, and l.cpp's m.cpp's, ga.c's gb.c's and
# nk.c's nl.c's: five PCHs)
[ "$(ls "$T/pch" | grep -c '\.pch$')" -eq 5 ] || fail "five PCHs expected: $(ls "$T/pch"; head -5 "$T"/pch/*.c*)"
[ "$(parses_with_pch cold a.c)" -eq 0 ] || fail "a.c: nothing to load yet"
[ "$(parses_with_pch cold b.c)" -eq 1 ] || fail "b.c did not load the PCH"
[ "$(parses_with_pch cold c.c)" -eq 1 ] || fail "c.c did not load the PCH"
# The PCH holds the WDK's headers, never the project's own.
grep -l precomp "$T/pch"/*.json && fail "the project's header went into a PCH"
# Second run: every file of the shared prefix loads it; d.c's prefix
# (asked for a second time now) gets its own.  e.c loads
# it too, and so do recovery's passes over its errors, which plan with
# what the PCH declares.  k.c's stand-in for a name a WDK header spells
# would be read after that header with the PCH and before it without:
# recovery starts again without the PCH.
check warm --pch-dir "$T/pch"
same warm
[ "$(parses_with_pch warm a.c)" -eq 1 ] || fail "a.c did not load the PCH"
[ "$(parses_with_pch warm d.c)" -eq 1 ] || fail "d.c did not load its PCH"
[ "$(parses_with_pch warm h.c)" -eq 1 ] || fail "h.c did not load the PCH of hpre.h's WDK lines"
[ "$(parses warm e.c)" -ge 2 ] || fail "e.c was not recovered"
[ "$(parses_with_pch warm e.c)" -eq "$(parses warm e.c)" ] || fail "e.c's recovery did not keep the PCH"
[ "$(parses_with_pch warm f.c)" -ge 1 ] && [ "$(parses_with_pch warm f.c)" -eq "$(parses warm f.c)" ] || fail "f.c did not load the PCH of its first line"
[ "$(parses_with_pch cold fc.c)" -eq 0 ] || fail "fc.c: nothing to load on the first run"
[ "$(parses_with_pch warm fc.c)" -ge 1 ] && [ "$(parses_with_pch warm fc.c)" -eq "$(parses warm fc.c)" ] ||
	fail "fc.c did not load the PCH of its first two lines on the second run: $(grep 'pch try' "$T/warm.err")"
[ "$(parses_with_pch warm j.c)" -eq 1 ] || fail "j.c, with a case overlay, did not load the PCH"
[ "$(parses_with_pch warm k.c)" -ge 1 ] || fail "k.c did not load the PCH"
[ "$(parses warm k.c | tail -1)" -gt "$(parses_with_pch warm k.c)" ] || fail "k.c was not recovered without the PCH"
grep 'hvcilint: debug: argv:' "$T/warm.err" | grep "$P/k.c" | tail -1 | grep -q -- -include-pch && fail "k.c's last parse loaded the PCH"
[ "$(parses warm l.cpp)" -ge 2 ] && [ "$(parses_with_pch warm l.cpp)" -eq "$(parses warm l.cpp)" ] ||
	fail "l.cpp's recovery did not keep the PCH"
[ "$(parses_with_pch warm n.c)" -eq 0 ] || fail "n.c loaded a PCH of the lines its guard hides"
grep -l twice "$T/pch"/*.json && fail "an unguarded header went into a nested prefix's PCH"
[ "$(parses_with_pch warm o.c)" -eq 1 ] || fail "o.c did not load the PCH of its header's WDK lines"
grep -qx '#pragma warning(disable: 4201)' "$T"/pch/*.c || fail "the pragma line is not in a prefix: $(cat "$T"/pch/*.c)"
[ "$(parses_with_pch warm s.c)" -eq 1 ] || fail "s.c did not load its PCH"
grep -q '"statics":true' "$T"/pch/*.json || fail "no PCH says it declares a file-static variable"
[ "$(parses_with_pch warm q.c)" -eq 1 ] || fail "q.c did not load the PCH of its header's #define and WDK lines"
grep -qx '#define POOL_NX_OPTIN 1' "$T"/pch/*.c || fail "the #define line is not in a prefix: $(cat "$T"/pch/*.c)"
grep -qx "#define QTAG 'gTq'" "$T"/pch/*.c || fail "the #define with a literal is not in a prefix: $(cat "$T"/pch/*.c)"
[ "$(parses_with_pch warm r.c)" -eq 0 ] || fail "r.c loaded a PCH that its WDK header redefines a macro of"
[ "$(parses_with_pch warm u.c)" -eq 0 ] || fail "u.c loaded a PCH that its WDK header undefines a macro of"
[ "$(parses_with_pch warm v.cpp)" -eq 1 ] || fail "v.cpp did not load the PCH of its extern \"C\" block"
[ "$(parses_with_pch warm vb.cpp)" -eq 1 ] || fail "vb.cpp did not load the PCH of its block closed with };"
grep -qx 'extern "C" {' "$T"/pch/*.cpp || fail "no extern \"C\" block in a prefix: $(cat "$T"/pch/*.cpp)"
[ "$(parses_with_pch warm y.c)" -eq 1 ] || fail "y.c did not load the PCH of its #ifdef, #undef and #define lines"
grep -qx '#undef YVER' "$T"/pch/*.c || fail "the #undef line is not in a prefix: $(cat "$T"/pch/*.c)"
[ "$(parses_with_pch warm z.c)" -eq 0 ] || fail "z.c loaded a PCH that its WDK header redefines a macro of"
[ "$(parses_with_pch warm ga.c)" -eq 1 ] || fail "ga.c did not load the PCH of initguid.h and its WDK line"
[ "$(parses_with_pch warm nk.c)" -eq 1 ] || fail "nk.c did not load the PCH of the WDK header it names in another case"
grep -qx '#include <wdm.h>' "$T"/pch/*.c || fail "the header named in another case is not in a prefix by its file's name: $(cat "$T"/pch/*.c)"
[ "$(parses_with_pch warm df.c)" -eq 1 ] || fail "df.c did not load the PCH of its default and WDK lines"
grep -qx '#ifndef DFTAG' "$T"/pch/*.c || fail "the default is not in a prefix: $(cat "$T"/pch/*.c)"
[ "$(parses_with_pch warm dg.c)" -eq 0 ] || fail "dg.c loaded a PCH whose default a WDK header undefines"
[ "$(parses_with_pch warm ka.c)" -eq 1 ] || fail "ka.c did not load the PCH of its conditional's branch"
grep -qx '#ifndef KA_T' "$T"/pch/*.c || fail "the conditional's probe is not in a prefix: $(cat "$T"/pch/*.c)"
[ "$(parses_with_pch warm kb.c)" -eq 1 ] || fail "kb.c did not load the PCH of its conditional's branch"
[ "$(parses_with_pch warm kc.c)" -eq 0 ] || fail "kc.c loaded a PCH after which its conditional reads otherwise"
[ "$(parses_with_pch warm db.c)" -eq 1 ] || fail "db.c did not load the PCH of its #ifdef DBG block and WDK line"
[ "$(parses_with_pch warm ml.c)" -eq 1 ] || fail "ml.c did not load the PCH of its continued #define lines"
grep -qxF "#define ML_TWO(a, b)     ((a) +      (b))" "$T"/pch/*.c || fail "the continued #define is not joined in a prefix: $(cat "$T"/pch/*.c)"
grep -qxF "#define ML_SEP ((char) '\\\\')" "$T"/pch/*.c || fail "the #define with a backslash is not in a prefix: $(cat "$T"/pch/*.c)"
[ "$(parses_with_pch warm gc.c)" -eq 0 ] || fail "gc.c loaded a PCH whose initguid.h, read again, defines INITGUID"
grep -q 'prefix of 0 lines for [^ ]*/w.cpp' "$T/warm.err" || fail "w.cpp's block went into its prefix: $(grep w.cpp "$T/warm.err")"
grep -q '"HVCI_SPELLED_TYPE"' "$T/warm.json" || fail "k.c: no stand-in for the name: $(cat "$T/warm.json")"
ls "$T/pch" | grep -q '\.bad$' || fail "the failed prefix is not remembered: $(ls "$T/pch")"
# With replays kept between runs, the recovered units parse once on the
# next run, with the PCH their recovery kept, and the report is the same.
unset HVCILINT_NO_REPLAY
check keep --pch-dir "$T/pch"
same keep
check replayed --pch-dir "$T/pch"
same replayed
[ "$(parses replayed e.c)" -eq 1 ] && [ "$(parses_with_pch replayed e.c)" -eq 1 ] ||
	fail "e.c did not replay its recovery with the PCH: $(grep "e.c" "$T/replayed.err")"
export HVCILINT_NO_REPLAY=1

# A file whose project header brings no WDK line has no prefix to share.
HVCILINT_DEBUG=1 "$HVCILINT" check -j 1 --no-db --pch-dir "$T/pch" "$P/g.c" -- >/dev/null 2>"$T/g1.err"
HVCILINT_DEBUG=1 "$HVCILINT" check -j 1 --no-db --pch-dir "$T/pch" "$P/g.c" -- >/dev/null 2>"$T/g.err"
grep -q -- -include-pch "$T/g.err" && fail "g.c loaded a PCH of the project's header"
grep -q "prefix of 0 lines for $P/g.c: none; the scan stopped at $P/local.h:1\$" "$T/g.err" ||
	fail "g.c: where the scan stopped: $(grep 'prefix of' "$T/g.err")"

# A header the PCH holds changes: the PCH is stale and never used as it is.
printf '\n#define HVCI_TEST_CHANGED 1\n' >>"$T/data/wdk/ntddk.h"
check ref2 --no-pch
check stale --pch-dir "$T/pch"
[ "$(strip "$T/ref2.json")" = "$(strip "$T/stale.json")" ] || fail "a stale PCH was used: $(diff "$T/ref2.json" "$T/stale.json")"
sed -i 's/return ExAllocatePoolWithTag(Type/return ExAllocatePoolWithTag(NonPagedPoolNx/' "$P/local.h"
check ref2b --no-pch
check changed --pch-dir "$T/pch"
[ "$(strip "$T/ref2b.json")" = "$(strip "$T/changed.json")" ] || fail "the project's header change was not seen: $(diff "$T/ref2b.json" "$T/changed.json")"
[ "$(grep -c '"rule": "hvci-exec-pool"' "$T/ref2b.json")" -eq 30 ] || fail "the header change was not seen: $(cat "$T/ref2b.json")"

# The store's index lists the headers a PCH holds: a change to one of them
# has every file that includes it analysed again.  (e.c, f.c, k.c and l.cpp
# needed recovery's stand-ins: the store takes them as unchanged too, while
# what they were missing is still missing; t_replay_cache.sh tests that.)
"$HVCILINT" check -p "$P" -j 1 --pch-dir "$T/pch" --db "$T/s.db" >/dev/null 2>&1
"$HVCILINT" check -p "$P" -j 1 --pch-dir "$T/pch" --db "$T/s.db" >/dev/null 2>"$T/again.err"
grep -q '38 of 38 files unchanged' "$T/again.err" || fail "no-change run: $(cat "$T/again.err")"
printf '\n' >>"$T/data/wdk/ntddk.h"
"$HVCILINT" check -p "$P" -j 1 --pch-dir "$T/pch" --db "$T/s.db" >/dev/null 2>"$T/changed.err"
grep -q 'files unchanged' "$T/changed.err" && fail "ntddk.h changed, yet: $(cat "$T/changed.err")"

# A folder others may write to is never loaded from.
check ref3 --no-pch
chmod 777 "$T/pch"
check open --pch-dir "$T/pch"
[ "$(strip "$T/ref3.json")" = "$(strip "$T/open.json")" ] || fail "open folder: the report differs"
grep -q -- -include-pch "$T/open.err" && fail "a PCH was loaded from a folder open to others"
grep -q "not a folder of yours alone" "$T/open.err" || fail "no warning: $(cat "$T/open.err")"
[ "$(grep -c 'not a folder of yours alone' "$T/open.err")" -eq 1 ] || fail "warned more than once"
chmod 700 "$T/pch"
# On by default, in the user's cache folder; --no-pch (or HVCILINT_PCH=0)
# turns them off, and a later --pch on again.
XDG_CACHE_HOME="$T/xdg" "$HVCILINT" check -p "$P" -j 1 --no-db >/dev/null 2>&1
XDG_CACHE_HOME="$T/xdg" "$HVCILINT" check -p "$P" -j 1 --no-db >/dev/null 2>&1
ls "$T/xdg/hvcilint/pch" | grep -q '\.pch$' || fail "nothing in the user's cache folder by default"
XDG_CACHE_HOME="$T/xdg2" "$HVCILINT" check -p "$P" -j 1 --no-db --pch --no-pch >/dev/null 2>&1
[ -e "$T/xdg2/hvcilint" ] && fail "PCHs after --no-pch: $(ls -R "$T/xdg2")"
XDG_CACHE_HOME="$T/xdg2" HVCILINT_PCH=0 "$HVCILINT" check -p "$P" -j 1 --no-db >/dev/null 2>&1
[ -e "$T/xdg2/hvcilint" ] && fail "PCHs with HVCILINT_PCH=0: $(ls -R "$T/xdg2")"
XDG_CACHE_HOME="$T/xdg2" HVCILINT_PCH=0 "$HVCILINT" check -p "$P" -j 1 --no-db --no-pch --pch >/dev/null 2>&1
[ -d "$T/xdg2/hvcilint/pch" ] || fail "--pch did not turn them on again"
# A default folder that others may write to is passed over without a word;
# one asked for gets the warning above.
mkdir -p "$T/xdg3/hvcilint/pch"
chmod 777 "$T/xdg3/hvcilint/pch"
XDG_CACHE_HOME="$T/xdg3" "$HVCILINT" check -p "$P" -j 1 --no-db >/dev/null 2>"$T/quiet.err"
grep -q "not a folder of yours alone" "$T/quiet.err" && fail "warned about a folder nobody asked for"
[ -z "$(ls -A "$T/xdg3/hvcilint/pch")" ] || fail "wrote into a folder open to others"
# The folder keeps HVCILINT_PCH_MAX PCHs, dropping the least recently used.
for i in 1 2 3 4; do
	mkdir -p "$P/m$i"
	printf '#include <ntddk.h>\n' >"$P/m$i/one.c"
	printf '#include <ntddk.h>\nULONG Two(void) { return 2; }\n' >"$P/m$i/two.c"
done
HVCILINT_PCH_MAX=2 "$HVCILINT" check -j 1 --no-db --pch-dir "$T/few" "$P"/m?/*.c -- >/dev/null 2>&1
HVCILINT_PCH_MAX=2 "$HVCILINT" check -j 1 --no-db --pch-dir "$T/few" "$P"/m?/*.c -- >/dev/null 2>&1
n=$(ls "$T/few" | grep -c '\.pch$')
[ "$n" -ge 1 ] && [ "$n" -le 2 ] || fail "HVCILINT_PCH_MAX=2 kept $n PCHs: $(ls "$T/few")"
run "$HVCILINT" check -p "$P" --pch-dir= --no-db
expect_rc 2
one_line_err
exit 0
