#pragma once
// The one door from a test to the shared/ folder (scraped seeds, analysts' gold, date corpora,
// scorers), and the one rule for when it is absent:
//   - CI always has it, so with CI=true (also "1") a missing folder FAILS the test;
//   - on a newcomer's clone without it, the test SKIPS with a message saying where it looked.
// The folder is $SILLOK_SHARED_DIR when set (also handy to try both cases), else the configured
// one (cmake -DSILLOK_SHARED_DIR=..., default ../shared next to the repository). The ctest
// scripts follow the same rule through tests/shared_dir.py and tests/cli/run_score_search.sh.

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

namespace sillok::test {

inline std::filesystem::path sharedDir()
{
    if (const char *env = std::getenv("SILLOK_SHARED_DIR"); env && *env)
        return env;
    return SILLOK_DEFAULT_SHARED_DIR;
}

// True when the CI variable says this is a CI run ("true" or "1", any case).
inline bool isCiRun()
{
    const char *ci = std::getenv("CI");
    if (!ci)
        return false;
    std::string v(ci);
    for (char &c : v)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return v == "true" || v == "1";
}

inline std::string sharedMissingMessage(const std::filesystem::path &missing)
{
    return "shared folder not found: " + missing.string()
        + (isCiRun() ? " — CI=true, and CI always has ../shared: failing"
                     : " — skipped (clone or link it next to the repository as ../shared, or set SILLOK_SHARED_DIR)");
}

} // namespace sillok::test

// In a test body or SetUp(): declares `var` = sharedDir() / relative; when it does not exist,
// FAILs under CI=true and SKIPs otherwise (both return from the function).
#define SILLOK_REQUIRE_SHARED(var, relative)                                                   \
    const std::filesystem::path var = ::sillok::test::sharedDir() / (relative);               \
    do {                                                                                       \
        if (!std::filesystem::exists(var)) {                                                   \
            if (::sillok::test::isCiRun())                                                     \
                FAIL() << ::sillok::test::sharedMissingMessage(var);                           \
            else                                                                               \
                GTEST_SKIP() << ::sillok::test::sharedMissingMessage(var);                     \
        }                                                                                      \
    } while (false)

// In a test body: when `present` is false (a tool the test runs is missing, e.g. python3 with
// networkx), FAILs with `what` (say how to install it). Never a skip: the tools are the
// project's build dependencies (scripts/deps.sh installs them), and a check that does not run
// must not pass. Only a missing ../shared skips (SILLOK_REQUIRE_SHARED).
#define SILLOK_REQUIRE_TOOL(present, what)                                          \
    do {                                                                            \
        if (!(present))                                                             \
            FAIL() << what << " — a test dependency (scripts/deps.sh installs it)"; \
    } while (false)
