/*
 * msbuild.c - evaluates a .vcxproj the way MSBuild would for the part that
 * decides how its C/C++ sources compile, without building anything.
 *
 * MSBuild evaluates in passes; so does this reader: (1) properties and
 * imports in document order (Directory.Build.props first, found upwards
 * as MSBuild's Microsoft.Common.props does; Directory.Build.targets
 * last), (2) ItemDefinitionGroup metadata with %(…) inheritance, (3)
 * ClCompile items with their own metadata, Remove and Update.  Choose /
 * When / Otherwise are followed.  Imports that name files the project
 * tree does not hold (Visual Studio's and the WDK's props, reached
 * through properties nobody here defines) are skipped; their effect is
 * modelled in wdk.c.  An import that leaves the tree is an error.
 *
 * Project files are untrusted: libxml2 parses them without network
 * access, entity substitution or DTD loading, a DOCTYPE is refused, and
 * a file over HVCI_PROJECT_MAX_BYTES is refused before parsing.  What the
 * reader cannot model (property functions, wildcards) drops the value
 * that needs it, with a note, and never guesses.
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "project/msbuild.h"
#include "util/util.h"

#define MAX_IMPORT_DEPTH 32

/* Names set from outside (the configuration, the solution): a project cannot change them. */
static const char *const global_props[] = {"Configuration", "Platform",     "SolutionDir",
                                           "SolutionName",  "SolutionPath", "SolutionFileName",
                                           "SolutionExt"};

/* Metadata holding ';' lists whose pieces may be dropped one by one. */
static const char *const list_metadata[] = {"PreprocessorDefinitions",
                                            "UndefinePreprocessorDefinitions",
                                            "AdditionalIncludeDirectories", "ForcedIncludeFiles"};

void hvci_ms_note(ev *e, char *msg)
{
	if (hvci_strset_has(&e->noted, msg)) {
		free(msg);
		return;
	}
	hvci_strset_add(&e->noted, msg);
	hvci_strv_take(e->notes, msg);
}

const char *hvci_ms_rel(const ev *e, const char *path)
{
	size_t l = strlen(e->root);
	if (!strncmp(path, e->root, l) && path[l] == '/')
		return path + l + 1;
	return path;
}

static int is(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcasecmp((const char *)n->name, name);
}

static char *attr(xmlNodePtr n, const char *name)
{
	for (xmlAttrPtr a = n->properties; a; a = a->next)
		if (!strcasecmp((const char *)a->name, name)) {
			xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
			char *r = hvci_strdup(v ? (const char *)v : "");
			xmlFree(v);
			return r;
		}
	return NULL;
}

static char *text(xmlNodePtr n)
{
	xmlChar *v = xmlNodeGetContent(n);
	char *r = hvci_strdup(v ? (const char *)v : "");
	xmlFree(v);
	/* Trim: MSBuild drops the blanks around a property's value. */
	char *s = r;
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	size_t l = strlen(s);
	while (l && (s[l - 1] == ' ' || s[l - 1] == '\t' || s[l - 1] == '\r' || s[l - 1] == '\n'))
		l--;
	char *t = hvci_xstrndup(s, l);
	free(r);
	return t;
}

/* The node's Condition, evaluated; a condition that does not parse is false, with a note. */
static int cond_ok(ev *e, xmlNodePtr n, const char *file)
{
	char *c = attr(n, "Condition");
	if (!c)
		return 1;
	const char *saved = e->ctx.this_file;
	e->ctx.this_file = file;
	char *err = NULL;
	int r = hvci_ms_condition(&e->ctx, c, &err);
	e->ctx.this_file = saved;
	if (r < 0) {
		hvci_ms_note(e, hvci_asprintf("%s:%ld: %s; the element is ignored",
		                              hvci_ms_rel(e, file), xmlGetLineNo(n), err));
		free(err);
		r = 0;
	}
	free(c);
	return r;
}

/* ---- reading files ------------------------------------------------------------- */

static xmlDocPtr load_doc(ev *e, const char *path)
{
	size_t len;
	char *buf = hvci_project_read(path, &len);
	if (!buf)
		return NULL;
	xmlDocPtr d = hvci_ms_parse(buf, len, path);
	free(buf);
	if (d) {
		e->docs = hvci_xrealloc(e->docs, (e->n_docs + 1) * sizeof *e->docs);
		e->docs[e->n_docs++] = d;
	}
	return d;
}

