// A miniport's NewStream implementation receives PoolType from the port: listed, nothing reported.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <portcls.h>

class CStream {
public:
	ULONG m_Pin;
	CStream(ULONG pin) : m_Pin(pin) {}
};

class CMiniportWave {
public:
	NTSTATUS NewStream(CStream **Stream, PUNKNOWN OuterUnknown, POOL_TYPE PoolType, ULONG Pin);
};

NTSTATUS CMiniportWave::NewStream(CStream **Stream, PUNKNOWN OuterUnknown, POOL_TYPE PoolType, ULONG Pin)
{
	UNREFERENCED_PARAMETER(OuterUnknown);
	*Stream = new (PoolType, 'mrtS') CStream(Pin);
	return *Stream ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
