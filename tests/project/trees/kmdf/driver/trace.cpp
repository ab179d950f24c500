// C++ unit of the test driver.
#include "precomp.h"

extern "C" void TraceInit(void)
{
}
