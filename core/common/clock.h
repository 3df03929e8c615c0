#pragma once
// Clock: where the core reads the time. The Library stamps imports, annotations and decisions
// with it, and exports date their output with it, so tests pass a FixedClock and get the same
// bytes every run. SystemClock is the real one. Implementations are thread-safe.

#include <chrono>
#include <string>

namespace sillok::core {

class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;

    // now() as ISO 8601 UTC, "YYYY-MM-DDTHH:MM:SSZ".
    std::string nowUtc() const;

    // The process's system clock (a shared instance; never destroyed).
    static const Clock &system();
};

class SystemClock final : public Clock {
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

// Always the time it was given (tests).
class FixedClock final : public Clock {
public:
    explicit FixedClock(std::chrono::system_clock::time_point t) : m_time(t) {}
    std::chrono::system_clock::time_point now() const override { return m_time; }

private:
    std::chrono::system_clock::time_point m_time;
};

// ISO 8601 UTC ("YYYY-MM-DDTHH:MM:SSZ") of a time point.
std::string formatUtc(std::chrono::system_clock::time_point t);

} // namespace sillok::core
