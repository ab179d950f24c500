. "$(dirname "$0")/lib.sh" "$@"
unset HVCILINT_PCH # this test says when it wants them
export HVCILINT_NO_REPLAY=1
# How far a unit's shared PCH reaches into the project's own precompiled
# header (t_pch.sh has the rest).  Real drivers' headers declare a few
# types of their own before <ndis.h>, nest four and more headers deep,
# name a header that several -I folders hold, comment their #define lines
# and change a macro with #undef.  A PCH may cover all that, and never
# change a report: each run is compared with one without (--no-pch).
#  la.c and lb.c: lpre.h declares a list entry, an enum and a function
#   before its WDK line, and comments its #define: the declarations are
#   read after the PCH, which holds the #define and the WDK line.
#  lc.c: lcpre.h's declaration before the WDK line spells ULONG, which the
#   WDK declares: read after the PCH it would mean something else.
#  ld.c: ldpre.h's declaration spells a macro the header defines after it.
#  lp.c: lppre.h's declaration is a __pragma: it may change the WDK's.
#  lm.c and lk.c: the declaration spells ULONG through a macro of the
#   header's, and through one of the command's (-D).
#  lj.c: the declaration spells a macro of the command's that a WDK header
#   after it #undefs (the fallback headers are a copy here, with that one
#   added).
#  le.c: six headers deep before the WDK line.
#  lf.c: "shared.h" is in two -I folders; the first one's is the one read.
#  lg.c: the same, but the first folder is also named -isystem, which
#   puts it after the other: the scan cannot tell which, and stops.
#  lu.c: an #undef and a #define change a macro the header set before.
#  lt1.cpp and lt2.cpp: a template of the project's before the WDK line.
#  ln.cpp and lnc.c: lnpre.h wraps its WDK line in `#ifdef __cplusplus`
#   blocks inside an #ifdef that the command answers.
mkdir -p "$T/data"
cp -r "$SRC/wdk" "$T/data/wdk"
printf '#pragma once\n#undef LJ_T\n' >"$T/data/wdk/undef_lj.h"
export HVCILINT_DATA_DIR="$T/data"
P="$T/p"
mkdir -p "$P/src" "$P/inc1" "$P/inc2"
alloc='PVOID %s(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n'
cat >"$P/lpre.h" <<'C'
#ifndef LPRE_H
#define LPRE_H
#define LTAG 'gTaL' /* the pool tag */
typedef struct _L_ENTRY {
	struct _L_ENTRY *Next; /* #include <nothing.h> */
	char Name[8];
} L_ENTRY, *PL_ENTRY;
typedef enum _L_STATUS { L_OK, L_FAIL } L_STATUS;
L_STATUS LCheck(PL_ENTRY e);
#include <ntddk.h>
#endif
C
for f in la lb; do
	printf '#include "lpre.h"\nL_STATUS LCheck(PL_ENTRY e) { return e ? L_OK : L_FAIL; }\n'"$alloc" $f >"$P/$f.c"
done
printf '#pragma once\ntypedef ULONG LC_T;\n#include <ntddk.h>\n' >"$P/lcpre.h"
printf '#pragma once\ntypedef int LD_T[LD_N];\n#define LD_N 4\n#include <ntddk.h>\n' >"$P/ldpre.h"
printf '#pragma once\n__pragma(pack(push, 1))\nstruct LP { char c; };\n#include <ntddk.h>\n' >"$P/lppre.h"
printf '#pragma once\n#define LM_DECL(x) LM_TYPE x\n#define LM_TYPE ULONG\nLM_DECL(lm_v);\n#include <ntddk.h>\n' >"$P/lmpre.h"
printf '#pragma once\nLK_T lk_v;\n#include <ntddk.h>\n' >"$P/lkpre.h"
printf '#pragma once\nLJ_T lj_v;\n#include <ntddk.h>\n#include <undef_lj.h>\n' >"$P/ljpre.h"
for f in lc ld lp lm lk lj; do
	printf '#include "%spre.h"\n'"$alloc" $f $f >"$P/$f.c"
done
for i in 1 2 3 4 5; do
	printf '#pragma once\ntypedef int LE%s_T;\n#include "le%s.h"\n' $i $((i + 1)) >"$P/le$i.h"
done
printf '#pragma once\n#include <ntddk.h>\n' >"$P/le6.h"
printf '#include "le1.h"\n'"$alloc" le >"$P/le.c"
printf '#pragma once\ntypedef int SHARED_ONE;\n#include <ntddk.h>\n' >"$P/inc1/shared.h"
printf '#pragma once\n#define SHARED_TWO 1\n#include <wdm.h>\n' >"$P/inc2/shared.h"
for f in lf lg; do
	printf '#include "shared.h"\n'"$alloc" $f >"$P/src/$f.c"
