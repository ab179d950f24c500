/*
 * pe.c - parses the parts of a PE32 / PE32+ image the HVCI checks read:
 * DOS and NT headers, data directories, section table, import descriptors
 * and base relocation blocks.  All reads go through rd_*() helpers that
 * check the offset against the buffer with overflow-safe arithmetic, so a
 * hostile file can only produce an HVCI_EIMAGE error.  It does not judge
 * HVCI compatibility (check_image.c does), does not read the file itself,
 * and does not follow exports, resources or the COFF string table.
 */
#include "image/pe.h"

#include "hvcilint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 1 when [off, off+len) lies inside the buffer; written so it cannot overflow. */
static int in_file(const pe_image *img, size_t off, size_t len)
{
	return off <= img->size && len <= img->size - off;
}

static uint16_t get16(const uint8_t *p)
{
	return (uint16_t)(p[0] | (p[1] << 8));
}

static uint32_t get32(const uint8_t *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
	       ((uint32_t)p[3] << 24);
}

static uint64_t get64(const uint8_t *p)
{
	return (uint64_t)get32(p) | ((uint64_t)get32(p + 4) << 32);
}

/*
 * The checked readers.  Callers validate a whole structure with in_file()
 * first and then read its fields, but every field read checks again: a
 * forgotten range check then costs a wrong error, never an overread.
 */
static int rd16(const pe_image *img, size_t off, uint16_t *v)
{
	if (!in_file(img, off, 2))
		return -1;
	*v = get16(img->data + off);
	return 0;
}

static int rd32(const pe_image *img, size_t off, uint32_t *v)
{
	if (!in_file(img, off, 4))
		return -1;
	*v = get32(img->data + off);
	return 0;
}

static int rd64(const pe_image *img, size_t off, uint64_t *v)
{
	if (!in_file(img, off, 8))
		return -1;
	*v = get64(img->data + off);
	return 0;
}

/* Extent of a section in memory: VirtualSize, or the raw size when a linker left it 0. */
static uint32_t sec_extent(const pe_section *s)
{
	return s->virtual_size ? s->virtual_size : s->raw_size;
}

const pe_section *pe_section_for_rva(const pe_image *img, uint32_t rva)
{
	for (size_t i = 0; i < img->n_sections; i++) {
		const pe_section *s = &img->sections[i];
		if (rva >= s->virtual_address && rva - s->virtual_address < sec_extent(s))
			return s;
	}
	return NULL;
}

/*
 * File offset of `len` bytes at `rva`, when they are all backed by file
 * bytes (headers or one section's raw data).  Bytes past SizeOfRawData
 * are zeros in memory but not in the file; the structures we read are
 * never legitimately there, so such an RVA counts as unmapped.
 */
static int rva_to_off(const pe_image *img, uint32_t rva, size_t len, size_t *off)
{
	if (img->n_sections == 0 || rva < img->sections[0].virtual_address) {
		if (rva < img->size_of_headers && len <= (size_t)img->size_of_headers - rva &&
		    in_file(img, rva, len)) {
			*off = rva;
			return 0;
		}
	}
	for (size_t i = 0; i < img->n_sections; i++) {
		const pe_section *s = &img->sections[i];
		if (rva < s->virtual_address)
			continue;
		uint32_t delta = rva - s->virtual_address;
		if (delta >= s->raw_size || len > (size_t)(s->raw_size - delta))
			continue;
		size_t o = (size_t)s->raw_ptr + delta;
		if (!in_file(img, o, len))
			return -1;
		*off = o;
		return 0;
	}
	return -1;
}

static void sanitize_name(char out[9], const uint8_t *raw)
{
	size_t i;
	for (i = 0; i < 8 && raw[i]; i++)
		out[i] = (raw[i] >= 0x20 && raw[i] < 0x7f && raw[i] != '\'') ? (char)raw[i] : '?';
	out[i] = '\0';
}

/*
 * A NUL-terminated string at `rva` of at most PE_MAX_NAME bytes, returned
 * as a pointer into the buffer.  Borrowing keeps a file whose thunks all
 * point at one long name from costing memory per thunk.
 */
static int rd_name(const pe_image *img, uint32_t rva, const char **out, size_t *off_out)
{
	size_t off;
	if (rva_to_off(img, rva, 1, &off) != 0)
		return -1;
	*off_out = off;
	size_t avail = img->size - off;
	size_t lim = avail < PE_MAX_NAME + 1 ? avail : PE_MAX_NAME + 1;
	const uint8_t *nul = memchr(img->data + off, 0, lim);
	if (!nul || nul == img->data + off)
		return -2;
	*out = (const char *)(img->data + off);
	return 0;
}

