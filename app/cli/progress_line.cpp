#include "progress_line.h"

#include "progress_rate.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace sillok::cli {

namespace {

std::atomic_bool g_cancel{false};

extern "C" void onInterrupt(int)
{
    g_cancel.store(true);
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends the process
}

} // namespace

std::string formatDuration(double seconds)
{
    const long s = seconds < 0 ? 0 : static_cast<long>(seconds + 0.5);
    char buf[48];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld h %02ld min", s / 3600, (s % 3600) / 60);
    else if (s >= 60)
        std::snprintf(buf, sizeof buf, "%ld min %02ld s", s / 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld s", s);
    return buf;
}

ProgressLine::ProgressLine(const char *verb, bool enabled)
    : m_verb(verb), m_enabled(enabled && isatty(STDERR_FILENO) != 0), m_start(std::chrono::steady_clock::now()),
      m_lastDraw(m_start)
{
    g_cancel.store(false);
    std::signal(SIGINT, onInterrupt);
}

ProgressLine::~ProgressLine()
{
    clear();
    std::signal(SIGINT, SIG_DFL);
}

const std::atomic_bool *ProgressLine::cancelFlag()
{
    return &g_cancel;
}

void ProgressLine::update(int done, int total)
{
    if (!m_enabled)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (done < total && now - m_lastDraw < std::chrono::milliseconds(200))
        return;
    m_lastDraw = now;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    const double rate = elapsed > 0 ? done / elapsed : 0;
    if (!app::rateSettled(done, total, elapsed))
        std::fprintf(stderr, "\r\033[K%s %d/%d", m_verb, done, total);
    else
        std::fprintf(stderr, "\r\033[K%s %d/%d · %.0f articles/s · %s left", m_verb, done, total, rate,
                     rate > 0 && done > 0 ? formatDuration((total - done) / rate).c_str() : "…");
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressLine::clear()
{
    if (m_drawn) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }
}

} // namespace sillok::cli
