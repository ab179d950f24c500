/*
 * reshub.h - hvcilint's stand-in for the WDK's resource hub header: the
 * path under which a peripheral driver opens the controller behind a
 * connection ID from its hardware resources (GPIO, I2C, SPI, UART).
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (RESOURCE_HUB_CREATE_PATH_FROM_ID,
 * RESOURCE_HUB_PATH_SIZE and the "connection IDs for SPB-connected
 * peripheral devices" guide), not taken from the WDK.  The path is built
 * as the resource hub's device name followed by the 64-bit connection ID
 * in sixteen hexadecimal digits; the exact spelling the real macro writes
 * is not claimed.
 *
 * Left out: the user-mode path forms and the resource hub's query
 * requests (IOCTL_RH_*).
 */
#pragma once
#ifndef HVCILINT_RESHUB_H
#define HVCILINT_RESHUB_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RESOURCE_HUB_DEVICE_NAME L"\\Device\\RESOURCE_HUB"
#define RESOURCE_HUB_PATH_CHARS \
    ((sizeof(RESOURCE_HUB_DEVICE_NAME) / sizeof(WCHAR)) + 16 + 1)
#define RESOURCE_HUB_PATH_SIZE (RESOURCE_HUB_PATH_CHARS * sizeof(WCHAR))

FORCEINLINE NTSTATUS HvcilintResourceHubCreatePath(_Inout_ PUNICODE_STRING DevicePath,
                                                   _In_ ULONG IdLowPart,
                                                   _In_ ULONG IdHighPart)
{
    static const WCHAR prefix[] = RESOURCE_HUB_DEVICE_NAME L"\\";
    static const WCHAR hex[] = L"0123456789ABCDEF";
    USHORT chars = (USHORT)(sizeof(prefix) / sizeof(WCHAR) - 1);
    ULONG i;
    if (DevicePath == NULL || DevicePath->Buffer == NULL ||
        DevicePath->MaximumLength < (USHORT)((chars + 16) * sizeof(WCHAR))) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    for (i = 0; i < chars; i++) {
        DevicePath->Buffer[i] = prefix[i];
    }
    for (i = 0; i < 8; i++) {
        DevicePath->Buffer[chars + i] = hex[(IdHighPart >> (28 - 4 * i)) & 0xF];
        DevicePath->Buffer[chars + 8 + i] = hex[(IdLowPart >> (28 - 4 * i)) & 0xF];
    }
    DevicePath->Length = (USHORT)((chars + 16) * sizeof(WCHAR));
    return STATUS_SUCCESS;
}

#define RESOURCE_HUB_CREATE_PATH_FROM_ID(DevicePath, IdLowPart, IdHighPart) \
    HvcilintResourceHubCreatePath((DevicePath), (IdLowPart), (IdHighPart))

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_RESHUB_H */
