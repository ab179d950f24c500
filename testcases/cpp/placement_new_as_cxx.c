// A .c file compiled as C++ (-x c++) using the stdunk.h placement new with NonPagedPool.
// RUN: %hvcilint check --verify %s -- -x c++
#include <wdm.h>
#include <stdunk.h>

struct Node {
	Node *Next;
	ULONG Value;
};

Node *MakeNode()
{
	return new (NonPagedPool, 'edoN') Node; // expected-warning {{'operator new' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
