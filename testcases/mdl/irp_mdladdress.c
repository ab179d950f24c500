// The common IRP pattern: MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority) in a dispatch routine.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

NTSTATUS DispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PVOID buffer;
	UNREFERENCED_PARAMETER(DeviceObject);
	buffer = MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'NormalPagePriority' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
	if (buffer == NULL)
		return STATUS_INSUFFICIENT_RESOURCES;
	Irp->IoStatus.Status = STATUS_SUCCESS;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return STATUS_SUCCESS;
}
