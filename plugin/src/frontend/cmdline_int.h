/*
 * cmdline_int.h - the allow-list's shape, shared by cmdline.c (which
 * filters the user's arguments) and cmdline_opts.c (which holds the
 * tables).  Not API: only those two files include it.
 */
#ifndef HVCI_CMDLINE_INT_H
#define HVCI_CMDLINE_INT_H

/* How an option takes its value. */
enum form {
	FLAG,   /* exactly the name */
	JOINED, /* the name, then the value in the same argument */
	SEP,    /* exactly the name, the value in the next argument */
	JOS,    /* joined, or separate when the argument is just the name */
	PSEP,   /* any argument starting with the name; the next one is its value */
};

/* What becomes of it. */
enum what {
	KEEP,    /* as written (a cl option with '/') */
	DEFINE,  /* -D -U /D /U: kept joined with a non-empty value */
	INCDIR,  /* an include directory, made absolute */
	FORCED,  /* a forced include, kept when it names a regular file */
	LANG,    /* -x LANG */
	TARGET,  /* --target= / -target */
	SYSROOT, /* a directory only read, made absolute */
	SRCLANG, /* /Tc /Tp: the file analysed in C or C++ */
	QUIET,   /* dropped without a warning: the object file */
	DROP,    /* dropped, with its value when it takes one */
};

/* What a kept value may contain. */
enum chars { ANY, WORD, IDENT, DIGITS };

typedef struct {
	const char *name;
	unsigned char form, what, chars;
} opt;

/* Both tables end with a NULL name. */
extern const opt hvci_cmdline__gcc_opts[];
/* cl options, written with '/'; clang-cl takes them with '-' as well. */
extern const opt hvci_cmdline__cl_opts[];

/* 1 when every byte of the value v is allowed by `chars` (enum chars). */
int hvci_cmdline__chars_ok(const char *v, int chars);
/* -f and -m options: on the lists of cmdline_opts.c; the value of an -m one is a WORD. */
int hvci_cmdline__f_or_m_ok(const char *a);
/* The longest option of the table matching a; NULL when none does. */
const opt *hvci_cmdline__lookup(const opt *table, const char *a);

#endif
