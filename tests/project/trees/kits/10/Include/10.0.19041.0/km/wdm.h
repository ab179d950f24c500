/* Stand-in for the kit 19041 wdm.h: marks which kit was searched, then the shipped header. */
#define HVCI_TEST_KIT 19041
#include_next <wdm.h>
