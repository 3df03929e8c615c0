// Entity-aware search, filters, paging and facets through Library::searchPage, on the sample
// corpus (resources/corpus) and on invented articles: a facet's count is what its filter returns,
// pages add up to the total, a multi-word English name finds its entity's articles (and only
// them), and a search can be interrupted from another thread.
#include "search/search_schema.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/library.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <set>
#include <thread>

using namespace sillok::core;

namespace {

std::string stem(const std::string &path)
{
    return std::filesystem::path(path).stem().string();
}

class SampleSearch : public ::testing::Test {
protected:
    // Imported once, by the first test (TempDir names itself after the running test).
    void SetUp() override
    {
        if (s_lib != nullptr)
            return;
        s_dir = new sillok::test::TempDir;
        auto lib = Library::open(s_dir->file("kb.sqlite"));
        ASSERT_TRUE(lib) << lib.error().detail;
        s_lib = lib->release();
        ImportReport r = s_lib->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {});
        ASSERT_GT(r.imported, 15);
        ASSERT_TRUE(r.failed.empty());
    }
    static void TearDownTestSuite()
    {
        delete s_lib;
        delete s_dir;
        s_lib = nullptr;
        s_dir = nullptr;
    }

    static SearchPage page(std::string_view query, SearchOptions options = {})
    {
        auto p = s_lib->searchPage(query, options);
        EXPECT_TRUE(p) << (p ? "" : p.error().detail);
        return p ? std::move(*p) : SearchPage{};
    }
    static std::set<std::string> stems(const SearchPage &p)
    {
        std::set<std::string> out;
        for (const SearchHit &h : p.hits)
            out.insert(stem(h.source));
        return out;
    }

    static inline sillok::test::TempDir *s_dir = nullptr;
    static inline Library *s_lib = nullptr;
};

} // namespace

TEST_F(SampleSearch, EveryFacetCountIsWhatItsFilterReturns)
{
    SearchOptions options;
    options.facets = true;
    options.limit = 0;
    const SearchPage all = page("반도체", options);
    ASSERT_GT(all.total, 10);
    EXPECT_EQ(static_cast<int>(all.hits.size()), all.total);
    int checked = 0;
    const std::pair<EntityType, const std::vector<FacetValue> *> groups[] = {
        {EntityType::Organization, &all.facets.organization}, {EntityType::Person, &all.facets.person},
        {EntityType::Initiative, &all.facets.initiative}, {EntityType::Meeting, &all.facets.meeting}};
    for (const auto &[type, values] : groups) {
        ASSERT_FALSE(values->empty()) << entityTypeName(type);
        EXPECT_TRUE(std::ranges::is_sorted(*values, std::greater<>(), &FacetValue::count));
        for (std::size_t i = 0; i < values->size() && i < 6; ++i) {
            const FacetValue &v = (*values)[i];
            auto ids = s_lib->resolveEntityFilter(v.value, type);
            ASSERT_TRUE(ids && !ids->empty()) << v.value;
            SearchOptions filtered;
            filtered.limit = 0;
            filtered.entityFilters = {*ids};
            const SearchPage p = page("반도체", filtered);
            EXPECT_EQ(p.total, v.count) << entityTypeName(type) << " " << v.value;
            EXPECT_EQ(static_cast<int>(p.hits.size()), v.count) << v.value;
            ++checked;
        }
    }
    EXPECT_GE(checked, 12);
    ASSERT_FALSE(all.facets.year.empty());
    int years = 0;
    for (const FacetValue &y : all.facets.year) {
        SearchOptions filtered;
        filtered.from = *PartialDate::parse(y.value);
        filtered.to = filtered.from;
        EXPECT_EQ(page("반도체", filtered).total, y.count) << y.value;
        years += y.count;
    }
    EXPECT_LE(years, all.total); // undated articles have no year
    int outlets = 0;
    for (const FacetValue &s : all.facets.source)
        outlets += s.count;
    EXPECT_EQ(outlets, all.total);
}

