/*
 * api_facts.cpp - hvcilint fallback-header self-test (C++, 64-bit targets).
 *
 * Checks at compile time that every API of hvci-facts.md section 2 is
 * declared with the parameter count the facts give and, where the facts
 * name one, that the deciding parameter has the expected type.  Indexes
 * are 0-based and count only the arguments written at the call site.
 * Calling conventions are ignored on x64/ARM64, which is why selftest.sh
 * only builds this file for those targets.
 */
#include <ntifs.h>
#include <fltKernel.h>
#include <wdf.h>
#include <ndis.h>
#include <storport.h>
#include <video.h>
#include <mcd.h>
#include <dispmprt.h>
#include <hidpddi.h>
#include <nthalext.h>
#include <netconfiguration.h>
#include <portcls.h>
#include <dmusicks.h>
#include <kcom.h>

namespace facts {

template <class T, class U> struct same { static const bool value = false; };
template <class T> struct same<T, T> { static const bool value = true; };

template <class... A> struct list {};
template <int I, class L> struct nth;
template <class H, class... T> struct nth<0, list<H, T...> > { typedef H type; };
template <int I, class H, class... T> struct nth<I, list<H, T...> > {
    typedef typename nth<I - 1, list<T...> >::type type;
};

template <class F> struct sig;
template <class R, class... A> struct sig<R(A...)> {
    static const int arity = sizeof...(A);
    typedef list<A...> args;
};
template <class R, class... A> struct sig<R (*)(A...)> : sig<R(A...)> {};
template <class C, class R, class... A> struct sig<R (C::*)(A...)> : sig<R(A...)> {};

} // namespace facts

