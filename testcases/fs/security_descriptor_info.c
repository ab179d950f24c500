// SeSetSecurityDescriptorInfo / Ex with an executable pool type.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

NTSTATUS SetSd(PSECURITY_INFORMATION info, PSECURITY_DESCRIPTOR mod, PSECURITY_DESCRIPTOR *sd, PGENERIC_MAPPING map)
{
	NTSTATUS s = SeSetSecurityDescriptorInfo(NULL, info, mod, sd, NonPagedPool, map); // expected-warning {{'SeSetSecurityDescriptorInfo' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (!NT_SUCCESS(s))
		return s;
	s = SeSetSecurityDescriptorInfoEx(NULL, info, mod, sd, 0, NonPagedPool, map); // expected-warning {{'SeSetSecurityDescriptorInfoEx' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (!NT_SUCCESS(s))
		return s;
	return SeSetSecurityDescriptorInfo(NULL, info, mod, sd, PagedPool, map);
}
