/*
 * stor_params_surface.c - selftest for the SCSI parameter data and the
 * storage structures a class driver and a Storport miniport build and
 * parse: scsi.h with scsi_params.h (mode parameter headers, UNMAP, LBA
 * status, the logical block provisioning log page, token read/write
 * lists), ntddstor.h with ntddstor_ext.h (provisioning state and map
 * resources, firmware download, physical topology) and ntddscsi.h
 * (NVCACHE_REQUEST_BLOCK), used together, with static assertions on the
 * values and layouts the reference pages and the SCSI standards publish.
 */
#include <ntddk.h>
#include <scsi.h>
#include <ntddstor.h>
#include <ntddscsi.h>
#include <classpnp.h>

/* Published values. */
C_ASSERT(LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_REPORTED == 0);
C_ASSERT(LOG_PAGE_LBP_RESOURCE_SCOPE_DEDICATED_TO_LUN == 1);
C_ASSERT(LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_DEDICATED_TO_LUN == 2);
C_ASSERT(LOG_PAGE_CODE_LOGICAL_BLOCK_PROVISIONING == 0x0C);
C_ASSERT(MODE_DSP_WRITE_PROTECT == 0x80 && MODE_DSP_FUA_SUPPORTED == 0x10);
C_ASSERT(LBA_STATUS_MAPPED == 0 && LBA_STATUS_DEALLOCATED == 1);
C_ASSERT(BLOCK_DEVICE_TOKEN_SIZE == 512);

/* SCSI parameter data: byte layouts of SPC-4 / SBC-3. */
C_ASSERT(sizeof(MODE_PARAMETER_HEADER) == 4);
C_ASSERT(sizeof(MODE_PARAMETER_HEADER10) == 8);
C_ASSERT(FIELD_OFFSET(MODE_PARAMETER_HEADER10, MediumType) == 2);
C_ASSERT(FIELD_OFFSET(MODE_PARAMETER_HEADER10, BlockDescriptorLength) == 6);
C_ASSERT(sizeof(UNMAP_BLOCK_DESCRIPTOR) == 16);
C_ASSERT(FIELD_OFFSET(UNMAP_LIST_HEADER, BlockDescrDataLength) == 2);
C_ASSERT(FIELD_OFFSET(UNMAP_LIST_HEADER, Descriptors) == 8);
C_ASSERT(sizeof(LBA_STATUS_DESCRIPTOR) == 16);
C_ASSERT(FIELD_OFFSET(LBA_STATUS_LIST_HEADER, Descriptors) == 8);
C_ASSERT(sizeof(LOG_PARAMETER_HEADER) == 4);
C_ASSERT(FIELD_OFFSET(LOG_PARAMETER_THRESHOLD_RESOURCE_COUNT, ResourceCount) == 4);
C_ASSERT(FIELD_OFFSET(LOG_PAGE_LOGICAL_BLOCK_PROVISIONING, Parameters) == 4);

/* Token read/write parameter lists: members as the reference pages give
   them, at the SPC-4 / SBC-3 byte offsets. */
C_ASSERT(sizeof(BLOCK_DEVICE_RANGE_DESCRIPTOR) == 16);
C_ASSERT(FIELD_OFFSET(BLOCK_DEVICE_RANGE_DESCRIPTOR, TransferLength) == 8);
C_ASSERT(FIELD_OFFSET(POPULATE_TOKEN_HEADER, InactivityTimeout) == 4);
C_ASSERT(FIELD_OFFSET(POPULATE_TOKEN_HEADER, BlockDeviceRangeDescriptorListLength) == 14);
C_ASSERT(FIELD_OFFSET(POPULATE_TOKEN_HEADER, BlockDeviceRangeDescriptor) == 16);
C_ASSERT(FIELD_OFFSET(WRITE_USING_TOKEN_HEADER, BlockOffsetIntoToken) == 8);
C_ASSERT(FIELD_OFFSET(WRITE_USING_TOKEN_HEADER, Token) == 16);
C_ASSERT(FIELD_OFFSET(WRITE_USING_TOKEN_HEADER, BlockDeviceRangeDescriptor) == 536);
C_ASSERT(FIELD_OFFSET(RECEIVE_TOKEN_INFORMATION_HEADER, OperationCounter) == 6);
C_ASSERT(FIELD_OFFSET(RECEIVE_TOKEN_INFORMATION_HEADER, TransferCount) == 16);
C_ASSERT(FIELD_OFFSET(RECEIVE_TOKEN_INFORMATION_HEADER, SenseData) == 32);
C_ASSERT(FIELD_OFFSET(RECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER, TokenDescriptor) == 4);
C_ASSERT(sizeof(BLOCK_DEVICE_TOKEN_DESCRIPTOR) == 2 + BLOCK_DEVICE_TOKEN_SIZE);

