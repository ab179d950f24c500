/*
 * wdf.h - hvcilint's compact stand-in for the KMDF umbrella header.
 *
 * Written for hvcilint from public facts (hvci-facts.md 2.7), not taken
 * from the WDK or WDF sources.  Pulls in the stand-in WDF headers.  The
 * pool-taking methods keep the user-visible parameter order of KMDF 1.33;
 * the hidden WdfDriverGlobals argument of the real inline wrappers is not
 * a parameter here.  Also pulls in wdmsec.h: KMDF drivers pass its
 * SDDL_DEVOBJ_* strings to WdfDeviceInitAssignSDDLString with only wdf.h
 * included.  WMI provider and instance configuration is in wdfdevice.h.
 * Left out: child lists and PDOs, the rest of WMI, power
 * framework, NetAdapterCx/other class extensions, UMDF.
 */
#pragma once
#ifndef _WDF_H_
#define _WDF_H_

#include <wdftypes.h>
#include <wdfobject.h>
#include <wdfmemory.h>
#include <wdfdriver.h>
#include <wdfdevice.h>
#include <wdffdo.h>
#include <wdfio.h>
#include <wdfrequest.h>
#include <wdfiotarget.h>
#include <wdfregistry.h>
#include <wdfcore.h>
#include <wdfsync.h>
#include <wdftimer.h>
#include <wdfworkitem.h>
#include <wdfdpc.h>
#include <wdfcollection.h>
#include <wdfstring.h>
#include <wdfresource.h>
#include <wdfinterrupt.h>
#include <wdfdmaenabler.h>
#include <wdfdmatransaction.h>
#include <wdfcommonbuffer.h>
#include <wdfcontrol.h>
#include <wdfqueryinterface.h>
#include <wdfverifier.h>
#include <wdfchildlist.h>
#include <wdfpdo.h>
#include <wdmsec.h>

#endif /* _WDF_H_ */
