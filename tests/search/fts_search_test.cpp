// End-to-end: the schema SQL, the tokenizer and the query builder against an in-memory SQLite,
// through the store's one SQL wrapper (Database, Statement) as production runs them.
#include "search/facet_tally.h"
#include "search/korean_tokenizer.h"
#include "search/match_query.h"
#include "search/search_schema.h"
#include "store/database.h"
#include "store/statement.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace sillok::core;

namespace {

std::string whyNoRow(const Statement &st)
{
    return st.status() ? "no row" : st.status().error().detail;
}

class FtsSearch : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(":memory:");
        ASSERT_TRUE(db.has_value()) << db.error().detail;
        m_db = std::move(*db);
        auto api = m_db->fts5Api();
        ASSERT_TRUE(api.has_value()) << api.error().detail;
        ASSERT_TRUE(registerKoreanTokenizer(*api).has_value());
        // The columns articleSearchSql()/articleFacetSql() read (the store's tables have more).
        exec("CREATE TABLE article(id INTEGER PRIMARY KEY, uid TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT "
             "'',"
             " title TEXT, body TEXT, published TEXT NOT NULL DEFAULT '', copy_of INTEGER);"
             "CREATE INDEX article_published ON article(published);"
             "CREATE INDEX article_copy_of ON article(copy_of) WHERE copy_of IS NOT NULL;"
             "CREATE TABLE entity(id INTEGER PRIMARY KEY, type TEXT, name TEXT, rejected INTEGER NOT NULL DEFAULT 0);"
             "CREATE TABLE mention(id INTEGER PRIMARY KEY, article_id INTEGER, entity_id INTEGER);"
             "CREATE INDEX mention_article ON mention(article_id, entity_id);"
             "CREATE TABLE annotation(id INTEGER PRIMARY KEY, exact TEXT, note TEXT, tags TEXT);");
        exec(std::string(searchSchemaSql()));
        exec(std::string(annotationSearchSchemaSql()));
    }
    void exec(const std::string &sql)
    {
        const auto st = m_db->exec(sql);
        ASSERT_TRUE(st.has_value()) << st.error().detail << "\n" << sql;
    }

    void addArticle(int id, const std::string &title, const std::string &body)
    {
        Statement st(*m_db, "INSERT INTO article(id, title, body) VALUES (?1, ?2, ?3)");
        st.bind(1, id).bind(2, title).bind(3, body);
        const auto done = st.run();
        ASSERT_TRUE(done.has_value()) << done.error().detail;
    }

    // Article ids, best first; an SQL error fails the test.
    std::vector<int> search(const std::string &userText, const std::vector<std::vector<std::string>> &aliases = {})
    {
        std::vector<int> ids;
        const auto q = buildMatchQuery(userText, aliases);
        EXPECT_TRUE(q.has_value());
        if (!q || q->isEmpty())
            return ids;
        Statement st(*m_db, articleSearchSql());
        st.bind(1, q->wordExpr).bind(2, q->bigramExpr);
        st.bind(3, "").bind(4, ""); // no date range, no entity filter or tier (NULL)
        st.bind(10, 50).bind(11, 0);
        while (st.next())
            ids.push_back(st.int32(0));
        EXPECT_TRUE(st.status().has_value())
            << userText << " → " << q->wordExpr << " | " << q->bigramExpr << ": " << st.status().error().detail;
        return ids;
    }

    void seed()
    {
        addArticle(1, "정부, 반도체 지원 발표",
                   "과학기술정보통신부는 지난 9일 AI반도체 분과회의에서 리벨리온과 퓨리오사AI는 협력한다고 밝혔다.");
        addArticle(2, "K-클라우드 프로젝트 출범", "SK하이닉스가 HBM은 물론 온-디바이스 AI 칩을 공개했다. NVIDIA도 참석했다.");
        addArticle(3, "과학자의 반론", "비과학적인 주장에 대해 과학계 장관은 정의선 회장과 한반도 문제를 논의했다.");
        addArticle(4, "인공지능 반도체 육성", "한ㆍ미 협력. 마이크로 단위 공정을 ＡＩ로 최적화하는 이사회의 결정.");
    }

    std::unique_ptr<Database> m_db;
};

using Ids = std::vector<int>;

} // namespace

