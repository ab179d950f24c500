/* Stand-in for the kit 9600 wdm.h: marks which kit was searched, then the shipped header. */
#define HVCI_TEST_KIT 9600
#include_next <wdm.h>