static int fail(const char *path, size_t off, const char *what, const char *todo)
{
	return hvci_error_set(HVCI_EIMAGE, "%s: %s at offset 0x%zx; %s", path, what, off, todo);
}

static int oom(const char *path)
{
	return hvci_error_set(HVCI_ERROR, "%s: out of memory while reading the image", path);
}

#define REBUILD "the file is damaged or not a linked image: rebuild it"

static int parse_headers(pe_image *img, const char *path, size_t *sec_table, unsigned *n_secs)
{
	if (img->size < 0x40)
		return hvci_error_set(HVCI_EIMAGE,
		                      "%s: file is %zu bytes, too short for a DOS header at offset "
		                      "0x0; pass a linked .sys image",
		                      path, img->size);
	if (img->data[0] != 'M' || img->data[1] != 'Z')
		return fail(path, 0, "no 'MZ' signature",
		            "this is not a PE image: pass a linked .sys");
	uint32_t lfanew = 0;
	(void)rd32(img, 0x3c, &lfanew);
	if (!in_file(img, lfanew, 24))
		return hvci_error_set(HVCI_EIMAGE,
		                      "%s: PE header offset 0x%x (e_lfanew at offset 0x3c) is past "
		                      "the end of the %zu-byte file; " REBUILD,
		                      path, lfanew, img->size);
	if (memcmp(img->data + lfanew, "PE\0\0", 4) != 0)
		return fail(path, lfanew, "no 'PE' signature",
		            "this is a DOS or other MZ program, not a PE image");
	size_t coff = (size_t)lfanew + 4;
	uint16_t nsec = 0, opt_size = 0;
	(void)rd16(img, coff, &img->machine);
	(void)rd16(img, coff + 2, &nsec);
	(void)rd16(img, coff + 16, &opt_size);
	if (nsec == 0 || nsec > PE_MAX_SECTIONS)
		return hvci_error_set(
		    HVCI_EIMAGE,
		    "%s: NumberOfSections %u at offset 0x%zx is outside 1..%d; " REBUILD, path,
		    nsec, coff + 2, PE_MAX_SECTIONS);
	size_t opt = coff + 20;
	uint16_t magic = 0;
	if (opt_size < 2 || !in_file(img, opt, opt_size) || rd16(img, opt, &magic) != 0)
		return hvci_error_set(
		    HVCI_EIMAGE,
		    "%s: optional header of %u bytes at offset 0x%zx does not fit "
		    "in the %zu-byte file; " REBUILD,
		    path, opt_size, opt, img->size);
	size_t fixed, ndirs_off;
	if (magic == 0x10b) {
		fixed = 96;
		ndirs_off = opt + 92;
	} else if (magic == 0x20b) {
		img->pe32plus = 1;
		fixed = 112;
		ndirs_off = opt + 108;
	} else {
		return hvci_error_set(
		    HVCI_EIMAGE,
		    "%s: optional header magic 0x%x at offset 0x%zx is neither PE32 "
		    "(0x10b) nor PE32+ (0x20b); " REBUILD,
		    path, magic, opt);
	}
	if (opt_size < fixed)
		return hvci_error_set(
		    HVCI_EIMAGE,
		    "%s: SizeOfOptionalHeader %u at offset 0x%zx is smaller than the "
		    "%zu bytes a %s header needs; " REBUILD,
		    path, opt_size, coff + 16, fixed, img->pe32plus ? "PE32+" : "PE32");
	if (img->pe32plus) {
		(void)rd64(img, opt + 24, &img->image_base);
	} else {
		uint32_t b = 0;
		(void)rd32(img, opt + 28, &b);
		img->image_base = b;
	}
	img->section_alignment_offset = opt + 32;
	(void)rd32(img, opt + 32, &img->section_alignment);
	(void)rd32(img, opt + 36, &img->file_alignment);
	(void)rd32(img, opt + 60, &img->size_of_headers);
	uint32_t ndirs = 0;
	(void)rd32(img, ndirs_off, &ndirs);
	/*
	 * The loader reads at most 16 directories whatever the count says; a
	 * larger count is only wrong when the header is too small to hold
	 * the directories it claims.
	 */
	if (ndirs > (opt_size - fixed) / 8)
		return hvci_error_set(
		    HVCI_EIMAGE,
		    "%s: NumberOfRvaAndSizes %u at offset 0x%zx needs more than the "
		    "%u-byte optional header; " REBUILD,
		    path, ndirs, ndirs_off, opt_size);
	if (ndirs > PE_NUM_DIRS)
		ndirs = PE_NUM_DIRS;
	img->dirs_offset = opt + fixed;
	for (uint32_t i = 0; i < ndirs; i++) {
		(void)rd32(img, opt + fixed + 8 * i, &img->dirs[i].rva);
		(void)rd32(img, opt + fixed + 8 * i + 4, &img->dirs[i].size);
	}
	*sec_table = opt + opt_size;
	*n_secs = nsec;
	return HVCI_OK;
}

