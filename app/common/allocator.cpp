// Linked as an object into every executable (app/common/CMakeLists.txt, sillok_allocator), so the
// executable names libmimalloc before libc and the dynamic linker binds malloc and free, and
// operator new and delete (libmimalloc defines them too), to mimalloc for the whole process:
// Sillok's code, SQLite, ICU, zlib, libxml2 and Qt alike.
//
// Why: in a 10k import glibc's allocator took about 13 % of every thread (_int_malloc, free,
// malloc_consolidate, unlink_chunk; the extractor's many small strings and SQLite's per-statement
// buffers). mimalloc cut the writer's CPU by 18 % and the workers' by 10 % in the same run
// (docs/performance.md, "The allocator").
//
// And one option: mimalloc returns freed memory to the system 25 ms after it is freed, and an
// import frees and allocates again all the time (each batch's prepared articles, SQLite's buffers),
// so a second 10k batch faulted some 90,000 pages back in. Kept for a second: 64,000 (most of them
// the page cache filling once), and the batch's system time fell from 2.4 to 2.1 s, for 6-9 MB more
// peak RSS (docs/performance.md, "The second stop of 2026-12-05"). MIMALLOC_DECOMMIT_DELAY in
// the environment still wins.
#include "allocator.h"

#include <mimalloc.h>

#include <cstdlib>

namespace sillok::app {

namespace {

constexpr long kDecommitDelayMs = 1000;
// The GUI's import or re-extraction (keepFreedMemoryForBulkWork): a quarter of a second keeps a
// batch's buffers for the next one as well, and holds less beside the views (a 100k
// re-extraction in the GUI: 322-328 MB with a second, 296-305 MB with this).
constexpr long kBulkWorkDelayMs = 250;

// Runs when the executable starts (this object is in every executable); mimalloc reads an
// option each time it decommits, so setting it here holds from the first free.
[[maybe_unused]] const bool decommitDelaySet = [] {
    if (std::getenv("MIMALLOC_DECOMMIT_DELAY") == nullptr) // NOLINT(concurrency-mt-unsafe): before any thread
        mi_option_set(mi_option_decommit_delay, kDecommitDelayMs);
    return true;
}();

} // namespace

void returnFreedMemoryPromptly()
{
    keepFreedMemoryForBulkWork(false);
}

void keepFreedMemoryForBulkWork(bool keep)
{
    if (std::getenv("MIMALLOC_DECOMMIT_DELAY") == nullptr) // NOLINT(concurrency-mt-unsafe): read only
        mi_option_set(mi_option_decommit_delay, keep ? kBulkWorkDelayMs : 0);
}

bool mallocIsMimalloc()
{
    void *p = std::calloc(1, 64); // calloc: GCC 12 takes a malloc block passed as const void* as a read
    const bool ours = mi_is_in_heap_region(p);
    std::free(p);
    return ours;
}

} // namespace sillok::app
