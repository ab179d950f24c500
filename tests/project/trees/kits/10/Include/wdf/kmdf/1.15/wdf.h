/* Stand-in for the kit WDF kmdf/1.15 headers. */
#define HVCI_TEST_WDF "kmdf/1.15"
#include_next <wdf.h>
