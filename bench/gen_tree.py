#!/usr/bin/env python3
"""Generate a synthetic but realistic Windows kernel-driver source tree.

    gen_tree.py OUTDIR [--files N] [--seed S] [--wdk DIR]

Writes OUTDIR/src/<module>/<name>.c (KMDF and WDM drivers), a shared
project header OUTDIR/src/include/drvcommon.h, one private header per
module (OUTDIR/src/<module>/<module>.h), OUTDIR/compile_commands.json and
OUTDIR/manifest.json (per-file line/function counts and the HVCI mistakes
that were seeded on purpose).

The output depends only on --files and --seed (and the absolute paths in
the compile database): the same arguments always give the same tree.
Standard library only.
"""

import argparse
import json
import os
import random
import shutil
import string
import sys

# ----------------------------------------------------------------------------
# Project layout

# (directory, CamelCase prefix, framework, pool tag)
MODULES = [
    ("netflt", "Nf", "kmdf", "tlfN"),
    ("ramdisk", "Rd", "wdm", "ksdR"),
    ("usbxfer", "Ux", "kmdf", "fxsU"),
    ("kbfilter", "Kb", "wdm", "tlfK"),
    ("serialx", "Sx", "kmdf", "lrsS"),
    ("pcidev", "Pd", "wdm", "icpP"),
    ("audiox", "Ax", "kmdf", "duaA"),
    ("cryptacc", "Ca", "wdm", "pyrC"),
    ("fsmon", "Fm", "wdm", "nomF"),
    ("gpioctl", "Gc", "kmdf", "oipG"),
    ("sensorhub", "Sh", "kmdf", "snsS"),
    ("tpmlink", "Tl", "wdm", "mptT"),
    ("nvmeshim", "Nv", "wdm", "emvN"),
    ("hidmini", "Hm", "kmdf", "dihH"),
    ("dmaeng", "De", "wdm", "amdD"),
    ("vbusx", "Vb", "kmdf", "subV"),
]

FILE_STEMS = [
    "queue", "ioctl", "power", "pnp", "dma", "buffer", "ring", "config",
    "stats", "device", "mdl", "section", "mmio", "lookaside", "worker",
    "timer", "trace", "registry", "interrupt", "filter", "cache", "request",
    "transfer", "event", "util", "memory", "shared", "hardware", "control",
    "session", "channel", "packet", "context", "mapping", "pool", "table",
]

MIN_LINES, MAX_LINES = 250, 600
MIN_FUNCS, MAX_FUNCS = 6, 15
MISTAKE_RATE = 0.10

# Mistakes that -DPOOL_NX_OPTIN_AUTO=1 makes harmless: the WDK headers then
# remap NonPagedPool to NonPagedPoolNx and add MdlMappingNoExecute to MDL
# mappings.  A correct checker reports none of these in such modules.
NEUTRALIZED_BY_NX_AUTO = {"nonpaged-pool", "wdf-nonpaged-pool", "mdl-no-nx"}

MISTAKE_KINDS = [
    "nonpaged-pool",       # NonPagedPool passed to the allocator (wrapper or direct)
    "exec-section",        # ZwMapViewOfSection with PAGE_EXECUTE_READWRITE
    "exec-iospace",        # MmMapIoSpaceEx with PAGE_EXECUTE_READWRITE
    "mdl-no-nx",           # MmGetSystemAddressForMdlSafe without MdlMappingNoExecute
    "wdf-nonpaged-pool",   # WdfMemoryCreate / WdfLookasideListCreate with NonPagedPool
    "pool2-exec",          # ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, ...)
]


def camel(s):
    return s[:1].upper() + s[1:]


class Tpl(string.Template):
    delimiter = "$"


# ----------------------------------------------------------------------------
# One translation unit


class Unit:
    """State for one generated .c file."""

    def __init__(self, module, stem, index, rng, mistakes, is_driver_file):
        mdir, mprefix, framework, mtag = module
        self.module = mdir
        self.mprefix = mprefix
        self.MP = mprefix.upper()
        self.kmdf = framework == "kmdf"
        self.stem = stem
        self.index = index
        self.rng = rng
        self.mistakes = set(mistakes)
        self.is_driver_file = is_driver_file
        self.P = mprefix + camel(stem)
        self.U = self.P.upper()
        # Include style: both headers / module header only / self-contained.
        r = rng.random()
        if is_driver_file or r < 0.5:
            self.include_style = "both"
        elif r < 0.75:
            self.include_style = "module"
        else:
            self.include_style = "local"
        self.has_common = self.include_style in ("both", "module")
        # A NonPagedPool argument only reaches the pool as executable memory
        # through the ExAllocatePoolWithTag flavour of the wrapper.
        self.pool2 = rng.random() < 0.4 and "nonpaged-pool" not in self.mistakes
        self.tag = rng.choice(["DRV_TAG", self.MP + "_TAG", self.U + "_TAG"]) \
            if self.has_common else self.U + "_TAG"
        self.local_tag = "".join(rng.choice(string.ascii_letters) for _ in range(4))
        self.pool = "DRV_POOL" if self.has_common and rng.random() < 0.6 else "NonPagedPoolNx"
        self.alloc = rng.choice(["DrvAlloc", self.P + "Alloc", self.P + "AllocatePool"])
        self.free = {"DrvAlloc": "DrvFree"}.get(self.alloc, self.P + "Free")
        self.globals = []
        self.functions = []      # (name, text)
        self.prototypes = []     # exported prototypes for the module header
        self.forward = []        # static forward declarations
        self.handlers = []       # (ioctl constant, handler function)
        self.ioctl_defs = []
        self.mistakes_placed = []
        self.has_dispatcher = False

    # -- helpers -----------------------------------------------------------

    def sub(self, text, **extra):
        d = {
            "P": self.P, "U": self.U, "MP": self.MP, "TAG": self.tag,
            "POOL": self.pool, "ALLOC": self.alloc, "FREE": self.free,
            "MOD": self.module, "STEM": self.stem,
        }
        d.update(extra)
        return Tpl(text).substitute(d)

    def add_global(self, decl):
        if decl not in self.globals:
            self.globals.append(decl)

    def add_function(self, name, text, exported=False, proto=None):
        self.functions.append((name, text.rstrip("\n") + "\n"))
        if exported and proto:
            self.prototypes.append(proto)

    def add_ioctl(self, suffix, handler):
        const = "IOCTL_%s_%s" % (self.U, suffix)
        n = len(self.ioctl_defs) + 1 + 16 * (self.index % 8)
        if self.has_common:
            val = "DRV_IOCTL(0x%03X, METHOD_BUFFERED)" % n
        else:
            val = ("CTL_CODE(FILE_DEVICE_UNKNOWN, 0x%03X, METHOD_BUFFERED, FILE_ANY_ACCESS)"
                   % (0x800 + n))
        self.ioctl_defs.append("#define %-40s %s" % (const, val))
        self.handlers.append((const, handler))

    def mistake(self, kind):
        """True (once per kind) when this file should contain `kind`."""
        if kind in self.mistakes and kind not in self.mistakes_placed:
            self.mistakes_placed.append(kind)
            return True
        return False

    def handler_scope(self):
        # Handlers are static when a dispatcher in the same file calls them;
        # otherwise they are exported to the module's dispatcher file.
        return "static " if self.has_dispatcher else ""

    def lines(self):
        return self.render().count("\n")

    # -- output ------------------------------------------------------------

    def render(self):
        out = []
        out.append("/*++\n\nCopyright (c) Contoso Hardware Ltd. All rights reserved.\n\n")
        out.append("Module Name:\n\n    %s.c\n\n" % self.stem)
        out.append("Abstract:\n\n    %s support for the %s driver.\n\n"
                   % (camel(self.stem), self.module))
        out.append("Environment:\n\n    Kernel mode only.\n\n--*/\n\n")
        hdr = self.rng_header
        out.extend(hdr)
        out.append("\n")
        if not self.has_common:
            out.append(LOCAL_COMMON.replace("@TAG@", self.U + "_TAG")
                       .replace("@TAGVAL@", self.local_tag))
            out.append("\n")
        elif self.tag == self.U + "_TAG":
            out.append("#define %s '%s'\n\n" % (self.tag, self.local_tag))
        if self.ioctl_defs:
            out.append("/* I/O control codes handled in this file. */\n")
            out.append("\n".join(self.ioctl_defs) + "\n\n")
        if self.globals:
            out.append("\n".join(self.globals) + "\n\n")
        if self.forward:
            out.append("\n".join(self.forward) + "\n\n")
        for i, (_, text) in enumerate(self.functions):
            out.append(text)
            if i + 1 < len(self.functions):
                out.append("\n")
        return "".join(out)


# Definitions a self-contained file carries instead of including drvcommon.h.
LOCAL_COMMON = r"""#define @TAG@ '@TAGVAL@'
#define DRV_POOL NonPagedPoolNx
#define DRV_MAX_TRANSFER (64 * 1024)
#define DRV_RING_CAPACITY 256
#define DRV_PAYLOAD_MAX 64
#define DRV_MIN(a, b) (((a) < (b)) ? (a) : (b))

typedef enum _DRV_STATE {
    DrvStateStopped = 0,
    DrvStateStarting,
    DrvStateRunning,
    DrvStatePaused,
    DrvStateStopping,
    DrvStateFailed
} DRV_STATE;

typedef struct _DRV_RING {
    KSPIN_LOCK Lock;
    ULONG Head;
    ULONG Tail;
    ULONG Count;
    ULONG Capacity;
    ULONG ElementSize;
    PUCHAR Storage;
} DRV_RING, *PDRV_RING;

typedef struct _DRV_WORK_ITEM {
    LIST_ENTRY Link;
    ULONG Opcode;
    ULONG Length;
    ULONG Sequence;
    UCHAR Payload[DRV_PAYLOAD_MAX];
} DRV_WORK_ITEM, *PDRV_WORK_ITEM;

typedef struct _DRV_STATS {
    volatile LONG Opens;
    volatile LONG Closes;
    volatile LONG Requests;
    volatile LONG Failures;
    LONGLONG BytesIn;
    LONGLONG BytesOut;
} DRV_STATS, *PDRV_STATS;

typedef struct _DRV_VERSION_INFO {
    ULONG Major;
    ULONG Minor;
    ULONG Build;
    ULONG Features;
} DRV_VERSION_INFO, *PDRV_VERSION_INFO;

typedef struct _DRV_REQUEST_HEADER {
    ULONG Size;
    ULONG Version;
    ULONG Opcode;
    ULONG Flags;
} DRV_REQUEST_HEADER, *PDRV_REQUEST_HEADER;

typedef struct _DRV_MAP_REQUEST {
    ULONGLONG PhysicalAddress;
    ULONG Length;
    ULONG Flags;
} DRV_MAP_REQUEST, *PDRV_MAP_REQUEST;

typedef struct _DRV_DEVICE_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT LowerDevice;
    DRV_STATE State;
    KSPIN_LOCK StateLock;
    DRV_STATS Stats;
    LIST_ENTRY PendingList;
    ULONG PendingCount;
    PVOID SharedView;
    SIZE_T SharedViewSize;
    HANDLE SharedSection;
    PVOID Registers;
    SIZE_T RegisterSpan;
} DRV_DEVICE_EXTENSION, *PDRV_DEVICE_EXTENSION;
"""