static int parse_sections(pe_image *img, const char *path, size_t table, unsigned n)
{
	if (!in_file(img, table, (size_t)n * 40))
		return hvci_error_set(
		    HVCI_EIMAGE,
		    "%s: section table of %u entries at offset 0x%zx runs past the "
		    "end of the %zu-byte file; the file is truncated: rebuild it",
		    path, n, table, img->size);
	img->sections = calloc(n, sizeof *img->sections);
	if (!img->sections)
		return oom(path);
	img->n_sections = n;
	for (unsigned i = 0; i < n; i++) {
		pe_section *s = &img->sections[i];
		size_t h = table + (size_t)i * 40;
		s->header_offset = h;
		sanitize_name(s->name, img->data + h);
		(void)rd32(img, h + 8, &s->virtual_size);
		(void)rd32(img, h + 12, &s->virtual_address);
		(void)rd32(img, h + 16, &s->raw_size);
		(void)rd32(img, h + 20, &s->raw_ptr);
		(void)rd32(img, h + 36, &s->characteristics);
	}
	for (unsigned i = 0; i < n; i++) {
		const pe_section *s = &img->sections[i];
		if (sec_extent(s) == 0)
			return hvci_error_set(
			    HVCI_EIMAGE,
			    "%s: section '%s' has zero size, in the section header at "
			    "offset 0x%zx; " REBUILD,
			    path, s->name, s->header_offset);
		if (s->raw_size && !in_file(img, s->raw_ptr, s->raw_size))
			return hvci_error_set(
			    HVCI_EIMAGE,
			    "%s: raw data of section '%s' (0x%x bytes at 0x%x) runs past "
			    "the end of the %zu-byte file, in the section header at "
			    "offset 0x%zx; the file is truncated: rebuild it",
			    path, s->name, s->raw_size, s->raw_ptr, img->size, s->header_offset);
		if (sec_extent(s) > UINT32_MAX - s->virtual_address)
			return hvci_error_set(
			    HVCI_EIMAGE,
			    "%s: section '%s' extends past RVA 0xffffffff, in the section "
			    "header at offset 0x%zx; " REBUILD,
			    path, s->name, s->header_offset);
		/*
		 * The spec requires ascending, adjacent sections; the loader
		 * rejects overlap, and our RVA lookups assume there is none.
		 */
		if (i > 0) {
			const pe_section *p = &img->sections[i - 1];
			if (s->virtual_address < p->virtual_address + sec_extent(p))
				return hvci_error_set(
				    HVCI_EIMAGE,
				    "%s: section '%s' (RVA 0x%x) overlaps or precedes "
				    "section '%s' (RVA 0x%x, 0x%x bytes), in the section "
				    "header at offset 0x%zx; " REBUILD,
				    path, s->name, s->virtual_address, p->name, p->virtual_address,
				    sec_extent(p), s->header_offset);
		}
	}
	return HVCI_OK;
}

static int push_import(pe_image *img, size_t *cap, const pe_import *imp)
{
	if (img->n_imports == *cap) {
		size_t ncap = *cap ? *cap * 2 : 64;
		pe_import *n = realloc(img->imports, ncap * sizeof *n);
		if (!n)
			return -1;
		img->imports = n;
		*cap = ncap;
	}
	img->imports[img->n_imports++] = *imp;
	return 0;
}

