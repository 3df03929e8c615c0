#pragma once
// Every Sillok executable allocates through mimalloc instead of glibc's malloc (allocator.cpp).

namespace sillok::app {

// True when malloc() in this process is served by mimalloc: the executable was linked with
// sillok_allocator and the dynamic linker bound malloc to libmimalloc ahead of libc.
bool mallocIsMimalloc();

// How long (ms) mimalloc keeps freed memory before it returns it to the system: 1000 unless
// MIMALLOC_DECOMMIT_DELAY says otherwise (allocator.cpp says why).
long decommitDelayMs();

} // namespace sillok::app