DRVCOMMON_H = r"""/*++

Copyright (c) Contoso Hardware Ltd. All rights reserved.

Module Name:

    drvcommon.h

Abstract:

    Definitions shared by every driver in the Contoso driver package.

Environment:

    Kernel mode only.

--*/

#ifndef _DRVCOMMON_H_
#define _DRVCOMMON_H_

#include <ntddk.h>

#define DRV_TAG             'vrDx'
#define DRV_POOL            NonPagedPoolNx
#define DRV_PAGED_POOL      PagedPool
#define DRV_MAX_TRANSFER    (64 * 1024)
#define DRV_RING_CAPACITY   256
#define DRV_PAYLOAD_MAX     64
#define DRV_DEVICE_TYPE     0x8337
#define DRV_VERSION_MAJOR   3
#define DRV_VERSION_MINOR   14

#define DRV_IOCTL(Function, Method) \
    CTL_CODE(DRV_DEVICE_TYPE, 0x800 + (Function), (Method), FILE_ANY_ACCESS)

#define DRV_ALIGN_UP(Value, Alignment) \
    (((Value) + ((Alignment) - 1)) & ~((SIZE_T)(Alignment) - 1))

#define DRV_MIN(a, b) (((a) < (b)) ? (a) : (b))
#define DRV_MAX(a, b) (((a) > (b)) ? (a) : (b))

#define DRV_RETURN_IF_FAILED(Expr)               \
    do {                                         \
        NTSTATUS drvStatus__ = (Expr);           \
        if (!NT_SUCCESS(drvStatus__)) {          \
            return drvStatus__;                  \
        }                                        \
    } while (0)

typedef enum _DRV_STATE {
    DrvStateStopped = 0,
    DrvStateStarting,
    DrvStateRunning,
    DrvStatePaused,
    DrvStateStopping,
    DrvStateFailed
} DRV_STATE;

typedef struct _DRV_RING {
    KSPIN_LOCK Lock;
    ULONG Head;
    ULONG Tail;
    ULONG Count;
    ULONG Capacity;
    ULONG ElementSize;
    PUCHAR Storage;
} DRV_RING, *PDRV_RING;

typedef struct _DRV_WORK_ITEM {
    LIST_ENTRY Link;
    ULONG Opcode;
    ULONG Length;
    ULONG Sequence;
    UCHAR Payload[DRV_PAYLOAD_MAX];
} DRV_WORK_ITEM, *PDRV_WORK_ITEM;

typedef struct _DRV_STATS {
    volatile LONG Opens;
    volatile LONG Closes;
    volatile LONG Requests;
    volatile LONG Failures;
    LONGLONG BytesIn;
    LONGLONG BytesOut;
} DRV_STATS, *PDRV_STATS;

typedef struct _DRV_VERSION_INFO {
    ULONG Major;
    ULONG Minor;
    ULONG Build;
    ULONG Features;
} DRV_VERSION_INFO, *PDRV_VERSION_INFO;

typedef struct _DRV_REQUEST_HEADER {
    ULONG Size;
    ULONG Version;
    ULONG Opcode;
    ULONG Flags;
} DRV_REQUEST_HEADER, *PDRV_REQUEST_HEADER;

typedef struct _DRV_MAP_REQUEST {
    ULONGLONG PhysicalAddress;
    ULONG Length;
    ULONG Flags;
} DRV_MAP_REQUEST, *PDRV_MAP_REQUEST;

typedef struct _DRV_DEVICE_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT LowerDevice;
    DRV_STATE State;
    KSPIN_LOCK StateLock;
    DRV_STATS Stats;
    LIST_ENTRY PendingList;
    ULONG PendingCount;
    PVOID SharedView;
    SIZE_T SharedViewSize;
    HANDLE SharedSection;
    PVOID Registers;
    SIZE_T RegisterSpan;
} DRV_DEVICE_EXTENSION, *PDRV_DEVICE_EXTENSION;

#endif /* _DRVCOMMON_H_ */
"""


def module_header(module, protos):
    mdir, mprefix, framework, mtag = module
    MP = mprefix.upper()
    guard = "_%s_H_" % mdir.upper()
    out = []
    out.append("/*++\n\nCopyright (c) Contoso Hardware Ltd. All rights reserved.\n\n")
    out.append("Module Name:\n\n    %s.h\n\n" % mdir)
    out.append("Abstract:\n\n    Private definitions of the %s driver (%s).\n\n--*/\n\n"
               % (mdir, "KMDF" if framework == "kmdf" else "WDM"))
    out.append("#ifndef %s\n#define %s\n\n" % (guard, guard))
    out.append("#include <ntddk.h>\n")
    if framework == "kmdf":
        out.append("#include <wdf.h>\n")
    out.append('#include "drvcommon.h"\n\n')
    out.append("#define %s_TAG '%s'\n" % (MP, mtag))
    out.append("#define %s_MAX_QUEUED 128\n" % MP)
    out.append("#define %s_SCRATCH_SIZE 4096\n" % MP)
    out.append("#define %s_REGISTER_SPAN 0x1000\n\n" % MP)
    out.append("typedef struct _%s_CONTEXT {\n" % MP)
    if framework == "kmdf":
        out.append("    WDFDEVICE Device;\n    WDFMEMORY Scratch;\n    WDFLOOKASIDE Lookaside;\n")
    else:
        out.append("    PDEVICE_OBJECT DeviceObject;\n    PDEVICE_OBJECT LowerDevice;\n")
    out.append("    DRV_STATE State;\n    KSPIN_LOCK Lock;\n    LIST_ENTRY Pending;\n"
               "    ULONG PendingCount;\n    DRV_STATS Stats;\n    PVOID Registers;\n"
               "    SIZE_T RegisterSpan;\n} %s_CONTEXT, *P%s_CONTEXT;\n\n" % (MP, MP))
    out.append("typedef struct _%s_CONFIG {\n    ULONG Flags;\n    ULONG QueueDepth;\n"
               "    ULONG TimeoutMs;\n    ULONG BufferSize;\n} %s_CONFIG, *P%s_CONFIG;\n\n"
               % (MP, MP, MP))
    if protos:
        out.append("/* Routines implemented in other files of this driver. */\n\n")
        for p in protos:
            out.append(p + "\n\n")
    out.append("#endif /* %s */\n" % guard)
    return "".join(out)


# ----------------------------------------------------------------------------
# Function templates.  Each adds one or more functions to the unit and
# returns nothing.  They only use common, documented WDM/KMDF names.


def t_alloc(u):
    """The driver-local allocator wrapper and its free routine."""
    if u.pool2:
        mapping = ("    flags = (PoolType == PagedPool) ? POOL_FLAG_PAGED : POOL_FLAG_NON_PAGED;\n")
        body = Tpl(r"""/*
 * Allocates NumberOfBytes of zeroed pool memory tagged for this file.
 * PoolType is translated into ExAllocatePool2 flags.
 */
static PVOID
${ALLOC}(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes
    )
{
    ULONG64 flags;
    PVOID buffer;

    if (NumberOfBytes == 0 || NumberOfBytes > DRV_MAX_TRANSFER * 4) {
        return NULL;
    }

${MAPPING}    buffer = ExAllocatePool2(flags, NumberOfBytes, ${TAG});
    if (buffer == NULL) {
        return NULL;
    }

    return buffer;
}
""").substitute(ALLOC=u.alloc, TAG=u.tag, MAPPING=mapping)
    else:
        body = Tpl(r"""/*
 * Allocates NumberOfBytes of zeroed pool memory tagged for this file.
 */
static PVOID
${ALLOC}(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes
    )
{
    PVOID buffer;

    if (NumberOfBytes == 0 || NumberOfBytes > DRV_MAX_TRANSFER * 4) {
        return NULL;
    }

    buffer = ExAllocatePoolWithTag(PoolType, NumberOfBytes, ${TAG});
    if (buffer != NULL) {
        RtlZeroMemory(buffer, NumberOfBytes);
    }

    return buffer;
}
""").substitute(ALLOC=u.alloc, TAG=u.tag)
    u.add_function(u.alloc, body)
    u.add_function(u.free, u.sub(r"""static VOID
${FREE}(
    _In_opt_ PVOID Buffer
    )
{
    if (Buffer != NULL) {
        ExFreePoolWithTag(Buffer, ${TAG});
    }
}
"""))


