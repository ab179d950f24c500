. "$(dirname "$0")/lib.sh" "$@"
# A compile database written on Windows (drive letters, backslashes, a cl
# command line split by the Windows rules) is read here with --path-map
# WINDOWS=LOCAL and gives the same findings as the same database written
# on Linux.  Without a mapping: one error line naming the entry, exit 2.
P="$T/src/drv"
mkdir -p "$P/inc" "$T/lin" "$T/win"
cat > "$P/inc/pool.h" <<'C'
#define DRV_POOL NonPagedPool
C
cat > "$P/inc/force.h" <<'C'
#define DRV_TAG 'gvrD'
C
cat > "$P/a.c" <<'C'
#include <ntddk.h>
#include "pool.h"
PVOID A(void) { return ExAllocatePoolWithTag(DRV_POOL, 8, DRV_TAG); }
C
cat > "$P/b.c" <<'C'
#include <ntddk.h>
#include <pool.h>
PVOID B(PHYSICAL_ADDRESS Pa) { return MmMapIoSpaceEx(Pa, 8, PAGE_EXECUTE_READWRITE | WIN_ONLY); }
C
cat > "$T/lin/compile_commands.json" <<J
[{"directory": "$P", "file": "$P/a.c",
  "command": "clang-cl /nologo /I$P/inc /FI$P/inc/force.h /c $P/a.c",
  "output": "CMakeFiles/drv.dir/a.c.obj"},
 {"directory": "$P", "file": "b.c",
  "arguments": ["clang-cl", "/DWIN_ONLY=0", "-I", "$P/inc", "/c", "b.c"],
  "output": "CMakeFiles/drv.dir/b.c.obj"}]
J
# The same build as CMake on Windows writes it: a quoted compiler path,
# backslashes, a WDK folder that does not exist here, and a definition
# whose backslashes must stay.
cat > "$T/win/compile_commands.json" <<'J'
[{"directory": "C:\\Src\\drv", "file": "C:\\Src\\drv\\a.c",
  "command": "\"C:\\Program Files\\LLVM\\bin\\clang-cl.exe\" /nologo /IC:\\Src\\drv\\inc \"/IC:\\Program Files (x86)\\Windows Kits\\10\\Include\\10.0.22621.0\\km\" /FIC:\\src\\DRV\\inc\\force.h /DNAME=\\\"a\\\\b\\\" /FoCMakeFiles\\drv.dir\\a.c.obj /c C:\\Src\\drv\\a.c",
  "output": "CMakeFiles\\drv.dir\\a.c.obj"},
 {"directory": "c:/src/drv", "file": "b.c",
  "arguments": ["C:\\Program Files\\LLVM\\bin\\clang-cl.exe", "/DWIN_ONLY=0", "-I", "inc", "/c", "b.c"],
  "output": "CMakeFiles\\drv.dir\\b.c.obj"}]
J
rows() {
	/usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
for f in d["files"]:
    for x in f["findings"]:
        print("%s %s %d %d %s %s" % (x["rule"], x["location"]["file"], x["location"]["line"], x["location"]["column"], x["message"], f.get("image")))
' "$1" | sort
}

run "$HVCILINT" check -p "$T/lin" --no-db --format json -o "$T/lin.json"
expect_rc 1
lin=$(rows "$T/lin.json")
printf '%s\n' "$lin" | grep -q "hvci-exec-pool $P/a.c 3 " || fail "Linux database: no pool finding: $lin"
printf '%s\n' "$lin" | grep -q "$P/b.c 3 " || fail "Linux database: no protection finding: $lin"

run "$HVCILINT" check -p "$T/win" --no-db --format json -o "$T/win.json" --path-map 'C:\src=/nowhere' --path-map "c:\\SRC\\drv=$P"
expect_rc 1
expect_err "Windows path in the compile commands has no --path-map (the first: 'C:\\\\Program Files (x86)"
win=$(rows "$T/win.json")
[ "$win" = "$lin" ] || fail "Windows database differs:
--- Linux
$lin
--- Windows
$win"

# The include folder and the forced include were found: no parse errors.
/usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
bad = [(f["file"], f["status"], f["parse_errors"]) for f in d["files"] if f["status"] != "ok" or f["parse_errors"]]
assert not bad, bad
' "$T/win.json" || fail "Windows database parsed with errors"

# No mapping: one line naming the entry, with the remedy.
run "$HVCILINT" check -p "$T/win" --no-db
expect_rc 2
one_line_err
expect_err "win/compile_commands.json:1: entry 1 ('C:\\\\Src\\\\drv\\\\a.c') was written on Windows"
expect_err "--path-map 'C:\\\\Src\\\\drv=/path/to/checkout'"
# A mapping that covers the folder but not the second entry's drive form.
run "$HVCILINT" check -p "$T/win" --no-db --path-map "C:\\Src\\drv\\a.c=$P/a.c"
expect_rc 2
one_line_err
expect_err "entry 1 ('C:\\\\Src\\\\drv\\\\a.c') was written on Windows and no --path-map covers 'C:\\\\Src\\\\drv'"
# A malformed mapping.
run "$HVCILINT" check -p "$T/win" --no-db --path-map 'C:\src'
expect_rc 2
one_line_err
expect_err "give WINDOWS=LOCAL"
exit 0