static int parse_imports(pe_image *img, const char *path)
{
	const pe_dir *d = &img->dirs[PE_DIR_IMPORT];
	if (d->rva == 0 || d->size == 0)
		return HVCI_OK;
	size_t desc;
	if (rva_to_off(img, d->rva, 20, &desc) != 0)
		return hvci_error_set(
		    HVCI_EIMAGE,
		    "%s: import directory RVA 0x%x (data directory 1) at offset 0x%zx "
		    "is not inside any section's file data; " REBUILD,
		    path, d->rva, img->dirs_offset + 8 * PE_DIR_IMPORT);
	size_t cap = 0;
	size_t tsize = img->pe32plus ? 8 : 4;
	/*
	 * Descriptors and thunks are arrays in RVA space: each element is
	 * mapped on its own, so an array running off its section's file data
	 * is an error rather than a read of whatever follows in the file.
	 */
	for (unsigned n = 0;; n++) {
		uint32_t ilt = 0, name_rva = 0, iat = 0;
		size_t dpos;
		if (n >= PE_MAX_IMPORT_DLLS)
			return fail(path, desc, "more than 4096 import descriptors",
			            "the import table is damaged: rebuild the image");
		uint64_t drva = (uint64_t)d->rva + (uint64_t)n * 20;
		if (drva > UINT32_MAX || rva_to_off(img, (uint32_t)drva, 20, &dpos) != 0)
			return fail(path, desc,
			            "import descriptors run past the section's file data",
			            "the import table is damaged: rebuild the image");
		(void)rd32(img, dpos, &ilt);
		(void)rd32(img, dpos + 12, &name_rva);
		(void)rd32(img, dpos + 16, &iat);
		if (ilt == 0 && name_rva == 0 && iat == 0)
			break;
		const char *dll;
		size_t noff = dpos + 12;
		int r = rd_name(img, name_rva, &dll, &noff);
		if (r != 0)
			return fail(path, r == -1 ? dpos + 12 : noff,
			            r == -1 ? "import DLL name RVA is outside the file data"
			                    : "import DLL name is empty or longer than 512 bytes",
			            "the import table is damaged: rebuild the image");
		/* Bound linkers leave the name table out and only keep the IAT. */
		uint32_t table = ilt ? ilt : iat;
		size_t toff;
		if (rva_to_off(img, table, tsize, &toff) != 0)
			return fail(path, dpos, "import lookup table RVA is outside the file data",
			            "the import table is damaged: rebuild the image");
		for (uint32_t k = 0;; k++) {
			size_t tpos;
			uint64_t t = 0;
			uint64_t trva = (uint64_t)table + (uint64_t)k * tsize;
			if (trva > UINT32_MAX || rva_to_off(img, (uint32_t)trva, tsize, &tpos) != 0)
				return fail(path, toff,
				            "import lookup table runs past the section's file data",
				            "the import table is damaged: rebuild the image");
			if (img->pe32plus) {
				(void)rd64(img, tpos, &t);
			} else {
				uint32_t t32 = 0;
				(void)rd32(img, tpos, &t32);
				t = t32;
			}
			if (t == 0)
				break;
			if (img->n_imports >= PE_MAX_IMPORTS)
				return fail(path, tpos, "more than 65536 imported functions",
				            "the import table is damaged: rebuild the image");
			pe_import imp = {dll, NULL, 0, 0};
			uint64_t slot = (uint64_t)iat + (uint64_t)k * tsize;
			imp.iat_rva = slot > UINT32_MAX ? UINT32_MAX : (uint32_t)slot;
			uint64_t ord_flag = img->pe32plus ? (1ull << 63) : (1ull << 31);
			if (t & ord_flag) {
				imp.ordinal = (uint16_t)(t & 0xffff);
			} else {
				size_t hoff = tpos;
				r = rd_name(img, (uint32_t)(t & 0x7fffffffu) + 2, &imp.name, &hoff);
				if (r != 0)
					return fail(
					    path, r == -1 ? tpos : hoff,
					    r == -1
					        ? "import name RVA is outside the file data"
					        : "import name is empty or longer than 512 bytes",
					    "the import table is damaged: rebuild the image");
			}
			if (push_import(img, &cap, &imp) != 0)
				return oom(path);
		}
	}
	return HVCI_OK;
}