def t_ring(u):
    pool = u.pool
    if u.mistake("nonpaged-pool"):
        pool = "NonPagedPool"
    u.add_global(u.sub("static DRV_RING g${P}Ring;"))
    u.add_function(u.P + "RingInit", u.sub(r"""static NTSTATUS
${P}RingInit(
    _Out_ PDRV_RING Ring,
    _In_ ULONG Capacity,
    _In_ ULONG ElementSize
    )
{
    SIZE_T bytes;

    RtlZeroMemory(Ring, sizeof(*Ring));
    if (Capacity == 0 || ElementSize == 0 || ElementSize > DRV_PAYLOAD_MAX * 4) {
        return STATUS_INVALID_PARAMETER;
    }

    bytes = (SIZE_T)Capacity * ElementSize;
    Ring->Storage = (PUCHAR)${ALLOC}(${RPOOL}, bytes);
    if (Ring->Storage == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    KeInitializeSpinLock(&Ring->Lock);
    Ring->Capacity = Capacity;
    Ring->ElementSize = ElementSize;
    Ring->Head = 0;
    Ring->Tail = 0;
    Ring->Count = 0;
    return STATUS_SUCCESS;
}
""", RPOOL=pool))
    u.add_function(u.P + "RingPush", u.sub(r"""static NTSTATUS
${P}RingPush(
    _Inout_ PDRV_RING Ring,
    _In_ const VOID *Element,
    _In_ ULONG Length
    )
{
    KIRQL oldIrql;
    NTSTATUS status = STATUS_SUCCESS;

    if (Length > Ring->ElementSize) {
        return STATUS_BUFFER_OVERFLOW;
    }

    KeAcquireSpinLock(&Ring->Lock, &oldIrql);
    if (Ring->Count == Ring->Capacity) {
        status = STATUS_INSUFFICIENT_RESOURCES;
    } else {
        RtlCopyMemory(Ring->Storage + (SIZE_T)Ring->Tail * Ring->ElementSize, Element, Length);
        if (Length < Ring->ElementSize) {
            RtlZeroMemory(Ring->Storage + (SIZE_T)Ring->Tail * Ring->ElementSize + Length,
                          Ring->ElementSize - Length);
        }
        Ring->Tail = (Ring->Tail + 1) % Ring->Capacity;
        Ring->Count++;
    }
    KeReleaseSpinLock(&Ring->Lock, oldIrql);

    return status;
}
"""))
    u.add_function(u.P + "RingPop", u.sub(r"""static NTSTATUS
${P}RingPop(
    _Inout_ PDRV_RING Ring,
    _Out_writes_bytes_(Length) PVOID Element,
    _In_ ULONG Length
    )
{
    KIRQL oldIrql;
    NTSTATUS status = STATUS_SUCCESS;
    ULONG copy;

    KeAcquireSpinLock(&Ring->Lock, &oldIrql);
    if (Ring->Count == 0) {
        status = STATUS_NO_MORE_ENTRIES;
    } else {
        copy = DRV_MIN(Length, Ring->ElementSize);
        RtlCopyMemory(Element, Ring->Storage + (SIZE_T)Ring->Head * Ring->ElementSize, copy);
        Ring->Head = (Ring->Head + 1) % Ring->Capacity;
        Ring->Count--;
    }
    KeReleaseSpinLock(&Ring->Lock, oldIrql);

    return status;
}
"""))
    scope = u.handler_scope()
    proto = u.sub("NTSTATUS\n${P}HandleReadRing(\n    _In_opt_ PVOID InputBuffer,\n"
                  "    _In_ SIZE_T InputLength,\n    _Out_opt_ PVOID OutputBuffer,\n"
                  "    _In_ SIZE_T OutputLength,\n    _Out_ ULONG_PTR *Information\n    );")
    u.add_function(u.P + "HandleReadRing", u.sub(r"""${SCOPE}NTSTATUS
${P}HandleReadRing(
    _In_opt_ PVOID InputBuffer,
    _In_ SIZE_T InputLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ SIZE_T OutputLength,
    _Out_ ULONG_PTR *Information
    )
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(InputBuffer);
    UNREFERENCED_PARAMETER(InputLength);
    *Information = 0;

    if (OutputBuffer == NULL || OutputLength < g${P}Ring.ElementSize) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    if (g${P}Ring.Storage == NULL) {
        status = ${P}RingInit(&g${P}Ring, DRV_RING_CAPACITY, DRV_PAYLOAD_MAX);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }

    status = ${P}RingPop(&g${P}Ring, OutputBuffer, (ULONG)OutputLength);
    if (NT_SUCCESS(status)) {
        *Information = g${P}Ring.ElementSize;
    }
    return status;
}
""", SCOPE=scope), exported=not scope, proto=proto)
    u.add_ioctl("READ_RING", u.P + "HandleReadRing")


def t_list(u):
    u.add_global(u.sub("static LIST_ENTRY g${P}WorkList;"))
    u.add_global(u.sub("static KSPIN_LOCK g${P}WorkLock;"))
    u.add_global(u.sub("static ULONG g${P}WorkCount;"))
    u.add_global(u.sub("static ULONG g${P}Sequence;"))
    u.add_function(u.P + "QueueWork", u.sub(r"""static NTSTATUS
${P}QueueWork(
    _In_ ULONG Opcode,
    _In_reads_bytes_opt_(Length) const VOID *Payload,
    _In_ ULONG Length
    )
{
    PDRV_WORK_ITEM item;
    KIRQL oldIrql;

    if (Length > DRV_PAYLOAD_MAX) {
        return STATUS_INVALID_BUFFER_SIZE;
    }

    item = (PDRV_WORK_ITEM)${ALLOC}(${POOL}, sizeof(DRV_WORK_ITEM));
    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    item->Opcode = Opcode;
    item->Length = Length;
    if (Payload != NULL && Length != 0) {
        RtlCopyMemory(item->Payload, Payload, Length);
    }

    KeAcquireSpinLock(&g${P}WorkLock, &oldIrql);
    if (g${P}WorkList.Flink == NULL) {
        InitializeListHead(&g${P}WorkList);
    }
    item->Sequence = ++g${P}Sequence;
    InsertTailList(&g${P}WorkList, &item->Link);
    g${P}WorkCount++;
    KeReleaseSpinLock(&g${P}WorkLock, oldIrql);

    return STATUS_SUCCESS;
}
"""))
    u.add_function(u.P + "DequeueWork", u.sub(r"""static PDRV_WORK_ITEM
${P}DequeueWork(
    VOID
    )
{
    PLIST_ENTRY entry = NULL;
    KIRQL oldIrql;

    KeAcquireSpinLock(&g${P}WorkLock, &oldIrql);
    if (g${P}WorkList.Flink != NULL && !IsListEmpty(&g${P}WorkList)) {
        entry = RemoveHeadList(&g${P}WorkList);
        g${P}WorkCount--;
    }
    KeReleaseSpinLock(&g${P}WorkLock, oldIrql);

    if (entry == NULL) {
        return NULL;
    }
    return CONTAINING_RECORD(entry, DRV_WORK_ITEM, Link);
}
"""))
    u.add_function(u.P + "FlushWork", u.sub(r"""static ULONG
${P}FlushWork(
    VOID
    )
{
    PDRV_WORK_ITEM item;
    ULONG flushed = 0;

    for (;;) {
        item = ${P}DequeueWork();
        if (item == NULL) {
            break;
        }
        flushed++;
        ${FREE}(item);
    }
    return flushed;
}
"""))
    scope = u.handler_scope()
    proto = u.sub("NTSTATUS\n${P}HandleSubmit(\n    _In_opt_ PVOID InputBuffer,\n"
                  "    _In_ SIZE_T InputLength,\n    _Out_opt_ PVOID OutputBuffer,\n"
                  "    _In_ SIZE_T OutputLength,\n    _Out_ ULONG_PTR *Information\n    );")
    u.add_function(u.P + "HandleSubmit", u.sub(r"""${SCOPE}NTSTATUS
${P}HandleSubmit(
    _In_opt_ PVOID InputBuffer,
    _In_ SIZE_T InputLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ SIZE_T OutputLength,
    _Out_ ULONG_PTR *Information
    )
{
    PDRV_REQUEST_HEADER header;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(OutputBuffer);
    UNREFERENCED_PARAMETER(OutputLength);
    *Information = 0;

    if (InputBuffer == NULL || InputLength < sizeof(DRV_REQUEST_HEADER)) {
        return STATUS_INVALID_PARAMETER;
    }

    header = (PDRV_REQUEST_HEADER)InputBuffer;
    if (header->Size > InputLength || header->Size < sizeof(DRV_REQUEST_HEADER)) {
        return STATUS_INVALID_PARAMETER;
    }

    if (header->Flags & 1) {
        *Information = ${P}FlushWork();
        return STATUS_SUCCESS;
    }

    status = ${P}QueueWork(header->Opcode, header + 1,
                           (ULONG)(header->Size - sizeof(DRV_REQUEST_HEADER)));
    return status;
}
""", SCOPE=scope), exported=not scope, proto=proto)
    u.add_ioctl("SUBMIT", u.P + "HandleSubmit")


def t_mdl_build(u):
    prio = "NormalPagePriority | MdlMappingNoExecute"
    if u.mistake("mdl-no-nx"):
        prio = "NormalPagePriority"
    variant = u.rng.random()
    u.add_function(u.P + "MapNonPagedBuffer", u.sub(r"""/*
 * Describes a nonpaged buffer with an MDL and returns a second system
 * mapping of it.  The caller releases both with ${P}UnmapBuffer.
 */
static NTSTATUS
${P}MapNonPagedBuffer(
    _In_ PVOID Buffer,
    _In_ ULONG Length,
    _Outptr_ PMDL *MdlOut,
    _Outptr_ PVOID *MappedOut
    )
{
    PMDL mdl;
    PVOID mapped;

    *MdlOut = NULL;
    *MappedOut = NULL;

    if (Buffer == NULL || Length == 0 || Length > DRV_MAX_TRANSFER) {
        return STATUS_INVALID_PARAMETER;
    }

    mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    MmBuildMdlForNonPagedPool(mdl);

    mapped = MmGetSystemAddressForMdlSafe(mdl, ${PRIO});
    if (mapped == NULL) {
        IoFreeMdl(mdl);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    *MdlOut = mdl;
    *MappedOut = mapped;
    return STATUS_SUCCESS;
}
""", PRIO=prio))
    u.add_function(u.P + "UnmapBuffer", u.sub(r"""static VOID
${P}UnmapBuffer(
    _In_opt_ PMDL Mdl
    )
{
    if (Mdl != NULL) {
        IoFreeMdl(Mdl);
    }
}
"""))
    if variant < 0.5:
        return
    scope = u.handler_scope()
    proto = u.sub("NTSTATUS\n${P}HandleMirror(\n    _In_opt_ PVOID InputBuffer,\n"
                  "    _In_ SIZE_T InputLength,\n    _Out_opt_ PVOID OutputBuffer,\n"
                  "    _In_ SIZE_T OutputLength,\n    _Out_ ULONG_PTR *Information\n    );")
    u.add_function(u.P + "HandleMirror", u.sub(r"""${SCOPE}NTSTATUS
${P}HandleMirror(
    _In_opt_ PVOID InputBuffer,
    _In_ SIZE_T InputLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ SIZE_T OutputLength,
    _Out_ ULONG_PTR *Information
    )
{
    PUCHAR staging;
    PMDL mdl = NULL;
    PVOID mapped = NULL;
    NTSTATUS status;
    SIZE_T length;

    *Information = 0;
    if (InputBuffer == NULL || OutputBuffer == NULL || InputLength == 0) {
        return STATUS_INVALID_PARAMETER;
    }

    length = DRV_MIN(InputLength, OutputLength);
    staging = (PUCHAR)${ALLOC}(${POOL}, length);
    if (staging == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    RtlCopyMemory(staging, InputBuffer, length);
    status = ${P}MapNonPagedBuffer(staging, (ULONG)length, &mdl, &mapped);
    if (NT_SUCCESS(status)) {
        RtlCopyMemory(OutputBuffer, mapped, length);
        *Information = length;
        ${P}UnmapBuffer(mdl);
    }

    ${FREE}(staging);
    return status;
}
""", SCOPE=scope), exported=not scope, proto=proto)
    u.add_ioctl("MIRROR", u.P + "HandleMirror")


