// Headers whose only pragmas are inert to the check (`#pragma once`,
// `#pragma warning`) are not lexed for pragmas, yet a string macro they
// define still gives the linker options; a header that spells a real pragma after
// `#pragma once` is lexed and its pragma checked.
// RUN: %hvcilint check --verify %s -- -I%S/../include/section_inert
// RUN: %hvcilint check %s -- -I%S/../include/section_inert | grep -q "inert_then_real.h:4:1: warning: section '.hdr' is declared writable and executable"
#include <ntddk.h>
#include "inert_only.h"
#include "inert_then_real.h"

#pragma comment(linker, INERT_OPTS) // expected-warning {{'/SECTION:INRT,ERW' makes section 'INRT' writable and executable [hvci-wx-section]}}
