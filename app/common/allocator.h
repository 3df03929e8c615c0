#pragma once
// Every Sillok executable allocates through mimalloc instead of glibc's malloc, and keeps what it
// frees for a second before it goes back to the system (allocator.cpp); the GUI returns it at once.

namespace sillok::app {

// True when malloc() in this process is served by mimalloc: the executable was linked with
// sillok_allocator and the dynamic linker bound malloc to libmimalloc ahead of libc.
bool mallocIsMimalloc();

// For a process that shows a library rather than imports one (the GUI): freed memory goes back to
// the system at once instead of after a second. The views' reads come in bursts (a 10k import's
// changes, the graph, the entity names) that each free tens of MB; kept for a second they
// overlapped, and the GUI on a 100k library peaked at 437 MB RSS, against 316 MB returned at once
// (docs/performance.md, "The fourth stop of 2026-12-05"). MIMALLOC_DECOMMIT_DELAY in the
// environment still wins. Call it before the first window.
void returnFreedMemoryPromptly();

} // namespace sillok::app