def t_mdl_probe(u):
    prio = "NormalPagePriority | MdlMappingNoExecute"
    if u.mistake("mdl-no-nx"):
        prio = "NormalPagePriority"
    u.add_function(u.P + "LockUserBuffer", u.sub(r"""/*
 * Probes and locks a caller-supplied user buffer and maps it into system
 * space.  Must be called in the context of the requesting process.
 */
static NTSTATUS
${P}LockUserBuffer(
    _In_ PVOID UserBuffer,
    _In_ ULONG Length,
    _In_ LOCK_OPERATION Operation,
    _Outptr_ PMDL *MdlOut,
    _Outptr_ PVOID *SystemAddress
    )
{
    PMDL mdl;
    NTSTATUS status = STATUS_SUCCESS;

    *MdlOut = NULL;
    *SystemAddress = NULL;

    mdl = IoAllocateMdl(UserBuffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    __try {
        MmProbeAndLockPages(mdl, UserMode, Operation);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = STATUS_ACCESS_VIOLATION;
    }

    if (!NT_SUCCESS(status)) {
        IoFreeMdl(mdl);
        return status;
    }

    *SystemAddress = MmGetSystemAddressForMdlSafe(mdl, ${PRIO});
    if (*SystemAddress == NULL) {
        MmUnlockPages(mdl);
        IoFreeMdl(mdl);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    *MdlOut = mdl;
    return STATUS_SUCCESS;
}
""", PRIO=prio))
    u.add_function(u.P + "UnlockUserBuffer", u.sub(r"""static VOID
${P}UnlockUserBuffer(
    _In_opt_ PMDL Mdl
    )
{
    if (Mdl == NULL) {
        return;
    }
    MmUnlockPages(Mdl);
    IoFreeMdl(Mdl);
}
"""))


def t_section(u):
    prot = "PAGE_READWRITE"
    if u.mistake("exec-section"):
        prot = "PAGE_EXECUTE_READWRITE"
    u.add_global(u.sub("static HANDLE g${P}Section;"))
    u.add_global(u.sub("static PVOID g${P}View;"))
    u.add_global(u.sub("static SIZE_T g${P}ViewSize;"))
    u.add_function(u.P + "CreateSharedSection", u.sub(r"""/*
 * Creates a pagefile-backed section and maps a view of it into the
 * system process so that the worker threads can share state.
 */
static NTSTATUS
${P}CreateSharedSection(
    _In_ SIZE_T Size
    )
{
    OBJECT_ATTRIBUTES attributes;
    LARGE_INTEGER maximumSize;
    NTSTATUS status;
    PVOID base = NULL;
    SIZE_T viewSize = 0;

    if (g${P}View != NULL) {
        return STATUS_SUCCESS;
    }

    InitializeObjectAttributes(&attributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    maximumSize.QuadPart = (LONGLONG)Size;

    status = ZwCreateSection(&g${P}Section, SECTION_ALL_ACCESS, &attributes,
                             &maximumSize, PAGE_READWRITE, SEC_COMMIT, NULL);
    if (!NT_SUCCESS(status)) {
        g${P}Section = NULL;
        return status;
    }

    status = ZwMapViewOfSection(g${P}Section, NtCurrentProcess(), &base, 0, 0, NULL,
                                &viewSize, ViewUnmap, 0, ${PROT});
    if (!NT_SUCCESS(status)) {
        ZwClose(g${P}Section);
        g${P}Section = NULL;
        return status;
    }

    g${P}View = base;
    g${P}ViewSize = viewSize;
    return STATUS_SUCCESS;
}
""", PROT=prot))
    u.add_function(u.P + "DestroySharedSection", u.sub(r"""static VOID
${P}DestroySharedSection(
    VOID
    )
{
    if (g${P}View != NULL) {
        ZwUnmapViewOfSection(NtCurrentProcess(), g${P}View);
        g${P}View = NULL;
        g${P}ViewSize = 0;
    }
    if (g${P}Section != NULL) {
        ZwClose(g${P}Section);
        g${P}Section = NULL;
    }
}
"""))
    scope = u.handler_scope()
    proto = u.sub("NTSTATUS\n${P}HandleMapShared(\n    _In_opt_ PVOID InputBuffer,\n"
                  "    _In_ SIZE_T InputLength,\n    _Out_opt_ PVOID OutputBuffer,\n"
                  "    _In_ SIZE_T OutputLength,\n    _Out_ ULONG_PTR *Information\n    );")
    u.add_function(u.P + "HandleMapShared", u.sub(r"""${SCOPE}NTSTATUS
${P}HandleMapShared(
    _In_opt_ PVOID InputBuffer,
    _In_ SIZE_T InputLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ SIZE_T OutputLength,
    _Out_ ULONG_PTR *Information
    )
{
    NTSTATUS status;
    ULONG requested = 64 * 1024;

    *Information = 0;
    if (InputBuffer != NULL && InputLength >= sizeof(ULONG)) {
        requested = *(PULONG)InputBuffer;
        if (requested == 0 || requested > 16 * 1024 * 1024) {
            return STATUS_INVALID_PARAMETER;
        }
    }

    status = ${P}CreateSharedSection(requested);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    if (OutputBuffer != NULL && OutputLength >= sizeof(ULONGLONG)) {
        *(PULONGLONG)OutputBuffer = (ULONGLONG)g${P}ViewSize;
        *Information = sizeof(ULONGLONG);
    }
    return STATUS_SUCCESS;
}
""", SCOPE=scope), exported=not scope, proto=proto)
    u.add_ioctl("MAP_SHARED", u.P + "HandleMapShared")


def t_mmio(u):
    prot = "PAGE_READWRITE | PAGE_NOCACHE"
    if u.mistake("exec-iospace"):
        prot = "PAGE_EXECUTE_READWRITE | PAGE_NOCACHE"
    u.add_global(u.sub("static volatile ULONG *g${P}Registers;"))
    u.add_global(u.sub("static SIZE_T g${P}RegisterSpan;"))
    u.add_function(u.P + "MapRegisters", u.sub(r"""/*
 * Maps the device register window described by the translated memory
 * resource.  The registers are uncached device memory.
 */
static NTSTATUS
${P}MapRegisters(
    _In_ ULONGLONG PhysicalBase,
    _In_ SIZE_T Length
    )
{
    PHYSICAL_ADDRESS address;
    PVOID va;

    if (Length == 0 || (PhysicalBase & (PAGE_SIZE - 1)) != 0) {
        return STATUS_INVALID_PARAMETER;
    }

    address.QuadPart = (LONGLONG)PhysicalBase;
    va = MmMapIoSpaceEx(address, Length, ${PROT});
    if (va == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    g${P}Registers = (volatile ULONG *)va;
    g${P}RegisterSpan = Length;
    return STATUS_SUCCESS;
}
""", PROT=prot))
    u.add_function(u.P + "UnmapRegisters", u.sub(r"""static VOID
${P}UnmapRegisters(
    VOID
    )
{
    if (g${P}Registers != NULL) {
        MmUnmapIoSpace((PVOID)g${P}Registers, g${P}RegisterSpan);
        g${P}Registers = NULL;
        g${P}RegisterSpan = 0;
    }
}
"""))
    u.add_function(u.P + "ReadRegister", u.sub(r"""static ULONG
${P}ReadRegister(
    _In_ ULONG Offset
    )
{
    if (g${P}Registers == NULL || Offset + sizeof(ULONG) > g${P}RegisterSpan) {
        return 0xFFFFFFFF;
    }
    return g${P}Registers[Offset / sizeof(ULONG)];
}
"""))
    scope = u.handler_scope()
    proto = u.sub("NTSTATUS\n${P}HandleReadRegister(\n    _In_opt_ PVOID InputBuffer,\n"
                  "    _In_ SIZE_T InputLength,\n    _Out_opt_ PVOID OutputBuffer,\n"
                  "    _In_ SIZE_T OutputLength,\n    _Out_ ULONG_PTR *Information\n    );")
    u.add_function(u.P + "HandleReadRegister", u.sub(r"""${SCOPE}NTSTATUS
${P}HandleReadRegister(
    _In_opt_ PVOID InputBuffer,
    _In_ SIZE_T InputLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ SIZE_T OutputLength,
    _Out_ ULONG_PTR *Information
    )
{
    PDRV_MAP_REQUEST request;
    NTSTATUS status;

    *Information = 0;
    if (InputBuffer == NULL || InputLength < sizeof(DRV_MAP_REQUEST) ||
        OutputBuffer == NULL || OutputLength < sizeof(ULONG)) {
        return STATUS_INVALID_PARAMETER;
    }

    request = (PDRV_MAP_REQUEST)InputBuffer;
    if (g${P}Registers == NULL) {
        status = ${P}MapRegisters(request->PhysicalAddress & ~((ULONGLONG)PAGE_SIZE - 1),
                                  PAGE_SIZE);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }

    *(PULONG)OutputBuffer = ${P}ReadRegister((ULONG)(request->PhysicalAddress & (PAGE_SIZE - 1)));
    *Information = sizeof(ULONG);
    return STATUS_SUCCESS;
}
""", SCOPE=scope), exported=not scope, proto=proto)
    u.add_ioctl("READ_REGISTER", u.P + "HandleReadRegister")


def t_npaged_lookaside(u):
    u.add_global(u.sub("static NPAGED_LOOKASIDE_LIST g${P}Lookaside;"))
    u.add_global(u.sub("static BOOLEAN g${P}LookasideReady;"))
    u.add_function(u.P + "LookasideInit", u.sub(r"""static VOID
${P}LookasideInit(
    VOID
    )
{
    if (g${P}LookasideReady) {
        return;
    }

    ExInitializeNPagedLookasideList(&g${P}Lookaside,
                                    NULL,
                                    NULL,
                                    POOL_NX_ALLOCATION,
                                    sizeof(DRV_WORK_ITEM),
                                    ${TAG},
                                    0);
    g${P}LookasideReady = TRUE;
}
"""))
    u.add_function(u.P + "LookasideAllocate", u.sub(r"""static PDRV_WORK_ITEM
${P}LookasideAllocate(
    _In_ ULONG Opcode
    )
{
    PDRV_WORK_ITEM item;

    if (!g${P}LookasideReady) {
        ${P}LookasideInit();
    }

    item = (PDRV_WORK_ITEM)ExAllocateFromNPagedLookasideList(&g${P}Lookaside);
    if (item != NULL) {
        RtlZeroMemory(item, sizeof(*item));
        item->Opcode = Opcode;
    }
    return item;
}
"""))
    u.add_function(u.P + "LookasideRelease", u.sub(r"""static VOID
${P}LookasideRelease(
    _In_ PDRV_WORK_ITEM Item
    )
{
    ExFreeToNPagedLookasideList(&g${P}Lookaside, Item);
}
"""))
    u.add_function(u.P + "LookasideDestroy", u.sub(r"""static VOID
${P}LookasideDestroy(
    VOID
    )
{
    if (g${P}LookasideReady) {
        ExDeleteNPagedLookasideList(&g${P}Lookaside);
        g${P}LookasideReady = FALSE;
    }
}
"""))