TEST_F(SampleSearch, FiltersAcceptAnyAliasAndCombine)
{
    auto byName = s_lib->resolveEntityFilter("과학기술정보통신부", EntityType::Organization);
    auto byEnglish = s_lib->resolveEntityFilter("ministry of science and ict", EntityType::Organization);
    auto byShort = s_lib->resolveEntityFilter("과기정통부", EntityType::Organization);
    ASSERT_TRUE(byName && byEnglish && byShort);
    ASSERT_FALSE(byName->empty());
    EXPECT_EQ(*byEnglish, *byName);
    EXPECT_EQ(*byShort, *byName);
    EXPECT_TRUE(s_lib->resolveEntityFilter("과학기술정보통신부", EntityType::Person)->empty());

    SearchOptions msit;
    msit.limit = 0;
    msit.entityFilters = {*byName};
    const SearchPage ministry = page("반도체", msit);
    ASSERT_GT(ministry.total, 1);
    // A second filter narrows (AND); a filter that selects nothing selects no article.
    auto rebellions = s_lib->resolveEntityFilter("Rebellions", EntityType::Organization);
    ASSERT_TRUE(rebellions && !rebellions->empty());
    SearchOptions both = msit;
    both.entityFilters.push_back(*rebellions);
    const SearchPage narrowed = page("반도체", both);
    EXPECT_LE(narrowed.total, ministry.total);
    for (const SearchHit &h : narrowed.hits)
        EXPECT_TRUE(stems(ministry).contains(stem(h.source)));
    SearchOptions none;
    none.entityFilters = {{}};
    EXPECT_EQ(page("반도체", none).total, 0);
    // Filters alone, no query: what they select.
    SearchOptions alone;
    alone.limit = 0;
    alone.entityFilters = {*rebellions};
    const SearchPage listed = page("", alone);
    EXPECT_GT(listed.total, 0);
    EXPECT_EQ(static_cast<int>(listed.hits.size()), listed.total);
    SearchOptions everything;
    everything.limit = 0;
    EXPECT_EQ(stems(listed), stems(page("리벨리온", everything)));
}

TEST_F(SampleSearch, PagesAddUpToTheTotal)
{
    SearchOptions all;
    all.limit = 0;
    const SearchPage whole = page("반도체", all);
    ASSERT_GT(whole.total, 7);
    std::vector<std::int64_t> paged;
    for (int offset = 0; offset < whole.total; offset += 4) {
        SearchOptions o;
        o.limit = 4;
        o.offset = offset;
        const SearchPage p = page("반도체", o);
        EXPECT_EQ(p.total, whole.total);
        for (const SearchHit &h : p.hits)
            paged.push_back(h.articleId);
    }
    std::vector<std::int64_t> ids;
    for (const SearchHit &h : whole.hits)
        ids.push_back(h.articleId);
    EXPECT_EQ(paged, ids);
    SearchOptions beyond;
    beyond.offset = whole.total + 5;
    const SearchPage empty = page("반도체", beyond);
    EXPECT_TRUE(empty.hits.empty());
    EXPECT_EQ(empty.total, whole.total);
}

TEST_F(SampleSearch, AMultiWordEnglishNameFindsItsEntity)
{
    SearchOptions all;
    all.limit = 0;
    const SearchPage korean = page("과학기술정보통신부", all);
    ASSERT_GT(korean.total, 2);
    for (const char *q : {"Ministry of Science and ICT", "ministry of science and ict", "MINISTRY OF SCIENCE AND ICT",
                          "과기정통부"}) {
        const SearchPage p = page(q, all);
        EXPECT_EQ(stems(p), stems(korean)) << q;
        ASSERT_FALSE(p.namedEntities.empty()) << q;
        EXPECT_EQ(p.namedEntities.front(), korean.namedEntities.front()) << q;
    }
    // An English article or preposition around the name does not have to occur.
    EXPECT_EQ(stems(page("the Ministry of Science and ICT", all)), stems(korean));
    EXPECT_EQ(stems(page("The ministry of science and ICT", all)), stems(korean));
    // The entity's names are highlighted, whichever was typed.
    const SearchPage english = page("Ministry of Science and ICT", all);
    ASSERT_FALSE(english.hits.empty());
    EXPECT_NE(english.hits.front().snippet.find('['), std::string::npos) << english.hits.front().snippet;
    // The Ctrl+K popup's first entity is the one named.
    auto named = s_lib->entitiesNamedBy("ministry of science and ict");
    ASSERT_TRUE(named && !named->empty());
    EXPECT_EQ(named->front().name, "과학기술정보통신부");
}

