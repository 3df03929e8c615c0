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

// While an import or a re-extraction runs in such a process: freed memory is kept for a
// quarter of a second, as the CLI keeps it for a second (true), then returned at once again
// (false). Returned at once, every batch's buffers went back to the system and faulted in again:
// a GUI import of 20k articles spent 18 % of its CPU in the kernel (madvise, TLB shootdowns
// between the cores) against 4.5 % for the CLI, and took 36 s against the CLI's 24 s
// (docs/performance.md, "The second stop of 2026-12-07"). Callable from any thread: mimalloc
// reads the option at each decommit, a word written whole. What a thread kept goes back when the
// thread ends (mimalloc decommits an ending thread's kept pages at once) or at its next
// allocations after the switch back: so run the bulk work on a thread that ends with it, or a
// long-lived thread keeps ~60 MB until it works again.
void keepFreedMemoryForBulkWork(bool keep);

} // namespace sillok::app
