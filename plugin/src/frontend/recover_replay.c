/*
 * recover_replay.c - parsing a unit once the way an earlier analysis's
 * chosen recovery pass parsed it, instead of repeating the passes.
 *
 * A later summary round (cli/scale.c) analyses a unit again because other
 * units' wrappers changed; its recovery passes would plan and parse exactly
 * as the first time, since they read only the unit and the rules.  So the
 * worker keeps, for the pass the analysis used, the command line and every
 * file of the recovery folder (prelude, empty stand-in headers, corrected
 * copies, their overlay), and the next analysis of the unit writes them into
 * a new folder and parses once.
 *
 * Snapshots pass between hvcilint's own processes within one run (pool.c),
 * and are kept between runs in the user's own PCH folder (replay_cache.c).
 * Still, a replay checks what it is given: the command line must be the unit's own with recovery's
 * options added (the folder and the case overlay renamed to this analysis's), and every file must
 * stay inside the new folder.  Anything else is refused and the unit is recovered the usual way.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "frontend/frontend.h"
#include "frontend/recover_int.h"
#include "util/util.h"

#define SNAP_MAGIC "hvcilint-recovery-snapshot-1"

static void put_str(hvci_buf *b, const char *s)
{
	hvci_pack_put(b, s ? s : "", s ? strlen(s) : 0);
}

/* Every regular file under root/rel, depth first in name order, as
 * (path relative to root, content) pairs.  Links are not followed. */
static void snap_dir(hvci_buf *out, const char *root, const char *rel)
{
	char *dir = rel[0] ? hvci_asprintf("%s/%s", root, rel) : hvci_strdup(root);
	struct dirent **names = NULL;
	int n = scandir(dir, &names, NULL, alphasort);
	for (int i = 0; i < n; i++) {
		const char *leaf = names[i]->d_name;
		if (strcmp(leaf, ".") && strcmp(leaf, "..")) {
			char *sub = rel[0] ? hvci_asprintf("%s/%s", rel, leaf) : hvci_strdup(leaf);
			char *path = hvci_asprintf("%s/%s", root, sub);
			struct stat st;
			int known = lstat(path, &st) == 0;
			if (known && S_ISDIR(st.st_mode)) {
				snap_dir(out, root, sub);
			} else if (known && S_ISREG(st.st_mode)) {
				size_t len = 0;
				char *text = hvci_read_file(path, &len);
				put_str(out, sub);
				hvci_pack_put(out, text ? text : "", text ? len : 0);
				free(text);
			}
			free(path);
			free(sub);
		}
		free(names[i]);
	}
	free(names);
	free(dir);
}

void hvci_recovery_snapshot(const hvci_recovery *rv, const hvci_cmdline *cl, hvci_buf *out)
{
	hvci_buf b;
	hvci_buf_init(&b);
	put_str(&b, SNAP_MAGIC);
	put_str(&b, rv->dir);
	put_str(&b, cl->overlay_path);
	char count[32];
	snprintf(count, sizeof count, "%zu", cl->argc);
	put_str(&b, count);
	for (size_t i = 0; i < cl->argc; i++)
		put_str(&b, cl->argv[i]);
	if (rv->dir)
		snap_dir(&b, rv->dir, "");
	hvci_pack_put(out, b.s, b.len);
	hvci_buf_free(&b);
}

/* s (n bytes) with every `from` replaced by `to`; from may be empty (none). */
static char *renamed(const char *s, size_t n, const char *from, const char *to, size_t *len_out)
{
	hvci_buf b;
	hvci_buf_init(&b);
	size_t fl = strlen(from);
	const char *at, *end = s + n;
	while (fl && (at = memmem(s, (size_t)(end - s), from, fl))) {
		hvci_buf_putn(&b, s, (size_t)(at - s));
		hvci_buf_puts(&b, to);
		s = at + fl;
	}
	hvci_buf_putn(&b, s, (size_t)(end - s));
	if (len_out)
		*len_out = b.len;
	return hvci_buf_take(&b);
}

/* A relative path of plain components only: nothing that leaves the folder. */
static int plain_relative(const char *p, size_t n)
{
	if (!n || p[0] == '/' || memchr(p, '\0', n))
		return 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && p[j] != '/')
			j++;
		size_t c = j - i;
		if (!c || (c == 1 && p[i] == '.') || (c == 2 && p[i] == '.' && p[i + 1] == '.'))
			return 0;
		i = j + 1;
		if (j == n - 1)
			return 0; /* a trailing slash */
	}
	return 1;
}

