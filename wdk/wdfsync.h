/*
 * wdfsync.h - hvcilint's compact stand-in for KMDF spin locks, wait locks
 * and object presentation locks.  Written for hvcilint from the public
 * KMDF documentation, not taken from the WDK.
 */
#pragma once
#ifndef _WDFSYNC_H_
#define _WDFSYNC_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

VOID WdfObjectAcquireLock(_In_ WDFOBJECT Object);
VOID WdfObjectReleaseLock(_In_ WDFOBJECT Object);

NTSTATUS WdfWaitLockCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES LockAttributes,
                           _Out_ WDFWAITLOCK *Lock);
/* Timeout: NULL waits for ever; a zero value only tries. */
NTSTATUS WdfWaitLockAcquire(_In_ WDFWAITLOCK Lock, _In_opt_ PLONGLONG Timeout);
VOID WdfWaitLockRelease(_In_ WDFWAITLOCK Lock);

NTSTATUS WdfSpinLockCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES SpinLockAttributes,
                           _Out_ WDFSPINLOCK *SpinLock);
VOID WdfSpinLockAcquire(_In_ WDFSPINLOCK SpinLock);
VOID WdfSpinLockRelease(_In_ WDFSPINLOCK SpinLock);

WDF_EXTERN_C_END

#endif /* _WDFSYNC_H_ */
