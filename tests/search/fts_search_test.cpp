// End-to-end: the schema SQL, the tokenizer and the query builder against an in-memory SQLite
// (raw sqlite3 calls are allowed in tests only; production SQL runs in core/store).
#include "search/korean_tokenizer.h"
#include "search/match_query.h"
#include "search/search_schema.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

using namespace sillok::core;

namespace {

fts5_api *fts5ApiOf(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api;
}

class FtsSearch : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        ASSERT_TRUE(registerKoreanTokenizer(fts5ApiOf(m_db)).has_value());
        exec("CREATE TABLE article(id INTEGER PRIMARY KEY, title TEXT, body TEXT);"
             "CREATE TABLE annotation(id INTEGER PRIMARY KEY, exact TEXT, note TEXT, tags TEXT);");
        exec(std::string(searchSchemaSql()));
        exec(std::string(annotationSearchSchemaSql()));
    }
    void TearDown() override { sqlite3_close(m_db); }

    void exec(const std::string &sql)
    {
        char *err = nullptr;
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
        ASSERT_EQ(rc, SQLITE_OK) << (err ? err : "") << "\n" << sql;
    }

    void addArticle(int id, const std::string &title, const std::string &body)
    {
        sqlite3_stmt *st = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(m_db, "INSERT INTO article(id, title, body) VALUES (?1, ?2, ?3)", -1, &st, nullptr),
                  SQLITE_OK);
        sqlite3_bind_int(st, 1, id);
        sqlite3_bind_text(st, 2, title.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, body.c_str(), -1, SQLITE_TRANSIENT);
        ASSERT_EQ(sqlite3_step(st), SQLITE_DONE);
        sqlite3_finalize(st);
    }

    // Article ids, best first; an SQL error fails the test.
    std::vector<int> search(const std::string &userText, const std::vector<std::vector<std::string>> &aliases = {})
    {
        std::vector<int> ids;
        const auto q = buildMatchQuery(userText, aliases);
        EXPECT_TRUE(q.has_value());
        if (!q || q->isEmpty())
            return ids;
        sqlite3_stmt *st = nullptr;
        const std::string sql(articleSearchSql());
        EXPECT_EQ(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(m_db);
        sqlite3_bind_text(st, 1, q->wordExpr.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, q->bigramExpr.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 3, 50);
        int rc = 0;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            ids.push_back(sqlite3_column_int(st, 0));
        EXPECT_EQ(rc, SQLITE_DONE) << userText << " → " << q->wordExpr << " | " << q->bigramExpr << ": "
                                   << sqlite3_errmsg(m_db);
        sqlite3_finalize(st);
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

    sqlite3 *m_db = nullptr;
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
    sqlite3_stmt *st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(m_db, std::string(annotationSearchSql()).c_str(), -1, &st, nullptr), SQLITE_OK);
    sqlite3_bind_text(st, 1, q->bigramExpr.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, 10);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), 2);
    EXPECT_EQ(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
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
    char *err = nullptr;
    EXPECT_NE(sqlite3_exec(m_db, "CREATE VIRTUAL TABLE t3 USING fts5(x, tokenize='sillok_ko mode trigram')", nullptr,
                           nullptr, &err),
              SQLITE_OK);
    sqlite3_free(err);
    EXPECT_TRUE(registerKoreanTokenizer(fts5ApiOf(m_db)).has_value()); // registering again is harmless
}