TEST_F(FtsSearch, ParticlesAndCompounds)
{
    seed();
    EXPECT_EQ(search("과학기술정보통신부"), (Ids{1}));
    EXPECT_EQ(search("분과회의"), (Ids{1}));
    EXPECT_EQ(search("리벨리온"), (Ids{1}));
    EXPECT_EQ(search("HBM"), (Ids{2}));
    EXPECT_EQ(search("반도체").size(), 2u); // AI반도체 in 1 (title and body), 4
    EXPECT_EQ(search("하이닉스"), (Ids{2}));
    EXPECT_EQ(search("퓨리오사AI"), (Ids{1}));
    EXPECT_EQ(search("퓨리오사 AI"), (Ids{1}));
}

TEST_F(FtsSearch, TwoSyllableAndProtectedWords)
{
    seed();
    EXPECT_EQ(search("장관"), (Ids{3}));
    const Ids science = search("과학");
    EXPECT_EQ(science.size(), 2u); // 과학기술… (1) and 과학자/과학계 (3)
    EXPECT_EQ(search("정의선"), (Ids{3}));
    EXPECT_EQ(search("한반도"), (Ids{3}));
    EXPECT_EQ(search("마이크로"), (Ids{4}));
    EXPECT_EQ(search("이사회"), (Ids{4}));
}

TEST_F(FtsSearch, HyphensDotsAndCase)
{
    seed();
    EXPECT_EQ(search("K클라우드"), (Ids{2}));
    EXPECT_EQ(search("K-클라우드"), (Ids{2}));
    EXPECT_EQ(search("온디바이스"), (Ids{2}));
    EXPECT_EQ(search("온-디바이스"), (Ids{2}));
    EXPECT_EQ(search("nvidia"), (Ids{2}));
    EXPECT_EQ(search("Nvidia"), (Ids{2}));
    EXPECT_EQ(search("ai").size(), 3u); // AI반도체, AI 칩, ＡＩ로
    EXPECT_EQ(search("한·미"), (Ids{4}));
    EXPECT_EQ(search("한‧미"), (Ids{4}));
}

TEST_F(FtsSearch, PhrasesAndSpacing)
{
    seed();
    EXPECT_EQ(search("\"반도체 육성\""), (Ids{4}));
    EXPECT_EQ(search("인공지능반도체"), (Ids{4}));
    EXPECT_EQ(search("\"육성 반도체\""), (Ids{}));
    EXPECT_EQ(search("리벨리온 퓨리오사"), (Ids{1})); // AND
    EXPECT_EQ(search("리벨리온 엔비디아"), (Ids{}));
}

TEST_F(FtsSearch, AliasGroupsExpandToOr)
{
    seed();
    const std::vector<std::vector<std::string>> aliases{{"엔비디아", "NVIDIA"}};
    EXPECT_EQ(search("엔비디아", aliases), (Ids{2}));
    EXPECT_EQ(search("엔비디아"), (Ids{}));
}

TEST_F(FtsSearch, HostileQueriesNeverError)
{
    seed();
    for (const char *q : {"K-클라우드", "R&D", "2024.01.19", "(주)리벨리온", "\"", "\"\"", "*", "^", "NEAR", "NEAR(a b)",
                          "", "   ", "AND", "OR", "NOT", "a OR", "-", "--x", "col:val", "a\"b", "\"unterminated",
                          "{title}: x", "+", "과*", "\x01\x02", "\xff\xfe", "'", "a:b", "\\", "((", "))", "한"}) {
        const auto r = search(q);
        (void)r;
    }
}

TEST_F(FtsSearch, OneSyllableTermUsesPrefix)
{
    seed();
    EXPECT_FALSE(search("칩").empty()); // a 1-syllable piece, unigram
    EXPECT_FALSE(search("육").empty()); // start of 육성, via 육*
}

TEST_F(FtsSearch, TitleMatchRanksFirst)
{
    addArticle(10, "메모", "여러 기업이 모였다. 엔비디아 관련 소식은 여기 본문 끝에 한 번 나온다. 다른 이야기도 길게 이어진다.");
    addArticle(11, "엔비디아 신제품 공개", "행사에서 새 제품이 나왔다. 다른 이야기도 길게 이어진다.");
    const Ids ids = search("엔비디아");
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids.front(), 11);
}

