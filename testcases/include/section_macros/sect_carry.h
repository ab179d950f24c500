/* The one header here that writes a pragma itself. */
#define INNER_WX __pragma(section(".inner", read, write, execute))