def t_direct_alloc(u):
    """A context allocation that calls the pool API directly."""
    if u.mistake("pool2-exec"):
        call = "ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, sizeof(*context), ${TAG})"
    elif u.mistake("nonpaged-pool"):
        call = "ExAllocatePoolWithTag(NonPagedPool, sizeof(*context), ${TAG})"
    elif u.pool2:
        call = "ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*context), ${TAG})"
    else:
        call = "ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*context), ${TAG})"
    u.add_function(u.P + "CreateContext", u.sub(r"""static NTSTATUS
${P}CreateContext(
    _Outptr_ PDRV_DEVICE_EXTENSION *ContextOut
    )
{
    PDRV_DEVICE_EXTENSION context;

    *ContextOut = NULL;
    context = (PDRV_DEVICE_EXTENSION)@CALL@;
    if (context == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    RtlZeroMemory(context, sizeof(*context));
    KeInitializeSpinLock(&context->StateLock);
    InitializeListHead(&context->PendingList);
    context->State = DrvStateStopped;
    *ContextOut = context;
    return STATUS_SUCCESS;
}
""".replace("@CALL@", call)))
    u.add_function(u.P + "DestroyContext", u.sub(r"""static VOID
${P}DestroyContext(
    _In_opt_ PDRV_DEVICE_EXTENSION Context
    )
{
    if (Context == NULL) {
        return;
    }
    if (Context->SharedSection != NULL) {
        ZwClose(Context->SharedSection);
        Context->SharedSection = NULL;
    }
    ExFreePoolWithTag(Context, ${TAG});
}
"""))


def t_checksum(u):
    u.add_global(u.sub("static ULONG g${P}CrcTable[256];"))
    u.add_global(u.sub("static BOOLEAN g${P}CrcReady;"))
    u.add_function(u.P + "BuildCrcTable", u.sub(r"""static VOID
${P}BuildCrcTable(
    VOID
    )
{
    ULONG i;
    ULONG j;
    ULONG crc;

    for (i = 0; i < 256; i++) {
        crc = i;
        for (j = 0; j < 8; j++) {
            if (crc & 1) {
                crc = (crc >> 1) ^ 0xEDB88320;
            } else {
                crc >>= 1;
            }
        }
        g${P}CrcTable[i] = crc;
    }
    g${P}CrcReady = TRUE;
}
"""))
    u.add_function(u.P + "Crc32", u.sub(r"""static ULONG
${P}Crc32(
    _In_reads_bytes_(Length) const UCHAR *Data,
    _In_ SIZE_T Length
    )
{
    ULONG crc = 0xFFFFFFFF;
    SIZE_T i;

    if (!g${P}CrcReady) {
        ${P}BuildCrcTable();
    }

    for (i = 0; i < Length; i++) {
        crc = g${P}CrcTable[(crc ^ Data[i]) & 0xFF] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFF;
}
"""))
    scope = u.handler_scope()
    proto = u.sub("NTSTATUS\n${P}HandleChecksum(\n    _In_opt_ PVOID InputBuffer,\n"
                  "    _In_ SIZE_T InputLength,\n    _Out_opt_ PVOID OutputBuffer,\n"
                  "    _In_ SIZE_T OutputLength,\n    _Out_ ULONG_PTR *Information\n    );")
    u.add_function(u.P + "HandleChecksum", u.sub(r"""${SCOPE}NTSTATUS
${P}HandleChecksum(
    _In_opt_ PVOID InputBuffer,
    _In_ SIZE_T InputLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ SIZE_T OutputLength,
    _Out_ ULONG_PTR *Information
    )
{
    *Information = 0;
    if (InputBuffer == NULL || InputLength == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    if (OutputBuffer == NULL || OutputLength < sizeof(ULONG)) {
        return STATUS_BUFFER_TOO_SMALL;
    }

    *(PULONG)OutputBuffer = ${P}Crc32((const UCHAR *)InputBuffer, InputLength);
    *Information = sizeof(ULONG);
    return STATUS_SUCCESS;
}
""", SCOPE=scope), exported=not scope, proto=proto)
    u.add_ioctl("CHECKSUM", u.P + "HandleChecksum")


def t_version(u):
    build = 1000 + u.rng.randrange(9000)
    scope = u.handler_scope()
    proto = u.sub("NTSTATUS\n${P}HandleGetVersion(\n    _In_opt_ PVOID InputBuffer,\n"
                  "    _In_ SIZE_T InputLength,\n    _Out_opt_ PVOID OutputBuffer,\n"
                  "    _In_ SIZE_T OutputLength,\n    _Out_ ULONG_PTR *Information\n    );")
    u.add_function(u.P + "ValidateHeader", u.sub(r"""static BOOLEAN
${P}ValidateHeader(
    _In_reads_bytes_(Length) const DRV_REQUEST_HEADER *Header,
    _In_ SIZE_T Length
    )
{
    if (Header == NULL || Length < sizeof(*Header)) {
        return FALSE;
    }
    if (Header->Size < sizeof(*Header) || Header->Size > Length) {
        return FALSE;
    }
    if (Header->Version == 0 || Header->Version > 3) {
        return FALSE;
    }
    if ((Header->Flags & ~0xFFu) != 0) {
        return FALSE;
    }
    return TRUE;
}
"""))
    u.add_function(u.P + "HandleGetVersion", u.sub(r"""${SCOPE}NTSTATUS
${P}HandleGetVersion(
    _In_opt_ PVOID InputBuffer,
    _In_ SIZE_T InputLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ SIZE_T OutputLength,
    _Out_ ULONG_PTR *Information
    )
{
    PDRV_VERSION_INFO info;

    *Information = 0;
    if (InputBuffer != NULL && InputLength != 0 &&
        !${P}ValidateHeader((const DRV_REQUEST_HEADER *)InputBuffer, InputLength)) {
        return STATUS_INVALID_PARAMETER;
    }
    if (OutputBuffer == NULL || OutputLength < sizeof(DRV_VERSION_INFO)) {
        return STATUS_BUFFER_TOO_SMALL;
    }

    info = (PDRV_VERSION_INFO)OutputBuffer;
    info->Major = 3;
    info->Minor = 14;
    info->Build = ${BUILD};
    info->Features = 0x${FEAT};
    *Information = sizeof(DRV_VERSION_INFO);
    return STATUS_SUCCESS;
}
""", SCOPE=scope, BUILD=build, FEAT="%04X" % u.rng.randrange(0x10000)),
        exported=not scope, proto=proto)
    u.add_ioctl("GET_VERSION", u.P + "HandleGetVersion")


def t_stats(u):
    u.add_global(u.sub("static DRV_STATS g${P}Stats;"))
    u.add_global(u.sub("static KSPIN_LOCK g${P}StatsLock;"))
    u.add_function(u.P + "StatsRecord", u.sub(r"""static VOID
${P}StatsRecord(
    _In_ NTSTATUS Status,
    _In_ SIZE_T BytesIn,
    _In_ SIZE_T BytesOut
    )
{
    KIRQL oldIrql;

    InterlockedIncrement(&g${P}Stats.Requests);
    if (!NT_SUCCESS(Status)) {
        InterlockedIncrement(&g${P}Stats.Failures);
        return;
    }

    KeAcquireSpinLock(&g${P}StatsLock, &oldIrql);
    g${P}Stats.BytesIn += (LONGLONG)BytesIn;
    g${P}Stats.BytesOut += (LONGLONG)BytesOut;
    KeReleaseSpinLock(&g${P}StatsLock, oldIrql);
}
"""))
    scope = u.handler_scope()
    proto = u.sub("NTSTATUS\n${P}HandleQueryStats(\n    _In_opt_ PVOID InputBuffer,\n"
                  "    _In_ SIZE_T InputLength,\n    _Out_opt_ PVOID OutputBuffer,\n"
                  "    _In_ SIZE_T OutputLength,\n    _Out_ ULONG_PTR *Information\n    );")
    u.add_function(u.P + "HandleQueryStats", u.sub(r"""${SCOPE}NTSTATUS
${P}HandleQueryStats(
    _In_opt_ PVOID InputBuffer,
    _In_ SIZE_T InputLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ SIZE_T OutputLength,
    _Out_ ULONG_PTR *Information
    )
{
    KIRQL oldIrql;
    BOOLEAN reset = FALSE;

    *Information = 0;
    if (OutputBuffer == NULL || OutputLength < sizeof(DRV_STATS)) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    if (InputBuffer != NULL && InputLength >= sizeof(ULONG)) {
        reset = (*(PULONG)InputBuffer & 1) != 0;
    }

    KeAcquireSpinLock(&g${P}StatsLock, &oldIrql);
    RtlCopyMemory(OutputBuffer, &g${P}Stats, sizeof(DRV_STATS));
    if (reset) {
        RtlZeroMemory(&g${P}Stats, sizeof(DRV_STATS));
    }
    KeReleaseSpinLock(&g${P}StatsLock, oldIrql);

    *Information = sizeof(DRV_STATS);
    return STATUS_SUCCESS;
}
""", SCOPE=scope), exported=not scope, proto=proto)
    u.add_ioctl("QUERY_STATS", u.P + "HandleQueryStats")


def t_hash(u):
    buckets = u.rng.choice([16, 32, 64])
    u.add_global(u.sub("static LIST_ENTRY g${P}Buckets[${N}];", N=buckets))
    u.add_global(u.sub("static KSPIN_LOCK g${P}TableLock;"))
    u.add_global(u.sub("typedef struct _${U}_ENTRY {\n    LIST_ENTRY Link;\n    ULONG Key;\n"
                       "    ULONG Value;\n    ULONG Hits;\n} ${U}_ENTRY, *P${U}_ENTRY;"))
    u.add_function(u.P + "TableInit", u.sub(r"""static VOID
${P}TableInit(
    VOID
    )
{
    ULONG i;

    KeInitializeSpinLock(&g${P}TableLock);
    for (i = 0; i < ${N}; i++) {
        InitializeListHead(&g${P}Buckets[i]);
    }
}
""", N=buckets))
    u.add_function(u.P + "TableInsert", u.sub(r"""static NTSTATUS
${P}TableInsert(
    _In_ ULONG Key,
    _In_ ULONG Value
    )
{
    P${U}_ENTRY entry;
    KIRQL oldIrql;
    ULONG bucket = (Key * 2654435761u) % ${N};

    entry = (P${U}_ENTRY)${ALLOC}(${POOL}, sizeof(${U}_ENTRY));
    if (entry == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    entry->Key = Key;
    entry->Value = Value;
    entry->Hits = 0;

    KeAcquireSpinLock(&g${P}TableLock, &oldIrql);
    InsertHeadList(&g${P}Buckets[bucket], &entry->Link);
    KeReleaseSpinLock(&g${P}TableLock, oldIrql);
    return STATUS_SUCCESS;
}
""", N=buckets))
    u.add_function(u.P + "TableLookup", u.sub(r"""static BOOLEAN
${P}TableLookup(
    _In_ ULONG Key,
    _Out_ PULONG Value
    )
{
    PLIST_ENTRY link;
    P${U}_ENTRY entry;
    KIRQL oldIrql;
    BOOLEAN found = FALSE;
    ULONG bucket = (Key * 2654435761u) % ${N};

    *Value = 0;
    KeAcquireSpinLock(&g${P}TableLock, &oldIrql);
    for (link = g${P}Buckets[bucket].Flink;
         link != NULL && link != &g${P}Buckets[bucket];
         link = link->Flink) {
        entry = CONTAINING_RECORD(link, ${U}_ENTRY, Link);
        if (entry->Key == Key) {
            entry->Hits++;
            *Value = entry->Value;
            found = TRUE;
            break;
        }
    }
    KeReleaseSpinLock(&g${P}TableLock, oldIrql);
    return found;
}
""", N=buckets))


