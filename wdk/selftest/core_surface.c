/*
 * core_surface.c - selftest for the kernel-core part of the fallback
 * headers: every header below is included together, the structures that
 * drivers access are used field by field, and layouts / control codes
 * with published values are checked with static assertions.  C++ units
 * often include the kernel headers inside extern "C": the first includes
 * do so here.
 */
#ifdef __cplusplus
extern "C" {
#endif
#include <ntddk.h>
#include <ntstrsafe.h>
#ifdef __cplusplus
}
#endif
#include <ntifs.h>
#include <ntintsafe.h>
#include <intsafe.h>
#include <initguid.h>
#include <wdmguid.h>
#include <evntrace.h>
#include <stdio.h>
#include <windef.h>
#include <wmistr.h>
#include <ntddstor.h>
#include <mountdev.h>

/* Published control-code values. */
C_ASSERT(IOCTL_STORAGE_QUERY_PROPERTY == 0x002D1400);
C_ASSERT(IOCTL_STORAGE_GET_DEVICE_NUMBER == 0x002D1080);
C_ASSERT(IOCTL_MOUNTDEV_QUERY_UNIQUE_ID == 0x004D0000);
C_ASSERT(IOCTL_MOUNTDEV_QUERY_DEVICE_NAME == 0x004D0008);

/* Layouts. */
C_ASSERT(sizeof(TIME_FIELDS) == 16);
C_ASSERT(sizeof(PROCESSOR_NUMBER) == 4);
C_ASSERT(sizeof(WNODE_HEADER) == 48);
C_ASSERT(FIELD_OFFSET(MOUNTDEV_NAME, Name) == 2);
C_ASSERT(PCI_COMMON_HDR_LENGTH == 64);
C_ASSERT(sizeof(PCI_COMMON_CONFIG) == 256);
#ifdef _WIN64
C_ASSERT(sizeof(SCATTER_GATHER_ELEMENT) == 24);
C_ASSERT(sizeof(CONTEXT) == 0x4d0);
C_ASSERT(MEMORY_ALLOCATION_ALIGNMENT == 16);
#endif
C_ASSERT(TRACE_LEVEL_VERBOSE == 5);
/* Hardware resources (4-byte packed) and executive helpers. */
#ifdef _WIN64
C_ASSERT(sizeof(CM_PARTIAL_RESOURCE_DESCRIPTOR) == 20);
#else
C_ASSERT(sizeof(CM_PARTIAL_RESOURCE_DESCRIPTOR) == 16);
#endif
C_ASSERT(FIELD_OFFSET(CM_PARTIAL_RESOURCE_DESCRIPTOR, u.Memory.Start) == 4);
C_ASSERT(FIELD_OFFSET(CM_PARTIAL_RESOURCE_DESCRIPTOR, u.Connection.IdLowPart) == 8);
C_ASSERT(CmResourceTypeMemory == 3 && CmResourceTypeConnection == 132);
C_ASSERT(NormalWorkQueue == 3 && CustomPriorityWorkQueue == 32);
C_ASSERT(sizeof(EX_RUNDOWN_REF) == sizeof(PVOID));
C_ASSERT(MAX_PATH == 260);

typedef struct DECLSPEC_CACHEALIGN _CORE_CTX {
    ERESOURCE Resource;
    EX_PUSH_LOCK PushLock;
    KQUEUE Queue;
    WORK_QUEUE_ITEM WorkItem;
    RTL_BITMAP Bitmap;
    ULONG BitmapBuffer[4];
    BUS_INTERFACE_STANDARD Bus;
    EX_RUNDOWN_REF Rundown;
    PCALLBACK_OBJECT Callback;
} CORE_CTX;

/* A memory range from a translated resource list, mapped as MmMapIoSpaceEx
 * wants it, under run-down protection. */
