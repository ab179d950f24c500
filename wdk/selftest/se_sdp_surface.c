/*
 * se_sdp_surface.c - selftest for the security exports of ntifs.h
 * (SE_EXPORTS, SeExports), the Bluetooth SDP record tree and request
 * buffers (sdpnode.h, bthsdpdef.h, bthdef.h, bthioctl.h) and the version-independent IPsec keying policy of
 * fwpmtypes.h, used together the way a file system, a Bluetooth profile
 * driver and a WFP callout driver use them, with static assertions on the
 * values and layouts the reference pages publish.
 */
#include <ntifs.h>
#include <bthdef.h>
#include <bthioctl.h>
#include <sdpnode.h>
#include <fwpsk.h>
#include <fwpmk.h>

/* SE_EXPORTS: 23 privilege LUIDs, then the well-known SIDs. */
C_ASSERT(FIELD_OFFSET(SE_EXPORTS, SeAssignPrimaryTokenPrivilege) == sizeof(LUID));
C_ASSERT(FIELD_OFFSET(SE_EXPORTS, SeNullSid) == 23 * sizeof(LUID));
C_ASSERT(FIELD_OFFSET(SE_EXPORTS, SeWorldSid) == 23 * sizeof(LUID) + sizeof(PSID));
C_ASSERT(FIELD_OFFSET(SE_EXPORTS, SeUndockPrivilege) ==
         23 * sizeof(LUID) + 22 * sizeof(PSID));

/* SDP element type codes. */
C_ASSERT(SDP_TYPE_NIL == 0x00 && SDP_TYPE_UUID == 0x03);
C_ASSERT(SDP_TYPE_SEQUENCE == 0x06 && SDP_TYPE_ALTERNATIVE == 0x07);
C_ASSERT(SDP_TYPE_URL == 0x08 && SDP_TYPE_CONTAINER == 0x20);
C_ASSERT(SDP_ST_NONE == 0 && SDP_ST_UINT8 == 0x0010 && SDP_ST_UINT16 == 0x0110);
C_ASSERT(SDP_ST_INT128 == 0x0420 && SDP_ST_UUID16 == 0x0130);
C_ASSERT(SDP_ST_UUID128 == 0x0430);

/* SDP tree layouts. */
C_ASSERT(FIELD_OFFSET(SDP_NODE_HEADER, Type) == sizeof(LIST_ENTRY));
C_ASSERT(FIELD_OFFSET(SDP_NODE_HEADER, SpecificType) == sizeof(LIST_ENTRY) + 2);
C_ASSERT(FIELD_OFFSET(SDP_NODE, hdr) == 0);
C_ASSERT(FIELD_OFFSET(SDP_NODE, DataSize) == sizeof(SDP_NODE_HEADER));
C_ASSERT(sizeof(SDP_LARGE_INTEGER_16) == 16 && sizeof(SDP_ULARGE_INTEGER_16) == 16);
C_ASSERT(sizeof(SdpAttributeRange) == 4);
C_ASSERT(FIELD_OFFSET(SDP_TREE_ROOT_NODE, RootNode) == 0);

/* SDP request buffers. */
C_ASSERT(MAX_UUIDS_IN_QUERY == 12 && BTH_MAX_NAME_SIZE == 248);
C_ASSERT(sizeof(BTH_ADDR) == 8 && sizeof(HANDLE_SDP) == 8);
C_ASSERT(FIELD_OFFSET(BTH_DEVICE_INFO, address) == 8);
C_ASSERT(FIELD_OFFSET(BTH_SDP_STREAM_RESPONSE, response) == 8);
C_ASSERT(sizeof(((BTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST *)0)->uuids) ==
         MAX_UUIDS_IN_QUERY * sizeof(SdpQueryUuid));

/* The keying policy of the version-independent provider context. */
C_ASSERT(FIELD_OFFSET(IPSEC_KEYING_POLICY, keyModKeys) == sizeof(void *));

/* A file system restricting a token: the world SID. */
static PSID WorldSid(void)
{
    return SeExports->SeWorldSid;
}

/* A profile driver reading a UINT16 parameter after a UUID node. */
static NTSTATUS ReadPsm(PSDP_TREE_ROOT_NODE Tree, USHORT *Psm)
{
    PSDP_NODE first;
    PSDP_NODE next;

    if (Tree->RootNode.hdr.Type != SDP_TYPE_SEQUENCE ||
        Tree->RootNode.u.sequence.Link.Flink == NULL) {
        return STATUS_DEVICE_DATA_ERROR;
    }
    first = CONTAINING_RECORD(Tree->RootNode.u.sequence.Link.Flink, SDP_NODE, hdr.Link);
    if (first->hdr.Type != SDP_TYPE_UUID || first->hdr.Link.Flink == NULL) {
        return STATUS_DEVICE_DATA_ERROR;
    }
    next = CONTAINING_RECORD(first->hdr.Link.Flink, SDP_NODE, hdr.Link);
    if (next->hdr.SpecificType != SDP_ST_UINT16) {
        return STATUS_DEVICE_DATA_ERROR;
    }
    *Psm = next->u.uint16;
    return STATUS_SUCCESS;
}

/* A profile driver preparing a search for one 128-bit service UUID. */
static void PrepareSearch(const BTH_SDP_CONNECT *Connect, const GUID *Service,
                          BTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST *Request)
{
    RtlZeroMemory(Request, sizeof(*Request));
    Request->hConnection = Connect->hConnection;
    Request->uuids[0].u.uuid128 = *Service;
    Request->uuids[0].uuidType = SDP_ST_UUID128;
    Request->range[0].minAttribute = 0;
    Request->range[0].maxAttribute = 0xFFFF;
}

/* A callout driver copying a provider context's keying policy. */
static ULONG KeyModCount(const FWPM_PROVIDER_CONTEXT *Context)
{
    const IPSEC_KEYING_POLICY *policy = Context->keyingPolicy;
    return policy != NULL ? policy->numKeyMods : 0;
}

NTSTATUS SeSdpSurfaceUse(PSDP_TREE_ROOT_NODE Tree, const FWPM_PROVIDER_CONTEXT *Context,
                         const BTH_SDP_CONNECT *Connect, const GUID *Service,
                         BTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST *Request)
{
    USHORT psm = 0;
    PrepareSearch(Connect, Service, Request);
    NTSTATUS status = ReadPsm(Tree, &psm);
    if (WorldSid() == NULL || KeyModCount(Context) > psm) {
        status = STATUS_UNSUCCESSFUL;
    }
    return status;
}
