/* The precompiled header of the test driver (PrecompiledHeader Use). */
#include <ntddk.h>
#include <wdf.h>
#include "shared.h"
