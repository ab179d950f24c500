/*
 * spb.h - hvcilint's stand-in for the WDK's simple peripheral bus (SPB)
 * request header: the transfer-list records that I2C and SPI peripheral
 * drivers send to an SPB controller, their initialisation helpers and the
 * SPB I/O control codes.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (spb.h section: SPB_TRANSFER_LIST,
 * SPB_TRANSFER_LIST_ENTRY, SPB_TRANSFER_BUFFER,
 * SPB_TRANSFER_BUFFER_LIST_ENTRY, SPB_TRANSFER_DIRECTION,
 * SPB_TRANSFER_BUFFER_FORMAT, SPB_TRANSFER_LIST_INIT and the
 * SPB_TRANSFER_LIST_ENTRY_INIT_* functions, the IOCTL_SPB_* requests), not
 * taken from the WDK.  The enumerations are listed in the order of their
 * pages and numbered from zero.  The pages do not give the IOCTL_SPB_*
 * codes: the values below are distinct stand-ins (controller device type,
 * function codes 0x100 and up) and are not claimed to match the WDK.
 *
 * Left out: the SPB framework extension (SpbCx, SPBCx.h) and the
 * user-mode forms.
 */
#pragma once
#ifndef HVCILINT_SPB_H
#define HVCILINT_SPB_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _SPB_TRANSFER_DIRECTION {
    SpbTransferDirectionNone,
    SpbTransferDirectionFromDevice,
    SpbTransferDirectionToDevice,
    SpbTransferDirectionMax
} SPB_TRANSFER_DIRECTION;

typedef enum _SPB_TRANSFER_BUFFER_FORMAT {
    SpbTransferBufferFormatInvalid,
    SpbTransferBufferFormatSimple,
    SpbTransferBufferFormatList,
    SpbTransferBufferFormatSimpleNonPaged,
    SpbTransferBufferFormatMdl,
    SpbTransferBufferFormatMax
} SPB_TRANSFER_BUFFER_FORMAT;

typedef struct _SPB_TRANSFER_BUFFER_LIST_ENTRY {
    PVOID Buffer;
    ULONG BufferCb;
} SPB_TRANSFER_BUFFER_LIST_ENTRY, *PSPB_TRANSFER_BUFFER_LIST_ENTRY;

typedef struct _SPB_TRANSFER_BUFFER {
    SPB_TRANSFER_BUFFER_FORMAT Format;
    union {
        struct {
            PVOID Buffer;
            ULONG BufferCb;
        } Simple;
        struct {
            SPB_TRANSFER_BUFFER_LIST_ENTRY *List;
            ULONG ListCe;
        } BufferList;
        PMDL Mdl;
    };
} SPB_TRANSFER_BUFFER, *PSPB_TRANSFER_BUFFER;

typedef struct _SPB_TRANSFER_LIST_ENTRY {
    SPB_TRANSFER_DIRECTION Direction;
    ULONG DelayInUs;
    SPB_TRANSFER_BUFFER Buffer;
} SPB_TRANSFER_LIST_ENTRY, *PSPB_TRANSFER_LIST_ENTRY;

typedef struct _SPB_TRANSFER_LIST {
    ULONG Size;
    ULONG Reserved;
    ULONG TransferCount;
    SPB_TRANSFER_LIST_ENTRY Transfers[1];
} SPB_TRANSFER_LIST, *PSPB_TRANSFER_LIST;

/* A transfer list with room for COUNT entries, as one declaration. */
#define SPB_TRANSFER_LIST_AND_ENTRIES(COUNT)                              \
    struct {                                                              \
        SPB_TRANSFER_LIST List;                                           \
        SPB_TRANSFER_LIST_ENTRY MoreTransfers[(COUNT) - 1];               \
    }

