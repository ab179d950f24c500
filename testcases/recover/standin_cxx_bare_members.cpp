// A C++ class member declared with a type no header declares
// (`VENDOR_PARAMS m_Params;`) is read by its bare name in the class's
// member functions (`m_Params.Format`), without `this->`.  clang drops
// those reads without a word until the type is declared; recovery reads
// them with the type's declaration: one pass, no parse error left, and
// the allocation below is checked.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

class Detector {
public:
	NTSTATUS Prepare(SIZE_T Length);

private:
	VENDOR_PARAMS m_Params; // expected-note {{1 name this unit uses is declared nowhere (first: 'VENDOR_PARAMS'); analysed with stand-in declarations}}
	PVOID m_Buffer;
};

NTSTATUS Detector::Prepare(SIZE_T Length)
{
	if (m_Params.Format.Channels == 0)
		return STATUS_INVALID_PARAMETER;
	m_Buffer = ExAllocatePoolWithTag(NonPagedPool, Length * m_Params.BlockAlign, 'tceD'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return m_Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