static const char *keep_file(ev *e, const char *path)
{
	hvci_strv_push(&e->files, path);
	return e->files.v[e->files.n - 1];
}

/* 1 when path lies inside the tree root (after symlinks, when it exists). */
static int inside_root(const ev *e, const char *path)
{
	char *real = realpath(path, NULL);
	const char *p = real ? real : path;
	char *rroot = realpath(e->root, NULL);
	const char *r = rroot ? rroot : e->root;
	size_t l = strlen(r);
	int in = !strcmp(r, "/") || (!strncmp(p, r, l) && (p[l] == '/' || p[l] == '\0'));
	free(real);
	free(rroot);
	return in;
}

/* ---- pass 1: properties and imports ------------------------------------------- */

static int walk(ev *e, xmlNodePtr parent, const char *file);

static int set_property(ev *e, xmlNodePtr n, const char *file)
{
	const char *name = (const char *)n->name;
	for (size_t i = 0; i < sizeof global_props / sizeof *global_props; i++)
		if (!strcasecmp(name, global_props[i]))
			return 0;
	char *raw = text(n);
	const char *saved = e->ctx.this_file;
	e->ctx.this_file = file;
	char *v = hvci_ms_expand(&e->ctx, raw, NULL, NULL);
	e->ctx.this_file = saved;
	hvci_kvs_set(&e->ctx.props, name, v);
	free(v);
	free(raw);
	return 0;
}

static int import_file(ev *e, const char *path, const char *from, long line, int quiet_missing)
{
	if (!inside_root(e, path))
		return hvci_error_set(
		    HVCI_EINVALID,
		    "%s:%ld: import of %s leaves the project tree %s; keep imported "
		    "props inside the tree (or pass a wider --root)",
		    from, line, path, e->root);
	if (!hvci_file_exists(path)) {
		if (!quiet_missing)
			hvci_ms_note(
			    e, hvci_asprintf("%s:%ld: imported file %s does not exist; skipped",
			                     hvci_ms_rel(e, from), line, hvci_ms_rel(e, path)));
		return 0;
	}
	for (size_t i = 0; i < e->stack.n; i++)
		if (!strcmp(e->stack.v[i], path)) {
			hvci_ms_note(e, hvci_asprintf("%s:%ld: %s imports itself again; skipped",
			                              hvci_ms_rel(e, from), line,
			                              hvci_ms_rel(e, path)));
			return 0;
		}
	if (e->stack.n >= MAX_IMPORT_DEPTH)
		return hvci_error_set(HVCI_EPARSE,
		                      "%s:%ld: imports nested more than %d deep; flatten the props",
		                      from, line, MAX_IMPORT_DEPTH);
	xmlDocPtr d = load_doc(e, path);
	if (!d)
		return -1;
	const char *kept = keep_file(e, path);
	hvci_strv_push(&e->stack, path);
	int rc = walk(e, xmlDocGetRootElement(d), kept);
	free(e->stack.v[--e->stack.n]);
	e->stack.v[e->stack.n] = NULL;
	return rc;
}

static int do_import(ev *e, xmlNodePtr n, const char *file)
{
	if (!cond_ok(e, n, file))
		return 0;
	char *proj = attr(n, "Project");
	if (!proj)
		return 0;
	char *undef = NULL;
	const char *saved = e->ctx.this_file;
	e->ctx.this_file = file;
	char *v = hvci_ms_expand(&e->ctx, proj, NULL, &undef);
	e->ctx.this_file = saved;
	int rc = 0;
	/* Visual Studio's and the WDK's own props are reached through
	 * properties only their installation defines: skipped silently. */
	if (undef || !*v) {
	} else if (strchr(v, '*') || strchr(v, '?')) {
		hvci_ms_note(e,
		             hvci_asprintf("%s:%ld: wildcard import '%s' is not expanded; skipped",
		                           hvci_ms_rel(e, file), xmlGetLineNo(n), proj));
	} else {
		char *dir = hvci_xstrndup(file, (size_t)(strrchr(file, '/') - file));
		char *path = hvci_ms_path(v, dir);
		rc = import_file(e, path, file, xmlGetLineNo(n), 0);
		free(path);
		free(dir);
	}
	free(undef);
	free(v);
	free(proj);
	return rc;
}