static int write_one(const char *dir, const char *rel, size_t rel_len, const char *text, size_t len)
{
	char *r = hvci_xstrndup(rel, rel_len);
	char *path = hvci_asprintf("%s/%s", dir, r);
	free(r);
	if (hvci_mkdirs(path, strlen(dir), 0)) {
		free(path);
		return -1;
	}
	FILE *f = fopen(path, "wb");
	int ok = f && fwrite(text, 1, len, f) == len;
	if (f && fclose(f) != 0)
		ok = 0;
	free(path);
	return ok ? 0 : -1;
}

void hvci_recovery_argv_free(char **argv)
{
	if (!argv)
		return;
	for (char **a = argv; *a; a++)
		free(*a);
	free(argv);
}

/* Whether cl's own arguments appear in argv, in order: the snapshot is this
 * unit's command line with recovery's options added, nothing else. */
static int extends(char *const *argv, size_t argc, const hvci_cmdline *cl)
{
	size_t k = 0;
	for (size_t i = 0; i < argc && k < cl->argc; i++)
		if (!strcmp(argv[i], cl->argv[k]))
			k++;
	return k == cl->argc;
}

int hvci_recovery_replay(hvci_recovery *rv, const hvci_cmdline *cl, const char *snap, size_t len,
                         char ***argv_out, size_t *argc_out)
{
	*argv_out = NULL;
	*argc_out = 0;
	const char *p = snap, *end = snap + len, *s;
	size_t n;
	if (hvci_pack_next(&p, end, &s, &n) || n != strlen(SNAP_MAGIC) || memcmp(s, SNAP_MAGIC, n))
		return -1;
	const char *dir, *overlay, *count;
	size_t dir_n, overlay_n, count_n;
	if (hvci_pack_next(&p, end, &dir, &dir_n) ||
	    hvci_pack_next(&p, end, &overlay, &overlay_n) ||
	    hvci_pack_next(&p, end, &count, &count_n) || count_n == 0 || count_n > 6)
		return -1;
	/* The case overlay is a temporary file of each analysis: both or neither. */
	if (!overlay_n != !cl->overlay_path)
		return -1;
	char num[8];
	memcpy(num, count, count_n);
	num[count_n] = '\0';
	char *stop;
	unsigned long argc = strtoul(num, &stop, 10);
	if (*stop || argc == 0 || argc > 100000)
		return -1;
	char *old_dir = hvci_xstrndup(dir, dir_n);
	char *old_overlay = hvci_xstrndup(overlay, overlay_n);
	int rc = -1;
	char **argv = hvci_xcalloc(argc + 1, sizeof *argv);
	if (dir_n && !hvci_recover_make_dir(rv))
		goto out;
	size_t i = 0;
	for (; i < argc; i++) {
		if (hvci_pack_next(&p, end, &s, &n) || memchr(s, '\0', n))
			goto out;
		if (overlay_n && n == overlay_n && !memcmp(s, overlay, n))
			argv[i] = hvci_strdup(cl->overlay_path);
		else
			argv[i] = renamed(s, n, old_dir, rv->dir ? rv->dir : "", NULL);
	}
	if (!extends(argv, argc, cl))
		goto out;
	while (p < end) {
		const char *rel, *text;
		size_t rel_n, text_n;
		if (!rv->dir || hvci_pack_next(&p, end, &rel, &rel_n) ||
		    hvci_pack_next(&p, end, &text, &text_n) || !plain_relative(rel, rel_n))
			goto out;
		size_t new_n;
		char *content = renamed(text, text_n, old_dir, rv->dir, &new_n);
		int bad = write_one(rv->dir, rel, rel_n, content, new_n);
		free(content);
		if (bad)
			goto out;
	}
	rc = 0;
out:
	free(old_dir);
	free(old_overlay);
	if (rc) {
		hvci_recovery_argv_free(argv);
		return rc;
	}
	*argv_out = argv;
	*argc_out = argc;
	return 0;
}

void hvci_recovery_adopt(hvci_recovery *rv, hvci_cmdline *cl, char **argv, size_t argc)
{
	for (size_t i = 0; i < cl->argc; i++)
		free(cl->argv[i]);
	free(cl->argv);
	cl->argv = argv;
	cl->argc = argc;
	cl->forced_first = NULL; /* it pointed into the old list */
	if (rv->dir)
		hvci_recover_mark_applied(rv, cl);
}
