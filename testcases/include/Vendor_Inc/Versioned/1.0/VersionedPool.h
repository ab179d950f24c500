/* A header a driver includes through a versioned folder, spelled with
 * backslashes and in another case (<versioned\1.0\versionedpool.h>). */
#pragma once
#define VERSIONED_POOL NonPagedPool