static void defer(ev *e, xmlNodePtr n, const char *file)
{
	e->groups = hvci_xrealloc(e->groups, (e->n_groups + 1) * sizeof *e->groups);
	e->groups[e->n_groups].node = n;
	e->groups[e->n_groups].file = file;
	e->n_groups++;
}

static int walk(ev *e, xmlNodePtr parent, const char *file)
{
	for (xmlNodePtr n = parent->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (is(n, "PropertyGroup")) {
			if (!cond_ok(e, n, file))
				continue;
			for (xmlNodePtr p = n->children; p; p = p->next)
				if (p->type == XML_ELEMENT_NODE && cond_ok(e, p, file))
					set_property(e, p, file);
		} else if (is(n, "Import")) {
			if (do_import(e, n, file))
				return -1;
		} else if (is(n, "ImportGroup")) {
			if (!cond_ok(e, n, file))
				continue;
			for (xmlNodePtr p = n->children; p; p = p->next)
				if (is(p, "Import") && do_import(e, p, file))
					return -1;
		} else if (is(n, "ItemGroup") || is(n, "ItemDefinitionGroup")) {
			defer(e, n, file);
		} else if (is(n, "Choose")) {
			xmlNodePtr pick = NULL;
			for (xmlNodePtr w = n->children; w && !pick; w = w->next)
				if (is(w, "When") && cond_ok(e, w, file))
					pick = w;
			for (xmlNodePtr w = n->children; w && !pick; w = w->next)
				if (is(w, "Otherwise"))
					pick = w;
			if (pick && walk(e, pick, file))
				return -1;
		}
	}
	return 0;
}

/* The nearest NAME in dir or above it, not above the tree root. */
static char *find_above(const ev *e, const char *dir, const char *name)
{
	char *d = hvci_strdup(dir);
	for (;;) {
		char *p = hvci_asprintf("%s/%s", d, name);
		if (hvci_file_exists(p)) {
			free(d);
			return p;
		}
		free(p);
		char *s = strrchr(d, '/');
		if (!strcmp(d, e->root) || !s || s == d || !inside_root(e, d)) {
			free(d);
			return NULL;
		}
		*s = '\0';
		if (!inside_root(e, d)) {
			free(d);
			return NULL;
		}
	}
}

/* ---- pass 2 and 3: item definitions and items ----------------------------------- */

static int is_list_metadata(const char *name)
{
	for (size_t i = 0; i < sizeof list_metadata / sizeof *list_metadata; i++)
		if (!strcasecmp(name, list_metadata[i]))
			return 1;
	return 0;
}

/* Splits s at ';' outside parentheses. */
void hvci_ms_split(const char *s, hvci_strv *out)
{
	int depth = 0;
	size_t st = 0;
	for (size_t i = 0;; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth)
			depth--;
		if (s[i] == '\0' || (s[i] == ';' && !depth)) {
			hvci_strv_take(out, hvci_xstrndup(s + st, i - st));
			st = i + 1;
		}
		if (!s[i])
			break;
	}
}

char *hvci_ms_trim(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	size_t l = strlen(s);
	while (l && (s[l - 1] == ' ' || s[l - 1] == '\t' || s[l - 1] == '\r' || s[l - 1] == '\n'))
		l--;
	return hvci_xstrndup(s, l);
}

/*
 * Sets metadata `name` of md from raw text.  List metadata are expanded
 * piece by piece: a piece naming an undefined property is dropped with a
 * note, the others kept.
 */