TEST_F(SampleSearch, TheArticlesThatMentionTheNamedEntityComeFirst)
{
    SearchOptions all;
    all.limit = 0;
    const SearchPage p = page("리벨리온", all);
    ASSERT_FALSE(p.namedEntities.empty());
    SearchOptions mentioning;
    mentioning.limit = 0;
    mentioning.entityFilters = {{p.namedEntities.front()}};
    const std::set<std::string> mentioned = stems(page("", mentioning));
    ASSERT_FALSE(mentioned.empty());
    // Every article that mentions it ranks above every one that only contains the word.
    bool pastMentions = false;
    for (const SearchHit &h : p.hits) {
        const bool m = mentioned.contains(stem(h.source));
        EXPECT_FALSE(pastMentions && m) << h.source;
        pastMentions = pastMentions || !m;
    }
}

TEST_F(SampleSearch, InterruptStopsTheRunningStatementFromAnotherThread)
{
    std::atomic_bool started = false;
    Result<std::int64_t> result = 0;
    std::thread runner([&] {
        started = true;
        // Never ends by itself.
        result = s_lib->database().scalar("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                          "SELECT COUNT(*) FROM c");
    });
    while (!started)
        std::this_thread::yield();
    // Once: the interrupt holds until cleared, so it cannot come too early for the statement.
    s_lib->interrupt();
    runner.join();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().sqliteCode, 9); // SQLITE_INTERRUPT
    // A search fails as cancelled until the interrupt is cleared; then the connection works on.
    auto cancelled = s_lib->searchPage("반도체");
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    s_lib->clearInterrupt();
    EXPECT_FALSE(page("반도체").hits.empty());
}

namespace {

class NameSearch : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Invented articles: SK텔레콤 and other SK companies; a bank's short alias inside words.
        m_dir.write("in/skt.txt", "SK텔레콤, AI 데이터센터 확대\n\nSK텔레콤은 3일 AI 데이터센터를 늘린다고 밝혔다. "
                                  "SK텔레콤은 국산 NPU를 쓴다.\n");
        m_dir.write("in/hynix.txt", "SK하이닉스 HBM 공급\n\nSK하이닉스는 4일 HBM 공급을 늘린다고 밝혔다. "
                                    "SK그룹 차원의 투자다. Telecom 업계도 주목했다.\n");
        m_dir.write("in/bank.txt", "한국산업은행, 팹리스 지원\n\n한국산업은행은 5일 팹리스 기업에 1천억 원을 "
                                   "지원한다고 밝혔다.\n");
        m_dir.write("in/production.txt", "칩 생산 계획\n\n이 회사의 생산은 내년에 시작된다. 올해 예산은 "
                                         "100억 원이다. Korea Development 관련 행사도 열렸다.\n");
        auto lib = Library::open(m_dir.file("kb.sqlite"));
        ASSERT_TRUE(lib) << lib.error().detail;
        m_lib = std::move(*lib);
        ASSERT_EQ(m_lib->importPaths({(m_dir.path() / "in").string()}, {}).imported, 4);
    }
    std::vector<std::string> sources(std::string_view query)
    {
        std::vector<std::string> out;
        auto hits = m_lib->search(query);
        EXPECT_TRUE(hits) << (hits ? "" : hits.error().detail);
        if (hits)
            for (const auto &h : *hits)
                out.push_back(stem(h.source));
        std::sort(out.begin(), out.end());
        return out;
    }

    sillok::test::TempDir m_dir;
    std::unique_ptr<Library> m_lib;
};

} // namespace

