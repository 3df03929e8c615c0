#include "search/match_query.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(MatchQuery, QuotesEveryTermAndAndsThem)
{
    const auto q = buildMatchQuery("리벨리온 K-클라우드");
    ASSERT_TRUE(q.has_value());
    // The bigram index has no positions: a term there is every one of its bigrams (AND).
    EXPECT_EQ(q->bigramExpr, "(\"리벨\" AND \"벨리\" AND \"리온\") AND (\"k\" AND \"클라\" AND \"라우\" AND \"우드\")");
    EXPECT_EQ(q->wordExpr, "\"리벨리온\" AND \"K-클라우드\"");
    EXPECT_EQ(q->highlightTerms, (std::vector<std::string>{"리벨리온", "K-클라우드"}));
}

TEST(MatchQuery, PhrasesAndInnerQuotes)
{
    // The phrase is the word index's; the bigram index asks for its bigrams, the one across the
    // space (체육) included, which keeps the two words side by side there too.
    EXPECT_EQ(buildMatchQuery("\"반도체 육성\" 정부")->wordExpr, "\"반도체 육성\" AND \"정부\"");
    EXPECT_EQ(buildMatchQuery("\"반도체 육성\" 정부")->bigramExpr,
              "(\"반도\" AND \"도체\" AND \"체육\" AND \"육성\") AND \"정부\"");
    EXPECT_EQ(buildMatchQuery("“반도체 육성”")->wordExpr, "\"반도체 육성\"");
    EXPECT_EQ(buildMatchQuery("\"반도체 육성")->wordExpr, "\"반도체 육성\""); // unbalanced quote
    EXPECT_EQ(quoteFts5("a\"b"), "\"a\"\"b\"");
    EXPECT_EQ(quoteFts5("a\nb"), "\"a b\"");
}

TEST(MatchQuery, DropsTermsWithoutTokens)
{
    for (const char *s : {"", "  ", "*", "^", "\"", "\"\"", "-", "&", "()", "·"})
        EXPECT_TRUE(buildMatchQuery(s)->isEmpty()) << s;
    EXPECT_EQ(buildMatchQuery("* 삼성 ^")->bigramExpr, "\"삼성\"");
    EXPECT_EQ(buildMatchQuery("NEAR")->wordExpr, "\"NEAR\""); // a word, not an operator
    EXPECT_EQ(buildMatchQuery("NEAR")->bigramExpr, "\"near\"");
}

TEST(MatchQuery, OneSyllableHangulUsesPrefix)
{
    EXPECT_EQ(buildMatchQuery("칩")->bigramExpr, "(\"칩\" OR \"칩\"*)");
    EXPECT_EQ(buildMatchQuery("칩")->wordExpr, "(\"칩\" OR \"칩\"*)");
    EXPECT_EQ(buildMatchQuery("a")->bigramExpr, "\"a\"");
}

TEST(MatchQuery, ParticleTermAlsoMatchesItsStemInTheWordIndex)
{
    const auto q = buildMatchQuery("반도체를");
    EXPECT_EQ(q->wordExpr, "(\"반도체를\" OR \"반도체\")");
    EXPECT_EQ(q->bigramExpr, "(\"반도\" AND \"도체\" AND \"체를\")");
    EXPECT_EQ(q->highlightTerms, (std::vector<std::string>{"반도체를", "반도체"}));
}

TEST(MatchQuery, AliasGroups)
{
    const std::vector<std::vector<std::string>> groups{{"퓨리오사AI", "FuriosaAI", "퓨리오사"}, {"리벨리온", "Rebellions"}};
    const auto q = buildMatchQuery("퓨리오사 AI 투자", groups);
    // A run of two terms names the group; the two words apart still match, side by side (NEAR,
    // the word index only: the bigram index has no positions).
    EXPECT_EQ(q->wordExpr,
              "((\"퓨리오사AI\" OR \"FuriosaAI\" OR \"퓨리오사\") OR NEAR(\"퓨리오사\" \"AI\", 1)) AND \"투자\"");
    EXPECT_EQ(q->bigramExpr,
              "((\"퓨리\" AND \"리오\" AND \"오사\" AND \"ai\") OR \"furiosaai\" OR (\"퓨리\" AND \"리오\" AND "
              "\"오사\")) AND \"투자\"");
    const auto r = buildMatchQuery("rebellions", groups);
    EXPECT_EQ(r->wordExpr, "(\"리벨리온\" OR \"Rebellions\")");
    EXPECT_EQ(r->highlightTerms, (std::vector<std::string>{"리벨리온", "Rebellions"}));
}

// Two Latin words have no bigram across them: asking the bigram index for both would be the words
// anywhere in an article, so such a query is the word index's alone, and an alias group asks the
// bigram index only for its names that it can answer.
TEST(MatchQuery, LatinWordsSideBySideAreTheWordIndexs)
{
    // Two terms are each required anywhere, in either index.
    EXPECT_EQ(buildMatchQuery("SK Telecom")->bigramExpr, "\"sk\" AND \"telecom\"");
    // One phrase of two Latin words is not.
    const auto q = buildMatchQuery("\"SK Telecom\" 반도체");
    EXPECT_EQ(q->wordExpr, "\"SK Telecom\" AND \"반도체\"");
    EXPECT_EQ(q->bigramExpr, "");
    EXPECT_FALSE(q->isEmpty());
    EXPECT_EQ(buildMatchQuery("\"Hanbit Semicon\"")->bigramExpr, "");
    EXPECT_EQ(buildMatchQuery("GPT-4")->bigramExpr, "\"gpt4\""); // one joined word
    const std::vector<std::vector<std::string>> groups{{"SK Telecom", "SKT", "에스케이텔레콤"}};
    EXPECT_EQ(buildMatchQuery("sk telecom", groups)->bigramExpr,
              "(\"skt\" OR (\"에스\" AND \"스케\" AND \"케이\" AND \"이텔\" AND \"텔레\" AND \"레콤\"))");
}
