/*
 * dontuse.h - hvcilint's stand-in for the WDK header that marks unsafe
 * C runtime string functions as deprecated.  Deprecation marks do not
 * change what hvcilint reports, so this stand-in declares nothing; it
 * exists so that sources including it parse.
 *
 * Written for hvcilint, not taken from the WDK.
 */
#pragma once
#ifndef _HVCILINT_DONTUSE_H
#define _HVCILINT_DONTUSE_H
#endif