/* ntddstor.h structures: members in the documented order and types. */
C_ASSERT(FIELD_OFFSET(DEVICE_DATA_SET_LB_PROVISIONING_STATE, SlabSizeInBytes) == 8);
C_ASSERT(FIELD_OFFSET(DEVICE_DATA_SET_LB_PROVISIONING_STATE, SlabAllocationBitMap) == 28);
C_ASSERT(RTL_FIELD_SIZE(DEVICE_DATA_SET_LB_PROVISIONING_STATE, SlabAllocationBitMap[0]) == 4);
C_ASSERT(FIELD_SIZE(DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2, SlabAllocationBitMap[0]) == 4);
C_ASSERT(FIELD_OFFSET(STORAGE_LB_PROVISIONING_MAP_RESOURCES, Reserved3) == 13);
C_ASSERT(FIELD_OFFSET(STORAGE_LB_PROVISIONING_MAP_RESOURCES, AvailableMappingResources) == 16);
C_ASSERT(sizeof(STORAGE_LB_PROVISIONING_MAP_RESOURCES) == 32);
C_ASSERT(FIELD_OFFSET(STORAGE_HW_FIRMWARE_DOWNLOAD, Slot) == 12);
C_ASSERT(FIELD_OFFSET(STORAGE_HW_FIRMWARE_DOWNLOAD, Offset) == 16);
C_ASSERT(FIELD_OFFSET(STORAGE_HW_FIRMWARE_DOWNLOAD, ImageBuffer) == 32);
C_ASSERT(sizeof(STORAGE_PHYSICAL_NODE_DATA) == 40);
C_ASSERT(FIELD_OFFSET(STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR, Node) == 16);
C_ASSERT(FIELD_OFFSET(NVCACHE_REQUEST_BLOCK, Function) == 4);
C_ASSERT(FIELD_OFFSET(NVCACHE_REQUEST_BLOCK, NRBStatus) == 12);

/* Used the way class drivers and miniports use them. */
static ULONG
StorParamsBuild(PUNMAP_LIST_HEADER Unmap, PPOPULATE_TOKEN_HEADER Populate,
                PLBA_STATUS_LIST_HEADER LbaStatus, PMODE_PARAMETER_HEADER10 Header10,
                PSTORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR Topology,
                PNVCACHE_REQUEST_BLOCK Nrb, PSTORAGE_HW_FIRMWARE_DOWNLOAD Download)
{
    ULONGLONG lba = 0x1000;
    ULONG count = 8;
    USHORT length = (USHORT)(sizeof(UNMAP_LIST_HEADER) - FIELD_OFFSET(UNMAP_LIST_HEADER, BlockDescrDataLength));
    STORAGE_LB_PROVISIONING_MAP_RESOURCES resources;
    PBLOCK_DEVICE_RANGE_DESCRIPTOR range = &Populate->BlockDeviceRangeDescriptor[0];

    RtlZeroMemory(&resources, sizeof(resources));
    REVERSE_BYTES_QUAD(Unmap->Descriptors[0].StartingLba, &lba);
    REVERSE_BYTES(Unmap->Descriptors[0].LbaCount, &count);
    REVERSE_BYTES_SHORT(Unmap->DataLength, &length);
    REVERSE_BYTES_QUAD(range->LogicalBlockAddress, &lba);
    Populate->Immediate = 0;
    resources.UsedMappingResourcesScope = LOG_PAGE_LBP_RESOURCE_SCOPE_DEDICATED_TO_LUN;
    Header10->ModeDataLength[1] = (UCHAR)(sizeof(MODE_PARAMETER_HEADER10) - FIELD_OFFSET(MODE_PARAMETER_HEADER10, MediumType));
    Header10->DeviceSpecificParameter |= MODE_DSP_WRITE_PROTECT;
    Topology->Version = sizeof(STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR);
    Topology->Node[0].AdapterDataOffset = sizeof(STORAGE_PHYSICAL_NODE_DATA);
    Nrb->NRBSize = sizeof(NVCACHE_REQUEST_BLOCK);
    Download->Version = sizeof(STORAGE_HW_FIRMWARE_DOWNLOAD);
    return LbaStatus->Descriptors[0].ProvisioningStatus + resources.UsedMappingResourcesScope +
           (ULONG)RTL_SIZEOF_THROUGH_FIELD(NVCACHE_REQUEST_BLOCK, NRBStatus);
}

ULONG StorParamsSurface(PVOID Buffer)
{
    return StorParamsBuild((PUNMAP_LIST_HEADER)Buffer, (PPOPULATE_TOKEN_HEADER)Buffer,
                           (PLBA_STATUS_LIST_HEADER)Buffer, (PMODE_PARAMETER_HEADER10)Buffer,
                           (PSTORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR)Buffer,
                           (PNVCACHE_REQUEST_BLOCK)Buffer, (PSTORAGE_HW_FIRMWARE_DOWNLOAD)Buffer);
}
