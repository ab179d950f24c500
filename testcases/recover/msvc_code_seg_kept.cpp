// A code_seg that names a section of the driver's own (which may be
// write+execute, and which the section checks read) is never blanked: the
// override keeps clang's error, and no note claims a correction.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 1'
#include <ntddk.h>

class Hook {
public:
	virtual VOID Run();
};

class Trampoline : public Hook {
public:
	__declspec(code_seg(".hook")) VOID Run(); // expected-note {{1 parse error in this translation unit (first: overriding virtual function must specify the same code segment as its overridden function); findings cover the code that parsed}}
};
