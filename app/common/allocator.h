#pragma once
// Every Sillok executable allocates through mimalloc instead of glibc's malloc, and keeps what it
// frees for a second before it goes back to the system (allocator.cpp).

namespace sillok::app {

// True when malloc() in this process is served by mimalloc: the executable was linked with
// sillok_allocator and the dynamic linker bound malloc to libmimalloc ahead of libc.
bool mallocIsMimalloc();

} // namespace sillok::app
