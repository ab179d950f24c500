// VslCreateSecureSection with an execute DevicePageProtection.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

NTSTATUS Secure(PHANDLE h, PEPROCESS proc, PMDL mdl)
{
	return VslCreateSecureSection(h, proc, mdl, PAGE_EXECUTE_READ, 0); // expected-warning {{'VslCreateSecureSection' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
}

NTSTATUS SecureRo(PHANDLE h, PEPROCESS proc, PMDL mdl)
{
	return VslCreateSecureSection(h, proc, mdl, PAGE_READONLY, 0);
}
