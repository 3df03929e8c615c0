#include "common/clock.h"

#include <ctime>

namespace sillok::core {

std::string formatUtc(std::chrono::system_clock::time_point t)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string Clock::nowUtc() const
{
    return formatUtc(now());
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace sillok::core