static void set_metadata(ev *e, hvci_kvs *md, const char *name, const char *raw, const char *file,
                         long line)
{
	const char *saved = e->ctx.this_file;
	e->ctx.this_file = file;
	if (!is_list_metadata(name)) {
		char *v = hvci_ms_expand(&e->ctx, raw, md, NULL);
		char *t = hvci_ms_trim(v);
		hvci_kvs_set(md, name, t);
		free(t);
		free(v);
		e->ctx.this_file = saved;
		return;
	}
	hvci_strv pieces = {NULL, 0};
	hvci_ms_split(raw, &pieces);
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, "");
	for (size_t i = 0; i < pieces.n; i++) {
		char *undef = NULL;
		char *v = hvci_ms_expand(&e->ctx, pieces.v[i], md, &undef);
		char *t = hvci_ms_trim(v);
		char *p = hvci_ms_trim(pieces.v[i]);
		if (undef) {
			hvci_ms_note(
			    e,
			    hvci_asprintf("%s:%ld: '%s' dropped from %s: $(%s) is not defined here "
			                  "(Visual Studio or the WDK would define it)",
			                  hvci_ms_rel(e, file), line, p, name, undef));
		} else if (*t) {
			if (b.len)
				hvci_buf_putc(&b, ';');
			hvci_buf_puts(&b, t);
		}
		free(p);
		free(undef);
		free(t);
		free(v);
	}
	hvci_strv_free(&pieces);
	hvci_kvs_set(md, name, b.s);
	hvci_buf_free(&b);
	e->ctx.this_file = saved;
}

static void item_definitions(ev *e, xmlNodePtr g, const char *file)
{
	for (xmlNodePtr n = g->children; n; n = n->next) {
		if (!is(n, "ClCompile") || !cond_ok(e, n, file))
			continue;
		for (xmlNodePtr m = n->children; m; m = m->next) {
			if (m->type != XML_ELEMENT_NODE || !cond_ok(e, m, file))
				continue;
			char *raw = text(m);
			set_metadata(e, &e->cl_defaults, (const char *)m->name, raw, file,
			             xmlGetLineNo(m));
			free(raw);
		}
	}
}

/* Item attributes that are not metadata. */
static int reserved_attr(const char *a)
{
	static const char *const r[] = {"Include",
	                                "Exclude",
	                                "Remove",
	                                "Update",
	                                "Condition",
	                                "Label",
	                                "KeepMetadata",
	                                "RemoveMetadata",
	                                "KeepDuplicates",
	                                "MatchOnMetadata",
	                                "MatchOnMetadataOptions"};
	for (size_t i = 0; i < sizeof r / sizeof *r; i++)
		if (!strcasecmp(a, r[i]))
			return 1;
	return 0;
}

static void apply_item_metadata(ev *e, item *it, xmlNodePtr n, const char *file)
{
	for (xmlAttrPtr a = n->properties; a; a = a->next) {
		if (reserved_attr((const char *)a->name))
			continue;
		xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
		set_metadata(e, &it->md, (const char *)a->name, v ? (const char *)v : "", file,
		             xmlGetLineNo(n));
		xmlFree(v);
	}
	for (xmlNodePtr m = n->children; m; m = m->next) {
		if (m->type != XML_ELEMENT_NODE || !cond_ok(e, m, file))
			continue;
		char *raw = text(m);
		set_metadata(e, &it->md, (const char *)m->name, raw, file, xmlGetLineNo(m));
		free(raw);
	}
}

/* The files an Include / Remove / Update attribute names. */
static void item_paths(ev *e, const char *spec, const char *file, long line, hvci_strv *out)
{
	const char *saved = e->ctx.this_file;
	e->ctx.this_file = file;
	char *undef = NULL;
	char *v = hvci_ms_expand(&e->ctx, spec, NULL, &undef);
	e->ctx.this_file = saved;
	hvci_strv pieces = {NULL, 0};
	hvci_ms_split(v, &pieces);
	for (size_t i = 0; i < pieces.n; i++) {
		char *t = hvci_ms_trim(pieces.v[i]);
		if (!*t) {
		} else if (strchr(t, '*') || strchr(t, '?') || strstr(t, "@(")) {
			hvci_ms_note(e, hvci_asprintf(
			                    "%s:%ld: item '%s' uses a wildcard or item list, which "
			                    "is not expanded; skipped",
			                    hvci_ms_rel(e, file), line, t));
		} else {
			hvci_strv_take(out, hvci_ms_path(t, e->proj_dir));
		}
		free(t);
	}
	if (undef)
		hvci_ms_note(
		    e, hvci_asprintf("%s:%ld: $(%s) in '%s' is not defined here; the item may "
		                     "name the wrong file",
		                     hvci_ms_rel(e, file), line, undef, spec));
	free(undef);
	hvci_strv_free(&pieces);
	free(v);
}

