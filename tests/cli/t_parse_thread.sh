. "$(dirname "$0")/lib.sh" "$@"
# Workers parse on their own thread when the stack may grow to the 8 MiB
# libclang gives the thread it would start per parse; a lower hard stack
# limit keeps libclang's thread.  The findings are the same either way.
mkdir "$T/p"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$T/p/a.c"
cd "$T/p" || exit 1
unset LIBCLANG_NOTHREADS
HVCILINT_DEBUG=1 run "$HVCILINT" check a.c --
expect_rc 1
expect_out "a.c:2:.*allocates executable memory"
expect_err "debug: parses run on the calling thread$"
# A low soft limit is raised when the hard limit allows.
HVCILINT_DEBUG=1 run sh -c 'ulimit -Ss 1024 && exec "$@"' sh "$HVCILINT" check a.c --
expect_rc 1
expect_err "debug: parses run on the calling thread$"
# A hard limit below 8 MiB: libclang's thread per parse, same findings.
HVCILINT_DEBUG=1 run sh -c 'ulimit -s 4096 && exec "$@"' sh "$HVCILINT" check a.c --
expect_rc 1
expect_out "a.c:2:.*allocates executable memory"
expect_err "debug: parses run on a thread libclang starts for each"
# The user's own setting stands.
LIBCLANG_NOTHREADS=1 HVCILINT_DEBUG=1 run "$HVCILINT" check a.c --
expect_rc 1
expect_err "LIBCLANG_NOTHREADS is set"
exit 0
