/*
 * check_section.c - hvci-wx-section, hvci-iat-exec and hvci-section-align:
 * section attributes, merges and alignment that the source forces on the
 * image through pragmas and linker directives.
 *
 * pragmas.c finds the pragmas of the TU's user files (the main file and
 * its own headers, never the WDK or system headers) from their tokens,
 * in the three spellings and through user macros; this file reads what
 * they mean.  From them it learns which sections the TU declares
 * (#pragma section), where it puts code (code_seg, alloc_text,
 * __declspec(code_seg)) and data (data_seg, bss_seg, __declspec(allocate)),
 * and which linker options it embeds (#pragma comment(linker,
 * "/SECTION:..." / "/MERGE:..." / "/ALIGN:...")).  W+X comes from a
 * declaration with write and execute, a declaration with write that the
 * file puts code in, writable data placed in a code section, or /SECTION
 * letters.  Reading tokens rather than cursors keeps the checks working
 * when the file has parse errors elsewhere.
 *
 * What it does not see: options given on the link command line or in a
 * .def file (the image checks of `hvcilint image` do), pragma arguments
 * written through macros other than the file's own string macros
 * (`#define OPT "/MERGE:..."` is followed), and data_seg state carried
 * from one file into another: each file starts with the default sections.
 * Section names that mean code by default come from rules/sections.yaml.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "checks/pragmas.h"
#include "engine/engine.h"
#include "util/util.h"

/* ---- what the translation unit says about sections ------------------------- */

enum { A_READ = 1, A_WRITE = 2, A_EXEC = 4 };

typedef struct {
	char *name;
	int attrs;
	int explicit_attrs; /* the #pragma section listed attributes */
	size_t occ;
} sect_decl;

/* A data_seg/bss_seg that names a section, up to the next change. */
typedef struct {
	size_t file;
	unsigned from, to; /* offsets; to = UINT_MAX: end of file */
	int bss;           /* bss_seg (uninitialised data) or data_seg */
	char *name;
	size_t occ;
} seg_span;

typedef struct {
	hvci_ctx *ctx;
	hvci_pragmas p;
	sect_decl *decls;
	size_t n_decls;
	char **code; /* sections the TU puts code in or makes executable */
	size_t n_code;
	/* Where the TU itself puts code (code_seg, alloc_text, __declspec). */
	struct placed {
		char *name;
		hvci_loc loc;
	} * placed;
	size_t n_placed;
	seg_span *segs;
	size_t n_segs;
	int *seg_used; /* per seg span: a variable was placed there */
} scan;

static void add_code(scan *s, const char *name)
{
	for (size_t i = 0; i < s->n_code; i++)
		if (!strcmp(s->code[i], name))
			return;
	s->code = hvci_xrealloc(s->code, (s->n_code + 1) * sizeof *s->code);
	s->code[s->n_code++] = hvci_strdup(name);
}

static void add_placed(scan *s, const char *name, const hvci_loc *loc)
{
	add_code(s, name);
	s->placed = hvci_xrealloc(s->placed, (s->n_placed + 1) * sizeof *s->placed);
	struct placed *p = &s->placed[s->n_placed++];
	p->name = hvci_strdup(name);
	p->loc = *loc;
	p->loc.file = hvci_strdup(loc->file);
}

/* Length of the image section's name: "NAME$x" is grouped into NAME. */
static size_t group_len(const char *name)
{
	const char *d = strchr(name, '$');
	return d && d > name ? (size_t)(d - name) : strlen(name);
}

static const struct placed *find_placed(const scan *s, const char *name)
{
	size_t n = group_len(name);
	for (size_t i = 0; i < s->n_placed; i++)
		if (group_len(s->placed[i].name) == n && !strncmp(s->placed[i].name, name, n))
			return &s->placed[i];
	return NULL;
}

static const sect_decl *find_decl(const scan *s, const char *name)
{
	for (size_t i = 0; i < s->n_decls; i++)
		if (!strcmp(s->decls[i].name, name))
			return &s->decls[i];
	return NULL;
}

