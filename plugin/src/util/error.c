/*
 * error.c - the thread's last error (hvci_error_last) and severity names.
 * Errors are one line and already say what to do; callers propagate the
 * code and never rewrite the message.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

static _Thread_local char *last_msg;
static _Thread_local int last_code;

int hvci_error_set(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *m = hvci_vasprintf(fmt, ap);
	va_end(ap);
	/* One line: fold any newline a library put in its message. */
	for (char *p = m; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	free(last_msg);
	last_msg = m;
	last_code = code;
	return code;
}

const char *hvci_error_last(void)
{
	return last_msg;
}

int hvci_error_last_code(void)
{
	return last_code;
}

void hvci_error_clear(void)
{
	free(last_msg);
	last_msg = NULL;
	last_code = 0;
}

const char *hvci_severity_name(hvci_severity s)
{
	switch (s) {
	case HVCI_SEV_NOTE:
		return "note";
	case HVCI_SEV_WARNING:
		return "warning";
	case HVCI_SEV_ERROR:
		return "error";
	default:
		return "none";
	}
}

int hvci_severity_parse(const char *name)
{
	if (!strcmp(name, "note"))
		return HVCI_SEV_NOTE;
	if (!strcmp(name, "warning"))
		return HVCI_SEV_WARNING;
	if (!strcmp(name, "error"))
		return HVCI_SEV_ERROR;
	if (!strcmp(name, "none"))
		return HVCI_SEV_NONE;
	return -1;
}
