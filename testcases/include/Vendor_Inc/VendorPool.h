/*
 * VendorPool.h - a header in a folder whose name the project spells in
 * another case ("vendor_inc"), as projects written on Windows do; see
 * clangcl/include_dir_case.c.
 */
#ifndef VENDORPOOL_H
#define VENDORPOOL_H

#define VENDOR_POOL NonPagedPool

#endif
