/*
 * wdfobject.h - hvcilint's compact stand-in for KMDF object attributes and
 * typed contexts.  Written for hvcilint from public facts, not taken from
 * the WDK.  Left out: custom object types.
 */
#pragma once
#ifndef _WDFOBJECT_H_
#define _WDFOBJECT_H_

#include <wdftypes.h>

WDF_EXTERN_C_START

typedef enum _WDF_EXECUTION_LEVEL {
    WdfExecutionLevelInvalid = 0,
    WdfExecutionLevelInheritFromParent,
    WdfExecutionLevelPassive,
    WdfExecutionLevelDispatch
} WDF_EXECUTION_LEVEL;

typedef enum _WDF_SYNCHRONIZATION_SCOPE {
    WdfSynchronizationScopeInvalid = 0,
    WdfSynchronizationScopeInheritFromParent,
    WdfSynchronizationScopeDevice,
    WdfSynchronizationScopeQueue,
    WdfSynchronizationScopeNone
} WDF_SYNCHRONIZATION_SCOPE;

typedef VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(_In_ WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;
typedef VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(_In_ WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP EVT_WDF_DEVICE_CONTEXT_CLEANUP;
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY EVT_WDF_DEVICE_CONTEXT_DESTROY;

typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO *PWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef PCWDF_OBJECT_CONTEXT_TYPE_INFO (*PFN_GET_UNIQUE_CONTEXT_TYPE)(VOID);

typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
    ULONG Size;
    PCHAR ContextName;
    size_t ContextSize;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO UniqueType;
    PFN_GET_UNIQUE_CONTEXT_TYPE EvtDriverGetUniqueContextType;
} WDF_OBJECT_CONTEXT_TYPE_INFO;

typedef struct _WDF_OBJECT_ATTRIBUTES {
    ULONG Size;
    PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
    PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
    WDF_EXECUTION_LEVEL ExecutionLevel;
    WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
    WDFOBJECT ParentObject;
    size_t ContextSizeOverride;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

FORCEINLINE VOID WDF_OBJECT_ATTRIBUTES_INIT(_Out_ PWDF_OBJECT_ATTRIBUTES Attributes)
{
    RtlZeroMemory(Attributes, sizeof(WDF_OBJECT_ATTRIBUTES));
    Attributes->Size = sizeof(WDF_OBJECT_ATTRIBUTES);
    Attributes->ExecutionLevel = WdfExecutionLevelInheritFromParent;
    Attributes->SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
}

PVOID WdfObjectGetTypedContextWorker(_In_ WDFOBJECT Handle,
                                     _In_ PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);
NTSTATUS WdfObjectAllocateContext(_In_ WDFOBJECT Handle,
                                  _In_ PWDF_OBJECT_ATTRIBUTES ContextAttributes,
                                  _Outptr_opt_ PVOID *Context);
VOID WdfObjectDelete(_In_ WDFOBJECT Object);
NTSTATUS WdfObjectCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFOBJECT *Object);
WDFOBJECT WdfObjectContextGetObject(_In_ PVOID ContextPointer);
VOID WdfObjectReferenceActual(_In_ WDFOBJECT Handle, _In_opt_ PVOID Tag, _In_ LONG Line,
                              _In_z_ PCHAR File);
VOID WdfObjectDereferenceActual(_In_ WDFOBJECT Handle, _In_opt_ PVOID Tag, _In_ LONG Line,
                                _In_z_ PCHAR File);

WDF_EXTERN_C_END

#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_##_contexttype##_TYPE_INFO
#define WDF_TYPE_NAME_POINTER_TYPE(_contexttype) WDF_##_contexttype##_POINTER_TYPE
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype) \
    (&WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype))

#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)      \
    typedef _contexttype *WDF_TYPE_NAME_POINTER_TYPE(_contexttype);             \
    WDF_EXTERN_C DECLSPEC_SELECTANY const WDF_OBJECT_CONTEXT_TYPE_INFO          \
        WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) = {                            \
            sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), (PCHAR)#_contexttype,         \
            sizeof(_contexttype), WDF_GET_CONTEXT_TYPE_INFO(_contexttype), NULL \
        };                                                                      \
    FORCEINLINE _contexttype *_castingfunction(_In_ WDFOBJECT Handle)          \
    {                                                                           \
        return (_contexttype *)WdfObjectGetTypedContextWorker(                  \
            Handle, WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType);       \
    }

#define WDF_DECLARE_CONTEXT_TYPE(_contexttype) \
    WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, WdfObjectGet_##_contexttype)

#define WdfObjectReference(Handle) \
    WdfObjectReferenceActual((WDFOBJECT)(Handle), NULL, __LINE__, (PCHAR)__FILE__)
#define WdfObjectReferenceWithTag(Handle, Tag) \
    WdfObjectReferenceActual((WDFOBJECT)(Handle), (PVOID)(Tag), __LINE__, (PCHAR)__FILE__)
#define WdfObjectDereference(Handle) \
    WdfObjectDereferenceActual((WDFOBJECT)(Handle), NULL, __LINE__, (PCHAR)__FILE__)
#define WdfObjectDereferenceWithTag(Handle, Tag) \
    WdfObjectDereferenceActual((WDFOBJECT)(Handle), (PVOID)(Tag), __LINE__, (PCHAR)__FILE__)

#define WdfObjectGetTypedContext(handle, _type)                                 \
    ((_type *)WdfObjectGetTypedContextWorker(                                   \
        (WDFOBJECT)(handle), WDF_GET_CONTEXT_TYPE_INFO(_type)->UniqueType))

#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype) \
    (_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType

#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype) \
    WDF_OBJECT_ATTRIBUTES_INIT(_attributes);                               \
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)

#endif /* _WDFOBJECT_H_ */
