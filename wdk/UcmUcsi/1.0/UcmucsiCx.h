/*
 * UcmUcsi/1.0/UcmucsiCx.h - the versioned include path of the UcmUcsiCx
 * client header (#include <UcmUcsi\1.0\UcmucsiCx.h>, spelled as
 * the driver samples spell it); it brings in
 * hvcilint's UcmUcsiCx.h.  Nothing is declared here.
 */
#pragma once
#include <UcmUcsiCx.h>