static void items(ev *e, xmlNodePtr g, const char *file, item **its, size_t *n_its)
{
	for (xmlNodePtr n = g->children; n; n = n->next) {
		if (!is(n, "ClCompile") || !cond_ok(e, n, file))
			continue;
		long line = xmlGetLineNo(n);
		char *inc = attr(n, "Include"), *rem = attr(n, "Remove"), *upd = attr(n, "Update");
		hvci_strv paths = {NULL, 0};
		item_paths(e, inc ? inc : rem ? rem : upd ? upd : "", file, line, &paths);
		for (size_t k = 0; k < paths.n; k++) {
			if (inc) {
				*its = hvci_xrealloc(*its, (*n_its + 1) * sizeof **its);
				item *it = &(*its)[(*n_its)++];
				memset(it, 0, sizeof *it);
				it->file = hvci_strdup(paths.v[k]);
				it->line = line;
				hvci_kvs_copy(&it->md, &e->cl_defaults);
				apply_item_metadata(e, it, n, file);
				continue;
			}
			size_t o = 0;
			for (size_t j = 0; j < *n_its; j++) {
				item *it = &(*its)[j];
				int match = !strcmp(it->file, paths.v[k]);
				if (match && rem) {
					free(it->file);
					hvci_kvs_free(&it->md);
					continue;
				}
				if (match)
					apply_item_metadata(e, it, n, file);
				(*its)[o++] = *it;
			}
			*n_its = o;
		}
		hvci_strv_free(&paths);
		free(inc);
		free(rem);
		free(upd);
	}
}

static int truthy(const char *v)
{
	return v && !strcasecmp(v, "true");
}

static const char *prop(const ev *e, const char *name)
{
	const char *v = hvci_kvs_get(&e->ctx.props, name);
	return v && *v ? v : NULL;
}

/* ---- configurations ------------------------------------------------------------- */

const char *hvci_ms_pick_config(const hvci_strv *declared, const char *cfg, const char *plat)
{
	const char *want_plat = plat ? hvci_wdk_platform_name(plat) : NULL;
	const char *best = NULL;
	int best_score = -1;
	for (size_t i = 0; i < declared->n; i++) {
		const char *d = declared->v[i];
		const char *bar = strchr(d, '|');
		if (!bar)
			continue;
		size_t cl = (size_t)(bar - d);
		const char *dp = bar + 1;
		const char *dpn = hvci_wdk_platform_name(dp);
		int cfg_ok = !cfg || (strlen(cfg) == cl && !strncasecmp(cfg, d, cl));
		int plat_ok =
		    !plat || !strcasecmp(plat, dp) || (want_plat && dpn && !strcmp(want_plat, dpn));
		if (!cfg_ok || !plat_ok)
			continue;
		int score = (cl == 7 && !strncasecmp(d, "Release", 7) ? 2 : 0) +
		            (dpn && !strcmp(dpn, "x64") ? 1 : 0);
		if (score > best_score) {
			best = d;
			best_score = score;
		}
	}
	return best;
}

/* ---- the project ----------------------------------------------------------------- */

static void ev_free(ev *e)
{
	for (size_t i = 0; i < e->n_docs; i++)
		xmlFreeDoc(e->docs[i]);
	free(e->docs);
	free(e->groups);
	hvci_kvs_free(&e->ctx.props);
	hvci_kvs_free(&e->cl_defaults);
	hvci_strv_free(&e->files);
	hvci_strv_free(&e->stack);
	hvci_strset_free(&e->noted);
	free(e->proj_file);
	free(e->proj_dir);
}

static void set_wdk_props(ev *e)
{
	if (!e->wdk)
		return;
	const char *r = hvci_wdk_root(e->wdk), *v = hvci_wdk_version(e->wdk);
	char *s = hvci_asprintf("%s/", r);
	hvci_kvs_set(&e->ctx.props, "WDKContentRoot", s);
	hvci_kvs_set(&e->ctx.props, "WindowsSdkDir", s);
	free(s);
	s = hvci_asprintf("%s/Include/%s/km", r, v);
	hvci_kvs_set(&e->ctx.props, "DDK_INC_PATH", s);
	free(s);
	s = hvci_asprintf("%s/Include/%s/shared", r, v);
	hvci_kvs_set(&e->ctx.props, "SDK_INC_PATH", s);
	free(s);
	hvci_kvs_set(&e->ctx.props, "TargetPlatformVersion", v);
}

