// A chain of members read from a type no header declares, as code written
// against a missing header does (`Node->u.Sequence.Link.Flink`): every link
// is planned in the same pass, so a chain of any length costs recovery one
// pass and leaves no parse error behind, and the calls in that code are
// checked.  An indexed link (`Groups[0].Sid`) makes that member a pointer to
// a structure of its own.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

NTSTATUS Walk(PVENDOR_NODE Node, VENDOR_TREE Tree) // expected-note {{2 names this unit uses are declared nowhere (first: 'PVENDOR_NODE'); analysed with stand-in declarations}}
{
	if (Node->u.Sequence.Link.Flink == NULL)
		return STATUS_UNSUCCESSFUL;
	Node->u.Sequence.Link.Flink->Blink = NULL;
	Tree.Root.Child.Count = 0;
	Tree.Groups[0].Attributes = 0;
	Tree.Queues[Tree.Root.Child.Count].Lock->Owner = NULL;
	Node->Header.Data = ExAllocatePoolWithTag(NonPagedPool, Tree.Root.Child.Size, 'eerT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return Node->Header.Data ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
