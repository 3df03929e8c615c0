#include "common/utf.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(Utf, RoundTripsKoreanAndAstral)
{
    const std::string s = "과기정통부 AI 😀";
    EXPECT_EQ(toUtf8(toU32(s)), s);
    EXPECT_EQ(codePointCount(s), 10u);
    EXPECT_EQ(substrCodePoints(s, 0, 5), "과기정통부");
    EXPECT_EQ(substrCodePoints(s, 9, 10), "😀");
}

TEST(Utf, RejectsMalformedSequences)
{
    EXPECT_TRUE(isValidUtf8("한글"));
    EXPECT_FALSE(isValidUtf8(std::string("\xED\x95", 2)));     // cut mid-character
    EXPECT_FALSE(isValidUtf8(std::string("\xC0\xAF", 2)));     // overlong
    EXPECT_FALSE(isValidUtf8(std::string("\xED\xA0\x80", 3))); // surrogate
    EXPECT_EQ(toU32(std::string("a\xFF", 2)), std::u32string(U"a\uFFFD"));
}

TEST(Utf, FinalConsonant)
{
    EXPECT_TRUE(hasFinalConsonant(U'은'));
    EXPECT_FALSE(hasFinalConsonant(U'가'));
    EXPECT_TRUE(hasFinalRieul(U'울'));
    EXPECT_FALSE(hasFinalConsonant(U'A'));
}
