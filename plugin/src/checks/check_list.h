/*
 * check_list.h - every check family, one row each.  Included with
 * HVCI_CHECK defined to build the registration loop in analyze.c.  Order
 * does not matter: each family owns distinct argument kinds.
 */
HVCI_CHECK(pool)          /* hvci-exec-pool: pool types, POOL_FLAGS, lookaside, heap */
HVCI_CHECK(protect)       /* hvci-exec-protect: PAGE_EXECUTE* protections */
HVCI_CHECK(mdl)           /* hvci-exec-mdl: MDL mappings without MdlMappingNoExecute */
HVCI_CHECK(api)           /* hvci-exec-api: APIs that are always executable */
HVCI_CHECK(section)       /* hvci-wx-section, hvci-iat-exec, hvci-section-align: pragmas */
HVCI_CHECK(straddle)      /* hvci-straddle-reloc: static objects with unaligned pointers */
HVCI_CHECK(code)          /* hvci-code-write, hvci-dynamic-code: code writes, data run as code */
HVCI_CHECK(image_section) /* hvci-exec-image: SEC_IMAGE sections */
HVCI_CHECK(optin)         /* hvci-nx-optin: ExInitializeDriverRuntime placement (after the walk) */
