// PortCls PcNewDmaChannel / PcNewResourceList / PcNewResourceSublist with NonPagedPool (C).
// RUN: %hvcilint check --verify %s --
#include <portcls.h>

NTSTATUS MakeObjects(PDEVICE_OBJECT dev, PDEVICE_DESCRIPTION desc, PCM_RESOURCE_LIST tr, PCM_RESOURCE_LIST ut, PRESOURCELIST parent)
{
	PDMACHANNEL dma;
	PRESOURCELIST list, sub;
	NTSTATUS s;
	s = PcNewDmaChannel(&dma, NULL, NonPagedPool, desc, dev); // expected-warning {{'PcNewDmaChannel' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	s = PcNewResourceList(&list, NULL, NonPagedPool, tr, ut); // expected-warning {{'PcNewResourceList' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	s = PcNewResourceSublist(&sub, NULL, NonPagedPool, parent, 4); // expected-warning {{'PcNewResourceSublist' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	s = PcNewResourceList(&list, NULL, NonPagedPoolNx, tr, ut);
	return s;
}