/*
 * Evaluates one project from its parsed document.  `forced` is the
 * configuration a solution maps to ("Cfg|Plat"), or NULL to pick one from
 * opts; sln_path names the solution (NULL: none).
 */
static int eval_project(hvci_project *pr, const char *path, xmlDocPtr doc, const char *root,
                        const hvci_wdk *wdk, const char *forced, const char *cfg, const char *plat,
                        const char *sln_path)
{
	ev e;
	memset(&e, 0, sizeof e);
	hvci_strv notes_v = {pr->notes, pr->n_notes};
	e.notes = &notes_v;
	hvci_strset_init(&e.noted);
	e.root = root;
	e.wdk = wdk;
	e.proj_file = hvci_strdup(path);
	e.proj_dir = hvci_xstrndup(path, (size_t)(strrchr(path, '/') - path));
	e.docs = hvci_xmalloc(sizeof *e.docs);
	e.docs[0] = doc;
	e.n_docs = 1;
	const char *pfile = keep_file(&e, path);
	xmlNodePtr rootel = xmlDocGetRootElement(doc);

	/* The declared configurations, from the project's own ItemGroups. */
	hvci_strv declared = {NULL, 0};
	long decl_line = 1;
	for (xmlNodePtr g = rootel->children; g; g = g->next)
		if (is(g, "ItemGroup"))
			for (xmlNodePtr n = g->children; n; n = n->next)
				if (is(n, "ProjectConfiguration")) {
					char *inc = attr(n, "Include");
					if (inc && strchr(inc, '|'))
						hvci_strv_take(&declared, inc);
					else
						free(inc);
					decl_line = xmlGetLineNo(g);
				}
	char *chosen = NULL;
	if (forced) {
		chosen = hvci_strdup(forced);
	} else {
		const char *pick = hvci_ms_pick_config(&declared, cfg, plat);
		if (!pick && declared.n) {
			hvci_buf b;
			hvci_buf_init(&b);
			for (size_t i = 0; i < declared.n; i++)
				hvci_buf_printf(&b, "%s%s", i ? ", " : "", declared.v[i]);
			int rc = hvci_error_set(
			    HVCI_ENOTFOUND,
			    "%s:%ld: configuration '%s|%s' is not declared (the "
			    "project has %s); pass --configuration and --platform "
			    "with one of them",
			    path, decl_line, cfg ? cfg : "*", plat ? plat : "*", b.s);
			hvci_buf_free(&b);
			hvci_strv_free(&declared);
			e.docs[0] = NULL;
			e.n_docs = 0;
			ev_free(&e);
			pr->notes = notes_v.v;
			pr->n_notes = notes_v.n;
			return rc;
		}
		chosen = hvci_strdup(pick ? pick : "Release|x64");
		if (!pick) {
			free(chosen);
			chosen = hvci_asprintf("%s|%s", cfg ? cfg : "Release",
			                       plat ? (hvci_wdk_platform_name(plat)
			                                   ? hvci_wdk_platform_name(plat)
			                                   : plat)
			                            : "x64");
		}
	}
	hvci_strv_free(&declared);
	char *bar = strchr(chosen, '|');
	*bar = '\0';
	hvci_kvs *P = &e.ctx.props;
	hvci_kvs_set(P, "Configuration", chosen);
	hvci_kvs_set(P, "Platform", bar + 1);
	if (!pr->configuration) {
		pr->configuration = hvci_strdup(chosen);
		pr->platform = hvci_strdup(bar + 1);
	}
	free(chosen);
	const char *base = strrchr(path, '/') + 1;
	const char *dot = strrchr(base, '.');
	char *name = hvci_xstrndup(base, dot ? (size_t)(dot - base) : strlen(base));
	char *dirslash = hvci_asprintf("%s/", e.proj_dir);
	hvci_kvs_set(P, "ProjectDir", dirslash);
	hvci_kvs_set(P, "MSBuildProjectDirectory", e.proj_dir);
	hvci_kvs_set(P, "ProjectName", name);
	hvci_kvs_set(P, "MSBuildProjectName", name);
	hvci_kvs_set(P, "ProjectFileName", base);
	hvci_kvs_set(P, "MSBuildProjectFile", base);
	hvci_kvs_set(P, "ProjectPath", path);
	hvci_kvs_set(P, "MSBuildProjectFullPath", path);
	hvci_kvs_set(P, "MSBuildProjectExtension", dot ? dot : "");
	const char *sp = sln_path ? sln_path : path;
	char *sdir = hvci_xstrndup(sp, (size_t)(strrchr(sp, '/') - sp + 1));
	const char *sbase = strrchr(sp, '/') + 1;
	const char *sdot = strrchr(sbase, '.');
	char *sname = hvci_xstrndup(sbase, sdot ? (size_t)(sdot - sbase) : strlen(sbase));
	hvci_kvs_set(P, "SolutionDir", sdir);
	hvci_kvs_set(P, "SolutionName", sname);
	hvci_kvs_set(P, "SolutionPath", sp);
	hvci_kvs_set(P, "SolutionFileName", sbase);
	hvci_kvs_set(P, "SolutionExt", sdot ? sdot : "");
	free(sdir);
	free(sname);
	free(dirslash);
	set_wdk_props(&e);

	int rc = 0;
	char *dbp = find_above(&e, e.proj_dir, "Directory.Build.props");
	if (dbp)
		rc = import_file(&e, dbp, path, 1, 1);
	free(dbp);
	if (!rc)
		rc = walk(&e, rootel, pfile);
	if (!rc) {
		char *dbt = find_above(&e, e.proj_dir, "Directory.Build.targets");
		if (dbt)
			rc = import_file(&e, dbt, path, 1, 1);
		free(dbt);
	}
	if (!rc && !prop(&e, "TargetName"))
		hvci_kvs_set(P, "TargetName", name);
	free(name);
	const char *ct = prop(&e, "ConfigurationType");
	if (!rc && ct && (!strcasecmp(ct, "Utility") || !strcasecmp(ct, "Makefile"))) {
		hvci_ms_note(
		    &e, hvci_asprintf("%s: ConfigurationType %s compiles nothing here; skipped",
		                      hvci_ms_rel(&e, path), ct));
	} else if (!rc) {
		for (size_t i = 0; i < e.n_groups; i++)
			if (is(e.groups[i].node, "ItemDefinitionGroup") &&
			    cond_ok(&e, e.groups[i].node, e.groups[i].file))
				item_definitions(&e, e.groups[i].node, e.groups[i].file);
		item *its = NULL;
		size_t n_its = 0;
		for (size_t i = 0; i < e.n_groups; i++)
			if (is(e.groups[i].node, "ItemGroup") &&
			    cond_ok(&e, e.groups[i].node, e.groups[i].file))
				items(&e, e.groups[i].node, e.groups[i].file, &its, &n_its);
		for (size_t i = 0; i < n_its; i++) {
			if (truthy(hvci_kvs_get(&its[i].md, "ExcludedFromBuild"))) {
			} else if (!hvci_file_exists(its[i].file)) {
				hvci_ms_note(
				    &e, hvci_asprintf("%s:%ld: source %s does not exist; skipped",
				                      hvci_ms_rel(&e, path), its[i].line,
				                      hvci_ms_rel(&e, its[i].file)));
			} else {
				hvci_ms_unit(&e, &its[i], pr);
			}
			free(its[i].file);
			hvci_kvs_free(&its[i].md);
		}
		free(its);
		pr->n_projects++;
	}
	/* The first document is the caller's. */
	e.docs[0] = NULL;
	memmove(e.docs, e.docs + 1, (e.n_docs - 1) * sizeof *e.docs);
	e.n_docs--;
	ev_free(&e);
	pr->notes = notes_v.v;
	pr->n_notes = notes_v.n;
	return rc;
}

int hvci_ms_load_vcxproj(hvci_project *pr, const char *buf, size_t len, const char *path,
                         const char *root, const hvci_wdk *wdk, const char *forced, const char *cfg,
                         const char *plat, const char *sln_path)
{
	xmlDocPtr doc = hvci_ms_parse(buf, len, path);
	if (!doc)
		return -1;
	int rc = eval_project(pr, path, doc, root, wdk, forced, cfg, plat, sln_path);
	xmlFreeDoc(doc);
	return rc;
}
