// IPortClsNotifications::AllocNotificationBuffer with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <portcls.h>

NTSTATUS Notify(PPORTCLSNOTIFICATIONS n, PKSNOTIFICATIONHEADER *hdr)
{
	return n->AllocNotificationBuffer(NonPagedPool, 64, hdr); // expected-warning {{'IPortClsNotifications::AllocNotificationBuffer' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
