#pragma once
// A live progress line on stderr for long commands (import, reextract): done/total, articles per
// second and the time left, redrawn at most a few times a second with '\r'. Only when stderr is
// a terminal and the command prints no JSON: a pipe or a log file never gets control characters.
// Also catches Ctrl+C (SIGINT) for the command: the first one asks the run to stop cleanly
// (cancelFlag() becomes true); a second one ends the process the usual way.

#include <atomic>
#include <chrono>
#include <string>

namespace sillok::cli {

class ProgressLine {
public:
    // `enabled` false: draws nothing (--json); it is also off when stderr is not a terminal.
    ProgressLine(const char *verb, bool enabled);
    ~ProgressLine(); // clears the line and restores the default SIGINT handling

    // After each file. Redraws at most every 200 ms (and at the last file); the rate and the time
    // left once they say something (progress_rate.h).
    void update(int done, int total);
    // Clears the line (before printing a message or the summary).
    void clear();
    bool isEnabled() const { return m_enabled; }

    // Set by Ctrl+C while a ProgressLine exists; the command passes it as the run's cancel flag.
    static const std::atomic_bool *cancelFlag();

private:
    const char *m_verb;
    bool m_enabled = false;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
};

// "1 min 05 s", "42 s", "2 h 03 min".
std::string formatDuration(double seconds);

} // namespace sillok::cli