#define ARITY(f, n) \
    static_assert(facts::sig<decltype(&f)>::arity == (n), #f ": parameter count")
#define PARAM(f, i, T)                                                              \
    static_assert(facts::same<facts::nth<i, facts::sig<decltype(&f)>::args>::type, \
                              T>::value, #f ": parameter " #i " type")
#define TARITY(F, n) static_assert(facts::sig<F>::arity == (n), #F ": parameter count")
#define TPARAM(F, i, T)                                                             \
    static_assert(facts::same<facts::nth<i, facts::sig<F>::args>::type, T>::value,  \
                  #F ": parameter " #i " type")

/* 2.1 executive pool allocators */
ARITY(ExAllocatePool, 2);                      PARAM(ExAllocatePool, 0, POOL_TYPE);
ARITY(ExAllocatePoolWithQuota, 2);             PARAM(ExAllocatePoolWithQuota, 0, POOL_TYPE);
ARITY(ExAllocatePoolWithQuotaTag, 3);          PARAM(ExAllocatePoolWithQuotaTag, 0, POOL_TYPE);
ARITY(ExAllocatePoolWithTag, 3);               PARAM(ExAllocatePoolWithTag, 0, POOL_TYPE);
ARITY(ExAllocatePoolWithTagPriority, 4);       PARAM(ExAllocatePoolWithTagPriority, 0, POOL_TYPE);
PARAM(ExAllocatePoolWithTagPriority, 3, EX_POOL_PRIORITY);
ARITY(ExAllocatePool2, 3);                     PARAM(ExAllocatePool2, 0, POOL_FLAGS);
ARITY(ExAllocatePool3, 5);                     PARAM(ExAllocatePool3, 0, POOL_FLAGS);
ARITY(ExAllocatePoolZero, 3);                  PARAM(ExAllocatePoolZero, 0, POOL_TYPE);
ARITY(ExAllocatePoolQuotaZero, 3);             PARAM(ExAllocatePoolQuotaZero, 0, POOL_TYPE);
ARITY(ExAllocatePoolPriorityZero, 4);          PARAM(ExAllocatePoolPriorityZero, 0, POOL_TYPE);
ARITY(ExAllocatePoolUninitialized, 3);         PARAM(ExAllocatePoolUninitialized, 0, POOL_TYPE);
ARITY(ExAllocatePoolQuotaUninitialized, 3);    PARAM(ExAllocatePoolQuotaUninitialized, 0, POOL_TYPE);
ARITY(ExAllocatePoolPriorityUninitialized, 4); PARAM(ExAllocatePoolPriorityUninitialized, 0, POOL_TYPE);

/* 2.2 lookaside lists (under the NX opt-in the Ex name is the wrapper, which
   has the same parameters) */
ARITY(ExInitializeNPagedLookasideList, 7);     PARAM(ExInitializeNPagedLookasideList, 3, ULONG);
ARITY(ExInitializeLookasideListEx, 8);         PARAM(ExInitializeLookasideListEx, 3, POOL_TYPE);
PARAM(ExInitializeLookasideListEx, 4, ULONG);
ARITY(ExInitializePagedLookasideList, 7);      PARAM(ExInitializePagedLookasideList, 3, ULONG);
ARITY(NdisInitializeNPagedLookasideList, 7);   PARAM(NdisInitializeNPagedLookasideList, 3, ULONG);
ARITY(FltInitExtraCreateParameterLookasideList, 5);
PARAM(FltInitExtraCreateParameterLookasideList, 2, FSRTL_ECP_LOOKASIDE_FLAGS);
ARITY(FsRtlInitExtraCreateParameterLookasideList, 4);
PARAM(FsRtlInitExtraCreateParameterLookasideList, 1, FSRTL_ECP_LOOKASIDE_FLAGS);

/* 2.3 contiguous / non-cached memory */
ARITY(MmAllocateContiguousMemory, 2);
ARITY(MmAllocateContiguousMemorySpecifyCache, 5);
PARAM(MmAllocateContiguousMemorySpecifyCache, 4, MEMORY_CACHING_TYPE);
ARITY(MmAllocateContiguousMemorySpecifyCacheNode, 6);
PARAM(MmAllocateContiguousMemorySpecifyCacheNode, 4, MEMORY_CACHING_TYPE);
ARITY(MmAllocateContiguousNodeMemory, 6);      PARAM(MmAllocateContiguousNodeMemory, 4, ULONG);
ARITY(MmAllocateContiguousMemoryEx, 10);       PARAM(MmAllocateContiguousMemoryEx, 5, ULONG);
PARAM(MmAllocateContiguousMemoryEx, 0, PSIZE_T);
ARITY(MmAllocateNonCachedMemory, 1);

/* 2.4 MDL / I/O space */
ARITY(MmMapLockedPagesSpecifyCache, 6);        PARAM(MmMapLockedPagesSpecifyCache, 5, ULONG);
PARAM(MmMapLockedPagesSpecifyCache, 1, KPROCESSOR_MODE);
PARAM(MmMapLockedPagesSpecifyCache, 2, MEMORY_CACHING_TYPE);
ARITY(MmGetSystemAddressForMdlSafe, 2);        PARAM(MmGetSystemAddressForMdlSafe, 1, ULONG);
ARITY(MmMapLockedPages, 2);
ARITY(MmMapLockedPagesWithReservedMapping, 4);
PARAM(MmMapLockedPagesWithReservedMapping, 3, MEMORY_CACHING_TYPE);
ARITY(MmProtectMdlSystemAddress, 2);           PARAM(MmProtectMdlSystemAddress, 1, ULONG);
ARITY(MmMapIoSpace, 3);                        PARAM(MmMapIoSpace, 2, MEMORY_CACHING_TYPE);
ARITY(MmMapIoSpaceEx, 3);                      PARAM(MmMapIoSpaceEx, 2, ULONG);
ARITY(MmMapMdl, 4);                            PARAM(MmMapMdl, 1, ULONG);
ARITY(MmCopyMemory, 5);                        PARAM(MmCopyMemory, 1, MM_COPY_ADDRESS);
PARAM(MmCopyMemory, 3, ULONG);
ARITY(MmProtectDriverSection, 3);              PARAM(MmProtectDriverSection, 2, ULONG);
#ifndef MmGetSystemAddressForMdl
#error "MmGetSystemAddressForMdl must be a macro"
#endif

/* 2.5 virtual memory and sections */
ARITY(ZwAllocateVirtualMemory, 6);             PARAM(ZwAllocateVirtualMemory, 5, ULONG);
ARITY(NtAllocateVirtualMemory, 6);             PARAM(NtAllocateVirtualMemory, 5, ULONG);
ARITY(ZwAllocateVirtualMemoryEx, 7);           PARAM(ZwAllocateVirtualMemoryEx, 4, ULONG);
ARITY(ZwProtectVirtualMemory, 5);              PARAM(ZwProtectVirtualMemory, 3, ULONG);
PARAM(ZwProtectVirtualMemory, 1, PVOID *);     PARAM(ZwProtectVirtualMemory, 2, PSIZE_T);
PARAM(ZwProtectVirtualMemory, 4, PULONG);
ARITY(ZwCreateSection, 7);                     PARAM(ZwCreateSection, 4, ULONG);
PARAM(ZwCreateSection, 5, ULONG);              PARAM(ZwCreateSection, 1, ACCESS_MASK);
ARITY(NtCreateSection, 7);                     PARAM(NtCreateSection, 4, ULONG);
ARITY(NtCreateSectionEx, 9);                   PARAM(NtCreateSectionEx, 4, ULONG);
ARITY(ZwMapViewOfSection, 10);                 PARAM(ZwMapViewOfSection, 9, ULONG);
ARITY(NtMapViewOfSection, 10);                 PARAM(NtMapViewOfSection, 9, ULONG);
ARITY(MmMapViewInSystemSpace, 3);
ARITY(MmMapViewInSystemSpaceEx, 5);
ARITY(MmMapViewInSessionSpace, 3);
ARITY(MmMapViewInSessionSpaceEx, 5);
ARITY(FltCreateSectionForDataScan, 12);        PARAM(FltCreateSectionForDataScan, 6, ULONG);
ARITY(FsRtlCreateSectionForDataScan, 10);      PARAM(FsRtlCreateSectionForDataScan, 7, ULONG);

/* 2.6 storage, display, audio, IFS, CLFS, NDIS */
ARITY(StorPortGetSystemAddress, 3);
ARITY(StorPortGetDataInBufferSystemAddress, 3);
ARITY(ChangerClassAllocatePool, 2);            PARAM(ChangerClassAllocatePool, 0, POOL_TYPE);
PARAM(ChangerClassAllocatePool, 1, ULONG);
TARITY(DXGKCB_MAP_MEMORY, 7);                  TPARAM(DXGKCB_MAP_MEMORY, 5, MEMORY_CACHING_TYPE);
static_assert(facts::same<decltype(((DXGKRNL_INTERFACE *)0)->DxgkCbMapMemory),
                          PDXGKCB_MAP_MEMORY>::value, "DxgkCbMapMemory member");
ARITY(VideoPortAllocatePool, 4);               PARAM(VideoPortAllocatePool, 1, VP_POOL_TYPE);
ARITY(IMiniportDMus::NewStream, 10);           PARAM(IMiniportDMus::NewStream, 2, POOL_TYPE);
ARITY(IMiniportMidi::NewStream, 7);            PARAM(IMiniportMidi::NewStream, 2, POOL_TYPE);
ARITY(IMiniportWaveCyclic::NewStream, 8);      PARAM(IMiniportWaveCyclic::NewStream, 2, POOL_TYPE);
ARITY(IMiniportWavePci::NewStream, 9);         PARAM(IMiniportWavePci::NewStream, 2, POOL_TYPE);
ARITY(IPortWavePci::NewMasterDmaChannel, 12);  PARAM(IPortWavePci::NewMasterDmaChannel, 2, POOL_TYPE);
ARITY(PcNewDmaChannel, 5);                     PARAM(PcNewDmaChannel, 2, POOL_TYPE);
ARITY(PcNewResourceList, 5);                   PARAM(PcNewResourceList, 2, POOL_TYPE);
ARITY(PcNewResourceSublist, 5);                PARAM(PcNewResourceSublist, 2, POOL_TYPE);
ARITY(FltAllocatePoolAlignedWithTag, 4);       PARAM(FltAllocatePoolAlignedWithTag, 1, POOL_TYPE);
ARITY(FltAllocateContext, 5);                  PARAM(FltAllocateContext, 3, POOL_TYPE);
ARITY(ClfsCreateMarshallingArea, 8);           PARAM(ClfsCreateMarshallingArea, 1, POOL_TYPE);
ARITY(ClfsCreateMarshallingAreaEx, 10);        PARAM(ClfsCreateMarshallingAreaEx, 1, POOL_TYPE);
PARAM(ClfsCreateMarshallingAreaEx, 8, ULONGLONG);
ARITY(NdisAllocateMemoryWithTagPriority, 4);   PARAM(NdisAllocateMemoryWithTagPriority, 3, EX_POOL_PRIORITY);
ARITY(NdisAllocateMemory, 4);                  PARAM(NdisAllocateMemory, 2, UINT);
ARITY(NdisAllocateMemoryWithTag, 3);

/* 2.7 WDF and NetAdapterCx (hidden WdfDriverGlobals not counted) */
ARITY(WdfLookasideListCreate, 6);              PARAM(WdfLookasideListCreate, 2, POOL_TYPE);
ARITY(WdfMemoryCreate, 6);                     PARAM(WdfMemoryCreate, 1, POOL_TYPE);
ARITY(WdfDeviceAllocAndQueryProperty, 5);      PARAM(WdfDeviceAllocAndQueryProperty, 2, POOL_TYPE);
ARITY(WdfDeviceAllocAndQueryPropertyEx, 6);    PARAM(WdfDeviceAllocAndQueryPropertyEx, 2, POOL_TYPE);
PARAM(WdfDeviceAllocAndQueryPropertyEx, 1, PWDF_DEVICE_PROPERTY_DATA);
ARITY(WdfFdoInitAllocAndQueryProperty, 5);     PARAM(WdfFdoInitAllocAndQueryProperty, 2, POOL_TYPE);
ARITY(WdfFdoInitAllocAndQueryPropertyEx, 6);   PARAM(WdfFdoInitAllocAndQueryPropertyEx, 2, POOL_TYPE);
ARITY(WdfIoTargetAllocAndQueryTargetProperty, 5);
PARAM(WdfIoTargetAllocAndQueryTargetProperty, 2, POOL_TYPE);
ARITY(WdfRegistryQueryMemory, 6);              PARAM(WdfRegistryQueryMemory, 2, POOL_TYPE);
ARITY(WdfDeviceAllocAndQueryInterfaceProperty, 6);
PARAM(WdfDeviceAllocAndQueryInterfaceProperty, 2, POOL_TYPE);
ARITY(NetConfigurationQueryBinary, 5);         PARAM(NetConfigurationQueryBinary, 2, POOL_TYPE);

/* 2.8 other APIs */
ARITY(ExAllocateCacheAwareRundownProtection, 2);
PARAM(ExAllocateCacheAwareRundownProtection, 0, POOL_TYPE);
ARITY(PsCreateSiloContext, 5);                 PARAM(PsCreateSiloContext, 2, POOL_TYPE);
ARITY(FsRtlAllocateAePushLock, 2);             PARAM(FsRtlAllocateAePushLock, 0, POOL_TYPE);
ARITY(FsRtlInitializeBaseMcb, 2);              PARAM(FsRtlInitializeBaseMcb, 1, POOL_TYPE);
ARITY(FsRtlInitializeLargeMcb, 2);             PARAM(FsRtlInitializeLargeMcb, 1, POOL_TYPE);
ARITY(FsRtlInitializeMcb, 2);                  PARAM(FsRtlInitializeMcb, 1, POOL_TYPE);
ARITY(FsRtlInitializeBaseMcbEx, 3);            PARAM(FsRtlInitializeBaseMcbEx, 1, POOL_TYPE);
ARITY(SeAssignSecurity, 7);                    PARAM(SeAssignSecurity, 6, POOL_TYPE);
ARITY(SeAssignSecurityEx, 9);                  PARAM(SeAssignSecurityEx, 8, POOL_TYPE);
ARITY(SeSetSecurityDescriptorInfo, 6);         PARAM(SeSetSecurityDescriptorInfo, 4, POOL_TYPE);
ARITY(SeSetSecurityDescriptorInfoEx, 7);       PARAM(SeSetSecurityDescriptorInfoEx, 5, POOL_TYPE);
ARITY(HidP_GetCollectionDescription, 4);       PARAM(HidP_GetCollectionDescription, 2, POOL_TYPE);
ARITY(IPortClsNotifications::AllocNotificationBuffer, 3);
PARAM(IPortClsNotifications::AllocNotificationBuffer, 0, POOL_TYPE);
ARITY(DlAllocatePool, 4);                      PARAM(DlAllocatePool, 1, VP_POOL_TYPE);
ARITY(RtlCreateHeap, 6);                       PARAM(RtlCreateHeap, 0, ULONG);
ARITY(VslCreateSecureSection, 5);              PARAM(VslCreateSecureSection, 3, ULONG);
ARITY(MmMapVideoDisplay, 3);                   PARAM(MmMapVideoDisplay, 2, MEMORY_CACHING_TYPE);
ARITY(HalMapIoSpace, 3);                       PARAM(HalMapIoSpace, 2, MEMORY_CACHING_TYPE);
ARITY(StorPortAllocateContiguousMemorySpecifyCacheNode, 8);
PARAM(StorPortAllocateContiguousMemorySpecifyCacheNode, 5, MEMORY_CACHING_TYPE);
ARITY(StorPortAllocateDmaMemory, 9);           PARAM(StorPortAllocateDmaMemory, 5, MEMORY_CACHING_TYPE);
ARITY(StorPortAllocatePool, 4);
ARITY(NdisQueryMdl, 4);
TARITY(ALLOCATE_FUNCTION, 3);                  TPARAM(ALLOCATE_FUNCTION, 0, POOL_TYPE);
TARITY(ALLOCATE_FUNCTION_EX, 4);               TPARAM(ALLOCATE_FUNCTION_EX, 0, POOL_TYPE);
ARITY(PsChargePoolQuota, 3);                   PARAM(PsChargePoolQuota, 1, POOL_TYPE);
ARITY(PsChargeProcessPoolQuota, 3);            PARAM(PsChargeProcessPoolQuota, 1, POOL_TYPE);
ARITY(PsReturnPoolQuota, 3);                   PARAM(PsReturnPoolQuota, 1, POOL_TYPE);
ARITY(ExInitializeDriverRuntime, 1);           PARAM(ExInitializeDriverRuntime, 0, ULONG);

/* placement operator new taking a POOL_TYPE (stdunk.h / kcom.h) */
static_assert(sizeof(static_cast<PVOID (*)(size_t, POOL_TYPE)>(&operator new)) != 0, "new 2");
static_assert(sizeof(static_cast<PVOID (*)(size_t, POOL_TYPE, ULONG)>(&operator new)) != 0, "new 3");

/* macros that end in the allocators: they must expand to valid calls */
VOID ApiFactsMacroUse(PMDL Mdl)
{
    PVOID p = FsRtlAllocatePoolWithTag(PagedPool, 16, 0x74736554UL);
    PVOID q = FsRtlAllocatePoolWithQuotaTag(NonPagedPoolNx, 16, 0x74736554UL);
    PVOID v = MmGetSystemAddressForMdl(Mdl);
    struct Obj { int x; };
    Obj *o = new (NonPagedPoolNx, 0x74736554UL) Obj;
    Obj *o2 = new (NonPagedPoolNx) Obj;
    UNREFERENCED_PARAMETER(p);
    UNREFERENCED_PARAMETER(q);
    UNREFERENCED_PARAMETER(v);
    UNREFERENCED_PARAMETER(o);
    UNREFERENCED_PARAMETER(o2);
}
