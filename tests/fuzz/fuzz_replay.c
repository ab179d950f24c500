/*
 * fuzz_replay.c - libFuzzer target for the reader of replays kept between
 * runs (plugin/src/frontend/replay_cache.c, hvci_replay_load).  An input is
 * a kept replay's file as it lies in the PCH folder: the format tag, the
 * list of files, folders and absent paths it depends on (JSON), the PCH
 * its analysis was given and the replay, each with its length in front.
 *
 * Besides memory safety it holds the reader to what the analysis relies
 * on: a replay comes back only from a file whose parts fill it exactly,
 * its bytes are the file's last part, and the PCH named comes with it.
 * The folder is a real one (kept_harness.c), checked by the product's own
 * pch_folder.c, so that every input reaches the parse; the rest of pch.c
 * (keys, the PCH's own files) are stand-ins below.  The replay itself (its
 * command line and files) is checked by hvci_recovery_replay, which
 * fuzz_replay does not run.
 */
#include "frontend/frontend.h"
#include "frontend/pch_int.h"
#include "kept_harness.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ---- stand-ins for the rest of pch.c ------------------------------------------- */

int hvci_pch_overlay_at(const hvci_cmdline *cl, size_t i)
{
	(void)cl;
	(void)i;
	return 0;
}

char *hvci_pch_digest(hvci_buf *b, const hvci_cmdline *cl, size_t end)
{
	(void)cl;
	(void)end;
	hvci_buf_free(b);
	return hvci_strdup("0");
}

void hvci_inclusions(CXTranslationUnit tu, const hvci_cmdline *cl, CXInclusionVisitor visit,
                     CXClientData d)
{
	(void)tu;
	(void)cl;
	(void)visit;
	(void)d;
}

/* ---- the target ------------------------------------------------------------------ */

#define KEY "0123456789abcdef0123456789abcdef"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_kept_file("replay", KEY, data, size);
	size_t len;
	char *attached;
	char *got = hvci_replay_load(dir, KEY, &len, &attached);
	if (got) {
		/* The replay is the file's last part, whole. */
		if (!len || len > size || memcmp(got, data + size - len, len))
			abort();
		if (!attached || strlen(attached) + len > size)
			abort();
	} else if (attached || len) {
		abort();
	}
	free(got);
	free(attached);
	return 0;
}
