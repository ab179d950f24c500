// IPortWavePci::NewMasterDmaChannel called through an interface pointer with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <portcls.h>

NTSTATUS MakeDma(PPORTWAVEPCI port, PRESOURCELIST res, PDMACHANNEL *out)
{
	return port->NewMasterDmaChannel(out, NULL, NonPagedPool, res, TRUE, TRUE, FALSE, FALSE, Width32Bits, Compatible, 0x10000, 0); // expected-warning {{'IPortWavePci::NewMasterDmaChannel' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

NTSTATUS MakeDmaNx(PPORTWAVEPCI port, PRESOURCELIST res, PDMACHANNEL *out)
{
	return port->NewMasterDmaChannel(out, NULL, NonPagedPoolNx, res, TRUE, TRUE, FALSE, FALSE, Width32Bits, Compatible, 0x10000, 0);
}
