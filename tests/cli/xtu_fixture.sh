# xtu_fixture.sh - a project of three files for the cross-file tests,
# sourced after lib.sh: a driver-local allocator in alloc.c, a wrapper of
# it in mid.c, and callers in use.c (lines 4 and 6 pass NonPagedPool, line
# 5 NonPagedPoolNx).  Resolving use.c takes three summary rounds.
P="$T/p"
mkdir -p "$P"
cat > "$P/alloc.c" <<'C'
#include <ntddk.h>
PVOID DrvAlloc(POOL_TYPE Type, SIZE_T Size)
{
	return ExAllocatePoolWithTag(Type, Size, 'lcoA');
}
C
cat > "$P/mid.c" <<'C'
#include <ntddk.h>
PVOID DrvAlloc(POOL_TYPE Type, SIZE_T Size);
PVOID DrvAllocZero(SIZE_T Size, POOL_TYPE Type)
{
	PVOID p = DrvAlloc(Type, Size);
	if (p)
		RtlZeroMemory(p, Size);
	return p;
}
C
cat > "$P/use.c" <<'C'
#include <ntddk.h>
PVOID DrvAlloc(POOL_TYPE Type, SIZE_T Size);
PVOID DrvAllocZero(SIZE_T Size, POOL_TYPE Type);
PVOID GetBad(void) { return DrvAlloc(NonPagedPool, 64); }
PVOID GetGood(void) { return DrvAlloc(NonPagedPoolNx, 64); }
PVOID GetBadZero(void) { return DrvAllocZero(64, NonPagedPool); }
C
cat > "$P/compile_commands.json" <<J
[{"directory": "$P", "file": "use.c", "arguments": ["clang", "-c", "use.c"]},
 {"directory": "$P", "file": "mid.c", "arguments": ["clang", "-c", "mid.c"]},
 {"directory": "$P", "file": "alloc.c", "arguments": ["clang", "-c", "alloc.c"]}]
J
