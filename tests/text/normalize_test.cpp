#include "text/normalize.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(Normalize, FoldsCaseWidthAndCompatibility)
{
    EXPECT_EQ(normalizeForMatch("ＡＩ반도체"), "ai반도체");
    EXPECT_EQ(normalizeForMatch("NVIDIA Nvidia nvidia"), "nvidia nvidia nvidia");
    EXPECT_EQ(normalizeForMatch("㈜리벨리온"), "(주)리벨리온");
    EXPECT_EQ(normalizeForMatch("①"), "1");
}

TEST(Normalize, ComposesDecomposedHangul)
{
    // 한국 in NFD: conjoining jamo.
    const std::string nfd = "\u1112\u1161\u11AB\u1100\u116E\u11A8";
    EXPECT_EQ(normalizeForMatch(nfd), "한국");
    EXPECT_EQ(normalizeNfc(nfd), "한국");
    // A precomposed LV syllable followed by a trailing jamo composes too.
    EXPECT_EQ(normalizeForMatch("\uD558\u11AB"), "한");
}

TEST(Normalize, MapsMiddleDotsHyphensAndQuotes)
{
    for (const char *dot : {"·", "‧", "∙", "⋅", "・", "･", "•", "ㆍ"})
        EXPECT_EQ(normalizeForMatch(std::string("한") + dot + "미"), "한·미") << dot;
    for (const char *dash : {"‐", "‑", "–", "—", "−", "－"})
        EXPECT_EQ(normalizeForMatch(std::string("K") + dash + "클라우드"), "k-클라우드") << dash;
    EXPECT_EQ(normalizeForMatch("‘팀 코리아’ “AI”「가」『나』《다》〈라〉"), " 팀 코리아   ai  가  나  다  라 ");
}

TEST(Normalize, KeepsOffsetsIntoTheOriginal)
{
    FoldedText f;
    const std::string text = "ＡＩ ㎡ 가";
    foldForMatch(text, f);
    ASSERT_EQ(f.text, U"ai m2 가");
    EXPECT_EQ(f.begin[0], 0u); // Ａ is 3 bytes
    EXPECT_EQ(f.end[0], 3u);
    EXPECT_EQ(f.begin[3], 7u); // m and 2 both come from ㎡
    EXPECT_EQ(f.begin[4], 7u);
    EXPECT_EQ(f.end[4], 10u);
    EXPECT_EQ(f.begin[6], 11u);
}

TEST(Normalize, KeyRemovesSeparatorsAndIsStable)
{
    EXPECT_EQ(normalizeKey("K-클라우드"), "k클라우드");
    EXPECT_EQ(normalizeKey("K클라우드"), "k클라우드");
    EXPECT_EQ(normalizeKey("퓨리오사 AI"), "퓨리오사ai");
    EXPECT_EQ(normalizeKey("ＮＶＩＤＩＡ"), "nvidia");
    EXPECT_EQ(normalizeKey("R&D"), "rd");
    EXPECT_EQ(normalizeKey("과기정통부ㆍ산업부"), "과기정통부산업부");
    EXPECT_EQ(normalizeKey("“온‐디바이스”"), "온디바이스");
    EXPECT_EQ(normalizeKey(""), "");
}

TEST(Normalize, SurvivesInvalidUtf8)
{
    const std::string bad = std::string("가\xff\xfe") + "나\xe0\x80";
    FoldedText f;
    foldForMatch(bad, f);
    EXPECT_EQ(f.text.size(), 6u); // each bad byte is one U+FFFD
    EXPECT_EQ(normalizeKey(bad), "가나");
}
