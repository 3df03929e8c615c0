// Library::search over small fixtures: ranking, snippets, particles, filters, odd input.
#include "store/library.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace sillok::core;

namespace {

std::string base(const std::string &path)
{
    return std::filesystem::path(path).stem().string();
}

class LibrarySearch : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_dir.file("kb.sqlite"));
        ASSERT_TRUE(lib) << lib.error().detail;
        m_lib = std::move(*lib);
        ImportReport r = m_lib->importPaths({sillok::test::storeData("good")}, {});
        ASSERT_EQ(r.imported, 3);
    }
    std::vector<std::string> sources(std::string_view query, SearchOptions options = {})
    {
        std::vector<std::string> out;
        auto hits = m_lib->search(query, options);
        EXPECT_TRUE(hits) << (hits ? "" : hits.error().detail);
        if (hits)
            for (const auto &h : *hits)
                out.push_back(base(h.source));
        return out;
    }

    sillok::test::TempDir m_dir;
    std::unique_ptr<Library> m_lib;
};

} // namespace

TEST_F(LibrarySearch, FindsWordsWithAndWithoutParticles)
{
    EXPECT_EQ(sources("한결클라우드"), std::vector<std::string>{"cloud_pilot"});
    EXPECT_EQ(sources("한결클라우드가"), std::vector<std::string>{"cloud_pilot"});
    EXPECT_EQ(sources("포럼"), std::vector<std::string>{"policy_forum"});
    EXPECT_TRUE(sources("존재하지않는낱말").empty());
}

TEST_F(LibrarySearch, MoreMentionsAndTitleRankHigher)
{
    // 새솔반도체 is the subject (title + body) of chip_design and only cited in cloud_pilot.
    const auto got = sources("새솔반도체");
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0], "chip_design");
    EXPECT_EQ(got[1], "cloud_pilot");
    auto hits = m_lib->search("새솔반도체");
    ASSERT_TRUE(hits && hits->size() == 2);
    EXPECT_GT((*hits)[0].score, (*hits)[1].score);
}

TEST_F(LibrarySearch, SnippetsWrapMatchesInBrackets)
{
    auto hits = m_lib->search("전력");
    ASSERT_TRUE(hits);
    ASSERT_FALSE(hits->empty());
    for (const SearchHit &h : *hits) {
        EXPECT_NE(h.snippet.find("[전력"), std::string::npos) << h.snippet;
        EXPECT_FALSE(h.title.empty());
        EXPECT_GT(h.articleId, 0);
    }
}

TEST_F(LibrarySearch, AllTermsAreRequired)
{
    EXPECT_EQ(sources("반도체 포럼"), std::vector<std::string>{"policy_forum"});
    EXPECT_EQ(sources("국산 클라우드"), std::vector<std::string>{"cloud_pilot"});
}

TEST_F(LibrarySearch, AnyTextIsAcceptedAndEmptyFindsNothing)
{
    for (const char *q : {"", "   ", "\"", "AND OR NOT", "(((", "*", "NEAR(a b)", "col:값", "\"unbalanced 반도체",
                          "\xff\xfe", "'; DROP TABLE article; --"}) {
        auto hits = m_lib->search(q);
        EXPECT_TRUE(hits) << q;
    }
    EXPECT_TRUE(m_lib->search("")->empty());
    EXPECT_EQ(m_lib->articles()->size(), 3u);
}

TEST_F(LibrarySearch, LimitAndDateFilters)
{
    SearchOptions options;
    options.limit = 1;
    EXPECT_EQ(sources("반도체", options).size(), 1u);
    // The fixtures state no publication date: any date filter excludes them.
    SearchOptions dated;
    dated.from = PartialDate::ofYear(2020);
    EXPECT_TRUE(sources("반도체", dated).empty());
}

TEST_F(LibrarySearch, PublishedFallbackFiltersByDate)
{
    sillok::test::TempDir other;
    auto lib = Library::open(other.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ImportOptions options;
    options.fallbackPublished = PartialDate::ofDay(2024, 3, 5);
    ASSERT_EQ((*lib)->importPaths({sillok::test::storeData("good")}, options).imported, 3);
    SearchOptions in;
    in.from = PartialDate::ofMonth(2024, 3);
    in.to = PartialDate::ofMonth(2024, 3);
    auto hits = (*lib)->search("반도체", in);
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 3u);
    EXPECT_EQ(hits->front().published, PartialDate::ofDay(2024, 3, 5));
    SearchOptions out;
    out.to = PartialDate::ofYear(2023);
    EXPECT_TRUE((*lib)->search("반도체", out)->empty());
}
