/* Shared by the drivers of the test tree. */
#define SHARED_TAG 'tseT'