static int parse_relocs(pe_image *img, const char *path)
{
	const pe_dir *d = &img->dirs[PE_DIR_BASERELOC];
	if (d->rva == 0 || d->size == 0)
		return HVCI_OK;
	size_t base;
	if (rva_to_off(img, d->rva, d->size, &base) != 0)
		return hvci_error_set(
		    HVCI_EIMAGE,
		    "%s: base relocation directory (RVA 0x%x, 0x%x bytes; data "
		    "directory 5 at offset 0x%zx) is not inside one section's file "
		    "data; " REBUILD,
		    path, d->rva, d->size, img->dirs_offset + 8 * PE_DIR_BASERELOC);
	/* Each entry is 2 bytes, so the directory size bounds the count. */
	img->relocs = malloc((d->size / 2 + 1) * sizeof *img->relocs);
	if (!img->relocs)
		return oom(path);
	size_t pos = 0;
	while (pos < d->size) {
		uint32_t page = 0, bsize = 0;
		size_t boff = base + pos;
		if (d->size - pos < 8)
			return fail(path, boff, "base relocation block header is cut off",
			            "the relocation table is damaged: rebuild the image");
		(void)rd32(img, boff, &page);
		(void)rd32(img, boff + 4, &bsize);
		/* Some linkers pad the table with an empty block: it ends the list. */
		if (page == 0 && bsize == 0)
			break;
		if (bsize < 8 || bsize % 2 != 0 || bsize > d->size - pos) {
			char what[128];
			snprintf(what, sizeof what,
			         "base relocation block for page 0x%x has bad size 0x%x", page,
			         bsize);
			return fail(
			    path, boff + 4, what,
			    "a block is at least 8 bytes, even, and inside the directory: rebuild "
			    "the image");
		}
		for (size_t e = 8; e < bsize; e += 2) {
			uint16_t ent = 0;
			(void)rd16(img, boff + e, &ent);
			unsigned type = ent >> 12;
			uint64_t rva = (uint64_t)page + (ent & 0xfff);
			if (type == PE_REL_ABSOLUTE)
				continue;
			if (type == PE_REL_HIGHADJ)
				e += 2; /* its low half rides in the next entry */
			if (rva > UINT32_MAX)
				return fail(path, boff + e,
				            "base relocation target is past RVA 0xffffffff",
				            "the relocation table is damaged: rebuild the image");
			pe_reloc *r = &img->relocs[img->n_relocs++];
			r->rva = (uint32_t)rva;
			r->type = (uint8_t)type;
		}
		pos += bsize;
	}
	return HVCI_OK;
}

int pe_parse(pe_image *img, const uint8_t *data, size_t size, const char *path)
{
	memset(img, 0, sizeof *img);
	img->data = data;
	img->size = data ? size : 0;
	size_t table = 0;
	unsigned n = 0;
	int rc = parse_headers(img, path, &table, &n);
	if (rc == HVCI_OK)
		rc = parse_sections(img, path, table, n);
	if (rc == HVCI_OK)
		rc = parse_imports(img, path);
	if (rc == HVCI_OK)
		rc = parse_relocs(img, path);
	if (rc != HVCI_OK)
		pe_free(img);
	return rc;
}

void pe_free(pe_image *img)
{
	if (!img)
		return;
	free(img->sections);
	free(img->imports);
	free(img->relocs);
	memset(img, 0, sizeof *img);
}

unsigned pe_reloc_width(const pe_image *img, unsigned type)
{
	switch (type) {
	case PE_REL_HIGH:
	case PE_REL_LOW:
		return 2;
	case PE_REL_HIGHLOW:
		return 4;
	case PE_REL_DIR64:
		return 8;
	case PE_REL_ARM_MOV32:
	case PE_REL_THUMB_MOV32:
		/* A movw/movt pair on ARM; other machines use these numbers for other things. */
		return img->machine == PE_MACHINE_ARMNT ? 8 : 0;
	default:
		return 0;
	}
}

const char *pe_reloc_type_name(unsigned type)
{
	switch (type) {
	case PE_REL_HIGH:
		return "HIGH";
	case PE_REL_LOW:
		return "LOW";
	case PE_REL_HIGHLOW:
		return "HIGHLOW";
	case PE_REL_HIGHADJ:
		return "HIGHADJ";
	case PE_REL_ARM_MOV32:
		return "MOV32";
	case PE_REL_THUMB_MOV32:
		return "THUMB_MOV32";
	case PE_REL_DIR64:
		return "DIR64";
	default:
		return "type";
	}
}

const char *pe_machine_name(uint16_t machine)
{
	switch (machine) {
	case PE_MACHINE_I386:
		return "x86";
	case PE_MACHINE_AMD64:
		return "x64";
	case PE_MACHINE_ARM64:
		return "ARM64";
	case PE_MACHINE_ARMNT:
		return "ARM";
	default:
		return "unknown machine";
	}
}
