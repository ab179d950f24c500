// Values that travel through calls: a function that returns the pool type
// to use, and an init routine that presets a config struct's field
// through its pointer parameter.  A caller that overrides the preset
// after the init call, and a function returning only NX values, are
// silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static POOL_TYPE PoolTypeFor(BOOLEAN executable)
{
	if (executable)
		return NonPagedPool;
	return NonPagedPoolNx;
}

static POOL_TYPE AlwaysNx(void)
{
	return NonPagedPoolNx;
}

static POOL_TYPE Passthrough(POOL_TYPE t)
{
	return t;
}

typedef struct _BUF_CONFIG {
	POOL_TYPE PoolType;
	SIZE_T Size;
} BUF_CONFIG;

static VOID BufConfigInit(BUF_CONFIG *Config, SIZE_T Size)
{
	Config->PoolType = NonPagedPool;
	Config->Size = Size;
}

PVOID FromReturn(BOOLEAN exec, SIZE_T n)
{
	PVOID a = ExAllocatePoolWithTag(PoolTypeFor(exec), n, 'teRF'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	PVOID b = ExAllocatePoolWithTag(AlwaysNx(), n, 'teRF');
	PVOID c = ExAllocatePoolWithTag(Passthrough(NonPagedPoolExecute), n, 'teRF'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
	PVOID d = ExAllocatePoolWithTag(Passthrough(NonPagedPoolNx), n, 'teRF');
	return a && b && c && d ? a : NULL;
}

PVOID FromPreset(SIZE_T n)
{
	BUF_CONFIG cfg;
	BufConfigInit(&cfg, n);
	return ExAllocatePoolWithTag(cfg.PoolType, cfg.Size, 'terP'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID PresetOverridden(SIZE_T n)
{
	BUF_CONFIG cfg;
	BufConfigInit(&cfg, n);
	cfg.PoolType = NonPagedPoolNx;
	return ExAllocatePoolWithTag(cfg.PoolType, cfg.Size, 'revO');
}

PVOID PresetThroughPointer(BUF_CONFIG *out, SIZE_T n)
{
	BufConfigInit(out, n);
	return ExAllocatePoolWithTag(out->PoolType, n, 'rtPP'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
