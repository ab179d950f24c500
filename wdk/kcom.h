/*
 * kcom.h - hvcilint stand-in (written from public facts, not the WDK): the
 * kernel COM helpers reduce to the stdunk.h pieces, including the placement
 * operator new taking a POOL_TYPE.  Everything else is left out.
 */
#pragma once
#ifndef _HVCILINT_KCOM_H
#define _HVCILINT_KCOM_H
#include <stdunk.h>
#endif
