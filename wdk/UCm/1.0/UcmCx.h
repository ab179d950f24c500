/*
 * UCm/1.0/UcmCx.h - the versioned include path of the UcmCx client
 * header (#include <UCm\1.0\UcmCx.h>, spelled as the
 * driver samples spell it); it brings in hvcilint's UcmCx.h.
 * Nothing is declared here.
 */
#pragma once
#include <UcmCx.h>