static int is_code_section(const scan *s, const char *name)
{
	if (hvci_rules_section_is(s->ctx->rules, HVCI_SECT_CODE, name))
		return 1;
	for (size_t i = 0; i < s->n_code; i++)
		if (!strcmp(s->code[i], name))
			return 1;
	/* "NAME$x" is grouped into NAME by the linker. */
	const char *d = strchr(name, '$');
	if (d && d > name) {
		char *base = hvci_xstrndup(name, (size_t)(d - name));
		int r = is_code_section(s, base);
		free(base);
		return r;
	}
	return 0;
}

/* ---- reading the pragmas ------------------------------------------------------ */

static int section_attr(const char *w)
{
	if (!strcmp(w, "read"))
		return A_READ;
	if (!strcmp(w, "write"))
		return A_WRITE;
	if (!strcmp(w, "execute"))
		return A_EXEC;
	return 0; /* shared, nopage, nocache, discard, remove */
}

/* Records that data went to section `name` (owned) from `from` to `to` in `file`. */
static void add_seg(scan *s, size_t file, unsigned from, unsigned to, int bss, char *name,
                    size_t occ_at)
{
	s->segs = hvci_xrealloc(s->segs, (s->n_segs + 1) * sizeof *s->segs);
	seg_span *sp = &s->segs[s->n_segs++];
	sp->file = file;
	sp->from = from;
	sp->to = to;
	sp->bss = bss;
	sp->name = name;
	sp->occ = occ_at;
}

/* Learns declarations, code placement and data_seg spans (first pass). */
static void learn(scan *s)
{
	/* data_seg / bss_seg stacks, per file. */
	typedef struct {
		char *label;
		char *name;
	} seg_entry;
	seg_entry stack[2][32];
	int depth[2] = {0, 0};
	char *current[2] = {NULL, NULL};
	size_t cur_occ[2] = {0, 0};
	unsigned cur_from[2] = {0, 0};
	size_t cur_file = (size_t)-1;
	for (size_t oi = 0; oi <= s->p.n_occs; oi++) {
		const occ *o = oi < s->p.n_occs ? &s->p.occs[oi] : NULL;
		if (!o || o->file != cur_file) {
			/* A new file starts with the default sections. */
			for (int k = 0; k < 2; k++) {
				if (current[k]) {
					add_seg(s, cur_file, cur_from[k], (unsigned)-1, k,
					        current[k], cur_occ[k]);
					current[k] = NULL;
				}
				for (int j = 0; j < depth[k]; j++) {
					free(stack[k][j].label);
					free(stack[k][j].name);
				}
				depth[k] = 0;
			}
			if (!o)
				break;
			cur_file = o->file;
		}
		ptoks t = {NULL, 0};
		hvci_pragma_lex(o->text, &t);
		size_t args[8];
		int na = t.n ? hvci_pragma_split_args(&t, args, 8) : -1;
		const char *kw = t.n && t.v[0].kind == T_IDENT ? t.v[0].text : "";
		if (!strcmp(kw, "section") && na >= 1) {
			char *name = hvci_pragma_arg_string(&s->p, &t, args[0]);
			if (name) {
				int attrs = 0;
				for (int a = 1; a < na && a < 8; a++)
					if (t.v[args[a]].kind == T_IDENT)
						attrs |= section_attr(t.v[args[a]].text);
				s->decls =
				    hvci_xrealloc(s->decls, (s->n_decls + 1) * sizeof *s->decls);
				sect_decl *sd = &s->decls[s->n_decls++];
				sd->name = name;
				sd->explicit_attrs = na > 1;
				/* No attributes at all means read and write. */
				sd->attrs = na > 1 ? attrs : A_READ | A_WRITE;
				sd->occ = oi;
				if (sd->attrs & A_EXEC)
					add_code(s, name);
			}
		} else if ((!strcmp(kw, "code_seg") || !strcmp(kw, "alloc_text")) && na >= 1) {
			for (int a = 0; a < na && a < 8; a++) {
				char *name = hvci_pragma_strings_at(&t, args[a]);
				if (!name && !strcmp(kw, "alloc_text") && a == 0 &&
				    t.v[args[a]].kind == T_IDENT)
					name = hvci_strdup(t.v[args[a]].text);
				if (name)
					add_placed(s, name, &o->loc);
				free(name);
				if (!strcmp(kw, "alloc_text"))
					break;
			}
		} else if (!strcmp(kw, "data_seg") || !strcmp(kw, "bss_seg")) {
			int k = kw[0] == 'b';
			char *label = NULL, *name = NULL;
			int push = 0, pop = 0;
			for (int a = 0; a < na && a < 8; a++) {
				const ptok *p = &t.v[args[a]];
				if (a == 0 && p->kind == T_IDENT && !strcmp(p->text, "push"))
					push = 1;
				else if (a == 0 && p->kind == T_IDENT && !strcmp(p->text, "pop"))
					pop = 1;
				else if (p->kind == T_IDENT && !label)
					label = p->text;
				else if (p->kind == T_STRING && !name)
					name = hvci_pragma_strings_at(&t, args[a]);
			}
			char *next = NULL;
			int change = 1;
			if (pop) {
				/* Pops to the named entry, or one entry. */
				int to = depth[k] - 1;
				for (int j = depth[k] - 1; label && j >= 0; j--)
					if (stack[k][j].label &&
					    !strcmp(stack[k][j].label, label)) {
						to = j;
						break;
					}
				if (to >= 0) {
					next = stack[k][to].name ? hvci_strdup(stack[k][to].name)
					                         : NULL;
					for (int j = to; j < depth[k]; j++) {
						free(stack[k][j].label);
						free(stack[k][j].name);
					}
					depth[k] = to;
				} else {
					change = 0;
				}
				free(name);
				name = NULL;
			} else if (push) {
				if (depth[k] < 32) {
					stack[k][depth[k]].label = hvci_strdup(label);
					stack[k][depth[k]].name = hvci_strdup(current[k]);
					depth[k]++;
				}
				if (name)
					next = name;
				else
					change = 0;
				name = NULL;
			} else {
				next = name; /* data_seg() and data_seg("x") */
				name = NULL;
			}
			free(name);
			if (change) {
				if (current[k])
					add_seg(s, cur_file, cur_from[k], o->offset, k, current[k],
					        cur_occ[k]);
				current[k] = next;
				cur_from[k] = o->offset;
				cur_occ[k] = oi;
			} else {
				free(next);
			}
		}
		hvci_pragma_toks_free(&t);
	}
}

