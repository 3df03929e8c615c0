#include "common/ordered_pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace sillok::core;

namespace {

// A result that records the thread that destroyed it (while it still held its value).
struct Tracked {
    std::size_t index = 0;
    std::vector<std::thread::id> *destroyedBy = nullptr; // one per index
    Tracked() = default;
    Tracked(std::size_t i, std::vector<std::thread::id> *log) : index(i), destroyedBy(log) {}
    Tracked(Tracked &&other) noexcept : index(other.index), destroyedBy(std::exchange(other.destroyedBy, nullptr)) {}
    Tracked &operator=(Tracked &&other) noexcept
    {
        index = other.index;
        destroyedBy = std::exchange(other.destroyedBy, nullptr);
        return *this;
    }
    ~Tracked()
    {
        if (destroyedBy)
            (*destroyedBy)[index] = std::this_thread::get_id();
    }
};

} // namespace

TEST(OrderedPipeline, ConsumesEveryIndexInOrder)
{
    for (int workers : {0, 1, 2, 4}) {
        std::vector<std::size_t> seen;
        const std::size_t done = runOrdered<std::size_t>(
            500, workers, 3, [](std::size_t i) { return i * 2; },
            [&](std::size_t i, std::size_t &&r) {
                EXPECT_EQ(r, i * 2);
                seen.push_back(i);
                return true;
            });
        EXPECT_EQ(done, 500u);
        ASSERT_EQ(seen.size(), 500u) << workers;
        for (std::size_t i = 0; i < seen.size(); ++i)
            EXPECT_EQ(seen[i], i);
    }
}

TEST(OrderedPipeline, StopsWhenTheConsumerSaysSo)
{
    std::atomic<std::size_t> produced{0};
    const std::size_t done = runOrdered<int>(
        10'000, 2, 8,
        [&](std::size_t) {
            ++produced;
            return 1;
        },
        [](std::size_t i, int &&) { return i < 9; });
    EXPECT_EQ(done, 10u);
    EXPECT_LE(produced.load(), 10u + 8u + 2u); // the window bounds how far the workers ran ahead
}

// The workers never run more than `window` results ahead of the consumer.
TEST(OrderedPipeline, WindowBoundsTheResultsInFlight)
{
    std::atomic<std::size_t> consumedCount{0};
    std::atomic<std::size_t> furthest{0};
    runOrdered<int>(
        2'000, 2, 5,
        [&](std::size_t i) {
            const std::size_t ahead = i - consumedCount.load();
            std::size_t seen = furthest.load();
            while (ahead > seen && !furthest.compare_exchange_weak(seen, ahead)) {
            }
            return 0;
        },
        [&](std::size_t, int &&) {
            ++consumedCount;
            return true;
        });
    EXPECT_LE(furthest.load(), 5u); // the one being consumed is counted only when consume returns
}

// A consumed result is freed by a worker, not by the consumer (the import's writer): apart from
// the last few of a run, when the workers have finished, none is destroyed on the calling thread.
TEST(OrderedPipeline, WorkersDestroyTheConsumedResults)
{
    constexpr std::size_t kCount = 1'000;
    std::vector<std::thread::id> destroyedBy(kCount);
    const std::thread::id consumer = std::this_thread::get_id();
    runOrdered<Tracked>(
        kCount, 2, 8, [&](std::size_t i) { return Tracked(i, &destroyedBy); },
        [&](std::size_t i, Tracked &&t) {
            EXPECT_EQ(t.index, i);
            return true;
        });
    std::size_t onConsumer = 0;
    for (const std::thread::id &id : destroyedBy) {
        EXPECT_NE(id, std::thread::id()) << "a result never destroyed";
        onConsumer += id == consumer ? 1 : 0;
    }
    EXPECT_LE(onConsumer, 8u + 2u + 1u);
}

TEST(OrderedPipeline, AConsumerThatThrowsStopsTheWorkers)
{
    EXPECT_THROW(runOrdered<int>(
                     10'000, 2, 4, [](std::size_t) { return 0; },
                     [](std::size_t i, int &&) -> bool {
                         if (i == 50)
                             throw std::runtime_error("stop");
                         return true;
                     }),
                 std::runtime_error);
}

TEST(OrderedPipeline, WorkersRunBelowTheConsumer)
{
    const int base = threadNiceness();
    std::mutex mutex;
    std::set<int> seen; // the workers' nice values
    runOrdered<int>(
        64, 2, 4,
        [&](std::size_t) {
            const std::lock_guard lock(mutex);
            seen.insert(threadNiceness());
            return 0;
        },
        [&](std::size_t, int &&) {
            EXPECT_EQ(threadNiceness(), base); // the consumer keeps its priority
            return true;
        },
        nullptr, 3);
    EXPECT_EQ(seen, std::set<int>{std::min(base + 3, 19)});
    EXPECT_EQ(threadNiceness(), base);
}

// A consumer that caught up with the workers is woken when a run of half the window is in, not at
// each result. The first result takes 200 ms and the next ones 1 ms each: woken at each result, the
// consumer would take the first while the second was still being made.
TEST(OrderedPipeline, ACaughtUpConsumerWaitsForARunOfResults)
{
    std::atomic<std::size_t> produced{0};
    std::vector<std::size_t> producedAtConsume;
    runOrdered<int>(
        12, 1, 8,
        [&](std::size_t i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(i == 0 ? 200 : 1));
            ++produced;
            return static_cast<int>(i);
        },
        [&](std::size_t, int &&) {
            producedAtConsume.push_back(produced.load());
            return true;
        });
    ASSERT_EQ(producedAtConsume.size(), 12u);
    EXPECT_GE(producedAtConsume[0], 4u); // results 0-3 were in before the first was consumed
    EXPECT_EQ(produced.load(), 12u);
}

TEST(OrderedPipeline, CountsWhereItStoodStill)
{
    // A slow consumer: the workers fill the window of 2 and wait for it.
    PipelineWaits slowConsumer;
    runOrdered<int>(
        12, 2, 2, [](std::size_t i) { return static_cast<int>(i); },
        [](std::size_t, int &&) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return true;
        },
        &slowConsumer);
    EXPECT_GT(slowConsumer.workersNanos.load(), 0);

    // Slow workers: the consumer waits for each result.
    PipelineWaits slowWorkers;
    runOrdered<int>(
        6, 1, 2,
        [](std::size_t i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return static_cast<int>(i);
        },
        [](std::size_t, int &&) { return true; }, &slowWorkers);
    EXPECT_GT(slowWorkers.consumerNanos.load(), 5'000'000); // at least the wait for the first one
}
