/*
 * ioevent.h - hvcilint's stand-in for the header of the I/O system's
 * custom target-device events: the GUID_IO_* event identifiers that disk,
 * CD-ROM and class drivers pass in TARGET_DEVICE_CUSTOM_NOTIFICATION.Event
 * (IoReportTargetDeviceChangeAsynchronous) and ClassSendNotification.
 *
 * Written for hvcilint, not taken from the WDK.  The names are the media,
 * device and disk-layout events the storage documentation refers to; their
 * GUID values are not restated here: each is declared as an external
 * constant GUID, which is all a driver's use of them needs to parse.
 *
 * Left out: the volume and file-system events (GUID_IO_VOLUME_*) and the
 * GUID values themselves.
 */
#pragma once
#ifndef HVCILINT_IOEVENT_H
#define HVCILINT_IOEVENT_H

#include <guiddef.h>

#ifdef __cplusplus
extern "C" {
#endif

extern const GUID GUID_IO_MEDIA_ARRIVAL;
extern const GUID GUID_IO_MEDIA_REMOVAL;
extern const GUID GUID_IO_MEDIA_EJECT_REQUEST;
extern const GUID GUID_IO_DEVICE_BECOMING_READY;
extern const GUID GUID_IO_DEVICE_EXTERNAL_REQUEST;
extern const GUID GUID_IO_GENERIC_GESN_EVENT;
extern const GUID GUID_IO_DISK_LAYOUT_CHANGE;
extern const GUID GUID_IO_DISK_CLONE_ARRIVAL;
extern const GUID GUID_IO_CDROM_EXCLUSIVE_LOCK;
extern const GUID GUID_IO_CDROM_EXCLUSIVE_UNLOCK;

#ifdef __cplusplus
}
#endif

#endif /* HVCILINT_IOEVENT_H */