TEST_F(FtsSearch, TriggersFollowUpdatesAndDeletes)
{
    seed();
    exec("UPDATE article SET body = '삼성전자가 발표했다' WHERE id = 3");
    EXPECT_EQ(search("정의선"), (Ids{}));
    EXPECT_EQ(search("삼성전자"), (Ids{3}));
    exec("DELETE FROM article WHERE id = 3");
    EXPECT_EQ(search("삼성전자"), (Ids{}));
    exec(std::string(searchRebuildSql()));
    EXPECT_EQ(search("리벨리온"), (Ids{1}));
}

TEST_F(FtsSearch, AnnotationSearch)
{
    exec("INSERT INTO annotation(id, exact, note, tags) VALUES (1, '리벨리온과 협력', '후속 취재', 'AI칩 투자'),"
         " (2, '정부 발표', 'K-클라우드 관련', '정책')");
    const auto q = buildMatchQuery("k클라우드");
    ASSERT_TRUE(q.has_value());
    Statement st(*m_db, annotationSearchSql());
    st.bind(1, q->bigramExpr).bind(2, 10);
    ASSERT_TRUE(st.next()) << whyNoRow(st);
    EXPECT_EQ(st.int32(0), 2);
    EXPECT_FALSE(st.next());
    EXPECT_TRUE(st.status().has_value());
}

TEST_F(FtsSearch, DecomposedAndFullwidthDocuments)
{
    // 한국 반도체 in NFD (conjoining jamo) and ＳＫ in full width.
    addArticle(20, "t", "\u1112\u1161\u11AB\u1100\u116E\u11A8 \u1107\u1161\u11AB\u1103\u1169\u110E\u1166 ＳＫ");
    EXPECT_EQ(search("한국"), (Ids{20}));
    EXPECT_EQ(search("반도체"), (Ids{20}));
    EXPECT_EQ(search("sk"), (Ids{20}));
}

TEST_F(FtsSearch, TokenizerArguments)
{
    exec("CREATE VIRTUAL TABLE t1 USING fts5(x, tokenize='sillok_ko mode word')");
    exec("CREATE VIRTUAL TABLE t2 USING fts5(x, tokenize='sillok_ko')");
    EXPECT_FALSE(m_db->exec("CREATE VIRTUAL TABLE t3 USING fts5(x, tokenize='sillok_ko mode trigram')").has_value());
    auto api = m_db->fts5Api();
    ASSERT_TRUE(api.has_value());
    EXPECT_TRUE(registerKoreanTokenizer(*api).has_value()); // registering again is harmless
}

namespace {

struct Page {
    std::vector<int> ids;
    int total = 0;
};

} // namespace

// The query the store runs (articleSearchSql), with its filters, entity tier and paging, and
// articleFacetSql over the same matches.
class FtsSearchFilters : public FtsSearch {
protected:
    void SetUp() override
    {
        FtsSearch::SetUp();
        exec("INSERT INTO article(id, uid, source, title, body, published) VALUES"
             " (1, 'a1', '/n/etnews/1.txt', '반도체 지원', '정부가 반도체 기업을 지원한다.', '2024'),"
             " (2, 'a2', '/n/etnews/2.txt', '반도체 투자', '리벨리온이 반도체 투자를 받았다.', '2024-03-05'),"
             " (3, 'a3', '/n/zdnet/3.txt', '반도체 수출', '반도체 수출이 늘었다. 반도체 반도체.', '2023-12'),"
             " (4, 'a4', '/n/zdnet/4.txt', '반도체 행사', '리벨리온과 퓨리오사AI가 반도체 행사에 나왔다.', ''),"
             " (5, 'a5', '/n/zdnet/5.txt', '날씨', '맑음', '2024-06-01');"
             "INSERT INTO entity(id, type, name, rejected) VALUES (10, 'organization', '리벨리온', 0),"
             " (11, 'organization', '퓨리오사AI', 0), (12, 'organization', '버린회사', 1);"
             "INSERT INTO mention(article_id, entity_id) VALUES (2, 10), (4, 10), (4, 11), (4, 12), (4, 10);");
    }

    Page run(const std::string &userText, const std::string &from, const std::string &to,
             const std::vector<std::string> &filters, const char *tier, int limit, int offset)
    {
        Page page;
        const auto q = buildMatchQuery(userText);
        EXPECT_TRUE(q.has_value());
        Statement st(*m_db, articleSearchSql());
        bind(st, *q, from, to, filters, tier);
        st.bind(10, limit).bind(11, offset);
        while (st.next()) {
            page.ids.push_back(st.int32(0));
            page.total = st.int32(2);
        }
        EXPECT_TRUE(st.status().has_value()) << st.status().error().detail;
        return page;
    }

