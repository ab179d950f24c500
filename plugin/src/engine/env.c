/*
 * env.c - value sets and the dataflow environment: which values each
 * tracked variable or field path may hold at a point of a function.  A
 * binding that is absent means "unknown" (never reported); joins take the
 * union, so a value executable on any path stays visible after the join.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

void hvci_vs_unknown(hvci_vs *vs)
{
	vs->n = 0;
	vs->unknown = 1;
}

static int same_val(const hvci_val *a, const hvci_val *b)
{
	return a->v == b->v && a->param == b->param && a->optin == b->optin && a->prov == b->prov &&
	       clang_equalCursors(a->origin, b->origin);
}

void hvci_vs_add(hvci_vs *vs, const hvci_val *v)
{
	for (int i = 0; i < vs->n; i++)
		if (same_val(&vs->v[i], v))
			return;
	if (vs->n == HVCI_VS_MAX) {
		vs->unknown = 1;
		return;
	}
	vs->v[vs->n++] = *v;
}

void hvci_vs_union(hvci_vs *dst, const hvci_vs *src)
{
	dst->unknown |= src->unknown;
	for (int i = 0; i < src->n; i++)
		hvci_vs_add(dst, &src->v[i]);
}

void hvci_env_init(hvci_env *e)
{
	e->b = NULL;
	e->n = 0;
	e->dead = 0;
	e->optin_init = 0;
}

void hvci_env_free(hvci_env *e)
{
	for (size_t i = 0; i < e->n; i++)
		free(e->b[i].path);
	free(e->b);
	hvci_env_init(e);
}

void hvci_env_copy(hvci_env *dst, const hvci_env *src)
{
	dst->n = src->n;
	dst->dead = src->dead;
	dst->optin_init = src->optin_init;
	dst->b = src->n ? hvci_xmalloc(src->n * sizeof *dst->b) : NULL;
	for (size_t i = 0; i < src->n; i++) {
		dst->b[i] = src->b[i];
		dst->b[i].path = hvci_strdup(src->b[i].path);
	}
}

static hvci_binding *find(const hvci_env *e, CXCursor decl, const char *path)
{
	for (size_t i = 0; i < e->n; i++)
		if (!strcmp(e->b[i].path, path) && clang_equalCursors(e->b[i].decl, decl))
			return &e->b[i];
	return NULL;
}

const hvci_vs *hvci_env_get(const hvci_env *e, CXCursor decl, const char *path)
{
	hvci_binding *b = find(e, decl, path);
	return b ? &b->vs : NULL;
}

static void remove_at(hvci_env *e, size_t i)
{
	free(e->b[i].path);
	e->b[i] = e->b[--e->n];
}

void hvci_env_set(hvci_env *e, CXCursor decl, const char *path, const hvci_vs *vs)
{
	/* Assigning a whole object invalidates what we knew of its fields. */
	size_t pl = strlen(path);
	for (size_t i = 0; i < e->n;) {
		if (clang_equalCursors(e->b[i].decl, decl) && strlen(e->b[i].path) > pl &&
		    !strncmp(e->b[i].path, path, pl))
			remove_at(e, i);
		else
			i++;
	}
	hvci_binding *b = find(e, decl, path);
	if (!b) {
		e->b = hvci_xrealloc(e->b, (e->n + 1) * sizeof *e->b);
		b = &e->b[e->n++];
		b->decl = decl;
		b->path = hvci_strdup(path);
	}
	b->vs = *vs;
}

void hvci_env_kill(hvci_env *e, CXCursor decl)
{
	for (size_t i = 0; i < e->n;) {
		if (clang_equalCursors(e->b[i].decl, decl))
			remove_at(e, i);
		else
			i++;
	}
}

void hvci_env_kill_indirect(hvci_env *e)
{
	for (size_t i = 0; i < e->n;) {
		if (strstr(e->b[i].path, "->"))
			remove_at(e, i);
		else
			i++;
	}
}

void hvci_env_join(hvci_env *dst, const hvci_env *src)
{
	if (src->dead)
		return;
	if (dst->dead) {
		hvci_env_free(dst);
		hvci_env_copy(dst, src);
		return;
	}
	dst->optin_init &= src->optin_init;
	/* A binding present on one side only is unknown on the other. */
	for (size_t i = 0; i < dst->n; i++) {
		hvci_binding *o = find(src, dst->b[i].decl, dst->b[i].path);
		if (o)
			hvci_vs_union(&dst->b[i].vs, &o->vs);
		else
			dst->b[i].vs.unknown = 1;
	}
	for (size_t i = 0; i < src->n; i++) {
		if (!find(dst, src->b[i].decl, src->b[i].path)) {
			hvci_vs vs = src->b[i].vs;
			vs.unknown = 1;
			hvci_env_set(dst, src->b[i].decl, src->b[i].path, &vs);
		}
	}
}
