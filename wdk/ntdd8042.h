/*
 * ntdd8042.h - hvcilint's stand-in for the i8042 port driver (I8042prt)
 * hook interface used by keyboard and mouse filter drivers: the hook
 * IOCTLs, the hook records and the callbacks they carry.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ntdd8042.h: INTERNAL_I8042_HOOK_KEYBOARD,
 * INTERNAL_I8042_HOOK_MOUSE, KEYBOARD_SCAN_STATE, MOUSE_STATE,
 * PI8042_KEYBOARD_INITIALIZATION_ROUTINE, PI8042_KEYBOARD_ISR,
 * PI8042_MOUSE_ISR, PI8042_ISR_WRITE_PORT, PI8042_QUEUE_PACKET,
 * PI8042_SYNCH_READ_PORT, PI8042_SYNCH_WRITE_PORT and the
 * IOCTL_INTERNAL_I8042_HOOK_* requests), not taken from the WDK.  The
 * reference pages name the IOCTLs but not their function numbers; the
 * CTL_CODE function numbers here are the long-standing ones.
 * OUTPUT_PACKET is only passed by pointer and is left incomplete;
 * MOUSE_RESET_SUBSTATE is an integer here because its long list of
 * values is not needed to pass it along.
 *
 * Left out: the controller and keyboard write-buffer and start-
 * information IOCTLs, the i8042 command and status byte values and the
 * port-side records.
 */
#pragma once
#ifndef HVCILINT_NTDD8042_H
#define HVCILINT_NTDD8042_H

#include <ntddkbd.h>
#include <ntddmou.h>

#ifdef __cplusplus
extern "C" {
#endif

#define IOCTL_INTERNAL_I8042_HOOK_KEYBOARD \
    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0FF0, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_HOOK_MOUSE \
    CTL_CODE(FILE_DEVICE_MOUSE, 0x0FF0, METHOD_NEITHER, FILE_ANY_ACCESS)

typedef enum _KEYBOARD_SCAN_STATE {
    Normal,
    GotE0,
    GotE1
} KEYBOARD_SCAN_STATE, *PKEYBOARD_SCAN_STATE;

typedef enum _MOUSE_STATE {
    MouseIdle,
    XMovement,
    YMovement,
    ZMovement,
    MouseExpectingACK,
    MouseResetting
} MOUSE_STATE, *PMOUSE_STATE;

typedef ULONG MOUSE_RESET_SUBSTATE, *PMOUSE_RESET_SUBSTATE;

/* Bytes being written to the device; used only through a pointer. */
typedef struct _OUTPUT_PACKET OUTPUT_PACKET, *POUTPUT_PACKET;

typedef NTSTATUS (*PI8042_SYNCH_READ_PORT)(_In_ PVOID Context, _Out_ PUCHAR Value,
                                           _In_ BOOLEAN WaitForACK);
typedef NTSTATUS (*PI8042_SYNCH_WRITE_PORT)(_In_ PVOID Context, _In_ UCHAR Value,
                                            _In_ BOOLEAN WaitForACK);
typedef VOID (*PI8042_ISR_WRITE_PORT)(_In_ PVOID Context, _In_ UCHAR Value);
typedef VOID (*PI8042_QUEUE_PACKET)(_In_ PVOID Context);

typedef NTSTATUS (*PI8042_KEYBOARD_INITIALIZATION_ROUTINE)(
    _In_ PVOID InitializationContext, _In_ PVOID SynchFuncContext,
    _In_ PI8042_SYNCH_READ_PORT ReadPort, _In_ PI8042_SYNCH_WRITE_PORT WritePort,
    _Out_ PBOOLEAN TurnTranslationOn);

typedef BOOLEAN (*PI8042_KEYBOARD_ISR)(
    _In_ PVOID IsrContext, _In_ PKEYBOARD_INPUT_DATA CurrentInput,
    _In_ POUTPUT_PACKET CurrentOutput, _In_ UCHAR StatusByte, _In_ PUCHAR Byte,
    _Out_ PBOOLEAN ContinueProcessing, _In_ PKEYBOARD_SCAN_STATE ScanState);

typedef BOOLEAN (*PI8042_MOUSE_ISR)(
    _In_ PVOID IsrContext, _In_ PMOUSE_INPUT_DATA CurrentInput,
    _In_ POUTPUT_PACKET CurrentOutput, _In_ UCHAR StatusByte, _In_ PUCHAR Byte,
    _Inout_ PBOOLEAN ContinueProcessing, _In_ PMOUSE_STATE MouseState,
    _In_ PMOUSE_RESET_SUBSTATE ResetSubState);

typedef struct _INTERNAL_I8042_HOOK_KEYBOARD {
    OUT PVOID Context;
    OUT PI8042_KEYBOARD_INITIALIZATION_ROUTINE InitializationRoutine;
    OUT PI8042_KEYBOARD_ISR IsrRoutine;
    IN PI8042_ISR_WRITE_PORT IsrWritePort;
    IN PI8042_QUEUE_PACKET QueueKeyboardPacket;
    IN PVOID CallContext;
} INTERNAL_I8042_HOOK_KEYBOARD, *PINTERNAL_I8042_HOOK_KEYBOARD;

typedef struct _INTERNAL_I8042_HOOK_MOUSE {
    OUT PVOID Context;
    OUT PI8042_MOUSE_ISR IsrRoutine;
    IN PI8042_ISR_WRITE_PORT IsrWritePort;
    IN PI8042_QUEUE_PACKET QueueMousePacket;
    IN PVOID CallContext;
} INTERNAL_I8042_HOOK_MOUSE, *PINTERNAL_I8042_HOOK_MOUSE;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_NTDD8042_H */