    // (kind, value) → count, from articleFacetSql.
    std::map<std::pair<std::string, std::string>, int> facets(const std::string &userText,
                                                              const std::vector<std::string> &filters)
    {
        std::map<std::pair<std::string, std::string>, int> out;
        const auto q = buildMatchQuery(userText);
        Statement st(*m_db, articleFacetSql());
        bind(st, *q, "", "", filters, nullptr);
        // The entity rows are counted by the store's FacetTally, as the store does.
        Statement entity(*m_db, "SELECT type, name FROM entity WHERE id = ?1 AND rejected = 0");
        FacetTally tally([&](std::int64_t id) -> std::optional<FacetEntity> {
            entity.reset();
            entity.bind(1, id);
            if (!entity.next())
                return std::nullopt;
            return FacetEntity{entity.text(0), entity.text(1)};
        });
        while (st.next()) {
            const std::string kind = st.text(0);
            const std::string value = st.text(1);
            if (kind == "mention")
                tally.addMention(st.int64(2), st.int64(3));
            else
                out[{kind, value}] += st.int32(2);
        }
        EXPECT_TRUE(st.status().has_value()) << st.status().error().detail;
        EXPECT_TRUE(entity.status().has_value()) << entity.status().error().detail;
        for (const FacetCount &c : tally.counts())
            out[{c.type, c.name}] += c.count;
        return out;
    }

    static void bind(Statement &st, const MatchQuery &q, const std::string &from, const std::string &to,
                     const std::vector<std::string> &filters, const char *tier)
    {
        st.bind(1, q.wordExpr).bind(2, q.bigramExpr).bind(3, from).bind(4, to);
        for (std::size_t i = 0; i < filters.size(); ++i)
            st.bind(5 + static_cast<int>(i), filters[i]);
        if (tier != nullptr)
            st.bind(9, tier);
    }
};

TEST_F(FtsSearchFilters, DatesOverlapAtTheirPrecision)
{
    auto sorted = [](std::vector<int> v) { std::sort(v.begin(), v.end()); return v; };
    EXPECT_EQ(run("반도체", "", "", {}, nullptr, -1, 0).total, 4);
    // "2024" (a year) overlaps March 2024; "2023-12" does not; undated never matches a range.
    EXPECT_EQ(sorted(run("반도체", "2024-03-01", "2024-03-31", {}, nullptr, -1, 0).ids), (Ids{1, 2}));
    EXPECT_EQ(sorted(run("반도체", "2023", "", {}, nullptr, -1, 0).ids), (Ids{1, 2, 3}));
    EXPECT_EQ(sorted(run("반도체", "", "2023-12-31", {}, nullptr, -1, 0).ids), (Ids{3}));
    EXPECT_EQ(sorted(run("반도체", "2024-01", "2024-01", {}, nullptr, -1, 0).ids), (Ids{1}));
}

TEST_F(FtsSearchFilters, EntityFiltersAndTheirTier)
{
    auto sorted = [](std::vector<int> v) { std::sort(v.begin(), v.end()); return v; };
    EXPECT_EQ(sorted(run("반도체", "", "", {"[10]"}, nullptr, -1, 0).ids), (Ids{2, 4}));
    EXPECT_EQ(run("반도체", "", "", {"[10]", "[11]"}, nullptr, -1, 0).ids, (Ids{4}));  // AND
    EXPECT_EQ(sorted(run("반도체", "", "", {"[11, 10]"}, nullptr, -1, 0).ids), (Ids{2, 4})); // OR
    EXPECT_TRUE(run("반도체", "", "", {"[]"}, nullptr, -1, 0).ids.empty());
    // The articles that mention a named entity come first, whatever bm25 says (3 repeats the word).
    const Page tiered = run("반도체", "", "", {}, "[11]", -1, 0);
    ASSERT_EQ(tiered.ids.size(), 4u);
    EXPECT_EQ(tiered.ids.front(), 4);
    EXPECT_NE(run("반도체", "", "", {}, nullptr, -1, 0).ids.front(), 4);
    // Filters alone (no text): every article they select.
    EXPECT_EQ(sorted(run("", "", "", {"[10]"}, nullptr, -1, 0).ids), (Ids{2, 4}));
    EXPECT_EQ(run("", "", "", {}, nullptr, -1, 0).total, 5);
}

