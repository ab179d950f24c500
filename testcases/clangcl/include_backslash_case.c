// An #include spelled with backslashes and in another case than the disk
// (<versioned\1.0\versionedpool.h> for Versioned/1.0/VersionedPool.h), as a
// Windows build finds it: the header is found (no stand-in is made), and
// the macro it defines decides the finding.
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /I%S/../include/vendor_inc
#include <ntddk.h>
#include <versioned\1.0\versionedpool.h>

PVOID AllocVersioned(SIZE_T n)
{
	return ExAllocatePoolWithTag(VERSIONED_POOL, n, 'sreV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'VERSIONED_POOL' (0) [hvci-exec-pool]}}
}
