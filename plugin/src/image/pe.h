/*
 * pe.h - a bounds-checked reader for PE32 / PE32+ images held in memory.
 *
 * It exposes only what the HVCI image checks need: the headers' alignment
 * fields, the section table, the data directories, the imports (DLL and
 * name, or ordinal) and the base relocations.  It does not resolve exports,
 * resources, debug data or COFF symbols, and it never maps or executes the
 * image.  Every offset read from the file is checked against the buffer
 * before use, so any byte string is a valid input: the result is either a
 * parsed image or an HVCI_EIMAGE error whose one-line message names the
 * file offset of the bad field.
 */
#ifndef HVCI_IMAGE_PE_H
#define HVCI_IMAGE_PE_H

#include <stddef.h>
#include <stdint.h>

/* Values from the PE/COFF specification (and ntimage.h). */
#define PE_SCN_CNT_CODE 0x00000020u
#define PE_SCN_MEM_DISCARDABLE 0x02000000u
#define PE_SCN_MEM_EXECUTE 0x20000000u
#define PE_SCN_MEM_READ 0x40000000u
#define PE_SCN_MEM_WRITE 0x80000000u

#define PE_DIR_IMPORT 1
#define PE_DIR_BASERELOC 5
#define PE_DIR_IAT 12
#define PE_NUM_DIRS 16

#define PE_REL_ABSOLUTE 0
#define PE_REL_HIGH 1
#define PE_REL_LOW 2
#define PE_REL_HIGHLOW 3
#define PE_REL_HIGHADJ 4
#define PE_REL_ARM_MOV32 5
#define PE_REL_THUMB_MOV32 7
#define PE_REL_DIR64 10

#define PE_MACHINE_I386 0x014c
#define PE_MACHINE_ARMNT 0x01c4
#define PE_MACHINE_AMD64 0x8664
#define PE_MACHINE_ARM64 0xaa64

/* The PE specification's limit; the Windows loader enforces the same. */
#define PE_MAX_SECTIONS 96
/* Far beyond any real driver; a guard against quadratic descriptor reuse. */
#define PE_MAX_IMPORT_DLLS 4096
#define PE_MAX_IMPORTS 65536
#define PE_MAX_NAME 512

typedef struct {
	char name[9]; /* NUL-terminated; unprintable bytes become '?' */
	uint32_t virtual_size;
	uint32_t virtual_address;
	uint32_t raw_size; /* SizeOfRawData */
	uint32_t raw_ptr;  /* PointerToRawData */
	uint32_t characteristics;
	size_t header_offset; /* file offset of this section header */
} pe_section;

typedef struct {
	uint32_t rva;
	uint32_t size;
} pe_dir;

typedef struct {
	const char *dll;  /* points into the image buffer, NUL-terminated */
	const char *name; /* likewise; NULL for an import by ordinal */
	uint16_t ordinal; /* valid when name is NULL */
	uint32_t iat_rva; /* RVA of the IAT slot the loader fills */
} pe_import;

typedef struct {
	uint32_t rva; /* of the patched bytes */
	uint8_t type; /* PE_REL_* */
} pe_reloc;

typedef struct {
	const uint8_t *data; /* borrowed: the caller keeps the buffer alive */
	size_t size;
	uint16_t machine;
	int pe32plus;
	uint64_t image_base;
	uint32_t section_alignment;
	uint32_t file_alignment;
	uint32_t size_of_headers;
	size_t section_alignment_offset; /* file offset of the field, for messages */
	size_t dirs_offset;              /* file offset of the data directories */
	pe_dir dirs[PE_NUM_DIRS];        /* absent directories are {0, 0} */
	pe_section *sections;
	size_t n_sections;
	pe_import *imports;
	size_t n_imports;
	pe_reloc *relocs; /* ABSOLUTE padding entries are left out */
	size_t n_relocs;
} pe_image;

/*
 * Parses `size` bytes at `data`.  `path` only names the file in messages.
 * On failure returns HVCI_EIMAGE (or HVCI_ERROR when out of memory) with
 * hvci_error_set() called, and leaves *img empty.
 */
int pe_parse(pe_image *img, const uint8_t *data, size_t size, const char *path);
void pe_free(pe_image *img);

/* The section whose virtual range holds `rva`, or NULL. */
const pe_section *pe_section_for_rva(const pe_image *img, uint32_t rva);
/* Bytes the relocation of `type` patches on this machine; 0 if unknown. */
unsigned pe_reloc_width(const pe_image *img, unsigned type);
const char *pe_reloc_type_name(unsigned type);
const char *pe_machine_name(uint16_t machine);

#endif