TEST_F(FtsSearchFilters, PagesAddUpToTheTotal)
{
    const Page all = run("반도체", "", "", {}, nullptr, -1, 0);
    const Page first = run("반도체", "", "", {}, nullptr, 3, 0);
    const Page second = run("반도체", "", "", {}, nullptr, 3, 3);
    EXPECT_EQ(first.total, 4);
    EXPECT_EQ(second.total, 4);
    std::vector<int> joined = first.ids;
    joined.insert(joined.end(), second.ids.begin(), second.ids.end());
    EXPECT_EQ(joined, all.ids);
    EXPECT_EQ(second.ids.size(), 1u);
}

TEST_F(FtsSearchFilters, FacetsCountStoriesOverAllMatches)
{
    auto f = facets("반도체", {});
    EXPECT_EQ((f[{"total", ""}]), 4);
    EXPECT_EQ((f[{"organization", "리벨리온"}]), 2); // twice in article 4: counted once
    EXPECT_EQ((f[{"organization", "퓨리오사AI"}]), 1);
    EXPECT_EQ(f.count({"organization", "버린회사"}), 0u); // rejected
    EXPECT_EQ((f[{"year", "2024"}]), 2);
    EXPECT_EQ((f[{"year", "2023"}]), 1);
    EXPECT_EQ((f[{"source", "/n/zdnet/3.txt"}]), 1);
    // A facet's count is what its filter returns.
    EXPECT_EQ(run("반도체", "", "", {"[10]"}, nullptr, -1, 0).total, (f[{"organization", "리벨리온"}]));
    auto narrowed = facets("반도체", {"[11]"});
    EXPECT_EQ((narrowed[{"total", ""}]), 1);
    EXPECT_EQ((narrowed[{"organization", "리벨리온"}]), 1);
}

TEST_F(FtsSearchFilters, TwoEntitiesOfOneNameAreOneFacetCountedByStory)
{
    // Two people named 김민수 (not merged): the facet "김민수" counts the stories that mention
    // either, once each, as the filter for the name (both ids) returns them.
    exec("INSERT INTO entity(id, type, name, rejected) VALUES (20, 'person', '김민수', 0), (21, 'person', '김민수', 0);"
         "INSERT INTO mention(article_id, entity_id) VALUES (4, 20), (4, 21), (2, 21), (4, 20);");
    auto f = facets("반도체", {});
    EXPECT_EQ((f[{"person", "김민수"}]), 2);
    EXPECT_EQ(run("반도체", "", "", {"[20,21]"}, nullptr, -1, 0).total, (f[{"person", "김민수"}]));
}

TEST_F(FtsSearchFilters, AStoryIsListedAndCountedOnceUnderItsPrimaryCopy)
{
    // Article 6 is a copy of 2 (copy_of): never listed or counted, but counted in 2's duplicates.
    exec("INSERT INTO article(id, uid, source, title, body, published, copy_of) VALUES"
         " (6, 'a6', '/n/other/2.html', '반도체 투자', '리벨리온이 반도체 투자를 받았다.', '2024-03-05', 2);"
         "INSERT INTO mention(article_id, entity_id) VALUES (6, 10);");
    const Page all = run("반도체", "", "", {}, nullptr, -1, 0);
    EXPECT_EQ(all.total, 4);
    EXPECT_EQ(std::count(all.ids.begin(), all.ids.end(), 6), 0);
    EXPECT_EQ(run("반도체", "", "", {"[10]"}, nullptr, -1, 0).total, 2);
    auto f = facets("반도체", {});
    EXPECT_EQ((f[{"total", ""}]), 4);
    EXPECT_EQ((f[{"organization", "리벨리온"}]), 2);
    Statement st(*m_db, articleSearchSql());
    const auto q = buildMatchQuery("투자");
    st.bind(1, q->wordExpr).bind(2, q->bigramExpr).bind(3, "").bind(4, "").bind(10, -1).bind(11, 0);
    ASSERT_TRUE(st.next()) << whyNoRow(st);
    EXPECT_EQ(st.int32(0), 2);
    EXPECT_EQ(st.int32(8), 1); // duplicates
    EXPECT_FALSE(st.next());
    EXPECT_TRUE(st.status().has_value());
}
