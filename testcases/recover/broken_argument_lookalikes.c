// An argument that reaches into what an undeclared function returns (an
// int in C, and no structure recovery could name) is broken,
// but the call around it stays in the AST: its other arguments are read as
// usual, the safe look-alikes (NonPagedPoolNx, MdlMappingNoExecute ORed
// in, a comment, a dead branch) stay silent and the executable values are
// reported.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db %s -- | grep -c "note: checked from its tokens" | grep -qx 0
#include <ntddk.h>

VOID Fill(PVOID Unused)
{
	VENDOR_CTX Ctx; // expected-note {{1 name this unit uses is declared nowhere (first: 'VENDOR_CTX'); analysed with stand-in declarations}}
	PVOID p;
	p = MmGetSystemAddressForMdlSafe(VendorDma(&Ctx)->Mdl, NormalPagePriority | MdlMappingNoExecute); // expected-note {{parse error}}
	p = MmGetSystemAddressForMdlSafe(Ctx.Mdl, NormalPagePriority); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'NormalPagePriority' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
	p = ExAllocatePoolWithTag(NonPagedPoolNx, Ctx.Size, 'lCxV');
	p = ExAllocatePoolWithTag(NonPagedPool, Ctx.Size, 'lCxV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	// p = ExAllocatePoolWithTag(NonPagedPool, Ctx.Size, 'lCxV');
#if defined(VENDOR_LEGACY_BUILD)
	p = ExAllocatePoolWithTag(NonPagedPool, Ctx.Size, 'lCxV');
#endif
	UNREFERENCED_PARAMETER(p);
	UNREFERENCED_PARAMETER(Unused);
}
