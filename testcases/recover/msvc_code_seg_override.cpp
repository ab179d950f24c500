// An override in a code segment of its own under a base without one
// (`PAGED_CODE_SEG ~Derived();`), which MSVC accepts and clang rejects: the
// unit is parsed again from a copy with that code_seg blanked, whether it
// is spelled out or comes from a macro, and the class's code is checked.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

#define PAGED_SEG __declspec(code_seg("PAGE"))

class Engine {
public:
	virtual ~Engine();
	virtual NTSTATUS Start();
};

class RenderEngine : public Engine {
public:
	PAGED_SEG
	~RenderEngine(); // expected-note {{this override is in another code segment than the function it overrides, which MSVC accepts and clang does not; analysed without its code_seg}}
	__declspec(code_seg("PAGE")) NTSTATUS Start(); // expected-note {{this override is in another code segment than the function it overrides, which MSVC accepts and clang does not; analysed without its code_seg}}
	PVOID Buffer;
};

NTSTATUS RenderEngine::Start()
{
	Buffer = ExAllocatePoolWithTag(NonPagedPool, 64, 'dneR'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
