// User-mode control application of the test solution: never analysed.
#include <windows.h>

int main()
{
	void *p = VirtualAlloc(nullptr, 4096, MEM_COMMIT, PAGE_EXECUTE_READWRITE);
	return p != nullptr;
}
