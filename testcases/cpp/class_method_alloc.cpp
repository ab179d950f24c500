// A C++ class method that calls ExAllocatePoolWithTag with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

class CDevice {
	PVOID m_Buffer;
	SIZE_T m_Size;
public:
	CDevice() : m_Buffer(NULL), m_Size(0) {}
	NTSTATUS Allocate(SIZE_T n);
	NTSTATUS AllocateInline(SIZE_T n)
	{
		m_Buffer = ExAllocatePoolWithTag(NonPagedPoolCacheAligned, n, 'veDC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolCacheAligned' (4) [hvci-exec-pool]}}
		return m_Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
	}
};

NTSTATUS CDevice::Allocate(SIZE_T n)
{
	m_Buffer = ExAllocatePoolWithTag(NonPagedPool, n, 'veDC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	m_Size = n;
	return m_Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
