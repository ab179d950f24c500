// HidP_GetCollectionDescription (hidpddi.h) with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <hidpddi.h>

NTSTATUS Describe(PHIDP_REPORT_DESCRIPTOR desc, ULONG len, PHIDP_DEVICE_DESC out)
{
	return HidP_GetCollectionDescription(desc, len, NonPagedPool, out); // expected-warning {{'HidP_GetCollectionDescription' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

NTSTATUS DescribeNx(PHIDP_REPORT_DESCRIPTOR desc, ULONG len, PHIDP_DEVICE_DESC out)
{
	return HidP_GetCollectionDescription(desc, len, NonPagedPoolNx, out);
}
