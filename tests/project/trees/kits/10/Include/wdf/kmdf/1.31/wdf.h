/* Stand-in for the kit WDF kmdf/1.31 headers. */
#define HVCI_TEST_WDF "kmdf/1.31"
#include_next <wdf.h>
