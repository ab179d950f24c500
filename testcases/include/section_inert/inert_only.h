/* inert_only.h - a header whose only directives of that kind are ones the
 * section check never reads; it defines the linker options the unit uses. */
#pragma once
# pragma warning(push)
#pragma warning(disable : 4201)
#define INERT_OPTS "/SECTION:INRT,ERW"
#pragma warning(pop)
