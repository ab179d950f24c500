. "$(dirname "$0")/lib.sh" "$@"
# A user's own allocator, declared in the config, is checked without a rebuild.
printf 'apis:\n  - api: LibAllocate\n    arg: 1\n    params: 2\n    kind: pool-type\n    replacement: "LibAllocate(n, NonPagedPoolNx)"\n' > "$T/.hvcilint.yaml"
cat > "$T/a.c" <<'C'
#include <ntddk.h>
PVOID LibAllocate(SIZE_T n, POOL_TYPE t);
PVOID f(void) { return LibAllocate(8, NonPagedPool); }
PVOID g(void) { return LibAllocate(8, NonPagedPoolNx); }
C
cd "$T"
run "$HVCILINT" check a.c --
expect_rc 1
expect_out "'LibAllocate' allocates executable memory: pool type 'NonPagedPool' (0)"
[ "$(printf '%s\n' "$out" | grep -c 'warning:')" -eq 1 ] || fail "one finding expected: $out"
