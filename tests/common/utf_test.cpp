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

// toU32 and isValidUtf8 decode ASCII and well-formed three-byte sequences inline and everything
// else one code point at a time: both paths, and the malformed sequences next to good ones.
TEST(Utf, InlineAndGeneralDecodingAgree)
{
    const std::string mixed = "A\xC3\xA9\xED\x95\x9C\xF0\x9F\x98\x80z"; // A é 한 😀 z
    EXPECT_EQ(toU32(mixed), std::u32string(U"A\u00E9\uD55C\U0001F600z"));
    EXPECT_TRUE(isValidUtf8(mixed));
    EXPECT_EQ(toUtf8(toU32(mixed)), mixed);
    EXPECT_EQ(codePointCount(mixed + mixed + mixed), 15u);
    // Overlong three-byte, surrogate, stray continuation, and a sequence cut by the end.
    EXPECT_EQ(toU32(std::string("\xE0\x80\x80"
                                "a",
                                4)),
              std::u32string(U"\uFFFDa"));
    EXPECT_EQ(toU32(std::string("\xED\xA0\x80"
                                "b",
                                4)),
              std::u32string(U"\uFFFDb"));
    EXPECT_EQ(toU32(std::string("\x80"
                                "\xED\x95\x9C",
                                4)),
              std::u32string(U"\uFFFD\uD55C"));
    EXPECT_EQ(toU32(std::string("\xED\x95\x9C\xED\x95", 5)), std::u32string(U"\uD55C\uFFFD\uFFFD"));
    EXPECT_FALSE(isValidUtf8(std::string("\xE0\x80\x80", 3)));
    EXPECT_FALSE(isValidUtf8(std::string("\xED\x95\x9C\x80", 4)));
    std::size_t i = 0;
    EXPECT_EQ(decodeUtf8(mixed, i), U'A');
    EXPECT_EQ(decodeUtf8(mixed, i), U'\u00E9');
    EXPECT_EQ(i, 3u);
}

// u32Length is toU32's size without the copy, malformed bytes included (each decoded as toU32 does).
TEST(Utf, U32LengthIsTheSizeOfToU32)
{
    const std::string samples[] = {"",
                                   "과기정통부 AI 😀",
                                   "abc",
                                   std::string("\x80\x80", 2),
                                   std::string("\xea\xb0", 2),
                                   std::string("가\xed\xa0\x80나", 9),
                                   std::string("\xe0\x80\x80", 3),
                                   std::string("\xf0\x9f\x98", 3),
                                   std::string("\xc3\xa9\xff\xfe", 4),
                                   std::string("\xf4\x90\x80\x80z", 5)};
    for (const std::string &s : samples)
        EXPECT_EQ(u32Length(s), toU32(s).size()) << s.size();
}

// forEachCodePoint (behind toU32 and u32Length) decodes ASCII and three-byte sequences inline: it
// yields what decodeUtf8 reads one code point at a time, on well-formed and malformed bytes.
TEST(Utf, ForEachCodePointYieldsToU32)
{
    const std::string samples[] = {"",
                                   "과기정통부 AI 😀 é ㆍ",
                                   std::string("\x80\x80", 2),
                                   std::string("\xea\xb0", 2),
                                   std::string("가\xed\xa0\x80나", 9),
                                   std::string("\xe0\x80\x80", 3),
                                   std::string("\xe0\xa0\x80", 3),
                                   std::string("\xef\xbf\xbf", 3),
                                   std::string("\xf0\x9f\x98", 3),
                                   std::string("\xea\xb0\xc0", 3),
                                   std::string("\xc3\xa9\xff\xfe", 4),
                                   std::string("\xf4\x90\x80\x80z", 5)};
    for (const std::string &s : samples) {
        std::u32string slow;
        for (std::size_t i = 0; i < s.size();)
            slow.push_back(decodeUtf8(s, i));
        std::u32string yielded;
        const std::size_t n = forEachCodePoint(s, [&yielded](char32_t c) { yielded.push_back(c); });
        EXPECT_EQ(yielded, slow) << s.size();
        EXPECT_EQ(n, slow.size());
        EXPECT_EQ(toU32(s), slow);
    }
}
