/* Shared declarations of the WDM test tree. */
#pragma once
#include <ntddk.h>
PVOID TreeAllocNx(SIZE_T Size);
