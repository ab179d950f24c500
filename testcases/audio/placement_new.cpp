// Kernel C++ placement new (stdunk.h via portcls.h) with NonPagedPool, with and without a tag.
// RUN: %hvcilint check --verify %s --
#include <portcls.h>

class CObj {
public:
	ULONG m_Value;
	CObj() : m_Value(0) {}
};

void MakeObjects(CObj **out)
{
	out[0] = new (NonPagedPool, 'gaT1') CObj; // expected-warning {{'operator new' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[1] = new (NonPagedPool) CObj(); // expected-warning {{'operator new' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[2] = new (NonPagedPoolNx, 'gaT1') CObj;
	out[3] = new (PagedPool) CObj;
}
