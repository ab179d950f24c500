/* Stand-in for the kit WDF umdf/2.15 headers. */
#define HVCI_TEST_WDF "umdf/2.15"
#include_next <wdf.h>
