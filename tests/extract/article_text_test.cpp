// ArticleText's tokens: each token's text, stem and particle tail are views into the article's
// own UTF-32 text (no copy a token), split where the particle rules split. Sentences written for
// these tests.
#include "common/utf.h"
#include "extract/article_text.h"
#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace sillok::core;
using sillok::core::extract::ArticleText;

namespace {

struct Seen {
    std::string text;
    std::string stem;
    std::string tail;
    bool punct;
};

std::vector<Seen> tokensOf(const ArticleText &at)
{
    std::vector<Seen> out;
    for (const auto &t : at.tokens())
        out.push_back({toUtf8(t.text), toUtf8(t.stem), toUtf8(t.tail), t.punct});
    return out;
}

// The token's three views lie inside the article text, at the token's offsets.
void expectViewsIntoText(const ArticleText &at)
{
    const char32_t *base = at.text().data();
    for (const auto &t : at.tokens()) {
        EXPECT_EQ(t.text.data(), base + t.start);
        EXPECT_EQ(t.text.size(), static_cast<std::size_t>(t.end - t.start));
        EXPECT_EQ(t.stem.data(), base + t.start);
        EXPECT_EQ(t.stem.size(), static_cast<std::size_t>(t.stemEnd - t.start));
        EXPECT_EQ(t.tail.size(), static_cast<std::size_t>(t.end - t.stemEnd));
        if (!t.tail.empty()) {
            EXPECT_EQ(t.tail.data(), base + t.stemEnd);
        }
    }
}

} // namespace

TEST(ArticleTextTokens, StemAndParticleAreViewsIntoTheText)
{
    const ArticleText at(toU32("한빛전자는 서울에서 “신제품”을 공개했다."), Lexicon::builtin());
    const auto seen = tokensOf(at);
    ASSERT_GE(seen.size(), 6u);
    EXPECT_EQ(seen[0].text, "한빛전자는");
    EXPECT_EQ(seen[0].stem, "한빛전자");
    EXPECT_EQ(seen[0].tail, "는");
    EXPECT_EQ(seen[1].stem, "서울");
    EXPECT_EQ(seen[1].tail, "에서");
    EXPECT_TRUE(seen[2].punct);
    EXPECT_EQ(seen[2].text, "“");
    EXPECT_EQ(seen[2].stem, "“");
    EXPECT_EQ(seen[2].tail, "");
    EXPECT_EQ(seen.back().text, ".");
    EXPECT_EQ(at.tokens()[2].ch(), U'“');
    expectViewsIntoText(at);
}

TEST(ArticleTextTokens, ShortTextsKeepTheirViews)
{
    // A text short enough for the string's own buffer (no heap): the views still read it.
    const ArticleText at(toU32("삼성은"), Lexicon::builtin());
    ASSERT_EQ(at.tokens().size(), 1u);
    EXPECT_EQ(toUtf8(at.tokens()[0].stem), "삼성");
    EXPECT_EQ(toUtf8(at.tokens()[0].tail), "은");
    expectViewsIntoText(at);
}
