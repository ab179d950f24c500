/*
 * straddle.c - the HVCI documentation's example of unsupported relocations:
 * 4096 packed {USHORT; PCSTR} entries initialised with string addresses.
 * Under pack(1) the pointers sit at odd offsets, so some of their base
 * relocations cross a 4 KiB page.  Built for x64 (DIR64) and x86 (HIGHLOW).
 */
typedef long NTSTATUS;

#pragma pack(push, 1)
struct entry {
	unsigned short id;
	const char *name;
};
#pragma pack(pop)

#define E4(n)                                                                                      \
	{n, "a"}, {n + 1, "b"}, {n + 2, "c"},                                                      \
	{                                                                                          \
		n + 3, "d"                                                                         \
	}
#define E16(n) E4(n), E4(n + 4), E4(n + 8), E4(n + 12)
#define E64(n) E16(n), E16(n + 16), E16(n + 32), E16(n + 48)
#define E256(n) E64(n), E64(n + 64), E64(n + 128), E64(n + 192)
#define E1024(n) E256(n), E256(n + 256), E256(n + 512), E256(n + 768)

struct entry g_table[4096] = {E1024(0), E1024(1024), E1024(2048), E1024(3072)};

NTSTATUS DriverEntry(void *driver, void *registry)
{
	(void)driver;
	return g_table[(__UINTPTR_TYPE__)registry & 4095].name[0];
}
