// A miniport built for NDIS 6.30 (NDIS630_MINIPORT) has the code under
// `#if NDIS_SUPPORT_NDIS620` and `#if NDIS_SUPPORT_NDIS630` live, as with the
// WDK's ndis.h, so the calls there are checked; the code for NDIS 6.80 is
// not compiled for it, so its calls are not.
// RUN: %hvcilint check --verify %s -- -DNDIS630_MINIPORT=1 -DNDIS_MINIPORT_DRIVER=1
#include <ndis.h>

#if NDIS_MINIPORT_MAJOR_VERSION != 6 || NDIS_MINIPORT_MINOR_VERSION != 30
#error "an NDIS 6.30 miniport"
#endif

PVOID AllocateQueues(SIZE_T Length)
{
#if NDIS_SUPPORT_NDIS620
	PVOID Vmq = ExAllocatePoolWithTag(NonPagedPool, Length, 'qmVN'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (Vmq == NULL)
		return NULL;
#endif
#if NDIS_SUPPORT_NDIS630
	return ExAllocatePoolWithTag(NonPagedPool, Length, 'soQN'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
#elif NDIS_SUPPORT_NDIS680
	return ExAllocatePoolWithTag(NonPagedPool, Length, '2ssR');
#else
	return NULL;
#endif
}