FORCEINLINE VOID SPB_TRANSFER_LIST_INIT(_Out_ SPB_TRANSFER_LIST *TransferList,
                                        _In_ ULONG TransferCount)
{
    RtlZeroMemory(TransferList, sizeof(SPB_TRANSFER_LIST));
    TransferList->Size = sizeof(SPB_TRANSFER_LIST);
    TransferList->TransferCount = TransferCount;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY
SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(_In_ SPB_TRANSFER_DIRECTION Direction,
                                    _In_ ULONG DelayInUs,
                                    _In_ PVOID Buffer,
                                    _In_ ULONG BufferCb)
{
    SPB_TRANSFER_LIST_ENTRY entry;
    RtlZeroMemory(&entry, sizeof(entry));
    entry.Direction = Direction;
    entry.DelayInUs = DelayInUs;
    entry.Buffer.Format = SpbTransferBufferFormatSimple;
    entry.Buffer.Simple.Buffer = Buffer;
    entry.Buffer.Simple.BufferCb = BufferCb;
    return entry;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY
SPB_TRANSFER_LIST_ENTRY_INIT_NON_PAGED(_In_ SPB_TRANSFER_DIRECTION Direction,
                                       _In_ ULONG DelayInUs,
                                       _In_ PVOID Buffer,
                                       _In_ ULONG BufferCb)
{
    SPB_TRANSFER_LIST_ENTRY entry;
    RtlZeroMemory(&entry, sizeof(entry));
    entry.Direction = Direction;
    entry.DelayInUs = DelayInUs;
    entry.Buffer.Format = SpbTransferBufferFormatSimpleNonPaged;
    entry.Buffer.Simple.Buffer = Buffer;
    entry.Buffer.Simple.BufferCb = BufferCb;
    return entry;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY
SPB_TRANSFER_LIST_ENTRY_INIT_BUFFER_LIST(_In_ SPB_TRANSFER_DIRECTION Direction,
                                         _In_ ULONG DelayInUs,
                                         _In_ PSPB_TRANSFER_BUFFER_LIST_ENTRY BufferList,
                                         _In_ ULONG BufferListCe)
{
    SPB_TRANSFER_LIST_ENTRY entry;
    RtlZeroMemory(&entry, sizeof(entry));
    entry.Direction = Direction;
    entry.DelayInUs = DelayInUs;
    entry.Buffer.Format = SpbTransferBufferFormatList;
    entry.Buffer.BufferList.List = BufferList;
    entry.Buffer.BufferList.ListCe = BufferListCe;
    return entry;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY
SPB_TRANSFER_LIST_ENTRY_INIT_MDL(_In_ SPB_TRANSFER_DIRECTION Direction,
                                 _In_ ULONG DelayInUs,
                                 _In_ PMDL Mdl)
{
    SPB_TRANSFER_LIST_ENTRY entry;
    RtlZeroMemory(&entry, sizeof(entry));
    entry.Direction = Direction;
    entry.DelayInUs = DelayInUs;
    entry.Buffer.Format = SpbTransferBufferFormatMdl;
    entry.Buffer.Mdl = Mdl;
    return entry;
}

/* SPB requests (codes are stand-ins, see above). */
#define IOCTL_SPB_LOCK_CONTROLLER \
    CTL_CODE(FILE_DEVICE_CONTROLLER, 0x100, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SPB_UNLOCK_CONTROLLER \
    CTL_CODE(FILE_DEVICE_CONTROLLER, 0x101, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SPB_EXECUTE_SEQUENCE \
    CTL_CODE(FILE_DEVICE_CONTROLLER, 0x102, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SPB_LOCK_CONNECTION \
    CTL_CODE(FILE_DEVICE_CONTROLLER, 0x103, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SPB_UNLOCK_CONNECTION \
    CTL_CODE(FILE_DEVICE_CONTROLLER, 0x104, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SPB_FULL_DUPLEX \
    CTL_CODE(FILE_DEVICE_CONTROLLER, 0x105, METHOD_NEITHER, FILE_ANY_ACCESS)

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_SPB_H */
