/*
 * specstrings.h - hvcilint stand-in: the annotations live in sal.h (written for
 * hvcilint from public facts, not the WDK).  Leaves out everything else.
 */
#pragma once
#include <sal.h>
