/*
 * suppress.h - hvcilint's stand-in for the code-analysis header that
 * driver samples include before their #pragma prefast / #pragma warning
 * suppressions.  hvcilint reads those pragmas itself, so this stand-in
 * declares nothing; it exists so that sources including it parse.
 *
 * Written for hvcilint, not taken from the WDK or Visual Studio.
 */
#pragma once
#ifndef _HVCILINT_SUPPRESS_H
#define _HVCILINT_SUPPRESS_H
#endif
