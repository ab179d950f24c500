/*
 * wdm_cb.h - hvcilint's stand-in for the filtering callbacks of the WDK's
 * wdm.h: registry filtering (CmRegisterCallbackEx, REG_NOTIFY_CLASS and
 * the REG_*_INFORMATION records a RegistryCallback routine receives) and
 * object-handle filtering (ObRegisterCallbacks and the OB_* records);
 * wdm.h includes it at its end.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (EX_CALLBACK_FUNCTION, CmRegisterCallback(Ex),
 * CmUnRegisterCallback, CmGetCallbackVersion, CmSetCallbackObjectContext,
 * CmCallbackGetKeyObjectID(Ex), CmCallbackReleaseKeyObjectIDEx,
 * CmGetBoundTransaction, REG_NOTIFY_CLASS, REG_CREATE_KEY_INFORMATION(_V1),
 * REG_POST_CREATE_KEY_INFORMATION, REG_POST_OPERATION_INFORMATION,
 * REG_SET_VALUE_KEY_INFORMATION, REG_DELETE_VALUE_KEY_INFORMATION,
 * REG_DELETE_KEY_INFORMATION, REG_KEY_HANDLE_CLOSE_INFORMATION,
 * REG_CALLBACK_CONTEXT_CLEANUP_INFORMATION, ObRegisterCallbacks,
 * ObUnRegisterCallbacks, ObGetFilterVersion, OB_CALLBACK_REGISTRATION,
 * OB_OPERATION_REGISTRATION, OB_PRE_OPERATION_INFORMATION,
 * OB_POST_OPERATION_INFORMATION and their parameter records), not taken
 * from the WDK.  REG_NOTIFY_CLASS is numbered from zero in the order of
 * its page, the pre-notification aliases equal to the older names.
 *
 * Left out: the REG_*_INFORMATION records of the query, enumerate, load,
 * save, restore, replace, rename and security notifications, and the
 * transaction-aware registry routines.
 */
#pragma once
#ifndef HVCILINT_WDM_CB_H
#define HVCILINT_WDM_CB_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- registry filtering --------------------------------------------------- */

typedef NTSTATUS EX_CALLBACK_FUNCTION(_In_ PVOID CallbackContext, _In_opt_ PVOID Argument1,
                                      _In_opt_ PVOID Argument2);
typedef EX_CALLBACK_FUNCTION *PEX_CALLBACK_FUNCTION;

typedef enum _REG_NOTIFY_CLASS {
    RegNtDeleteKey,
    RegNtPreDeleteKey = RegNtDeleteKey,
    RegNtSetValueKey,
    RegNtPreSetValueKey = RegNtSetValueKey,
    RegNtDeleteValueKey,
    RegNtPreDeleteValueKey = RegNtDeleteValueKey,
    RegNtSetInformationKey,
    RegNtPreSetInformationKey = RegNtSetInformationKey,
    RegNtRenameKey,
    RegNtPreRenameKey = RegNtRenameKey,
    RegNtEnumerateKey,
    RegNtPreEnumerateKey = RegNtEnumerateKey,
    RegNtEnumerateValueKey,
    RegNtPreEnumerateValueKey = RegNtEnumerateValueKey,
    RegNtQueryKey,
    RegNtPreQueryKey = RegNtQueryKey,
    RegNtQueryValueKey,
    RegNtPreQueryValueKey = RegNtQueryValueKey,
    RegNtQueryMultipleValueKey,
    RegNtPreQueryMultipleValueKey = RegNtQueryMultipleValueKey,
    RegNtPreCreateKey,
    RegNtPostCreateKey,
    RegNtPreOpenKey,
    RegNtPostOpenKey,
    RegNtKeyHandleClose,
    RegNtPreKeyHandleClose = RegNtKeyHandleClose,
    RegNtPostDeleteKey,
    RegNtPostSetValueKey,
    RegNtPostDeleteValueKey,
    RegNtPostSetInformationKey,
    RegNtPostRenameKey,
    RegNtPostEnumerateKey,
    RegNtPostEnumerateValueKey,
    RegNtPostQueryKey,
    RegNtPostQueryValueKey,
    RegNtPostQueryMultipleValueKey,
    RegNtPostKeyHandleClose,
    RegNtPreCreateKeyEx,
    RegNtPostCreateKeyEx,
    RegNtPreOpenKeyEx,
    RegNtPostOpenKeyEx,
    RegNtPreFlushKey,
    RegNtPostFlushKey,
    RegNtPreLoadKey,
    RegNtPostLoadKey,
    RegNtPreUnLoadKey,
    RegNtPostUnLoadKey,
    RegNtPreQueryKeySecurity,
    RegNtPostQueryKeySecurity,
    RegNtPreSetKeySecurity,
    RegNtPostSetKeySecurity,
    RegNtCallbackObjectContextCleanup,
    RegNtPreRestoreKey,
    RegNtPostRestoreKey,
    RegNtPreSaveKey,
    RegNtPostSaveKey,
    RegNtPreReplaceKey,
    RegNtPostReplaceKey,
    RegNtPreQueryKeyName,
    RegNtPostQueryKeyName,
    RegNtPreSaveMergedKey,
    RegNtPostSaveMergedKey,
    MaxRegNtNotifyClass
} REG_NOTIFY_CLASS;

