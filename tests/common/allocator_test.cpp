// The executables allocate through mimalloc (app/common/allocator.cpp). The tests are linked like
// every other executable (top-level CMakeLists.txt, sillok_link_allocator), so if the link stops
// putting libmimalloc ahead of libc — a dropped dependency, a reordered link, --as-needed — this
// fails, and with it the benches' claim to measure what ships.
#include "allocator.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>

#include <mimalloc.h>

TEST(Allocator, MallocIsServedByMimalloc)
{
    EXPECT_TRUE(sillok::app::mallocIsMimalloc());
}

TEST(Allocator, OperatorNewGoesThroughMimallocToo)
{
    // libmimalloc defines operator new and delete as well, ahead of libstdc++'s.
    auto block = std::make_unique<char[]>(4096);
    const std::string text(1000, 'x'); // past the small-string buffer: a heap allocation
    EXPECT_TRUE(mi_is_in_heap_region(block.get()));
    EXPECT_TRUE(mi_is_in_heap_region(text.data()));
}

TEST(Allocator, FreedMemoryIsKeptForASecondBeforeItGoesBack)
{
    // mimalloc's own default is 25 ms; the import faults its freed pages back in without the second.
    // A delay given in the environment wins.
    const char *given = std::getenv("MIMALLOC_DECOMMIT_DELAY"); // NOLINT(concurrency-mt-unsafe)
    const long expected = given == nullptr ? 1000 : std::strtol(given, nullptr, 10);
    EXPECT_EQ(mi_option_get(mi_option_decommit_delay), expected);
}

TEST(Allocator, AProcessThatShowsALibraryReturnsFreedMemoryAtOnce)
{
    // The GUI (app/gui/main.cpp): its views' reads come in bursts that overlapped within a second.
    const long before = mi_option_get(mi_option_decommit_delay);
    sillok::app::returnFreedMemoryPromptly();
    const char *given = std::getenv("MIMALLOC_DECOMMIT_DELAY"); // NOLINT(concurrency-mt-unsafe)
    EXPECT_EQ(mi_option_get(mi_option_decommit_delay), given == nullptr ? 0 : before);
    mi_option_set(mi_option_decommit_delay, before); // as the other tests expect it
}