/* ---- variables placed in sections ----------------------------------------- */

typedef struct {
	scan *s;
	void (*on_var)(scan *s, CXCursor var, size_t file, unsigned offset);
} var_walk;

static enum CXChildVisitResult visit_vars(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	var_walk *w = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	/* Only declarations need their place, which was most of this walk's
	 * cost: statements are reached only inside a function of a file read
	 * here, and expressions are not looked into. */
	if (clang_isStatement(k))
		return CXChildVisit_Recurse;
	if (clang_isExpression(k))
		return CXChildVisit_Continue;
	/* Neither a variable nor able to hold one: what the place would have
	 * led to anyway. */
	if (!clang_isDeclaration(k) || hvci_c_decl_without_vars(w->s->ctx, c, k))
		return CXChildVisit_Continue;
	CXFile f;
	unsigned off;
	clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, &off);
	size_t fi = hvci_pragmas_file(&w->s->p, f);
	if (fi == w->s->p.n_files)
		return CXChildVisit_Continue;
	/* Tentative definitions ("int x;" at file scope) count: they are
	 * definitions by the end of the file. */
	if (k == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(c) == 1 &&
	    clang_Cursor_getStorageClass(c) != CX_SC_Extern)
		w->on_var(w->s, c, fi, off);
	return clang_isDeclaration(k) ? CXChildVisit_Recurse : CXChildVisit_Continue;
}

static int var_is_const(CXCursor var)
{
	CXType t = clang_getCursorType(var);
	while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
		t = clang_getArrayElementType(t);
	return clang_isConstQualifiedType(t);
}