typedef struct _REG_CREATE_KEY_INFORMATION {
    PUNICODE_STRING CompleteName;
    PVOID RootObject;
    PVOID ObjectType;
    ULONG CreateOptions;
    PUNICODE_STRING Class;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
    ACCESS_MASK DesiredAccess;
    ACCESS_MASK GrantedAccess;
    PULONG Disposition;
    PVOID *ResultObject;
    PVOID CallContext;
    PVOID RootObjectContext;
    PVOID Transaction;
    PVOID Reserved;
} REG_CREATE_KEY_INFORMATION, REG_OPEN_KEY_INFORMATION,
    *PREG_CREATE_KEY_INFORMATION, *PREG_OPEN_KEY_INFORMATION;

typedef struct _REG_CREATE_KEY_INFORMATION_V1 {
    PUNICODE_STRING CompleteName;
    PVOID RootObject;
    PVOID ObjectType;
    ULONG Options;
    PUNICODE_STRING Class;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
    ACCESS_MASK DesiredAccess;
    ACCESS_MASK GrantedAccess;
    PULONG Disposition;
    PVOID *ResultObject;
    PVOID CallContext;
    PVOID RootObjectContext;
    PVOID Transaction;
    ULONG_PTR Version;
    PUNICODE_STRING RemainingName;
    ULONG Wow64Flags;
    ULONG Attributes;
    KPROCESSOR_MODE CheckAccessMode;
} REG_CREATE_KEY_INFORMATION_V1, REG_OPEN_KEY_INFORMATION_V1,
    *PREG_CREATE_KEY_INFORMATION_V1, *PREG_OPEN_KEY_INFORMATION_V1;

typedef struct _REG_POST_CREATE_KEY_INFORMATION {
    PUNICODE_STRING CompleteName;
    PVOID Object;
    NTSTATUS Status;
} REG_POST_CREATE_KEY_INFORMATION, REG_POST_OPEN_KEY_INFORMATION,
    *PREG_POST_CREATE_KEY_INFORMATION, *PREG_POST_OPEN_KEY_INFORMATION;