TEST_F(NameSearch, AMultiWordNameIsNotItsWords)
{
    EXPECT_EQ(sources("SK Telecom"), std::vector<std::string>{"skt"});
    EXPECT_EQ(sources("sk telecom"), std::vector<std::string>{"skt"});
    EXPECT_EQ(sources("SKT"), std::vector<std::string>{"skt"});
    EXPECT_EQ(sources("SK Telecom's"), std::vector<std::string>{"skt"}); // an English possessive
    EXPECT_EQ(sources("SK Telecom Co., Ltd."), std::vector<std::string>{"skt"}); // a legal form
    EXPECT_TRUE(sources("Telecom Co., Ltd.").empty()); // no name: every word counts
}

TEST_F(NameSearch, AShortAliasMatchesWholeWordsOnly)
{
    // 산은 (a short form of 한국산업은행) is not 생산은 or 예산은.
    EXPECT_EQ(sources("Korea Development Bank"), std::vector<std::string>{"bank"});
    EXPECT_EQ(sources("KDB"), std::vector<std::string>{"bank"});
    EXPECT_EQ(sources("산업은행"), std::vector<std::string>{"bank"});
}

TEST_F(SampleSearch, TheSearchAndFacetQueriesUseIndexesNotTableScans)
{
    // At 100,000 articles a scan of article (its rows hold the bodies) or of mention (tens of
    // rows per article) per search would dominate; the plans must go through indexes. Every
    // statement a search prepares (text, names, filters, dates, facets, paging) is checked.
    // A connection of its own: its statement cache holds only what these searches prepare.
    auto opened = Library::open(s_dir->file("kb.sqlite"));
    ASSERT_TRUE(opened) << opened.error().detail;
    Library &lib = **opened;
    const auto run = [&lib](std::string_view q, const SearchOptions &o) {
        auto p = lib.searchPage(q, o);
        EXPECT_TRUE(p) << (p ? "" : p.error().detail);
        return p ? std::move(*p) : SearchPage{};
    };
    SearchOptions all;
    all.facets = true;
    all.from = *PartialDate::parse("2024-01");
    all.to = *PartialDate::parse("2025");
    EXPECT_FALSE(run("과기정통부 반도체", all).hits.empty());
    const SearchPage named = run("과기정통부", {});
    ASSERT_FALSE(named.namedEntities.empty());
    SearchOptions filtered = all;
    filtered.entityFilters = {{named.namedEntities.front()}};
    filtered.offset = 1;
    run("", filtered);
    run("인공지능", filtered);
    int searched = 0;
    std::string all_plans;
    for (const std::string &sql : lib.database().cachedSql()) {
        if (!sql.starts_with("SELECT"))
            continue;
        Statement plan(lib.database(), "EXPLAIN QUERY PLAN " + sql);
        std::string text;
        while (plan.next()) {
            const std::string detail = plan.text(3);
            text += "  " + detail + "\n";
            const bool scan = detail.starts_with("SCAN ");
            const bool table = detail.find("SCAN article") != std::string::npos
                               || detail.find("SCAN mention") != std::string::npos
                               || detail.find("SCAN entity") != std::string::npos;
            EXPECT_FALSE(scan && table && detail.find("COVERING INDEX") == std::string::npos) << sql << "\n" << detail;
        }
        ASSERT_TRUE(plan.status()) << plan.status().error().detail;
        searched += sql.find("MATCH") != std::string::npos ? 1 : 0;
        all_plans += sql + "\n" + text;
    }
    EXPECT_EQ(searched, 2) << all_plans; // doc_wd's and doc_bg's MATCH
    std::printf("%s\n", all_plans.c_str());
}

TEST(SourceOutlet, HostOfAUrlElseTheFolder)
{
    EXPECT_EQ(sourceOutlet("https://www.etnews.com/2024/0412?x=1"), "etnews.com");
    EXPECT_EQ(sourceOutlet("http://user@news.example.org:8080/a"), "news.example.org");
    EXPECT_EQ(sourceOutlet("/home/me/news/zdnet/2024-04-12.html"), "zdnet");
    EXPECT_EQ(sourceOutlet("file:///home/me/news/etnews/a.html"), "etnews");
    EXPECT_EQ(sourceOutlet("C:\\news\\yonhap\\a.txt"), "yonhap");
    EXPECT_EQ(sourceOutlet("a.txt"), "a.txt");
}
