#pragma once
// runOrdered: a bounded, ordered producer/consumer pipeline on std::jthread.
//
// `workers` threads call produce(i) for i = 0, 1, … count-1 (each index exactly once, in any
// order, concurrently); the calling thread receives the results through consume(i, result) in
// index order, one at a time. At most `window` results are in flight (produced or being produced
// but not yet consumed): a worker that would run further ahead waits, so memory stays bounded
// whatever the speed of the consumer (backpressure).
//
// consume returns false to stop early: no new index is started after that, the workers finish
// the item they hold and are joined before runOrdered returns. `produce` must not throw (wrap it:
// a throwing producer terminates the process, as any exception leaving a thread does); consume
// may throw, and the workers are stopped and joined before the exception propagates.
//
// A consumer that has caught up with the workers waits until the next half window of results is
// in (or the rest, at the end), then takes them one after another: it is woken once a run rather
// than once a result (fewer switches between threads, warmer caches on both sides).
//
// A consumed result is destroyed by the next worker that takes an index, not by the consumer:
// freeing what a worker built costs the consumer (the import's one writer) CPU and takes the
// worker's malloc arena lock; the worker frees into its own arena. Results still in flight when
// the run ends (and the last few consumed ones) are destroyed on the calling thread.
//
// Returns the number of results consumed. workers <= 0 means produce runs on the calling thread,
// interleaved with consume (no threads).
//
// `workerNiceness` > 0 runs the workers that many nice steps below the calling thread (Linux;
// common/thread_priority.h). With one consumer fed by several workers on as many cores, the
// consumer then has a core whenever it has work: at equal priority it gets only its equal share
// of the cores, falls behind, the window fills, the workers stop and a core stands idle while
// the consumer alone catches up.
//
// `waits`, when given, receives where the threads stood still: the workers' time waiting for room
// in the window (the consumer is behind: a core may be idle) and the consumer's time waiting for
// the next result in order (the workers are behind), in nanoseconds of wall time.

#include "common/thread_priority.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace sillok::core {

struct PipelineWaits {
    std::atomic<std::int64_t> workersNanos{0};  // summed over the workers: no room in the window
    std::atomic<std::int64_t> consumerNanos{0}; // the next result in order was not ready
};

namespace detail {
// Waits on `cv` until `ready`, adding the time it stood still to `total` (when given).
template <class Ready>
void timedWait(std::condition_variable &cv, std::unique_lock<std::mutex> &lock, const Ready &ready,
               std::atomic<std::int64_t> *total)
{
    if (ready())
        return;
    const auto start = std::chrono::steady_clock::now();
    cv.wait(lock, ready);
    if (total)
        *total +=
            std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
}

// True when every slot of indexes [from, end) holds a result (slot of index j: j % size).
template <class T>
bool allFilled(const std::vector<std::optional<T>> &slots, std::size_t from, std::size_t end)
{
    for (std::size_t j = from; j < end; ++j) {
        if (!slots[j % slots.size()].has_value())
            return false;
    }
    return true;
}
} // namespace detail

template <class T>
std::size_t runOrdered(std::size_t count, int workers, std::size_t window, const std::function<T(std::size_t)> &produce,
                       const std::function<bool(std::size_t, T &&)> &consume, PipelineWaits *waits = nullptr,
                       int workerNiceness = 0)
{
    if (workers <= 0) {
        std::size_t done = 0;
        for (std::size_t i = 0; i < count; ++i) {
            ++done;
            if (!consume(i, produce(i)))
                break;
        }
        return done;
    }
    window = std::max<std::size_t>(window, static_cast<std::size_t>(workers));
    std::mutex mutex;
    std::condition_variable produced;  // a slot was filled
    std::condition_variable consumed;  // the consumer moved on (or stopped)
    std::vector<std::optional<T>> slots(window);
    std::vector<T> spent;      // consumed results, for a worker to destroy
    std::size_t nextIndex = 0; // next index a worker takes
    std::size_t nextToConsume = 0;
    bool stop = false;
    // The run a caught-up consumer waits for: [nextToConsume, wantedEnd), woken by the worker that
    // completes it (woken at each result, the import's writer took a core from a worker for every
    // article, ~650 times a second each, and each side found its caches cold).
    const std::size_t burst = std::max<std::size_t>(1, window / 2);
    std::size_t wantedEnd = 0; // 0: the consumer is not waiting
    const auto runReady = [&] { return detail::allFilled(slots, nextToConsume, wantedEnd); };

    auto work = [&] {
        (void)lowerThreadPriority(workerNiceness); // best effort: the run is correct without it
        std::vector<T> garbage;
        for (;;) {
            std::size_t index = 0;
            {
                std::unique_lock lock(mutex);
                detail::timedWait(
                    consumed, lock, [&] { return stop || nextIndex >= count || nextIndex < nextToConsume + window; },
                    waits ? &waits->workersNanos : nullptr);
                garbage.swap(spent); // each keeps its capacity: no allocation once warm
                if (stop || nextIndex >= count)
                    return; // the lock is released before garbage is destroyed
                index = nextIndex++;
            }
            garbage.clear();
            T result = produce(index);
            bool wake = false;
            {
                std::lock_guard lock(mutex);
                slots[index % window].emplace(std::move(result));
                wake = index < wantedEnd && runReady(); // wantedEnd 0: none is waited for
            }
            if (wake)
                produced.notify_all();
        }
    };

    std::size_t done = 0;
    {
        std::vector<std::jthread> threads;
        threads.reserve(static_cast<std::size_t>(workers));
        for (int w = 0; w < workers; ++w)
            threads.emplace_back(work);
        auto halt = [&] {
            {
                std::lock_guard lock(mutex);
                stop = true;
            }
            consumed.notify_all();
        };
        try {
            std::optional<T> item;
            for (std::size_t i = 0; i < count; ++i) {
                {
                    std::unique_lock lock(mutex);
                    if (item)
                        spent.push_back(std::move(*item)); // the previous result, consumed
                    if (!slots[i % window].has_value()) {  // nextToConsume is i
                        wantedEnd = std::min(count, i + burst);
                        detail::timedWait(produced, lock, runReady, waits ? &waits->consumerNanos : nullptr);
                        wantedEnd = 0;
                    }
                    item = std::move(slots[i % window]);
                    slots[i % window].reset();
                    nextToConsume = i + 1;
                }
                consumed.notify_all();
                ++done;
                if (!consume(i, std::move(*item)))
                    break;
            }
        } catch (...) {
            halt();
            throw; // the jthreads join on the way out
        }
        halt();
    } // joined here
    return done;
}

} // namespace sillok::core