PVOID CoreMapRegisters(_Inout_ CORE_CTX *Ctx, _In_ PCM_RESOURCE_LIST Translated)
{
    PCM_PARTIAL_RESOURCE_LIST list = &Translated->List[0].PartialResourceList;
    PVOID va = NULL;
    ULONG i;

    if (!ExAcquireRundownProtection(&Ctx->Rundown)) {
        return NULL;
    }
    for (i = 0; i < list->Count && va == NULL; i++) {
        PCM_PARTIAL_RESOURCE_DESCRIPTOR d = &list->PartialDescriptors[i];
        if (d->Type == CmResourceTypeMemory) {
            va = MmMapIoSpaceEx(d->u.Memory.Start, d->u.Memory.Length,
                                PAGE_READWRITE | PAGE_NOCACHE);
        } else if (d->Type == CmResourceTypeConnection &&
                   d->u.Connection.Class == CM_RESOURCE_CONNECTION_CLASS_SERIAL &&
                   d->Flags == CM_RESOURCE_INTERRUPT_LATCHED) {
            (void)InterlockedAdd((LONG volatile *)&d->u.Connection.IdLowPart, 0);
        }
    }
    ExReleaseRundownProtection(&Ctx->Rundown);
    return va;
}

static VOID CoreWorker(_In_ PVOID Parameter)
{
    UNREFERENCED_PARAMETER(Parameter);
}

NTSTATUS CoreUse(_Inout_ CORE_CTX *Ctx, _In_ PSCATTER_GATHER_LIST Sg, _In_ PIRP Irp)
{
    ULONG total = 0, i;
    SIZE_T bytes;
    TIME_FIELDS tf;
    LARGE_INTEGER now;
    PROCESSOR_NUMBER pn;
    PCI_COMMON_CONFIG pci;
    POWER_STATE ps;
    char text[32];
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Irp);
    ExInitializeResourceLite(&Ctx->Resource);
    KeEnterCriticalRegion();
    (void)ExAcquireResourceExclusiveLite(&Ctx->Resource, TRUE);
    ExReleaseResourceLite(&Ctx->Resource);
    KeLeaveCriticalRegion();
    ExInitializePushLock(&Ctx->PushLock);
    ExAcquirePushLockShared(&Ctx->PushLock);
    ExReleasePushLockShared(&Ctx->PushLock);
    ExInitializeWorkItem(&Ctx->WorkItem, CoreWorker, Ctx);
    RtlInitializeBitMap(&Ctx->Bitmap, Ctx->BitmapBuffer, 128);
    RtlClearAllBits(&Ctx->Bitmap);

    for (i = 0; i < Sg->NumberOfElements; i++) {
        status = RtlULongAdd(total, Sg->Elements[i].Length, &total);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }
    status = RtlSizeTMult(total, 2, &bytes);
    if (!NT_SUCCESS(status) || ULongAdd(total, 1, &total) != S_OK) {
        return STATUS_INTEGER_OVERFLOW;
    }

    KeQuerySystemTime(&now);
    RtlTimeToTimeFields(&now, &tf);
    (void)KeGetCurrentProcessorNumberEx(&pn);
    RtlZeroMemory(&pci, sizeof(pci));
    ps.DeviceState = PowerDeviceD0;
    (void)_snprintf(text, sizeof(text), "%u %u %u", (unsigned)tf.Year, (unsigned)pn.Number,
                    (unsigned)pci.u.type0.InterruptLine);
    if (Ctx->Bus.GetBusData != NULL) {
        (void)Ctx->Bus.GetBusData(Ctx->Bus.Context, PCI_WHICHSPACE_CONFIG, &pci, 0,
                                  PCI_COMMON_HDR_LENGTH);
    }
#ifdef __cplusplus /* REFGUID is a reference in C++, a pointer in C */
    int same = IsEqualGUID(GUID_BUS_INTERFACE_STANDARD, GUID_BUS_INTERFACE_STANDARD) &&
               GUID_BUS_INTERFACE_STANDARD == GUID_BUS_INTERFACE_STANDARD;
#else
    int same = IsEqualGUID(&GUID_BUS_INTERFACE_STANDARD, &GUID_BUS_INTERFACE_STANDARD);
#endif
    return ps.DeviceState == PowerDeviceD0 && same ? STATUS_SUCCESS
                                                   : STATUS_INVALID_DEVICE_STATE;
}
