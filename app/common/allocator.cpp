// Linked as an object into every executable (app/common/CMakeLists.txt, sillok_allocator), so the
// executable names libmimalloc before libc and the dynamic linker binds malloc and free, and
// operator new and delete (libmimalloc defines them too), to mimalloc for the whole process:
// Sillok's code, SQLite, ICU, zlib, libxml2 and Qt alike.
//
// Why: in a 10k import glibc's allocator took about 13 % of every thread (_int_malloc, free,
// malloc_consolidate, unlink_chunk; the extractor's many small strings and SQLite's per-statement
// buffers). mimalloc cut the writer's CPU by 18 % and the workers' by 10 % in the same run
// (docs/performance.md, "The allocator").
#include "allocator.h"

#include <mimalloc.h>

#include <cstdlib>

namespace sillok::app {

bool mallocIsMimalloc()
{
    void *p = std::calloc(1, 64); // calloc: GCC 12 takes a malloc block passed as const void* as a read
    const bool ours = mi_is_in_heap_region(p);
    std::free(p);
    return ours;
}

} // namespace sillok::app
