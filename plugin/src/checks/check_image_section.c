/*
 * check_image_section.c - hvci-exec-image: files mapped as executable
 * images.
 *
 * Registers on the section-attr kind (the AllocationAttributes of
 * ZwCreateSection, NtCreateSection, NtCreateSectionEx).  SEC_IMAGE
 * (0x01000000) makes the section an image whose view protections come from
 * the PE file, so the data file becomes executable code; SEC_IMAGE_NO_EXECUTE
 * (SEC_IMAGE | SEC_NOCACHE, 0x11000000) maps the image without executing it.
 * Any value with the SEC_IMAGE bit and without the 0x10000000 bit is
 * reported; the fix-it (SEC_IMAGE -> SEC_IMAGE_NO_EXECUTE) comes from
 * rules/values.yaml.  The data-scan sections (FltCreateSectionForDataScan,
 * FsRtlCreateSectionForDataScan) with an executable protection belong to this
 * rule too, but they are page-protect rows judged by check_protect.c with the
 * row's `rule:`.  What it misses: attributes computed from data it cannot
 * see, and a SEC_IMAGE mapping of a file that really is a driver image (rare
 * in drivers; suppress with a reason).
 */
#include "engine/engine.h"

#define SEC_IMAGE_BIT 0x01000000u
#define SEC_NOCACHE_BIT 0x10000000u /* with SEC_IMAGE: SEC_IMAGE_NO_EXECUTE */

static int image_exec(uint64_t v)
{
	return (v & SEC_IMAGE_BIT) != 0 && (v & SEC_NOCACHE_BIT) == 0;
}

static const hvci_words image_words = {
    "hvci-exec-image", image_exec, "maps a file as an executable image: allocation attributes",
    " lack SEC_IMAGE_NO_EXECUTE", 1};

static void check_section_attr(const hvci_site *s)
{
	hvci_report_words(s, &image_words);
}

void hvci_check_image_section_register(hvci_registry *r)
{
	hvci_register_kind(r, HVCI_K_SECTION_ATTR, check_section_attr);
	hvci_register_words(r, HVCI_K_SECTION_ATTR, &image_words);
}
