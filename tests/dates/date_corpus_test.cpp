// Data-driven checks against the shared temporal-expression corpora (news conventions and
// Duckling's KO corpus), plus the self-contained copy in tests/data/dates.
#include "date_case_table.h"
#include "shared_dir.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>

namespace sillok::test {
namespace {

using Style = core::ResolveContext::Style;

// Duckling rows we believe are wrong, with the reason (reported in the closing note).
// Keyed by input text; they count as failures if we disagree, and are listed apart.
const std::map<std::string, std::string> kDisputedDuckling = {
    {"이번주 월요일", "Duckling gives 2013-02-18 (next week's Monday); with weeks starting on Monday, "
                      "this week's Monday is 2013-02-11, which is what we return"},
    {"설날", "설날 is the lunar new year (2014-01-31), not 신정 (January 1) as Duckling labels it"},
};

struct Tally {
    int pass = 0, total = 0;
    std::vector<std::string> failures, disputed;
};

Tally runTable(const std::string &path, Style style, const std::map<std::string, std::string> &disputed = {})
{
    Tally t;
    for (const DateCase &c : readDateCases(path)) {
        ++t.total;
        const std::string err = checkDateCase(c, style);
        if (err.empty()) {
            ++t.pass;
            continue;
        }
        const std::string line = "  line " + std::to_string(c.line) + " '" + c.input + "': " + err;
        if (auto it = disputed.find(c.input); it != disputed.end())
            t.disputed.push_back(line + "  [disputed: " + it->second + "]");
        else
            t.failures.push_back(line);
    }
    return t;
}

TEST(DateCorpus, SharedNewsAndDucklingTables)
{
    SILLOK_REQUIRE_SHARED(newsCases, "corpus/dates/ko_news_time_cases.tsv");
    const std::string dir = newsCases.parent_path().string() + "/";
    const Tally news = runTable(dir + "ko_news_time_cases.tsv", Style::News);
    const Tally duck = runTable(dir + "ko_time_cases.tsv", Style::Chat, kDisputedDuckling);
    std::cout << "news: " << news.pass << "/" << news.total << ", duckling: " << duck.pass << "/" << duck.total << "\n";
    for (const auto &f : news.failures)
        std::cout << "news FAIL" << f << "\n";
    for (const auto &f : duck.failures)
        std::cout << "duckling FAIL" << f << "\n";
    for (const auto &f : duck.disputed)
        std::cout << "duckling DISPUTED" << f << "\n";
    EXPECT_EQ(news.total, 68);
    EXPECT_EQ(news.pass, news.total);
    EXPECT_EQ(duck.total, 219);
    constexpr int kDucklingFloor = 216; // raised to the achieved level so it cannot regress
    EXPECT_GE(duck.pass, kDucklingFloor);
}

TEST(DateCorpus, SelfContainedNewsCases)
{
    const std::string path = std::string(SILLOK_TEST_DATA_DIR) + "/dates/news_cases.tsv";
    const Tally t = runTable(path, Style::News);
    for (const auto &f : t.failures)
        ADD_FAILURE() << f;
    EXPECT_GE(t.total, 30);
    EXPECT_EQ(t.pass, t.total);
}

} // namespace
} // namespace sillok::test