def t_state(u):
    u.add_global(u.sub("static DRV_STATE g${P}State = DrvStateStopped;"))
    u.add_global(u.sub("static KSPIN_LOCK g${P}StateLock;"))
    u.add_function(u.P + "TransitionState", u.sub(r"""/*
 * Moves the device state machine to NewState when the transition is
 * legal from the current state.
 */
static NTSTATUS
${P}TransitionState(
    _In_ DRV_STATE NewState
    )
{
    KIRQL oldIrql;
    NTSTATUS status = STATUS_SUCCESS;
    DRV_STATE current;

    KeAcquireSpinLock(&g${P}StateLock, &oldIrql);
    current = g${P}State;

    switch (current) {
    case DrvStateStopped:
        if (NewState != DrvStateStarting) {
            status = STATUS_NOT_SUPPORTED;
        }
        break;
    case DrvStateStarting:
        if (NewState != DrvStateRunning && NewState != DrvStateFailed) {
            status = STATUS_NOT_SUPPORTED;
        }
        break;
    case DrvStateRunning:
        if (NewState != DrvStatePaused && NewState != DrvStateStopping) {
            status = STATUS_NOT_SUPPORTED;
        }
        break;
    case DrvStatePaused:
        if (NewState != DrvStateRunning && NewState != DrvStateStopping) {
            status = STATUS_NOT_SUPPORTED;
        }
        break;
    case DrvStateStopping:
        if (NewState != DrvStateStopped) {
            status = STATUS_NOT_SUPPORTED;
        }
        break;
    case DrvStateFailed:
    default:
        if (NewState != DrvStateStopped) {
            status = STATUS_NOT_SUPPORTED;
        }
        break;
    }

    if (NT_SUCCESS(status)) {
        g${P}State = NewState;
    }
    KeReleaseSpinLock(&g${P}StateLock, oldIrql);
    return status;
}
"""))
    u.add_function(u.P + "IsRunning", u.sub(r"""static BOOLEAN
${P}IsRunning(
    VOID
    )
{
    return (BOOLEAN)(g${P}State == DrvStateRunning);
}
"""))


def t_tlv(u):
    scope = u.handler_scope()
    u.add_function(u.P + "ParseRecords", u.sub(r"""/*
 * Walks a packed type-length-value record list and returns the number of
 * well-formed records.  Stops at the first malformed record.
 */
static NTSTATUS
${P}ParseRecords(
    _In_reads_bytes_(Length) const UCHAR *Buffer,
    _In_ SIZE_T Length,
    _Out_ PULONG RecordCount,
    _Out_ PULONG Checksum
    )
{
    SIZE_T offset = 0;
    ULONG count = 0;
    ULONG sum = 0;
    USHORT type;
    USHORT length;
    SIZE_T i;

    *RecordCount = 0;
    *Checksum = 0;

    while (offset + 4 <= Length) {
        type = (USHORT)(Buffer[offset] | (Buffer[offset + 1] << 8));
        length = (USHORT)(Buffer[offset + 2] | (Buffer[offset + 3] << 8));
        offset += 4;

        if (type == 0) {
            break;
        }
        if (length > Length - offset) {
            return STATUS_INVALID_PARAMETER;
        }

        for (i = 0; i < length; i++) {
            sum = (sum << 1 | sum >> 31) ^ Buffer[offset + i];
        }
        offset += length;
        count++;
    }

    *RecordCount = count;
    *Checksum = sum;
    return STATUS_SUCCESS;
}
"""))
    proto = u.sub("NTSTATUS\n${P}HandleParse(\n    _In_opt_ PVOID InputBuffer,\n"
                  "    _In_ SIZE_T InputLength,\n    _Out_opt_ PVOID OutputBuffer,\n"
                  "    _In_ SIZE_T OutputLength,\n    _Out_ ULONG_PTR *Information\n    );")
    u.add_function(u.P + "HandleParse", u.sub(r"""${SCOPE}NTSTATUS
${P}HandleParse(
    _In_opt_ PVOID InputBuffer,
    _In_ SIZE_T InputLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ SIZE_T OutputLength,
    _Out_ ULONG_PTR *Information
    )
{
    ULONG result[2];
    NTSTATUS status;

    *Information = 0;
    if (InputBuffer == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    if (OutputBuffer == NULL || OutputLength < sizeof(result)) {
        return STATUS_BUFFER_TOO_SMALL;
    }

    status = ${P}ParseRecords((const UCHAR *)InputBuffer, InputLength, &result[0], &result[1]);
    if (NT_SUCCESS(status)) {
        RtlCopyMemory(OutputBuffer, result, sizeof(result));
        *Information = sizeof(result);
    }
    return status;
}
""", SCOPE=scope), exported=not scope, proto=proto)
    u.add_ioctl("PARSE", u.P + "HandleParse")


def t_event(u):
    timeout = u.rng.choice([100, 250, 500, 1000, 5000])
    u.add_global(u.sub("static KEVENT g${P}Idle;"))
    u.add_global(u.sub("static volatile LONG g${P}Outstanding;"))
    u.add_function(u.P + "IoReference", u.sub(r"""static VOID
${P}IoReference(
    VOID
    )
{
    if (InterlockedIncrement(&g${P}Outstanding) == 1) {
        KeClearEvent(&g${P}Idle);
    }
}
"""))
    u.add_function(u.P + "IoRelease", u.sub(r"""static VOID
${P}IoRelease(
    VOID
    )
{
    if (InterlockedDecrement(&g${P}Outstanding) == 0) {
        KeSetEvent(&g${P}Idle, IO_NO_INCREMENT, FALSE);
    }
}
"""))
    u.add_function(u.P + "WaitForIdle", u.sub(r"""static NTSTATUS
${P}WaitForIdle(
    VOID
    )
{
    LARGE_INTEGER timeout;
    NTSTATUS status;

    timeout.QuadPart = -10000LL * ${MS};
    status = KeWaitForSingleObject(&g${P}Idle, Executive, KernelMode, FALSE, &timeout);
    if (status == STATUS_TIMEOUT) {
        return STATUS_DEVICE_NOT_READY;
    }
    return status;
}
""", MS=timeout))
    u.add_function(u.P + "InitializeIdleTracking", u.sub(r"""static VOID
${P}InitializeIdleTracking(
    VOID
    )
{
    KeInitializeEvent(&g${P}Idle, NotificationEvent, TRUE);
    g${P}Outstanding = 0;
}
"""))


