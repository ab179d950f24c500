// An object that keeps an MDL in a member: the method that builds the MDL
// over what it is given also locks it through the member (`this->mdl`, or
// the member named alone).  A read-only lock makes a scan of code silent;
// a lock for writing is reported at the call that passes code.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VOID Target(VOID) {}

class ReadView {
	PMDL mdl;
	BOOLEAN locked;

public:
	ReadView(PVOID at, ULONG length) : mdl(nullptr), locked(FALSE) { Attach(at, length); }
	BOOLEAN Attach(PVOID at, ULONG length)
	{
		this->mdl = IoAllocateMdl(at, length, FALSE, FALSE, NULL);
		if (this->mdl) {
			MmProbeAndLockPages(this->mdl, KernelMode, IoReadAccess);
			this->locked = TRUE;
		}
		return this->locked;
	}
};

class ImplicitReadView {
	PMDL mdl;

public:
	explicit ImplicitReadView(PVOID at)
	{
		mdl = IoAllocateMdl(at, 16, FALSE, FALSE, NULL);
		if (mdl)
			MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
	}
};

class WriteView {
	PMDL mdl;

public:
	explicit WriteView(PVOID at)
	{
		mdl = IoAllocateMdl(at, 16, FALSE, FALSE, NULL);
		if (mdl)
			MmProbeAndLockPages(mdl, KernelMode, IoModifyAccess);
	}
};

static UCHAR ScanCode(PVOID base)
{
	ReadView view(base, 16);
	ImplicitReadView other(base);
	return ((PUCHAR)base)[0];
}

UCHAR Scanners(VOID)
{
	return ScanCode((PVOID)Target);
}

VOID Writers(VOID)
{
	WriteView view((PVOID)Target); // expected-warning {{'WriteView::WriteView' describes the code of function 'Target' with an MDL, the first step of mapping code writable [hvci-code-write]}}
}
