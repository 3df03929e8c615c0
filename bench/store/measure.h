#pragma once
// One read timed `runs` times: the median thread-CPU and wall milliseconds, and the size of what
// the last run returned (review_bench, view_reads_bench).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace sillok::bench {

inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Prints "<name> <cpu> ms cpu <wall> ms wall  (<size> <unit>)", the name in `width` columns.
inline void measure(const char *name, int runs, const std::function<std::size_t()> &fn, const char *unit, int width)
{
    std::vector<double> cpu, wall;
    std::size_t size = 0;
    for (int i = 0; i < runs; ++i) {
        const double c0 = threadCpuMs();
        const auto w0 = std::chrono::steady_clock::now();
        size = fn();
        wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - w0).count());
        cpu.push_back(threadCpuMs() - c0);
    }
    std::ranges::sort(cpu);
    std::ranges::sort(wall);
    std::printf("%-*s %9.2f ms cpu %9.2f ms wall  (%zu %s)\n", width, name, cpu[cpu.size() / 2], wall[wall.size() / 2],
                size, unit);
}

} // namespace sillok::bench
