#include "search/match_query.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(MatchQuery, QuotesEveryTermAndAndsThem)
{
    const auto q = buildMatchQuery("리벨리온 K-클라우드");
    ASSERT_TRUE(q.has_value());
    EXPECT_EQ(q->bigramExpr, "\"리벨리온\" AND \"K-클라우드\"");
    EXPECT_EQ(q->wordExpr, "\"리벨리온\" AND \"K-클라우드\"");
    EXPECT_EQ(q->highlightTerms, (std::vector<std::string>{"리벨리온", "K-클라우드"}));
}

TEST(MatchQuery, PhrasesAndInnerQuotes)
{
    EXPECT_EQ(buildMatchQuery("\"반도체 육성\" 정부")->bigramExpr, "\"반도체 육성\" AND \"정부\"");
    EXPECT_EQ(buildMatchQuery("“반도체 육성”")->bigramExpr, "\"반도체 육성\"");
    EXPECT_EQ(buildMatchQuery("\"반도체 육성")->bigramExpr, "\"반도체 육성\""); // unbalanced quote
    EXPECT_EQ(quoteFts5("a\"b"), "\"a\"\"b\"");
    EXPECT_EQ(quoteFts5("a\nb"), "\"a b\"");
}

TEST(MatchQuery, DropsTermsWithoutTokens)
{
    for (const char *s : {"", "  ", "*", "^", "\"", "\"\"", "-", "&", "()", "·"})
        EXPECT_TRUE(buildMatchQuery(s)->isEmpty()) << s;
    EXPECT_EQ(buildMatchQuery("* 삼성 ^")->bigramExpr, "\"삼성\"");
    EXPECT_EQ(buildMatchQuery("NEAR")->bigramExpr, "\"NEAR\""); // a word, not an operator
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
    EXPECT_EQ(q->bigramExpr, "\"반도체를\"");
    EXPECT_EQ(q->highlightTerms, (std::vector<std::string>{"반도체를", "반도체"}));
}

TEST(MatchQuery, AliasGroups)
{
    const std::vector<std::vector<std::string>> groups{{"퓨리오사AI", "FuriosaAI", "퓨리오사"}, {"리벨리온", "Rebellions"}};
    const auto q = buildMatchQuery("퓨리오사 AI 투자", groups);
    // A run of two terms names the group; the two words apart still match.
    EXPECT_EQ(q->bigramExpr,
              "((\"퓨리오사AI\" OR \"FuriosaAI\" OR \"퓨리오사\") OR NEAR(\"퓨리오사\" \"AI\", 1)) AND \"투자\"");
    const auto r = buildMatchQuery("rebellions", groups);
    EXPECT_EQ(r->wordExpr, "(\"리벨리온\" OR \"Rebellions\")");
    EXPECT_EQ(r->highlightTerms, (std::vector<std::string>{"리벨리온", "Rebellions"}));
}
