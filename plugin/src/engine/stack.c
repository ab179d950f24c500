/*
 * stack.c - how much of its thread's stack the walk may use, so that code
 * nested too deeply for the walker is reported as such instead of
 * crashing the worker.
 *
 * The budget is half of what the thread's stack leaves at the start of the
 * walk (glibc tells a thread's bounds; elsewhere the stack limit stands in
 * for them), so libclang, which the walk calls at every depth, keeps the
 * rest.  Depth is measured in bytes, not levels: a frame's size differs
 * between builds (sanitizers make them several times larger), and bytes
 * are what runs out.  What to do when short is the caller's business:
 * eval.c stops evaluating, walker.c leaves a callee for the walk from the
 * top level.
 */
#include <pthread.h>
#include <sys/resource.h>

#include "engine/engine.h"
#include "util/util.h"

/* When nothing better is known: far below any usual thread's stack. */
#define FALLBACK_BUDGET ((size_t)1 << 20)

static size_t stack_left(uintptr_t here)
{
#if defined(__GLIBC__)
	/* A thread's bounds, asked once per thread: for the main thread glibc
	 * reads them from /proc/self/maps. */
	static _Thread_local uintptr_t lo, hi;
	if (!hi) {
		pthread_attr_t a;
		if (pthread_getattr_np(pthread_self(), &a) == 0) {
			void *at = NULL;
			size_t size = 0;
			if (pthread_attr_getstack(&a, &at, &size) == 0 && at) {
				lo = (uintptr_t)at;
				hi = lo + size;
			}
			pthread_attr_destroy(&a);
		}
		if (!hi)
			hi = 1; /* not known: not asked again */
	}
	/* The stack grows down, from hi towards lo. */
	if (lo && here > lo && here <= hi)
		return here - lo;
#endif
	(void)here;
	struct rlimit rl;
	if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
		return (size_t)rl.rlim_cur;
	return 2 * FALLBACK_BUDGET;
}

void hvci_stack_start(hvci_ctx *ctx)
{
	ctx->stack_top = (uintptr_t)__builtin_frame_address(0);
	size_t left = stack_left(ctx->stack_top);
	ctx->stack_budget = left > 2 * FALLBACK_BUDGET ? left / 2 : FALLBACK_BUDGET;
}

int hvci_stack_cut(hvci_ctx *ctx, CXCursor at)
{
	ctx->stack_cuts++;
	if (!ctx->stack_noted) {
		ctx->stack_noted = 1;
		hvci_loc l;
		hvci_loc_from_cursor(ctx, at, &l);
		hvci_tu_result_add_diag(ctx->res, HVCI_SEV_NOTE, &l,
		                        "the code here nests too deeply for the walker (an "
		                        "expression or a chain of calls thousands of levels "
		                        "deep): it stops following it here, so findings that "
		                        "depend on what lies deeper may be missing; affected "
		                        "calls it does not reach are checked from their tokens");
		hvci_loc_clear(&l);
	}
	return 1;
}
