/* drva's precompiled header. */
#include "tree.h"
