// SeAssignSecurity / SeAssignSecurityEx with an executable pool type for the new descriptor.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

NTSTATUS Assign(PSECURITY_DESCRIPTOR parent, PSECURITY_SUBJECT_CONTEXT subject, PGENERIC_MAPPING map, PSECURITY_DESCRIPTOR *out)
{
	NTSTATUS s = SeAssignSecurity(parent, NULL, out, FALSE, subject, map, NonPagedPool); // expected-warning {{'SeAssignSecurity' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (!NT_SUCCESS(s))
		return s;
	return SeAssignSecurityEx(parent, NULL, out, NULL, FALSE, 0, subject, map, NonPagedPoolCacheAligned); // expected-warning {{'SeAssignSecurityEx' allocates executable memory: pool type 'NonPagedPoolCacheAligned' (4) [hvci-exec-pool]}}
}

NTSTATUS AssignPaged(PSECURITY_DESCRIPTOR parent, PSECURITY_SUBJECT_CONTEXT subject, PGENERIC_MAPPING map, PSECURITY_DESCRIPTOR *out)
{
	return SeAssignSecurity(parent, NULL, out, FALSE, subject, map, PagedPool);
}
