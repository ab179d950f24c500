// expected-note@1 {{user-mode code (it includes windows.h and no kernel header): not a driver unit, not analysed [hvcilint]}}
// A solution's database often lists the user-mode test program next to the
// driver: it is skipped with a note, not analysed with kernel defaults.
// RUN: %hvcilint check --verify %s -- clang-cl /DWIN32 /D_CONSOLE
#include <windows.h>
#include <stdio.h>

int main(void)
{
	void *p = VirtualAlloc(NULL, 4096, MEM_COMMIT, PAGE_EXECUTE_READWRITE);
	printf("%p\n", p);
	return 0;
}
