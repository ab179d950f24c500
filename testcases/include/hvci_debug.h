/*
 * hvci_debug.h - test intrinsics for hvcilint testcases.  hvcilint prints
 * a note "values: ..." at each __hvci_values(expr) call with the set of
 * values it believes expr may hold there (hex; "paramN|mask" for a
 * parameter of the enclosing function; "(optin)" for a POOL_NX_OPTIN
 * run-time value; "unknown" when some path is not known).
 */
#ifndef HVCI_DEBUG_H
#define HVCI_DEBUG_H
void __hvci_values(unsigned long long value);
#endif