static char *cursor_name(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = hvci_strdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

/* The section named by __declspec(allocate("x")) / __attribute__((section("x"))). */
typedef struct {
	CXTranslationUnit tu;
	char *name;
} attr_find;

static enum CXChildVisitResult visit_attr(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	attr_find *a = d;
	if (!clang_isAttribute(clang_getCursorKind(c)) || a->name)
		return CXChildVisit_Continue;
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(a->tu, clang_getCursorExtent(c), &toks, &n);
	/* allocate ( "x" ... or section ( "x" ... */
	char *sp[3] = {NULL, NULL, NULL};
	for (unsigned i = 0; i < n && i < 3; i++) {
		CXString ts = clang_getTokenSpelling(a->tu, toks[i]);
		sp[i] = hvci_strdup(clang_getCString(ts));
		clang_disposeString(ts);
	}
	if (toks)
		clang_disposeTokens(a->tu, toks, n);
	if (n >= 3 && (!strcmp(sp[0], "allocate") || !strcmp(sp[0], "section")) &&
	    !strcmp(sp[1], "(") && strchr(sp[2], '"'))
		a->name = hvci_pragma_destringize(sp[2]);
	for (int i = 0; i < 3; i++)
		free(sp[i]);
	return CXChildVisit_Continue;
}

static void var_loc(CXCursor var, hvci_loc *l)
{
	hvci_loc_from_location(clang_getCursorLocation(var), l);
	char *name = cursor_name(var);
	l->end_line = l->line;
	l->end_col = l->col + (unsigned)strlen(name);
	free(name);
}

static void on_var(scan *s, CXCursor var, size_t fi, unsigned off)
{
	hvci_ctx *ctx = s->ctx;
	attr_find a = {ctx->tu, NULL};
	clang_visitChildren(var, visit_attr, &a);
	int is_const = var_is_const(var);
	if (a.name) {
		const sect_decl *sd = find_decl(s, a.name);
		/* A declared section keeps its attributes; an undeclared one
		 * gets the variable's: writable unless const. */
		int writable = sd ? (sd->attrs & A_WRITE) != 0 : !is_const;
		int wx_decl = sd && (sd->attrs & A_WRITE) && (sd->attrs & A_EXEC);
		if (writable && !wx_decl && is_code_section(s, a.name)) {
			char *name = cursor_name(var);
			hvci_loc l;
			var_loc(var, &l);
			hvci_finding f;
			hvci_finding_begin(ctx, &f, "hvci-wx-section", &l,
			                   hvci_asprintf("writable data '%s' is placed in code "
			                                 "section '%s', which makes it writable "
			                                 "and executable",
			                                 name, a.name));
			f.function = hvci_function_name(clang_getCursorSemanticParent(var));
			var_loc(var, &l);
			hvci_finding_note(&f, &l,
			                  hvci_strdup("place data in a data section (.data, or a "
			                              "name such as PAGEDATA for pageable data), "
			                              "or declare the section read-only"));
			hvci_finding_commit(ctx, &f);
			free(name);
		}
		free(a.name);
		return;
	}
	/* #pragma data_seg / bss_seg: initialised and uninitialised writable data. */
	if (is_const)
		return;
	int has_init = !clang_Cursor_isNull(clang_Cursor_getVarDeclInitializer(var));
	for (size_t i = 0; i < s->n_segs; i++) {
		seg_span *sp = &s->segs[i];
		if (sp->file != fi || off < sp->from || off >= sp->to || sp->bss == has_init)
			continue;
		if (!s->seg_used[i] && is_code_section(s, sp->name)) {
			s->seg_used[i] = 1;
			occ *o = &s->p.occs[sp->occ];
			char *name = cursor_name(var);
			hvci_loc l = o->loc;
			l.file = hvci_strdup(o->loc.file);
			hvci_finding f;
			hvci_finding_begin(
			    ctx, &f, "hvci-wx-section", &l,
			    hvci_asprintf("'#pragma %s(\"%s\")' places writable data in code "
			                  "section '%s', which makes it writable and executable",
			                  sp->bss ? "bss_seg" : "data_seg", sp->name, sp->name));
			var_loc(var, &l);
			hvci_finding_note(&f, &l, hvci_asprintf("'%s' is placed there", name));
			l = o->loc;
			l.file = hvci_strdup(o->loc.file);
			hvci_finding_note(&f, &l,
			                  hvci_strdup("name a data section instead (the default "
			                              ".data, or PAGEDATA for pageable data)"));
			hvci_finding_commit(ctx, &f);
			free(name);
		}
	}
}

/* ---- reporting the pragmas -------------------------------------------------- */

static void report(scan *s, const occ *o, const char *rule, char *msg, char *fix)
{
	hvci_loc l = o->loc;
	l.file = hvci_strdup(o->loc.file);
	hvci_finding f;
	hvci_finding_begin(s->ctx, &f, rule, &l, msg);
	if (strcmp(o->form, "#pragma") && strcmp(o->form, "__pragma") &&
	    strcmp(o->form, "_Pragma")) {
		l = o->loc;
		l.file = hvci_strdup(o->loc.file);
		hvci_finding_note(&f, &l,
		                  hvci_asprintf("the macro '%s' expands to this pragma", o->form));
	}
	l = o->loc;
	l.file = hvci_strdup(o->loc.file);
	hvci_finding_note(&f, &l, fix);
	hvci_finding_commit(s->ctx, &f);
}

/* A section declared writable (not executable) that the file puts code in:
 * the image section gets both the code's execute and the declared write. */
static void report_code_in_writable(scan *s, const occ *o, const sect_decl *sd,
                                    const struct placed *pc)
{
	hvci_loc l = o->loc;
	l.file = hvci_strdup(o->loc.file);
	hvci_finding f;
	hvci_finding_begin(s->ctx, &f, "hvci-wx-section", &l,
	                   hvci_asprintf("section '%s' is declared writable and the file puts "
	                                 "code in it, which makes it writable and executable",
	                                 sd->name));
	l = pc->loc;
	l.file = hvci_strdup(pc->loc.file);
	hvci_finding_note(&f, &l, hvci_asprintf("code is placed in '%s' here", pc->name));
	l = o->loc;
	l.file = hvci_strdup(o->loc.file);
	hvci_finding_note(&f, &l,
	                  hvci_strdup("keep code and writable data in separate sections: "
	                              "declare this one without 'write', or place the code "
	                              "elsewhere"));
	hvci_finding_commit(s->ctx, &f);
}

/* A link.exe number: decimal, 0x hex or 0 octal ("C notation"); 0 on error. */
static int link_number(const char *s, unsigned long long *out)
{
	if (!*s || !isdigit((unsigned char)*s))
		return 0;
	char *e;
	*out = strtoull(s, &e, 0);
	return *e == '\0' || *e == ',' || isspace((unsigned char)*e);
}

static void report_align(scan *s, const occ *o, const char *opt, const char *section,
                         unsigned long long n)
{
	char *msg = section ? hvci_asprintf("'%s' sets the alignment of section '%s' to %llu "
	                                    "(0x%llx), not a multiple of 0x1000",
	                                    opt, section, n, n)
	                    : hvci_asprintf("'%s' sets a section alignment of %llu (0x%llx), "
	                                    "not a multiple of 0x1000",
	                                    opt, n, n);
	report(s, o, "hvci-section-align", msg,
	       hvci_strdup("sections must be page aligned: use 0x1000 (the default) or a "
	                   "multiple of it; /FILEALIGN may stay smaller"));
}

static void check_section_option(scan *s, const occ *o, const char *opt, const char *arg)
{
	/* /SECTION:name,[[!]{DEKPRSW}][,ALIGN=number] */
	const char *comma = strchr(arg, ',');
	char *name = comma ? hvci_xstrndup(arg, (size_t)(comma - arg)) : hvci_strdup(arg);
	int set = 0, neg = 0;
	const char *p = comma ? comma + 1 : "";
	/* The attribute letters may be left out: "/SECTION:x,ALIGN=n". */
	if (!strncasecmp(p, "ALIGN=", 6))
		p--;
	while (*p && *p != ',') {
		int bang = *p == '!';
		if (bang)
			p++;
		int bit = 0;
		switch (toupper((unsigned char)*p)) {
		case 'E':
			bit = A_EXEC;
			break;
		case 'W':
			bit = A_WRITE;
			break;
		case 'R':
			bit = A_READ;
			break;
		}
		if (bang)
			neg |= bit;
		else
			set |= bit;
		if (*p)
			p++;
	}
	if ((set & A_EXEC) && (set & A_WRITE) && !(neg & (A_EXEC | A_WRITE)))
		report(s, o, "hvci-wx-section",
		       hvci_asprintf("'%s' makes section '%s' writable and executable", opt, name),
		       hvci_strdup("drop W (or E): Memory integrity never maps a section both "
		                   "writable and executable"));
	else if ((set & A_EXEC) && !(neg & A_EXEC) &&
	         hvci_rules_section_is(s->ctx->rules, HVCI_SECT_IAT, name))
		report(s, o, "hvci-iat-exec",
		       hvci_asprintf("'%s' makes section '%s', which holds the import address "
		                     "table, executable",
		                     opt, name),
		       hvci_strdup("drop E: the import address table must stay in a "
		                   "non-executable section"));
	if (*p == ',') {
		const char *al = p + 1;
		if (!strncasecmp(al, "ALIGN=", 6)) {
			unsigned long long n;
			if (link_number(al + 6, &n) && n % 0x1000)
				report_align(s, o, opt, name, n);
		}
	}
	free(name);
}

static void check_merge_option(scan *s, const occ *o, const char *opt, const char *arg)
{
	/* /MERGE:from=to */
	const char *eq = strchr(arg, '=');
	if (!eq)
		return;
	char *from = hvci_xstrndup(arg, (size_t)(eq - arg));
	const char *to = eq + 1;
	if (*to && is_code_section(s, to)) {
		if (hvci_rules_section_is(s->ctx->rules, HVCI_SECT_IAT, from)) {
			report(s, o, "hvci-iat-exec",
			       hvci_asprintf("'%s' puts the import address table in executable "
			                     "section '%s'",
			                     opt, to),
			       hvci_asprintf("remove the merge: the loader writes the import "
			                     "address table, so '%s' must stay out of code",
			                     from));
		} else if (hvci_rules_section_is(s->ctx->rules, HVCI_SECT_WRITABLE, from) ||
		           (find_decl(s, from) && (find_decl(s, from)->attrs & A_WRITE))) {
			/* How link.exe combines the attributes of merged sections is not
			 * documented: a note, not a warning. */
			hvci_loc l = o->loc;
			l.file = hvci_strdup(o->loc.file);
			hvci_finding f;
			hvci_finding_begin(s->ctx, &f, "hvci-wx-section", &l,
			                   hvci_asprintf("'%s' merges writable data into code "
			                                 "section '%s' (how merged attributes "
			                                 "combine is unconfirmed)",
			                                 opt, to));
			f.severity = HVCI_SEV_NOTE;
			l = o->loc;
			l.file = hvci_strdup(o->loc.file);
			hvci_finding_note(&f, &l, hvci_strdup("keep data and code sections apart"));
			hvci_finding_commit(s->ctx, &f);
		}
	}
	free(from);
}

static void check_linker(scan *s, const occ *o, const char *opts)
{
	/* Several options may share one string, separated by spaces. */
	const char *p = opts;
	while (*p) {
		while (isspace((unsigned char)*p))
			p++;
		const char *b = p;
		int quoted = 0;
		while (*p && (quoted || !isspace((unsigned char)*p))) {
			if (*p == '"')
				quoted = !quoted;
			p++;
		}
		if (p == b)
			break;
		char *opt = hvci_xstrndup(b, (size_t)(p - b));
		if (opt[0] == '/' || opt[0] == '-') {
			const char *colon = strchr(opt, ':');
			size_t kl = colon ? (size_t)(colon - opt - 1) : strlen(opt) - 1;
			const char *kw = opt + 1;
			const char *arg = colon ? colon + 1 : "";
			if (kl == 7 && !strncasecmp(kw, "SECTION", 7) && *arg) {
				check_section_option(s, o, opt, arg);
			} else if (kl == 5 && !strncasecmp(kw, "MERGE", 5) && *arg) {
				check_merge_option(s, o, opt, arg);
			} else if (kl == 5 && !strncasecmp(kw, "ALIGN", 5) && *arg) {
				unsigned long long n;
				if (link_number(arg, &n) && n % 0x1000)
					report_align(s, o, opt, NULL, n);
			}
		}
		free(opt);
	}
}

static void report_pragmas(scan *s)
{
	for (size_t oi = 0; oi < s->p.n_occs; oi++) {
		const occ *o = &s->p.occs[oi];
		ptoks t = {NULL, 0};
		hvci_pragma_lex(o->text, &t);
		size_t args[8];
		int na = t.n ? hvci_pragma_split_args(&t, args, 8) : -1;
		const char *kw = t.n && t.v[0].kind == T_IDENT ? t.v[0].text : "";
		if (!strcmp(kw, "section") && na >= 1) {
			for (size_t i = 0; i < s->n_decls; i++) {
				const sect_decl *sd = &s->decls[i];
				if (sd->occ != oi || !(sd->attrs & A_WRITE))
					continue;
				const struct placed *pc = find_placed(s, sd->name);
				if (sd->attrs & A_EXEC)
					report(
					    s, o, "hvci-wx-section",
					    hvci_asprintf("section '%s' is declared writable and "
					                  "executable",
					                  sd->name),
					    hvci_strdup("drop 'write' or 'execute': keep writable "
					                "data and code in separate sections"));
				else if (pc)
					report_code_in_writable(s, o, sd, pc);
			}
		} else if (!strcmp(kw, "comment") && na >= 2 && t.v[args[0]].kind == T_IDENT &&
		           !strcmp(t.v[args[0]].text, "linker")) {
			char *opts = hvci_pragma_arg_string(&s->p, &t, args[1]);
			if (opts)
				check_linker(s, o, opts);
			free(opts);
		}
		hvci_pragma_toks_free(&t);
	}
}

/* /SECTION:name,...E... in the TU makes `name` a code section too. */
static void learn_linker_exec(scan *s)
{
	for (size_t oi = 0; oi < s->p.n_occs; oi++) {
		ptoks t = {NULL, 0};
		hvci_pragma_lex(s->p.occs[oi].text, &t);
		size_t args[8];
		int na = t.n ? hvci_pragma_split_args(&t, args, 8) : -1;
		if (na >= 2 && !strcmp(t.v[0].text, "comment") && t.v[args[0]].kind == T_IDENT &&
		    !strcmp(t.v[args[0]].text, "linker")) {
			char *opts = hvci_pragma_arg_string(&s->p, &t, args[1]);
			for (char *tok = opts ? strtok(opts, " \t") : NULL; tok;
			     tok = strtok(NULL, " \t")) {
				if ((tok[0] != '/' && tok[0] != '-') ||
				    strncasecmp(tok + 1, "SECTION:", 8))
					continue;
				char *arg = tok + 9;
				char *comma = strchr(arg, ',');
				if (!comma)
					continue;
				*comma = '\0';
				int exec = 0;
				for (char *p = comma + 1; *p && *p != ','; p++)
					if (toupper((unsigned char)*p) == 'E' &&
					    (p == comma + 1 || p[-1] != '!'))
						exec = 1;
				if (exec)
					add_code(s, arg);
			}
			free(opts);
		}
		hvci_pragma_toks_free(&t);
	}
}

static void check_sections(hvci_ctx *ctx)
{
	scan s;
	memset(&s, 0, sizeof s);
	s.ctx = ctx;
	hvci_pragmas_collect(&s.p, ctx);
	for (size_t i = 0; i < s.p.n_code_segs; i++)
		add_placed(&s, s.p.code_segs[i].name, &s.p.code_segs[i].loc);
	learn(&s);
	learn_linker_exec(&s);
	report_pragmas(&s);
	s.seg_used = hvci_xcalloc(s.n_segs + 1, sizeof *s.seg_used);
	var_walk w = {&s, on_var};
	/* visit_vars looks only at the user files the pragma scan read, and
	 * enters nothing outside them. */
	hvci_visit_user_tops(ctx, 0, visit_vars, &w);

	free(s.seg_used);
	for (size_t i = 0; i < s.n_segs; i++)
		free(s.segs[i].name);
	free(s.segs);
	for (size_t i = 0; i < s.n_code; i++)
		free(s.code[i]);
	free(s.code);
	for (size_t i = 0; i < s.n_placed; i++) {
		free(s.placed[i].name);
		hvci_loc_clear(&s.placed[i].loc);
	}
	free(s.placed);
	for (size_t i = 0; i < s.n_decls; i++)
		free(s.decls[i].name);
	free(s.decls);
	hvci_pragmas_free(&s.p);
}

void hvci_check_section_register(hvci_registry *r)
{
	hvci_register_tu(r, check_sections);
}