typedef struct _REG_POST_OPERATION_INFORMATION {
    PVOID Object;
    NTSTATUS Status;
    PVOID PreInformation;
    NTSTATUS ReturnStatus;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_POST_OPERATION_INFORMATION, *PREG_POST_OPERATION_INFORMATION;

typedef struct _REG_SET_VALUE_KEY_INFORMATION {
    PVOID Object;
    PUNICODE_STRING ValueName;
    ULONG TitleIndex;
    ULONG Type;
    PVOID Data;
    ULONG DataSize;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_SET_VALUE_KEY_INFORMATION, *PREG_SET_VALUE_KEY_INFORMATION;

typedef struct _REG_DELETE_VALUE_KEY_INFORMATION {
    PVOID Object;
    PUNICODE_STRING ValueName;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_DELETE_VALUE_KEY_INFORMATION, *PREG_DELETE_VALUE_KEY_INFORMATION;

typedef struct _REG_DELETE_KEY_INFORMATION {
    PVOID Object;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_DELETE_KEY_INFORMATION, *PREG_DELETE_KEY_INFORMATION,
    REG_FLUSH_KEY_INFORMATION, *PREG_FLUSH_KEY_INFORMATION;

typedef struct _REG_KEY_HANDLE_CLOSE_INFORMATION {
    PVOID Object;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_KEY_HANDLE_CLOSE_INFORMATION, *PREG_KEY_HANDLE_CLOSE_INFORMATION;

typedef struct _REG_CALLBACK_CONTEXT_CLEANUP_INFORMATION {
    PVOID Object;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_CALLBACK_CONTEXT_CLEANUP_INFORMATION, *PREG_CALLBACK_CONTEXT_CLEANUP_INFORMATION;

NTKERNELAPI NTSTATUS NTAPI CmRegisterCallback(_In_ PEX_CALLBACK_FUNCTION Function,
                                              _In_opt_ PVOID Context,
                                              _Out_ PLARGE_INTEGER Cookie);
NTKERNELAPI NTSTATUS NTAPI CmRegisterCallbackEx(_In_ PEX_CALLBACK_FUNCTION Function,
                                                _In_ PCUNICODE_STRING Altitude,
                                                _In_ PVOID Driver,
                                                _In_opt_ PVOID Context,
                                                _Out_ PLARGE_INTEGER Cookie,
                                                _Reserved_ PVOID Reserved);
NTKERNELAPI NTSTATUS NTAPI CmUnRegisterCallback(_In_ LARGE_INTEGER Cookie);
NTKERNELAPI VOID NTAPI CmGetCallbackVersion(_Out_opt_ PULONG Major, _Out_opt_ PULONG Minor);
NTKERNELAPI NTSTATUS NTAPI CmSetCallbackObjectContext(_Inout_ PVOID Object,
                                                      _In_ PLARGE_INTEGER Cookie,
                                                      _In_ PVOID NewContext,
                                                      _Out_opt_ PVOID *OldContext);
NTKERNELAPI NTSTATUS NTAPI CmCallbackGetKeyObjectID(_In_ PLARGE_INTEGER Cookie,
                                                    _In_ PVOID Object,
                                                    _Out_opt_ PULONG_PTR ObjectID,
                                                    _Outptr_opt_ PCUNICODE_STRING *ObjectName);
NTKERNELAPI NTSTATUS NTAPI CmCallbackGetKeyObjectIDEx(_In_ PLARGE_INTEGER Cookie,
                                                      _In_ PVOID Object,
                                                      _Out_opt_ PULONG_PTR ObjectID,
                                                      _Outptr_opt_ PCUNICODE_STRING *ObjectName,
                                                      _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI CmCallbackReleaseKeyObjectIDEx(_In_ PCUNICODE_STRING ObjectName);
NTKERNELAPI PVOID NTAPI CmGetBoundTransaction(_In_ PLARGE_INTEGER Cookie, _In_ PVOID Object);

/* ---- object-handle filtering ---------------------------------------------- */

typedef ULONG OB_OPERATION;
#define OB_OPERATION_HANDLE_CREATE    0x00000001
#define OB_OPERATION_HANDLE_DUPLICATE 0x00000002

#define OB_FLT_REGISTRATION_VERSION_0100 0x0100
#define OB_FLT_REGISTRATION_VERSION      OB_FLT_REGISTRATION_VERSION_0100

typedef enum _OB_PREOP_CALLBACK_STATUS {
    OB_PREOP_SUCCESS
} OB_PREOP_CALLBACK_STATUS, *POB_PREOP_CALLBACK_STATUS;

typedef struct _OB_PRE_CREATE_HANDLE_INFORMATION {
    ACCESS_MASK DesiredAccess;
    ACCESS_MASK OriginalDesiredAccess;
} OB_PRE_CREATE_HANDLE_INFORMATION, *POB_PRE_CREATE_HANDLE_INFORMATION;

typedef struct _OB_PRE_DUPLICATE_HANDLE_INFORMATION {
    ACCESS_MASK DesiredAccess;
    ACCESS_MASK OriginalDesiredAccess;
    PVOID SourceProcess;
    PVOID TargetProcess;
} OB_PRE_DUPLICATE_HANDLE_INFORMATION, *POB_PRE_DUPLICATE_HANDLE_INFORMATION;

typedef union _OB_PRE_OPERATION_PARAMETERS {
    OB_PRE_CREATE_HANDLE_INFORMATION CreateHandleInformation;
    OB_PRE_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
} OB_PRE_OPERATION_PARAMETERS, *POB_PRE_OPERATION_PARAMETERS;

typedef struct _OB_PRE_OPERATION_INFORMATION {
    OB_OPERATION Operation;
    union {
        ULONG Flags;
        struct {
            ULONG KernelHandle : 1;
            ULONG Reserved : 31;
        };
    };
    PVOID Object;
    POBJECT_TYPE ObjectType;
    PVOID CallContext;
    POB_PRE_OPERATION_PARAMETERS Parameters;
} OB_PRE_OPERATION_INFORMATION, *POB_PRE_OPERATION_INFORMATION;

typedef struct _OB_POST_CREATE_HANDLE_INFORMATION {
    ACCESS_MASK GrantedAccess;
} OB_POST_CREATE_HANDLE_INFORMATION, *POB_POST_CREATE_HANDLE_INFORMATION;

typedef struct _OB_POST_DUPLICATE_HANDLE_INFORMATION {
    ACCESS_MASK GrantedAccess;
} OB_POST_DUPLICATE_HANDLE_INFORMATION, *POB_POST_DUPLICATE_HANDLE_INFORMATION;

typedef union _OB_POST_OPERATION_PARAMETERS {
    OB_POST_CREATE_HANDLE_INFORMATION CreateHandleInformation;
    OB_POST_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
} OB_POST_OPERATION_PARAMETERS, *POB_POST_OPERATION_PARAMETERS;

typedef struct _OB_POST_OPERATION_INFORMATION {
    OB_OPERATION Operation;
    union {
        ULONG Flags;
        struct {
            ULONG KernelHandle : 1;
            ULONG Reserved : 31;
        };
    };
    PVOID Object;
    POBJECT_TYPE ObjectType;
    PVOID CallContext;
    NTSTATUS ReturnStatus;
    POB_POST_OPERATION_PARAMETERS Parameters;
} OB_POST_OPERATION_INFORMATION, *POB_POST_OPERATION_INFORMATION;

typedef OB_PREOP_CALLBACK_STATUS OB_PRE_OPERATION_CALLBACK(
    _In_ PVOID RegistrationContext, _Inout_ POB_PRE_OPERATION_INFORMATION OperationInformation);
typedef OB_PRE_OPERATION_CALLBACK *POB_PRE_OPERATION_CALLBACK;
typedef VOID OB_POST_OPERATION_CALLBACK(_In_ PVOID RegistrationContext,
                                        _In_ POB_POST_OPERATION_INFORMATION OperationInformation);
typedef OB_POST_OPERATION_CALLBACK *POB_POST_OPERATION_CALLBACK;

typedef struct _OB_OPERATION_REGISTRATION {
    POBJECT_TYPE *ObjectType;
    OB_OPERATION Operations;
    POB_PRE_OPERATION_CALLBACK PreOperation;
    POB_POST_OPERATION_CALLBACK PostOperation;
} OB_OPERATION_REGISTRATION, *POB_OPERATION_REGISTRATION;

typedef struct _OB_CALLBACK_REGISTRATION {
    USHORT Version;
    USHORT OperationRegistrationCount;
    UNICODE_STRING Altitude;
    PVOID RegistrationContext;
    OB_OPERATION_REGISTRATION *OperationRegistration;
} OB_CALLBACK_REGISTRATION, *POB_CALLBACK_REGISTRATION;

NTKERNELAPI NTSTATUS NTAPI ObRegisterCallbacks(_In_ POB_CALLBACK_REGISTRATION CallbackRegistration,
                                               _Outptr_ PVOID *RegistrationHandle);
NTKERNELAPI VOID NTAPI ObUnRegisterCallbacks(_In_ PVOID RegistrationHandle);
NTKERNELAPI USHORT NTAPI ObGetFilterVersion(VOID);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_WDM_CB_H */