done
printf '#pragma once\n#define LUV 1\n#undef LUV\n#define LUV 2 // changed\n#include <ntddk.h>\n' >"$P/lupre.h"
printf '#include "lupre.h"\n#if LUV == 2\n'"$alloc"'#endif\n' lu >"$P/lu.c"
printf '#pragma once\ntemplate <class T> struct LBox { T v; };\n#include <ntddk.h>\n' >"$P/ltpre.h"
for f in lt1 lt2; do
	printf '#include "ltpre.h"\nLBox<int> %s_box;\n'"$alloc" $f $f >"$P/$f.cpp"
done
cat >"$P/lnpre.h" <<'C'
#pragma once
#ifdef LN_ON
#ifdef __cplusplus
extern "C" {
#endif
#include <wdm.h>
#ifdef __cplusplus
}
#endif
#endif
C
for f in ln.cpp lnc.c; do
	printf '#include "lnpre.h"\n'"$alloc" ln_$(echo $f | tr . _) >"$P/$f"
done
python3 - "$P" <<'PY'
import json, sys
p = sys.argv[1]
units = [(f, []) for f in ("la.c", "lb.c", "lc.c", "ld.c", "lp.c", "lm.c", "le.c", "lu.c", "lt1.cpp", "lt2.cpp")]
units += [("lk.c", ["-DLK_T=ULONG"]), ("lj.c", ["-DLJ_T=int"])]
units += [("src/lf.c", ["-I", p + "/inc1", "-I", p + "/inc2"]),
          ("src/lg.c", ["-isystem", p + "/inc1", "-I", p + "/inc1", "-I", p + "/inc2"]),
          ("ln.cpp", ["-DLN_ON"]), ("lnc.c", ["-DLN_ON"])]
json.dump([{"directory": p, "file": p + "/" + f, "arguments": ["clang", "-c"] + a + [f]}
           for f, a in units], open(p + "/compile_commands.json", "w"))
PY
check() {
	name=$1
	shift
	HVCILINT_DEBUG=1 "$HVCILINT" check -p "$P" -j 1 --no-db --format json \
		-o "$T/$name.json" "$@" 2>"$T/$name.err"
	[ $? -eq 1 ] || fail "$name: findings expected: $(cat "$T/$name.err")"
	[ "$name" = ref ] || [ "$(strip "$T/ref.json")" = "$(strip "$T/$name.json")" ] ||
		fail "$name: the report differs from --no-pch: $(diff "$T/ref.json" "$T/$name.json")"
}
loads() { grep 'hvcilint: debug: argv:' "$T/warm.err" | grep "$P/$1" | grep -c -- -include-pch; }

check ref --no-pch
[ "$(grep -c '"rule": "hvci-exec-pool"' "$T/ref.json")" -eq 16 ] || fail "sixteen pool findings expected: $(cat "$T/ref.json")"
check cold --pch-dir "$T/pch"
check warm --pch-dir "$T/pch"
for f in la.c lb.c le.c src/lf.c lu.c lt1.cpp lt2.cpp ln.cpp lnc.c; do
	[ "$(loads $f)" -eq 1 ] || fail "$f did not load a PCH: $(grep "$f" "$T/warm.err")"
done
for f in lc.c ld.c lp.c lm.c lk.c lj.c src/lg.c; do
	[ "$(loads $f)" -eq 0 ] || fail "$f loaded a PCH"
done
grep -q "prefix of 0 lines for $P/src/lg.c" "$T/warm.err" || fail "lg.c: $(grep lg.c "$T/warm.err")"
grep -qx "#define LTAG 'gTaL'" "$T"/pch/*.c || fail "the commented #define is not in a prefix: $(cat "$T"/pch/*.c)"
grep -qx '// hvcilint: later LCheck L_ENTRY L_FAIL L_OK L_STATUS Name Next PL_ENTRY _L_ENTRY _L_STATUS char e enum struct typedef' "$T"/pch/*.c ||
	fail "no list of the names read after the PCH: $(cat "$T"/pch/*.c)"
grep -q 'L_ENTRY' "$T"/pch/*.json && fail "the project's declarations went into a PCH"
grep -qx '#undef LUV' "$T"/pch/*.c || fail "the #undef is not in a prefix: $(cat "$T"/pch/*.c)"
grep -q '^#ifndef __cplusplus$' "$T"/pch/*.cpp && grep -qx 'extern "C" {' "$T"/pch/*.cpp ||
	fail "ln.cpp's conditional block is not in a prefix: $(cat "$T"/pch/*.cpp)"
grep -l SHARED_TWO "$T"/pch/*.c && fail "the scan read the second folder's shared.h"
exit 0
