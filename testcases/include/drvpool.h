/*
 * drvpool.h - a driver's own pool helpers, used by the testcases to check
 * that values coming through user-header macros are reported at the macro's
 * use in the including file.
 */
#ifndef DRVPOOL_H
#define DRVPOOL_H

#define DRV_POOL         NonPagedPool
#define DRV_POOL_NX      NonPagedPoolNx
#define DRV_PROTECT      PAGE_EXECUTE_READWRITE
#define DRV_MDL_PRIORITY NormalPagePriority

#define DRV_ALLOC(n)    ExAllocatePoolWithTag(NonPagedPool, (n), 'vrD')
#define DRV_ALLOC_NX(n) ExAllocatePoolWithTag(NonPagedPoolNx, (n), 'vrD')

#endif /* DRVPOOL_H */
