// A multi-line NewMasterDmaChannel call through a member pointer is reported on the PoolType line.
// RUN: %hvcilint check --verify %s --
#include <portcls.h>

class CMiniport {
	PPORTWAVEPCI m_Port;
	PDMACHANNEL m_Dma;
public:
	NTSTATUS Init(PRESOURCELIST res);
};

NTSTATUS CMiniport::Init(PRESOURCELIST res)
{
	return m_Port->NewMasterDmaChannel(&m_Dma,
	                                   NULL,
	                                   NonPagedPool, // expected-warning {{'IPortWavePci::NewMasterDmaChannel' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	                                   res,
	                                   TRUE, TRUE, FALSE, FALSE,
	                                   Width32Bits, Compatible, 0x10000, 0);
}