def t_bitmap(u):
    slots = u.rng.choice([64, 128, 256])
    u.add_global(u.sub("static ULONG g${P}SlotMap[${W}];", W=slots // 32))
    u.add_global(u.sub("static KSPIN_LOCK g${P}SlotLock;"))
    u.add_function(u.P + "AllocateSlot", u.sub(r"""static LONG
${P}AllocateSlot(
    VOID
    )
{
    KIRQL oldIrql;
    ULONG word;
    ULONG bit;
    LONG slot = -1;

    KeAcquireSpinLock(&g${P}SlotLock, &oldIrql);
    for (word = 0; word < ${W} && slot < 0; word++) {
        if (g${P}SlotMap[word] == 0xFFFFFFFF) {
            continue;
        }
        for (bit = 0; bit < 32; bit++) {
            if ((g${P}SlotMap[word] & (1u << bit)) == 0) {
                g${P}SlotMap[word] |= (1u << bit);
                slot = (LONG)(word * 32 + bit);
                break;
            }
        }
    }
    KeReleaseSpinLock(&g${P}SlotLock, oldIrql);
    return slot;
}
""", W=slots // 32))
    u.add_function(u.P + "FreeSlot", u.sub(r"""static VOID
${P}FreeSlot(
    _In_ LONG Slot
    )
{
    KIRQL oldIrql;

    if (Slot < 0 || Slot >= ${N}) {
        return;
    }
    KeAcquireSpinLock(&g${P}SlotLock, &oldIrql);
    g${P}SlotMap[Slot / 32] &= ~(1u << (Slot % 32));
    KeReleaseSpinLock(&g${P}SlotLock, oldIrql);
}
""", N=slots))


def t_wdf_memory(u):
    pool = "NonPagedPoolNx"
    if u.mistake("wdf-nonpaged-pool"):
        pool = "NonPagedPool"
    size = u.rng.choice(["4096", "PAGE_SIZE", "DRV_MAX_TRANSFER", "2 * PAGE_SIZE"])
    u.add_global(u.sub("static WDFMEMORY g${P}Scratch;"))
    u.add_global(u.sub("static PVOID g${P}ScratchBuffer;"))
    u.add_function(u.P + "CreateScratch", u.sub(r"""/*
 * Allocates the per-driver scratch buffer used to stage transfers.
 */
static NTSTATUS
${P}CreateScratch(
    VOID
    )
{
    NTSTATUS status;
    WDFMEMORY memory;
    PVOID buffer = NULL;

    if (g${P}Scratch != NULL) {
        return STATUS_SUCCESS;
    }

    status = WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES,
                             ${WPOOL},
                             ${TAG},
                             ${SIZE},
                             &memory,
                             &buffer);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    RtlZeroMemory(buffer, ${SIZE});
    g${P}Scratch = memory;
    g${P}ScratchBuffer = buffer;
    return STATUS_SUCCESS;
}
""", WPOOL=pool, SIZE=size))
    u.add_function(u.P + "DestroyScratch", u.sub(r"""static VOID
${P}DestroyScratch(
    VOID
    )
{
    if (g${P}Scratch != NULL) {
        WdfObjectDelete(g${P}Scratch);
        g${P}Scratch = NULL;
        g${P}ScratchBuffer = NULL;
    }
}
"""))


def t_wdf_lookaside(u):
    pool = "NonPagedPoolNx"
    if u.mistake("wdf-nonpaged-pool"):
        pool = "NonPagedPool"
    u.add_global(u.sub("static WDFLOOKASIDE g${P}WdfLookaside;"))
    u.add_function(u.P + "CreateLookaside", u.sub(r"""static NTSTATUS
${P}CreateLookaside(
    VOID
    )
{
    NTSTATUS status;

    if (g${P}WdfLookaside != NULL) {
        return STATUS_SUCCESS;
    }

    status = WdfLookasideListCreate(WDF_NO_OBJECT_ATTRIBUTES,
                                    sizeof(DRV_WORK_ITEM),
                                    ${WPOOL},
                                    WDF_NO_OBJECT_ATTRIBUTES,
                                    ${TAG},
                                    &g${P}WdfLookaside);
    if (!NT_SUCCESS(status)) {
        g${P}WdfLookaside = NULL;
    }
    return status;
}
""", WPOOL=pool))
    u.add_function(u.P + "AllocateWorkItem", u.sub(r"""static NTSTATUS
${P}AllocateWorkItem(
    _Out_ WDFMEMORY *Memory,
    _Outptr_ PDRV_WORK_ITEM *Item
    )
{
    NTSTATUS status;
    size_t size = 0;

    *Memory = NULL;
    *Item = NULL;

    status = ${P}CreateLookaside();
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = WdfMemoryCreateFromLookaside(g${P}WdfLookaside, Memory);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    *Item = (PDRV_WORK_ITEM)WdfMemoryGetBuffer(*Memory, &size);
    RtlZeroMemory(*Item, size);
    return STATUS_SUCCESS;
}
"""))


def t_wdm_readwrite(u):
    """IRP_MJ_READ / IRP_MJ_WRITE dispatch for a direct-I/O device."""
    prio = "NormalPagePriority | MdlMappingNoExecute"
    if u.mistake("mdl-no-nx"):
        prio = "NormalPagePriority"
    u.add_global(u.sub("static UCHAR g${P}Backing[4096];"))
    u.add_function(u.P + "DispatchReadWrite", u.sub(r"""NTSTATUS
${P}DispatchReadWrite(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp
    )
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    PUCHAR systemBuffer;
    ULONG length;
    ULONG_PTR information = 0;

    UNREFERENCED_PARAMETER(DeviceObject);

    if (stack->MajorFunction == IRP_MJ_READ) {
        length = stack->Parameters.Read.Length;
    } else {
        length = stack->Parameters.Write.Length;
    }
    length = DRV_MIN(length, (ULONG)sizeof(g${P}Backing));

    if (length != 0) {
        if (Irp->MdlAddress == NULL) {
            status = STATUS_INVALID_PARAMETER;
            goto Complete;
        }
        systemBuffer = (PUCHAR)MmGetSystemAddressForMdlSafe(Irp->MdlAddress, ${PRIO});
        if (systemBuffer == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            goto Complete;
        }
        if (stack->MajorFunction == IRP_MJ_READ) {
            RtlCopyMemory(systemBuffer, g${P}Backing, length);
        } else {
            RtlCopyMemory(g${P}Backing, systemBuffer, length);
        }
        information = length;
    }

Complete:
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
""", PRIO=prio), exported=True,
        proto=u.sub("NTSTATUS\n${P}DispatchReadWrite(\n    _In_ PDEVICE_OBJECT DeviceObject,\n"
                    "    _Inout_ PIRP Irp\n    );"))


# -- dispatchers and entry points ---------------------------------------------


def dispatcher_cases(u, buf_in, buf_out):
    cases = []
    for const, handler in u.handlers:
        cases.append(
            "    case %s:\n"
            "        status = %s(%s, inputLength, %s, outputLength, &information);\n"
            "        break;\n" % (const, handler, buf_in, buf_out))
    return "".join(cases)


def t_wdm_dispatch(u):
    cases = dispatcher_cases(u, "buffer", "buffer")
    u.add_global(u.sub("static volatile LONG g${P}IoctlCount;"))
    u.add_function(u.P + "DispatchDeviceControl", u.sub(r"""/*
 * IRP_MJ_DEVICE_CONTROL handler.  All codes use METHOD_BUFFERED, so the
 * input and output share Irp->AssociatedIrp.SystemBuffer.
 */
NTSTATUS
${P}DispatchDeviceControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp
    )
{
    PIO_STACK_LOCATION stack;
    NTSTATUS status;
    PVOID buffer;
    SIZE_T inputLength;
    SIZE_T outputLength;
    ULONG_PTR information = 0;

    UNREFERENCED_PARAMETER(DeviceObject);

    stack = IoGetCurrentIrpStackLocation(Irp);
    buffer = Irp->AssociatedIrp.SystemBuffer;
    inputLength = stack->Parameters.DeviceIoControl.InputBufferLength;
    outputLength = stack->Parameters.DeviceIoControl.OutputBufferLength;

    InterlockedIncrement(&g${P}IoctlCount);

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
${CASES}    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    if (!NT_SUCCESS(status)) {
        information = 0;
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
""", CASES=cases), exported=True,
        proto=u.sub("NTSTATUS\n${P}DispatchDeviceControl(\n    _In_ PDEVICE_OBJECT DeviceObject,\n"
                    "    _Inout_ PIRP Irp\n    );"))


def t_kmdf_dispatch(u):
    cases = dispatcher_cases(u, "inBuf", "outBuf")
    u.add_function(u.P + "EvtIoDeviceControl", u.sub(r"""/*
 * EvtIoDeviceControl callback of the default queue.
 */
VOID
${P}EvtIoDeviceControl(
    _In_ WDFQUEUE Queue,
    _In_ WDFREQUEST Request,
    _In_ size_t OutputBufferLength,
    _In_ size_t InputBufferLength,
    _In_ ULONG IoControlCode
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    PVOID inBuf = NULL;
    PVOID outBuf = NULL;
    size_t inputLength = 0;
    size_t outputLength = 0;
    ULONG_PTR information = 0;

    UNREFERENCED_PARAMETER(Queue);

    if (InputBufferLength != 0) {
        status = WdfRequestRetrieveInputBuffer(Request, 1, &inBuf, &inputLength);
        if (!NT_SUCCESS(status)) {
            WdfRequestComplete(Request, status);
            return;
        }
    }

    if (OutputBufferLength != 0) {
        status = WdfRequestRetrieveOutputBuffer(Request, 1, &outBuf, &outputLength);
        if (!NT_SUCCESS(status)) {
            WdfRequestComplete(Request, status);
            return;
        }
    }

    switch (IoControlCode) {
${CASES}    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    WdfRequestCompleteWithInformation(Request, status, information);
}
""", CASES=cases), exported=True,
        proto=u.sub("VOID\n${P}EvtIoDeviceControl(\n    _In_ WDFQUEUE Queue,\n"
                    "    _In_ WDFREQUEST Request,\n    _In_ size_t OutputBufferLength,\n"
                    "    _In_ size_t InputBufferLength,\n    _In_ ULONG IoControlCode\n    );"))


def t_wdm_entry(u):
    u.forward.append("DRIVER_INITIALIZE DriverEntry;")
    u.add_global(u.sub("static PDEVICE_OBJECT g${P}DeviceObject;"))
    u.add_global(u.sub("static UNICODE_STRING g${P}LinkName;"))
    u.add_function(u.P + "DispatchCreateClose", u.sub(r"""static NTSTATUS
${P}DispatchCreateClose(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
"""))
    u.add_function(u.P + "DriverUnload", u.sub(r"""static VOID
${P}DriverUnload(
    _In_ PDRIVER_OBJECT DriverObject
    )
{
    UNREFERENCED_PARAMETER(DriverObject);

    IoDeleteSymbolicLink(&g${P}LinkName);
    if (g${P}DeviceObject != NULL) {
        IoDeleteDevice(g${P}DeviceObject);
        g${P}DeviceObject = NULL;
    }
}
"""))
    u.add_function("DriverEntry", u.sub(r"""NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath
    )
{
    UNICODE_STRING deviceName;
    PDEVICE_OBJECT deviceObject = NULL;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);

#ifdef POOL_NX_OPTIN
    ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
#endif

    RtlInitUnicodeString(&deviceName, L"\\Device\\${P}");
    RtlInitUnicodeString(&g${P}LinkName, L"\\DosDevices\\${P}");

    status = IoCreateDevice(DriverObject,
                            sizeof(DRV_DEVICE_EXTENSION),
                            &deviceName,
                            FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN,
                            FALSE,
                            &deviceObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = IoCreateSymbolicLink(&g${P}LinkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(deviceObject);
        return status;
    }

    RtlZeroMemory(deviceObject->DeviceExtension, sizeof(DRV_DEVICE_EXTENSION));
    ((PDRV_DEVICE_EXTENSION)deviceObject->DeviceExtension)->Self = deviceObject;

    DriverObject->MajorFunction[IRP_MJ_CREATE] = ${P}DispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = ${P}DispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = ${P}DispatchDeviceControl;
    DriverObject->DriverUnload = ${P}DriverUnload;

    deviceObject->Flags |= DO_BUFFERED_IO;
    deviceObject->Flags &= ~DO_DEVICE_INITIALIZING;
    g${P}DeviceObject = deviceObject;

    return STATUS_SUCCESS;
}
"""))


def t_kmdf_entry(u):
    u.forward.append("DRIVER_INITIALIZE DriverEntry;")
    u.add_global(u.sub("static WDFDEVICE g${P}Device;"))
    u.add_function(u.P + "EvtDeviceAdd", u.sub(r"""static NTSTATUS
${P}EvtDeviceAdd(
    _In_ WDFDRIVER Driver,
    _Inout_ PWDFDEVICE_INIT DeviceInit
    )
{
    NTSTATUS status;
    WDFDEVICE device;
    WDFMEMORY memory;
    PVOID buffer = NULL;

    UNREFERENCED_PARAMETER(Driver);

    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES,
                             NonPagedPoolNx,
                             ${TAG},
                             sizeof(DRV_DEVICE_EXTENSION),
                             &memory,
                             &buffer);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    RtlZeroMemory(buffer, sizeof(DRV_DEVICE_EXTENSION));
    g${P}Device = device;
    return STATUS_SUCCESS;
}
"""))
    u.add_function("DriverEntry", u.sub(r"""NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath
    )
{
    WDF_DRIVER_CONFIG config;
    NTSTATUS status;

#ifdef POOL_NX_OPTIN
    ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
#endif

    WDF_DRIVER_CONFIG_INIT(&config, ${P}EvtDeviceAdd);

    status = WdfDriverCreate(DriverObject,
                             RegistryPath,
                             WDF_NO_OBJECT_ATTRIBUTES,
                             &config,
                             NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    return STATUS_SUCCESS;
}
"""))


# Feature templates drawn at random: (name, function, weight, needs_kmdf,
# approx functions added).  Dispatcher/entry templates are handled apart.
FEATURES = [
    ("ring", t_ring, 5, None, 4),
    ("list", t_list, 5, None, 4),
    ("mdl_build", t_mdl_build, 5, None, 3),
    ("mdl_probe", t_mdl_probe, 3, None, 2),
    ("section", t_section, 3, None, 3),
    ("mmio", t_mmio, 3, None, 4),
    ("npaged_lookaside", t_npaged_lookaside, 3, None, 4),
    ("direct_alloc", t_direct_alloc, 3, None, 2),
    ("checksum", t_checksum, 3, None, 3),
    ("version", t_version, 4, None, 2),
    ("stats", t_stats, 4, None, 2),
    ("hash", t_hash, 3, None, 3),
    ("state", t_state, 3, None, 2),
    ("tlv", t_tlv, 3, None, 2),
    ("event", t_event, 3, None, 4),
    ("bitmap", t_bitmap, 2, None, 2),
    ("wdf_memory", t_wdf_memory, 5, True, 2),
    ("wdf_lookaside", t_wdf_lookaside, 4, True, 2),
    ("wdm_readwrite", t_wdm_readwrite, 3, False, 1),
]

# Which feature carries each mistake kind.
MISTAKE_CARRIERS = {
    "nonpaged-pool": ["ring", "direct_alloc"],
    "exec-section": ["section"],
    "exec-iospace": ["mmio"],
    "mdl-no-nx": ["mdl_build", "mdl_probe", "wdm_readwrite"],
    "wdf-nonpaged-pool": ["wdf_memory", "wdf_lookaside"],
    "pool2-exec": ["direct_alloc"],
}


def build_unit(module, stem, index, rng, mistakes, is_driver_file):
    feats = {name: (fn, w, kmdf) for name, fn, w, kmdf, _ in FEATURES}
    # Draw until the constraints hold; the draw itself is deterministic.
    for attempt in range(200):
        u = Unit(module, stem, index, rng, mistakes, is_driver_file)
        if is_driver_file:
            u.has_dispatcher = True
        else:
            u.has_dispatcher = rng.random() < 0.55
        target_lines = rng.randint(MIN_LINES + 30, MAX_LINES - 60)

        chosen = []
        # Features that must be present to carry the seeded mistakes.
        for kind in sorted(u.mistakes):
            carriers = [c for c in MISTAKE_CARRIERS[kind]
                        if feats[c][2] is None or feats[c][2] == u.kmdf]
            pick = rng.choice(carriers)
            if pick not in chosen:
                chosen.append(pick)

        pool = [(n, w) for n, (fn, w, kmdf) in feats.items()
                if (kmdf is None or kmdf == u.kmdf) and n not in chosen]
        rng.shuffle(pool)
        # Weighted order without replacement.
        order = []
        while pool:
            total = sum(w for _, w in pool)
            x = rng.uniform(0, total)
            acc = 0
            for i, (n, w) in enumerate(pool):
                acc += w
                if x <= acc:
                    order.append(n)
                    pool.pop(i)
                    break
        t_alloc(u)
        for name in chosen:
            feats[name][0](u)
        for name in order:
            if len(u.functions) >= MAX_FUNCS:
                break
            lines_now = estimate_lines(u)
            if lines_now >= target_lines and len(u.functions) >= MIN_FUNCS:
                break
            snapshot = snapshot_unit(u)
            feats[name][0](u)
            extra = (2 if u.has_dispatcher else 0) + (3 if is_driver_file else 0)
            if len(u.functions) + extra > MAX_FUNCS or estimate_lines(u) > MAX_LINES - 90:
                restore_unit(u, snapshot)
        if u.has_dispatcher:
            if u.kmdf:
                t_kmdf_dispatch(u)
            else:
                t_wdm_dispatch(u)
        if is_driver_file:
            if u.kmdf:
                t_kmdf_entry(u)
            else:
                t_wdm_entry(u)
        # Every non-driver WDM file with a dispatcher is still reachable
        # from the module's driver file through the module header.
        u.rng_header = includes_for(u)
        n_lines = u.lines()
        n_funcs = len(u.functions)
        if (MIN_LINES <= n_lines <= MAX_LINES and MIN_FUNCS <= n_funcs <= MAX_FUNCS
                and set(u.mistakes_placed) == u.mistakes):
            return u
    raise RuntimeError("could not generate %s/%s within constraints" % (module[0], stem))


def snapshot_unit(u):
    return (list(u.globals), list(u.functions), list(u.prototypes), list(u.forward),
            list(u.handlers), list(u.ioctl_defs), list(u.mistakes_placed))


def restore_unit(u, s):
    (u.globals, u.functions, u.prototypes, u.forward, u.handlers, u.ioctl_defs,
     u.mistakes_placed) = [list(x) for x in s]


def estimate_lines(u):
    n = 40 + len(u.globals) + len(u.ioctl_defs)
    if not u.has_common:
        n += LOCAL_COMMON.count("\n")
    for _, text in u.functions:
        n += text.count("\n") + 1
    return n


def includes_for(u):
    if u.kmdf:
        # KMDF drivers include ntddk.h (or ntifs.h) before wdf.h, as the
        # WDK samples do.
        base = u.rng.choice(["ntddk.h", "ntddk.h", "ntddk.h", "ntifs.h"])
    else:
        base = u.rng.choice(["ntddk.h", "ntddk.h", "wdm.h", "ntifs.h"])
    lines = ["#include <%s>\n" % base]
    if u.kmdf:
        lines.append("#include <wdf.h>\n")
    if u.include_style == "both":
        lines.append('#include "drvcommon.h"\n')
        lines.append('#include "%s.h"\n' % u.module)
    elif u.include_style == "module":
        lines.append('#include "%s.h"\n' % u.module)
    return lines


# ----------------------------------------------------------------------------
# Tree


def plan_files(n_files, seed):
    """[(module, stem, index, is_driver_file)] for n_files files."""
    rng = random.Random("plan:%d" % seed)
    per_module = {m[0]: [] for m in MODULES}
    stems = {}
    for m in MODULES:
        s = list(FILE_STEMS)
        rng.shuffle(s)
        stems[m[0]] = s
    plan = []
    for i in range(n_files):
        m = MODULES[i % len(MODULES)]
        k = len(per_module[m[0]])
        if k == 0:
            stem = "driver"
        else:
            pool = stems[m[0]]
            stem = pool[(k - 1) % len(pool)]
            if k - 1 >= len(pool):
                stem = "%s%d" % (stem, (k - 1) // len(pool) + 1)
        per_module[m[0]].append(stem)
        plan.append((m, stem, k, k == 0))
    return plan


def choose_mistakes(plan, seed):
    rng = random.Random("mistakes:%d" % seed)
    n = max(1, int(round(len(plan) * MISTAKE_RATE)))
    candidates = [i for i, p in enumerate(plan) if not p[3]] or list(range(len(plan)))
    picked = set(rng.sample(candidates, min(n, len(candidates))))
    result = {}
    for i in sorted(picked):
        module = plan[i][0]
        kinds = [k for k in MISTAKE_KINDS
                 if not (k == "wdf-nonpaged-pool" and module[2] != "kmdf")]
        count = 1 if rng.random() < 0.7 else 2
        result[i] = sorted(rng.sample(kinds, count))
    return result


def generate(outdir, n_files, seed, wdk_dir):
    outdir = os.path.abspath(outdir)
    src = os.path.join(outdir, "src")
    if os.path.isdir(src):
        shutil.rmtree(src)
    os.makedirs(os.path.join(src, "include"))

    plan = plan_files(n_files, seed)
    mistakes = choose_mistakes(plan, seed)
    units = []
    for i, (module, stem, index, is_driver) in enumerate(plan):
        rng = random.Random("unit:%d:%s:%s" % (seed, module[0], stem))
        units.append(build_unit(module, stem, index, rng, mistakes.get(i, []), is_driver))

    with open(os.path.join(src, "include", "drvcommon.h"), "w", newline="\n") as f:
        f.write(DRVCOMMON_H)

    used_modules = []
    for u in units:
        if u.module not in used_modules:
            used_modules.append(u.module)
    mod_by_name = {m[0]: m for m in MODULES}
    for mname in used_modules:
        os.makedirs(os.path.join(src, mname), exist_ok=True)
        protos = [p for u in units if u.module == mname for p in u.prototypes]
        with open(os.path.join(src, mname, mname + ".h"), "w", newline="\n") as f:
            f.write(module_header(mod_by_name[mname], protos))

    db = []
    manifest = {"seed": seed, "files": []}
    total_lines = 0
    for u in units:
        path = os.path.join(src, u.module, u.stem + ".c")
        text = u.render()
        with open(path, "w", newline="\n") as f:
            f.write(text)
        nl = text.count("\n")
        total_lines += nl
        mod_index = [m[0] for m in MODULES].index(u.module)
        args = ["clang", "--target=x86_64-pc-windows-msvc", "-fms-extensions",
                "-fms-compatibility", "-D_AMD64_", "-D_KERNEL_MODE"]
        nx_auto = mod_index % 2 == 0
        if nx_auto:
            args.append("-DPOOL_NX_OPTIN_AUTO=1")
        args += ["-I", os.path.join(src, "include"), "-idirafter", wdk_dir, "-c", path]
        db.append({"directory": outdir, "arguments": args, "file": path})
        manifest["files"].append({
            "file": os.path.relpath(path, outdir),
            "module": u.module,
            "framework": "kmdf" if u.kmdf else "wdm",
            "lines": nl,
            "functions": len(u.functions),
            "mistakes": list(u.mistakes_placed),
            "pool_nx_optin_auto": nx_auto,
            "expected_findings": len([k for k in u.mistakes_placed
                                      if not (nx_auto and k in NEUTRALIZED_BY_NX_AUTO)]),
        })
    manifest["total_files"] = len(units)
    manifest["total_lines"] = total_lines
    manifest["files_with_mistakes"] = sum(1 for f in manifest["files"] if f["mistakes"])
    manifest["mistakes"] = sum(len(f["mistakes"]) for f in manifest["files"])
    manifest["expected_findings"] = sum(f["expected_findings"] for f in manifest["files"])

    with open(os.path.join(outdir, "compile_commands.json"), "w", newline="\n") as f:
        json.dump(db, f, indent=2)
        f.write("\n")
    with open(os.path.join(outdir, "manifest.json"), "w", newline="\n") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    return manifest


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description="Generate a synthetic Windows driver source tree "
                                             "and its compile_commands.json.")
    ap.add_argument("outdir")
    ap.add_argument("--files", type=int, default=240, help="number of .c files (default 240)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--wdk", default=os.path.join(repo, "wdk"),
                    help="fallback WDK header directory for -idirafter (default <repo>/wdk)")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.files < 1:
        ap.error("--files must be at least 1")
    m = generate(a.outdir, a.files, a.seed, os.path.abspath(a.wdk))
    if not a.quiet:
        print("gen_tree: %d files, %d lines, %d files with %d seeded HVCI mistakes -> %s"
              % (m["total_files"], m["total_lines"], m["files_with_mistakes"], m["mistakes"],
                 os.path.abspath(a.outdir)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
